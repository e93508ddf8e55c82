/**
 * The spreadsheet columns: every field of the feed format by its path, with how a cell is read and written. Shared
 * by the CSV reader and writer (no third-party imports: the writer is part of the light `formats` entry).
 */
import { suggestField } from '../sdk/feed/fields.js';
import { looseKey } from '../sdk/feed/suggest.js';
import { looseNumber, resolveUrl } from './loose-values.js';

/**
 * How a cell is read: `string` as is; `url` resolved against the base URL; `number` with a decimal comma accepted;
 * `text` a multilingual text (`title`, or `title.sv` for one language); `list` split on `|` (or on commas when there
 * is no `|`); `textList` a multilingual list split on `|` (or on line breaks when there is no `|`, never on commas:
 * outcomes are sentences); `languages` `en:B2|fr`; `json` a JSON value (the application form).
 */
export type CellKind = 'string' | 'url' | 'number' | 'text' | 'list' | 'textList' | 'languages' | 'json';

/** Every column, in the template's order. */
export const CSV_FIELDS: readonly (readonly [path: string, kind: CellKind])[] = [
  ['id', 'string'],
  ['kind', 'string'],
  ['direction', 'string'],
  ['title', 'text'],
  ['summary', 'text'],
  ['description', 'text'],
  ['language', 'string'],
  ['url', 'url'],
  ['provider.name', 'text'],
  ['provider.type', 'string'],
  ['provider.country', 'string'],
  ['provider.city', 'string'],
  ['provider.url', 'url'],
  ['provider.erasmusCode', 'string'],
  ['provider.schac', 'string'],
  ['provider.pic', 'string'],
  ['location.city', 'string'],
  ['location.region', 'string'],
  ['location.country', 'string'],
  ['location.lat', 'number'],
  ['location.lon', 'number'],
  ['mode', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['application.opens', 'string'],
  ['application.deadline', 'string'],
  ['application.url', 'url'],
  ['application.email', 'string'],
  ['application.places', 'number'],
  ['application.placesLeft', 'number'],
  ['audience', 'list'],
  ['topics', 'list'],
  ['fields', 'list'],
  ['languages', 'languages'],
  ['fee.amount', 'number'],
  ['fee.currency', 'string'],
  ['fee.covers', 'text'],
  ['funding', 'list'],
  ['learningOutcomes', 'textList'],
  ['recognition.ects', 'number'],
  ['recognition.ecvet', 'number'],
  ['recognition.note', 'text'],
  ['duration', 'string'],
  ['volumeOfLearning', 'number'],
  ['learningSetting', 'string'],
  ['eqfLevel', 'number'],
  ['entryRequirements', 'text'],
  ['contact.name', 'string'],
  ['contact.email', 'string'],
  ['contact.phone', 'string'],
  ['contact.url', 'url'],
  ['image', 'url'],
  ['tags', 'list'],
  ['status', 'string'],
  ['updated', 'string'],
  ['feedback.rating', 'number'],
  ['feedback.count', 'number'],
  ['application.form', 'json'],
];

/**
 * Columns of the publisher template (`schema/opportunities-template.csv`); the writer adds the rest when used. The
 * ELM-aligned fields (docs/elm.md) stay out of the template, which keeps the columns most publishers fill.
 */
export const TEMPLATE_EXCLUDED: ReadonlySet<string> = new Set([
  'feedback.rating',
  'feedback.count',
  'application.form',
  'duration',
  'volumeOfLearning',
  'learningSetting',
  'eqfLevel',
  'entryRequirements',
]);

export const FIELD_KIND: ReadonlyMap<string, CellKind> = new Map(CSV_FIELDS);
const BY_LOWER: ReadonlyMap<string, string> = new Map(CSV_FIELDS.map(([p]) => [p.toLowerCase(), p]));

/** The canonical field path for a header name, case-insensitively (`Provider.Name` → `provider.name`). */
export const fieldPath = (name: string): string | undefined => BY_LOWER.get(name.toLowerCase());

const PATHS: readonly string[] = CSV_FIELDS.map(([p]) => p);

/**
 * A close known column for an unknown header: the feed format's suggester (`application.dealine` →
 * `application.deadline`, the same one that names the field meant for an unknown JSON field), after exact names
 * (`deadline` → `application.deadline`) and words spreadsheets use for them (`price` → `fee.amount`).
 */
export function suggestColumn(name: string): string | undefined {
  const n = looseKey(name);
  for (const path of PATHS) if (n === path.toLowerCase().replace(/\./g, '')) return path;
  for (const path of PATHS) if (n === path.slice(path.lastIndexOf('.') + 1).toLowerCase()) return path;
  const synonyms: Record<string, string> = {
    startdate: 'start', enddate: 'end', from: 'start', to: 'end', provider: 'provider.name', organisation: 'provider.name',
    organization: 'provider.name', institution: 'provider.name', country: 'location.country', city: 'location.city',
    fee: 'fee.amount', price: 'fee.amount', currency: 'fee.currency', email: 'contact.email', link: 'url',
    website: 'url', name: 'title', type: 'kind', category: 'kind', categories: 'topics', keywords: 'tags',
  };
  // Words spreadsheets use before near misses: 'from' is the start, not a misspelt 'form'.
  return (Object.hasOwn(synonyms, n) ? synonyms[n] : undefined) ?? suggestField(name, PATHS);
}

/** Split a list cell: on `|` when it has one, else on commas (or on line breaks, for `textList`). */
export function splitList(cell: string, kind: 'list' | 'textList', keepEmpty = false): string[] {
  const parts = cell.includes('|') ? cell.split('|') : kind === 'list' ? cell.split(',') : cell.split(/\r?\n|\r/);
  const trimmed = parts.map((p) => p.trim());
  return keepEmpty ? trimmed : trimmed.filter(Boolean);
}

/** `en:B2|fr` → `[{lang: 'en', level: 'B2'}, {lang: 'fr'}]` (also `en B2`, `en (B2)`). */
export function parseLanguages(cell: string): { lang: string; level?: string }[] {
  return splitList(cell, 'list').map((entry) => {
    const m = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*(?::|\s|\()\s*([A-Ca-c][12])\)?$/.exec(entry);
    return m ? { lang: m[1]!, level: m[2]!.toUpperCase() } : { lang: entry };
  });
}

/**
 * A cell's value for a non-text column: `undefined` for an empty cell; a value that does not convert (a number
 * column holding `abc`) is passed on as written so validation reports it in the usual words.
 */
export function cellValue(kind: CellKind, cell: string, baseUrl?: string): unknown {
  const v = cell.trim();
  if (!v) return undefined;
  switch (kind) {
    case 'url':
      return resolveUrl(v, baseUrl);
    case 'number':
      return looseNumber(v) ?? v;
    case 'list':
      return splitList(v, 'list');
    case 'textList':
      return splitList(v, 'textList');
    case 'languages':
      return parseLanguages(v);
    case 'json':
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    default:
      return v;
  }
}

/** Spreadsheet programs run cells that start with these as formulas; the writer guards them with a `'`. */
export const FORMULA_START = /^[=+\-@\t\r]/;
