/**
 * `opportunity-kit/formats`: read opportunities from what institutions actually publish — the JSON feed, CSV
 * spreadsheets, iCalendar, RSS, Atom and schema.org JSON-LD in HTML pages — and write JSON-LD, iCalendar and CSV.
 *
 * Every format ends in the same validation as the JSON feed (`parseFeed`), so rules and messages are the same
 * whatever the source. The parsers (papaparse, ical.js, htmlparser2) load lazily, with dynamic `import()`, only
 * when a file of their format is read: a page that reads only JSON never downloads them.
 */
import { parseFeed } from '../sdk/feed/parse.js';
import type { FeedIssue, FeedResult } from '../sdk/feed/parse.js';
import { feedIssue } from '../sdk/feed/issues.js';
import { canonicalLanguageTag } from '../sdk/feed/language-tag.js';
import type { FeedMeta, OpportunityInput } from '../sdk/feed/schema.js';
import { checkText } from './encoding.js';
import { deepMerge, isObject, prune } from './raw.js';
import type { Extracted, Json, RawItem, ReaderContext } from './raw.js';

export { toJsonLd, JSON_LD_TYPES, jsonLdScriptText } from './jsonld-write.js';
export type { ToJsonLdOptions } from './jsonld-write.js';
export { toElm, toElmNode, elmReadiness, ELM_CONTEXT } from './elm-write.js';
export type { ToElmOptions, ElmGap } from './elm-write.js';
export { toICalendar } from './ical-write.js';
export type { ToICalendarOptions } from './ical-write.js';
export { toCsv, TEMPLATE_HEADER } from './csv-write.js';
export type { ToCsvOptions } from './csv-write.js';
export { decodeText } from './encoding.js';
export { formatsReader, createFormatsClient } from './reader.js';
export type { FeedIssue, FeedResult } from '../sdk/feed/parse.js';

export const FEED_FORMATS = ['json', 'csv', 'ics', 'rss', 'atom', 'html'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Every field optional, at every level: what `defaults` may give. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface ReadFeedOptions {
  /** The format; detected from `contentType` and the text when absent (see `detectFormat`). */
  format?: FeedFormat;
  /**
   * A partial raw item deep-merged under each item: it fills what a format cannot say (a calendar has no `kind` or
   * `provider`). What the file says wins over it; it wins over guesses (the kind a schema.org type suggests).
   */
  defaults?: DeepPartial<OpportunityInput>;
  /** The HTTP `Content-Type` the text came with (helps detection; the charset is the caller's business). */
  contentType?: string;
  /** The URL the text came from: relative links in it are resolved against it. */
  baseUrl?: string;
  /** Items read at most (default 20 000); the rest is reported with an error. */
  maxItems?: number;
  /**
   * The language (BCP 47) of texts the file gives without one, when the file does not say: a CSV without a
   * `language` column (or a row with an empty one), a JSON feed without `language`. What the file says wins.
   */
  language?: string;
}

const DEFAULT_MAX_ITEMS = 20_000;
const languageOption = (o: ReadFeedOptions): string | undefined =>
  typeof o.language === 'string' ? (canonicalLanguageTag(o.language.trim()) ?? undefined) : undefined;
const noFeed = {} as FeedMeta;

/**
 * The format of a text: strong signatures in the text first (`{`, `BEGIN:VCALENDAR`, `<rss`, `<feed`,
 * `<!DOCTYPE html`), then the content type, then weak signs (`<` for HTML, a delimiter in the first line for CSV).
 * `undefined` when nothing fits.
 */
export function detectFormat(text: string, contentType?: string): FeedFormat | undefined {
  const head = text.slice(0, 8192).replace(/^\ufeff/, '').trimStart();
  if (/^[{[]/.test(head)) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  const xml = head.startsWith('<') ? head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)+/, '') : '';
  if (xml) {
    if (/^<(rss|rdf:RDF)[\s>]/i.test(xml)) return 'rss';
    if (/^<feed[\s>]/i.test(xml)) return 'atom';
    if (/^<(!doctype\s+html|html|head|body)[\s>]/i.test(xml)) return 'html';
  }
  const ct = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct) {
    if (ct.includes('json')) return 'json';
    if (ct === 'text/calendar' || ct === 'application/ics' || ct === 'text/x-vcalendar') return 'ics';
    if (/^(text|application)\/(csv|x-csv|tab-separated-values)$|^application\/vnd\.ms-excel$/.test(ct)) return 'csv';
    if (ct.includes('rss') || ct === 'application/rdf+xml') return 'rss';
    if (ct.includes('atom')) return 'atom';
    if (ct === 'text/html' || ct === 'application/xhtml+xml') return 'html';
  }
  if (xml) {
    if (/<rss[\s>]/i.test(xml)) return 'rss';
    if (/<feed[\s>][^>]*2005\/Atom/i.test(xml)) return 'atom';
    if (/<(script|div|p|meta|title|main|article)[\s>]/i.test(xml)) return 'html';
    return undefined;
  }
  const firstLine = /^[^\r\n]*/.exec(head)![0];
  if (/[,;\t]/.test(firstLine) && firstLine.length < 8000) return 'csv';
  return undefined;
}

