/**
 * What an applicant's answers look like, before and after validation. DOM-free: a `File` from a browser, a `File`
 * from Node's `FormData` or a plain `{ name, size, type }` object all count as a file.
 */

/** The part of a `File` (or `Blob` with a name) that validation and submission need. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/**
 * One answer, as a view or a server holds it:
 * - text-like fields (`text`, `email`, `tel`, `url`, `textarea`, `date`, `select`, `radio`, `country`,
 *   `language-level`, `hidden`): a string (`''` when empty);
 * - `number`: a number or a numeric string (what an `<input>` or a multipart body gives);
 * - `checkbox`: a boolean (`'true'`/`'on'` from a multipart body are accepted);
 * - `checkboxes`: an array of option values (a single string is read as one value);
 * - `file`: a `FileLike` (or `undefined`).
 */
export type FieldValue = string | number | boolean | readonly string[] | FileLike | null | undefined;

/** Answers by field name. */
export type ApplicationValues = Record<string, FieldValue>;

/** Answers to the form's consents by consent name: `true` only when the person ticked the box. */
export type ConsentValues = Record<string, boolean>;

export function isFileLike(value: unknown): value is FileLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FileLike).name === 'string' &&
    typeof (value as FileLike).size === 'number' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Whether a value counts as "not answered" (empty string, whitespace, empty list, unticked, no file). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Whether `file` matches an HTML `accept` list (`.pdf,.docx`, `image/*`, `application/pdf`). An empty or missing
 * list accepts everything. Extensions and MIME types compare case-insensitively, as browsers do.
 */
export function fileMatchesAccept(file: FileLike, accept: string | undefined): boolean {
  const tokens = (accept ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase().split(';')[0]!.trim();
  return tokens.some((t) => {
    if (t.startsWith('.')) return name.endsWith(t);
    if (t.endsWith('/*')) return type !== '' && type.startsWith(t.slice(0, -1));
    return type !== '' && type === t;
  });
}
