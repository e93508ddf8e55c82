/**
 * CSV reader (spreadsheets): the header row names fields by their path in the feed format (`title`, `title.sv`,
 * `provider.name`, `application.deadline`…); each following row is one opportunity. Loaded lazily by `readFeed`.
 */
import Papa from 'papaparse';
import { canonicalLanguageTag } from '../sdk/feed/language-tag.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { cellValue, FIELD_KIND, fieldPath, splitList, suggestColumn } from './csv-columns.js';
import type { CellKind } from './csv-columns.js';
import { deriveIds } from './ids.js';
import { IssueLog, LineCounter, quoteShort } from './issue-log.js';
import { setPath } from './raw.js';
import type { Extracted, Json, RawItem, ReaderContext } from './raw.js';

interface Column {
  index: number;
  header: string;
  path?: string;
  kind?: CellKind;
  lang?: string;
}

/** `,` `;` or tab: whichever occurs most in the header line outside quotes (`,` on a tie or when there is none). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 20_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

const columnLetter = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function mapHeader(cells: string[], log: IssueLog): Column[] {
  const seen = new Set<string>();
  return cells.map((raw, index) => {
    const header = raw.replace(/^\ufeff/, '').trim();
    const col: Column = { index, header };
    if (!header) return col;
    let path = fieldPath(header);
    let lang: string | undefined;
    if (!path) {
      const dot = header.lastIndexOf('.');
      const base = dot > 0 ? fieldPath(header.slice(0, dot)) : undefined;
      const tag = dot > 0 ? canonicalLanguageTag(header.slice(dot + 1)) : null;
      if (base && tag && (FIELD_KIND.get(base) === 'text' || FIELD_KIND.get(base) === 'textList')) {
        path = base;
        lang = tag;
      }
    }
    const where = `column ${columnLetter(index)} (${quoteShort(header)})`;
    if (!path) {
      const hint = suggestColumn(header);
      log.feed(
        `${where} is not a field of the feed format and was ignored${hint ? `; did you mean '${hint}'?` : ''} (the column names are in schema/opportunities-template.csv)`,
      );
      return col;
    }
    const key = lang ? `${path}.${lang}` : path;
    if (seen.has(key)) {
      log.feed(`${where} repeats the column '${key}'; only the first one is read`);
      return col;
    }
    seen.add(key);
    return { ...col, path, kind: FIELD_KIND.get(path)!, ...(lang ? { lang } : {}) };
  });
}

/** A leading `'` that guards a formula-like cell (`'=SUM…`, written by `toCsv`) is not part of the value. */
const unguard = (cell: string): string => (cell.length > 1 && cell[0] === "'" && /^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell);

function buildItem(cells: string[], columns: Column[], ctx: ReaderContext, log: IssueLog, index: number, where: string): Json {
  const data: Json = {};
  const texts = new Map<string, Record<string, string>>();
  const lists = new Map<string, Map<string, string[]>>();
  for (const col of columns) {
    if (!col.path) continue;
    const cell = unguard((cells[col.index] ?? '').trim());
    if (!cell) continue;
    const key = col.lang ?? PLAIN_TEXT;
    if (col.kind === 'text') {
      const t = texts.get(col.path) ?? {};
      t[key] = cell;
      texts.set(col.path, t);
    } else if (col.kind === 'textList') {
      const l = lists.get(col.path) ?? new Map<string, string[]>();
      l.set(key, splitList(cell, 'textList', true));
      lists.set(col.path, l);
    } else {
      const value = cellValue(col.kind!, cell, ctx.baseUrl);
      if (col.kind === 'json' && typeof value === 'string') {
        log.item(index, `${where}: ${col.path}: the cell is not valid JSON, so it cannot be read as ${col.path}`, 'warning');
      }
      setPath(data, col.path.split('.'), value);
    }
  }
  for (const [path, t] of texts) {
    const keys = Object.keys(t);
    setPath(data, path.split('.'), keys.length === 1 && keys[0] === PLAIN_TEXT ? t[PLAIN_TEXT] : t);
  }
  for (const [path, byLang] of lists) {
    const langs = [...byLang.keys()];
    let out: unknown[];
    if (langs.length === 1 && langs[0] === PLAIN_TEXT) out = byLang.get(PLAIN_TEXT)!.filter(Boolean);
    else {
      const n = Math.max(...[...byLang.values()].map((l) => l.length));
      out = [];
      for (let i = 0; i < n; i++) {
        const entry: Record<string, string> = {};
        for (const [lang, l] of byLang) if (l[i]) entry[lang] = l[i]!;
        if (Object.keys(entry).length) out.push(entry);
      }
    }
    if (out.length) setPath(data, path.split('.'), out);
  }
  return data;
}