const looksLikeJsonLd = (data: unknown): boolean => {
  const node = Array.isArray(data) ? data[0] : data;
  return isObject(node) && !('opportunities' in node) && ('@context' in node || '@graph' in node || '@type' in node);
};

type Reader = (text: string, ctx: ReaderContext) => Extracted;

/** The format modules, loaded on first use (each becomes its own chunk in a bundle). */
const READERS: Record<Exclude<FeedFormat, 'json'>, () => Promise<Reader>> = {
  csv: async () => (await import('./csv.js')).readCsv,
  ics: async () => (await import('./ical.js')).readICalendar,
  rss: async () => (await import('./rss.js')).readRssOrAtom,
  atom: async () => (await import('./rss.js')).readRssOrAtom,
  html: async () => (await import('./html.js')).readHtml,
};

const FORMAT_NAMES: Record<FeedFormat, string> = {
  json: 'JSON',
  csv: 'CSV',
  ics: 'iCalendar',
  rss: 'RSS',
  atom: 'Atom',
  html: 'HTML',
};

/** Issues about the file first, then item issues in item order (stable). */
const ordered = (issues: FeedIssue[]): FeedIssue[] =>
  issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.index ?? -1) - (b.issue.index ?? -1) || a.i - b.i)
    .map((x) => x.issue);

/** What items of a format are missing most often (the format cannot say it), with the way to supply it. */
function hints(raws: readonly unknown[], format: FeedFormat): FeedIssue[] {
  const missing = (field: string) => raws.filter((r) => !isObject(r) || r[field] === undefined).length;
  const out: FeedIssue[] = [];
  const where = FORMAT_NAMES[format];
  const kind = missing('kind');
  if (kind) {
    out.push(
      feedIssue(
        `${kind} item${kind === 1 ? ' has' : 's have'} no kind: ` +
          (format === 'csv' ? "add a 'kind' column, or " : `${where} cannot say what kind of opportunity an item is unless a category names it; `) +
          "pass defaults: { kind: 'staff-week' } (command line: --default kind=staff-week)",
        'warning',
      ),
    );
  }
  const provider = missing('provider');
  if (provider) {
    out.push(
      feedIssue(
        `${provider} item${provider === 1 ? ' has' : 's have'} no provider: ` +
          (format === 'csv' ? "add a 'provider.name' column, or " : `${where} cannot say who offers an item; `) +
          "pass defaults: { provider: { name: '…', country: '…' } } (command line: --default provider.name=…)",
        'warning',
      ),
    );
  }
  return out;
}

const LINKS = [['url'], ['image'], ['provider', 'url'], ['application', 'url'], ['contact', 'url']] as const;

/**
 * Links a page or feed wrote relative to itself (`/events/1`) that could not be resolved (no `baseUrl`): dropped
 * with a warning instead of losing the item, since these formats were not written for this reader. (A CSV names
 * its columns after the feed format, so its values are validated as written.)
 */
function dropRelativeLinks(extracted: Extracted): FeedIssue[] {
  const issues: FeedIssue[] = [];
  extracted.items.forEach((item, index) => {
    for (const path of LINKS) {
      let parent: Json | undefined = item.data;
      for (const k of path.slice(0, -1)) parent = isObject(parent?.[k]) ? (parent[k] as Json) : undefined;
      const key = path[path.length - 1]!;
      const v = parent?.[key];
      if (parent && typeof v === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim())) {
        delete parent[key];
        issues.push({
          path: ['opportunities', index, ...path],
          severity: 'warning',
          index,
          message: `${item.where ? `${item.where}: ` : ''}${path.join('.')}: '${v}' is relative and there is no base URL to resolve it against; it was ignored (pass baseUrl)`,
        });
      }
    }
  });
  return issues;
}

/**
 * An item's message in the words of its source: a row (or event, entry) says where it is, so the JSON index goes
 * (`opportunities[3].title: …` → `title: …`), and another item it names is named by its place too (`is already
 * used by row 2 (line 3)`). The issue's `path` keeps the index.
 */
function inSource(message: string, index: number, items: readonly RawItem[]): string {
  const own = `opportunities[${index}]`;
  let m = message.startsWith(own + '.') ? message.slice(own.length + 1) : message.startsWith(own + ':') ? message.slice(own.length + 2) : message;
  m = m.replace(/opportunities\[(\d+)\]/g, (all, k: string) => items[Number(k)]?.where ?? all);
  return m;
}

