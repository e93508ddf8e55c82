/**
 * `toCsv`: opportunities as a spreadsheet with the template's columns, one column per language for texts
 * (`title.en`, `title.sv`). What `readFeed(…, {format: 'csv'})` reads back gives the same opportunities.
 */
import type { Opportunity } from '../sdk/feed/schema.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { CSV_FIELDS, FORMULA_START, TEMPLATE_EXCLUDED } from './csv-columns.js';
import type { CellKind } from './csv-columns.js';
import { isObject } from './raw.js';

export interface ToCsvOptions {
  /** Default `,`. Spreadsheets set to a decimal-comma locale open `;` files directly. */
  delimiter?: ',' | ';' | '\t';
  /** Start with a UTF-8 byte-order mark, so Excel opens the file as UTF-8 (default false). */
  bom?: boolean;
  /** Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n';
}

const get = (o: unknown, path: string): unknown => {
  let cur = o;
  for (const k of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
};

interface Column {
  header: string;
  path: string;
  kind: CellKind;
  lang?: string;
}

/** Languages used by a text field across the items, most used first; `und` (no language) becomes the plain column. */
function languagesOf(items: readonly Opportunity[], path: string, kind: CellKind): string[] {
  const counts = new Map<string, number>();
  for (const o of items) {
    const v = get(o, path);
    const maps = kind === 'textList' ? (Array.isArray(v) ? v : []) : [v];
    for (const m of maps) if (isObject(m)) for (const k of Object.keys(m)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

function columns(items: readonly Opportunity[]): Column[] {
  const out: Column[] = [];
  for (const [path, kind] of CSV_FIELDS) {
    if (TEMPLATE_EXCLUDED.has(path) && !items.some((o) => get(o, path) !== undefined)) continue;
    if (kind !== 'text' && kind !== 'textList') {
      out.push({ header: path, path, kind });
      continue;
    }
    const langs = languagesOf(items, path, kind);
    if (!langs.length) out.push({ header: path, path, kind });
    for (const lang of langs) {
      out.push(lang === PLAIN_TEXT ? { header: path, path, kind } : { header: `${path}.${lang}`, path, kind, lang });
    }
  }
  return out;
}

/** A list cell that reads back as the same list: `a|b`; one entry holding a comma or line break gets a closing `|`. */
const joinList = (entries: readonly string[]): string => {
  const cell = entries.join('|');
  return entries.length === 1 && /[,\n\r]/.test(cell) ? `${cell}|` : cell;
};

function cell(o: Opportunity, col: Column): string {
  const v = get(o, col.path);
  if (v === undefined || v === null) return '';
  const lang = col.lang ?? PLAIN_TEXT;
  switch (col.kind) {
    case 'text':
      return isObject(v) ? String(v[lang] ?? '') : typeof v === 'string' && !col.lang ? v : '';
    case 'textList': {
      if (!Array.isArray(v)) return '';
      const entries = v.map((e) => (isObject(e) ? String(e[lang] ?? '') : typeof e === 'string' && !col.lang ? e : ''));
      return entries.some(Boolean) ? joinList(entries) : '';
    }
    case 'list':
      return Array.isArray(v) ? joinList(v.map(String)) : String(v);
    case 'languages':
      return Array.isArray(v)
        ? v.map((l) => (isObject(l) ? (l.level ? `${String(l.lang)}:${String(l.level)}` : String(l.lang)) : String(l))).join('|')
        : '';
    case 'json':
      return JSON.stringify(v);
    case 'number':
      return String(v);
    default:
      return col.path === 'language' && v === PLAIN_TEXT ? '' : String(v);
  }
}

/** Opportunities as CSV (RFC 4180: quoted where needed, CRLF line ends). */
export function toCsv(opportunities: readonly Opportunity[], options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const cols = columns(opportunities);
  const quote = (value: string, guard: boolean): string => {
    // A value that already looks guarded (`'=…`, `''=…`) gets one more `'` too: the reader drops exactly one.
    const v = guard && (FORMULA_START.test(value) || /^'+[=+\-@]/.test(value)) ? `'${value}` : value;
    return v.includes(delimiter) || /["\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [cols.map((c) => quote(c.header, false)).join(delimiter)];
  for (const o of opportunities) lines.push(cols.map((c) => quote(cell(o, c), c.kind !== 'number')).join(delimiter));
  return (options.bom ? '\ufeff' : '') + lines.join(newline) + newline;
}

/** The publisher template's header row (`schema/opportunities-template.csv`). */
export const TEMPLATE_HEADER: readonly string[] = CSV_FIELDS.filter(([p]) => !TEMPLATE_EXCLUDED.has(p)).map(([p]) => p);