const PAPA_MESSAGES: Record<string, string> = {
  MissingQuotes: 'a quoted cell is not closed (a closing " is missing), so the rest of the file was read into one cell',
  InvalidQuotes: 'a quote is out of place: put cells that contain quotes in quotes and double the quotes inside ("")',
};

/** Read a CSV text into raw items (see the module comment). */
export function readCsv(text: string, ctx: ReaderContext): Extracted {
  const log = new IssueLog();
  const lines = new LineCounter(text);
  const firstBreak = text.search(/[\r\n]/);
  const headerLength = firstBreak === -1 ? text.length : firstBreak;
  if (headerLength > 100_000) {
    log.feed(
      `the first line is ${headerLength} characters long, which is no header row: the first row should name the columns (see schema/opportunities-template.csv)`,
      'error',
    );
    return { feed: {}, items: [], issues: log.finish() };
  }
  const delimiter = detectDelimiter(text);
  const items: RawItem[] = [];
  let columns: Column[] | undefined;
  let cursor = 0;
  let row = 0;
  let stopped = false;
  let fatal = false;
  Papa.parse<string[]>(text, {
    delimiter,
    // Large chunks: papaparse re-reads a row that spans chunks, so a huge cell costs (size / chunk) passes.
    chunkSize: 1 << 23,
    step: (res, parser) => {
      const start = cursor;
      cursor = res.meta.cursor;
      const cells = res.data;
      const blank = cells.every((c) => !c.trim());
      if (!columns) {
        if (blank) return;
        columns = mapHeader(cells, log);
        if (!columns.some((c) => c.path)) {
          log.feed(
            `the first row should name the columns (id, kind, title, provider.name, …) but none of ${cells.length} names a field of the feed format: ` +
              'start from schema/opportunities-template.csv',
            'error',
          );
          fatal = true;
          parser.abort();
        }
        return;
      }
      row++;
      if (blank) return;
      if (items.length >= ctx.maxItems) {
        stopped = true;
        parser.abort();
        return;
      }
      const index = items.length;
      const where = `row ${row} (line ${lines.lineAt(start)})`;
      for (const err of res.errors) {
        log.item(index, `${where}: ${PAPA_MESSAGES[err.code] ?? err.message}`, 'warning', `csv-${err.code}`);
      }
      const extra = cells.slice(columns.length).filter((c) => c.trim()).length;
      if (extra > 0) {
        log.item(
          index,
          `${where}: has ${cells.length} cells but the header names ${columns.length} columns; the ${extra} extra cell${extra === 1 ? ' was' : 's were'} ignored (a delimiter '${delimiter === '\t' ? '\\t' : delimiter}' inside a cell needs quotes)`,
          'warning',
          'csv-extra',
        );
      }
      items.push({ data: buildItem(cells, columns, ctx, log, index, where), where });
    },
  });
  if (columns && !ctx.language && items.length > 0) {
    const plain = columns.filter((c) => c.path && !c.lang && (c.kind === 'text' || c.kind === 'textList')).map((c) => c.header);
    if (plain.length && !columns.some((c) => c.path === 'language')) {
      log.feed(
        `there is no 'language' column, so the texts in ${plain.slice(0, 3).map((h) => quoteShort(h)).join(', ')}${plain.length > 3 ? ' …' : ''} have no language ` +
          "(they are kept as 'und', undetermined): add a 'language' column, name the columns by language ('title.en'), " +
          "or pass language: 'en' (command line: --language en)",
      );
    }
  }
  if (!columns && !fatal) log.feed('the file has no rows: the first row should name the columns (see schema/opportunities-template.csv)', 'error');
  if (stopped) log.feed(`the file has more than ${ctx.maxItems} rows; only the first ${ctx.maxItems} were read`, 'error');
  for (const i of deriveIds(items, 'row')) {
    const it = items[i]!;
    log.item(i, `${it.where}: id: the row has no id; using '${String(it.data.id)}' (add an id so it stays the same when the row changes)`, 'warning', 'csv-id');
  }
  return {
    feed: {},
    items,
    issues: log.finish((g) =>
      g === 'csv-id' ? 'rows without an id' : g === 'csv-extra' ? 'rows with extra cells' : 'rows with quoting problems',
    ),
  };
}