/** Defaults and guesses under each item, then the same validation as a JSON feed; issues located in the source. */
function finish(extracted: Extracted, options: ReadFeedOptions, before: FeedIssue[], format: FeedFormat): FeedResult {
  if (format !== 'csv') extracted.issues.push(...dropRelativeLinks(extracted));
  const defaults = isObject(options.defaults) ? (options.defaults as Json) : undefined;
  const raws = extracted.items.map((it) =>
    defaults || it.soft ? deepMerge(deepMerge(it.soft ?? {}, defaults ?? {}), it.data) : it.data,
  );
  const meta = prune(extracted.feed);
  const language = languageOption(options);
  const res = parseFeed({ version: '1', ...(language ? { language } : {}), ...meta, opportunities: raws });
  const located = res.issues.map((issue) => {
    const where = issue.index !== undefined ? extracted.items[issue.index]?.where : undefined;
    return where ? { ...issue, message: `${where}: ${inSource(issue.message, issue.index!, extracted.items)}` } : issue;
  });
  return {
    opportunities: res.opportunities,
    issues: [...before, ...ordered([...extracted.issues, ...hints(raws, format), ...located])],
    feed: res.feed,
  };
}

async function readJson(text: string, options: ReadFeedOptions, ctx: ReaderContext, before: FeedIssue[]): Promise<FeedResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const res = parseFeed(text); // reports the syntax error in parseFeed's words
    return { ...res, issues: [...before, ...res.issues] };
  }
  if (looksLikeJsonLd(data)) {
    const { readJsonLd } = await import('./jsonld.js');
    return finish(readJsonLd(data, ctx), options, before, 'json');
  }
  const extra: FeedIssue[] = [];
  if (isObject(data) && Array.isArray(data.opportunities) && data.opportunities.length > ctx.maxItems) {
    extra.push(feedIssue(`the feed has ${data.opportunities.length} items; only the first ${ctx.maxItems} were read`));
    data = { ...data, opportunities: data.opportunities.slice(0, ctx.maxItems) };
  }
  if (isObject(options.defaults) && isObject(data) && Array.isArray(data.opportunities)) {
    const defaults = options.defaults as Json;
    data = { ...data, opportunities: data.opportunities.map((o: unknown) => deepMerge(defaults, o)) };
  }
  const language = languageOption(options);
  if (language && isObject(data) && data.language === undefined) data = { ...data, language };
  const res = parseFeed(data);
  return { ...res, issues: [...before, ...extra, ...res.issues] };
}

/**
 * Read a feed in any supported format. Resolves to the same `{ opportunities, issues, feed }` as `parseFeed` and
 * never rejects because of the content: problems become issues (path `[]` for the file; item issues start with
 * where the item is, e.g. `row 4 (line 5): opportunities[3].title: is required`).
 */
export async function readFeed(text: string, options: ReadFeedOptions = {}): Promise<FeedResult> {
  if (typeof text !== 'string') {
    return { opportunities: [], issues: [feedIssue(`expected the feed as text, got ${text === null ? 'null' : typeof text}`)], feed: noFeed };
  }
  const checked = checkText(text);
  if (checked.fatal) return { opportunities: [], issues: checked.issues, feed: noFeed };
  const body = checked.text;
  if (options.format !== undefined && !(FEED_FORMATS as readonly string[]).includes(options.format)) {
    return {
      opportunities: [],
      issues: [...checked.issues, feedIssue(`'${String(options.format)}' is not a format this reader knows (${FEED_FORMATS.join(', ')})`)],
      feed: noFeed,
    };
  }
  const format = options.format ?? detectFormat(body, options.contentType);
  if (!format) {
    const message = body.trim()
      ? 'the file is not a JSON feed, CSV, iCalendar, RSS, Atom or HTML page that this reader recognises; if it is one of them, pass its format'
      : 'the feed is empty';
    return { opportunities: [], issues: [...checked.issues, feedIssue(message)], feed: noFeed };
  }
  if (options.language !== undefined && !languageOption(options)) {
    return {
      opportunities: [],
      issues: [...checked.issues, feedIssue(`language: '${String(options.language)}' is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'`)],
      feed: noFeed,
    };
  }
  const ctx: ReaderContext = {
    baseUrl: options.baseUrl,
    maxItems: Math.max(1, options.maxItems ?? DEFAULT_MAX_ITEMS),
    // The language the caller gives, or one every item gets from `defaults`: the CSV reader need not warn then.
    language:
      languageOption(options) ??
      (isObject(options.defaults) && typeof options.defaults.language === 'string'
        ? (canonicalLanguageTag(options.defaults.language.trim()) ?? undefined)
        : undefined),
  };
  if (format === 'json') return readJson(body, options, ctx, checked.issues);
  const reader = await READERS[format]();
  let extracted: Extracted;
  try {
    extracted = reader(body, ctx);
  } catch (e) {
    // A parser bug or a pathological input must not reject: report it as a problem with the file.
    return {
      opportunities: [],
      issues: [...checked.issues, feedIssue(`the file could not be read as ${FORMAT_NAMES[format]} (${(e as Error)?.message ?? String(e)})`)],
      feed: noFeed,
    };
  }
  return finish(extracted, options, checked.issues, format);
}
