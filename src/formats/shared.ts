/**
 * Helpers shared by the format readers and writers. The only third-party import is `entities` (the HTML character
 * reference decoder htmlparser2 uses), for `decodeEntities`: this module is loaded with the `opportunity-kit/formats`
 * entry even when a page only reads JSON, which never happens before a finder's first render.
 */
import { decodeHTML } from 'entities/decode';
import { COUNTRY_CODES } from '../sdk/feed/code-sets.js';
import { COUNTRY_ALIASES, KINDS } from '../sdk/feed/codes.js';
import type { Kind } from '../sdk/feed/codes.js';
import { canonicalLanguageTag, isHttpUrl, isIsoDate } from '../sdk/feed/schema.js';
import { feedIssue } from '../sdk/feed/issues.js';
import type { FeedIssue } from '../sdk/feed/issues.js';
import { countryFromName } from '../sdk/feed/suggest.js';
import { foldSlug, foldText } from '../sdk/search/fold.js';

export type Json = Record<string, unknown>;

/** One item as a reader found it, before defaults and validation. */
export interface RawItem {
  /** What the source says (wins over `defaults`). */
  data: Json;
  /** Guesses (e.g. a kind from a schema.org type): used only where neither the source nor `defaults` say anything. */
  soft?: Json;
  /** Where the item is in the source, put in front of its issues: `row 4 (line 5)`. */
  where?: string;
}

/** What a format reader hands back to `readFeed`. */
export interface Extracted {
  /** Feed-level fields (`title`, `language`, `updated`, `publisher`). */
  feed: Json;
  items: RawItem[];
  /** Format-level problems: path `[]` for the file, `index` set for one item (its `where` is added). */
  issues: FeedIssue[];
}

export interface ReaderContext {
  baseUrl?: string | undefined;
  maxItems: number;
  /** The language the caller gave for texts without one (`readFeed`'s `language`), canonical. */
  language?: string | undefined;
}

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `over` deep-merged onto `base`: plain objects merge key by key, anything else in `over` replaces. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isObject(base) || !isObject(over)) return over;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    // An own `__proto__` key (JSON.parse makes one) is no field: assigning it would set the copy's prototype, and the
    // schema would then read the fields it carries as if the item had them.
    if (k === '__proto__') continue;
    out[k] = deepMerge(Object.hasOwn(base, k) ? base[k] : undefined, v);
  }
  return out;
}

/** Set `obj.a.b.c = value`, creating objects on the way. */
export function setPath(obj: Json, path: readonly string[], value: unknown): void {
  // `__proto__` is no field, and following it would write to Object.prototype (`--default __proto__.x=1`).
  if (path.includes('__proto__')) return;
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (!isObject(cur[k])) cur[k] = {};
    cur = cur[k] as Json;
  }
  cur[path[path.length - 1]!] = value;
}

/** Drop `undefined` values and empty objects, recursively (keeps raw items small and their issues to the point). */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const p = prune(v);
    if (isObject(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out as T;
}

// ---------- text ----------

/**
 * Fold for the hashes of generated ids only: lower case, no diacritics, single spaces. Kept as it was so that ids
 * stay the same across versions; everything else compares with the search folding (`foldText`, `foldSlug`).
 */
export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** `Staff Training Week!` → `staff-training-week`; `''` when nothing is left (e.g. Greek or Cyrillic text). */
export const slugify = (s: string): string => foldSlug(s);

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

/** Labels publishers use for the kinds, as slugs (plural `s` is tried automatically). */
const KIND_SYNONYMS: Readonly<Record<string, Kind>> = {
  staffweek: 'staff-week',
  'staff-training-week': 'staff-week',
  'staff-training': 'staff-week',
  'staff-mobility-week': 'staff-week',
  'international-staff-week': 'staff-week',
  'erasmus-staff-week': 'staff-week',
  'staff-exchange-week': 'staff-week',
  jobshadowing: 'job-shadowing',
  'job-shadow': 'job-shadowing',
  'work-shadowing': 'job-shadowing',
  'teaching-mobility': 'teaching',
  'teaching-assignment': 'teaching',
  'teaching-staff-mobility': 'teaching',
  'staff-mobility-for-teaching': 'teaching',
  'guest-lecture': 'teaching',
  'training-course': 'course',
  'structured-course': 'course',
  internship: 'traineeship',
  'vet-mobility': 'vet-placement',
  'erasmuspro': 'vet-placement',
  volunteer: 'volunteering',
  'european-solidarity-corps': 'volunteering',
  'research-position': 'research-job',
  'phd-position': 'research-job',
  postdoc: 'research-job',
  'best-practice': 'good-practice',
};

/** The kind a category label names (`Staff weeks`, `job shadowing`, `Internships`), if any. */
export function kindOf(label: string): Kind | undefined {
  const slug = slugify(label);
  if (!slug) return undefined;
  for (const s of [slug, slug.replace(/s$/, '')]) {
    if (KIND_SET.has(s)) return s as Kind;
    const syn = KIND_SYNONYMS[s];
    if (syn) return syn;
  }
  return undefined;
}

/** A kind guessed from a title, for formats that cannot say (schema.org `Event`). */
export function kindFromTitle(title: string): Kind | undefined {
  const t = title.toLowerCase();
  if (/staff[\s-]*(training\s+)?week|staffweek|international\s+(staff\s+)?week/.test(t)) return 'staff-week';
  if (/job[\s-]*shadow/.test(t)) return 'job-shadowing';
  if (/teaching\s+(mobility|assignment|staff)/.test(t)) return 'teaching';
  if (/traineeship|internship/.test(t)) return 'traineeship';
  if (/volunteer/.test(t)) return 'volunteering';
  if (/good\s+practice|best\s+practice/.test(t)) return 'good-practice';
  if (/\bph\.?d\b|postdoc|doctoral|research(er)?\s+(position|job|fellow)/.test(t)) return 'research-job';
  return undefined;
}

/**
 * Categories as the feed format wants them: the first that names a kind becomes `kind`; the others become `topics`
 * (as slugs), or `tags` when they give no slug (non-Latin scripts).
 */
export function splitCategories(labels: readonly string[]): { kind?: Kind; topics: string[]; tags: string[] } {
  let kind: Kind | undefined;
  const topics: string[] = [];
  const tags: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    if (!label) continue;
    const k = kindOf(label);
    if (k && !kind) {
      kind = k;
      continue;
    }
    if (k && k === kind) continue;
    const slug = slugify(label);
    if (slug) {
      if (!topics.includes(slug)) topics.push(slug);
    } else if (!tags.includes(label)) tags.push(label);
  }
  return { ...(kind ? { kind } : {}), topics, tags };
}

// ---------- ids ----------

/** cyrb53: a fast 53-bit string hash, stable across runs and platforms. */
export function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const firstText = (t: unknown): string =>
  typeof t === 'string' ? t : isObject(t) ? String(Object.values(t).find((v) => typeof v === 'string') ?? '') : '';

/**
 * Give every item without an id a stable one: its `url` when no other id-less item shares that url, else
 * `<prefix>-<hash of url, title and start>`. The same input gives the same id on every read, so bookmarks and
 * de-duplication keep working; an id that would collide with another item's id gets a hash instead.
 */
export function deriveIds(items: RawItem[], prefix: string): number[] {
  const taken = new Set<string>();
  const urlCount = new Map<string, number>();
  const missing: number[] = [];
  items.forEach((it, i) => {
    const id = it.data.id;
    if (typeof id === 'string' && id.trim()) taken.add(id.trim());
    else {
      missing.push(i);
      const url = it.data.url;
      if (typeof url === 'string' && isHttpUrl(url)) urlCount.set(url, (urlCount.get(url) ?? 0) + 1);
    }
  });
  const next = new Map<string, number>();
  for (const i of missing) {
    const d = items[i]!.data;
    const url = typeof d.url === 'string' && isHttpUrl(d.url) ? d.url : undefined;
    let id = url && urlCount.get(url) === 1 && !taken.has(url) ? url : undefined;
    if (!id) {
      const title = firstText(d.title).slice(0, 1000);
      const base = `${prefix}-${hash(`${url ?? ''}|${fold(title)}|${typeof d.start === 'string' ? d.start : ''}`)}`;
      id = base;
      for (let n = next.get(base) ?? 2; taken.has(id); n++) {
        id = `${base}-${n}`;
        next.set(base, n + 1);
      }
    }
    taken.add(id);
    d.id = id;
  }
  return missing;
}

// ---------- locations in the source ----------

/** Line numbers for character offsets; fast when asked in increasing order (the readers do). */
export class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    const end = Math.min(offset, this.text.length);
    let i = this.text.indexOf('\n', this.pos);
    while (i !== -1 && i < end) {
      this.line++;
      i = this.text.indexOf('\n', i + 1);
    }
    this.pos = end;
    return this.line;
  }
}

/** Collects format-level warnings, keeping at most `limit` of each kind and summarising the rest. */
export class IssueLog {
  readonly issues: FeedIssue[] = [];
  private readonly counts = new Map<string, number>();
  constructor(private readonly limit = 20) {}
  /** Whether another issue of `group` would only be counted (lets callers skip building its message). */
  full(group: string): boolean {
    const n = this.counts.get(group) ?? 0;
    if (n < this.limit) return false;
    this.counts.set(group, n + 1);
    return true;
  }
  add(issue: FeedIssue, group?: string): void {
    if (group) {
      const n = (this.counts.get(group) ?? 0) + 1;
      this.counts.set(group, n);
      if (n > this.limit) return;
    }
    this.issues.push(issue);
  }
  feed(message: string, severity: FeedIssue['severity'] = 'warning', group?: string): void {
    this.add(feedIssue(message, severity), group);
  }
  item(index: number, message: string, severity: FeedIssue['severity'] = 'warning', group?: string): void {
    this.add({ path: ['opportunities', index], severity, index, message }, group);
  }
  /** Call once at the end: adds "… and N more" lines for groups over the limit. */
  finish(describe: (group: string) => string = (g) => g): FeedIssue[] {
    for (const [group, n] of this.counts) {
      if (n > this.limit) {
        this.issues.push(feedIssue(`… and ${n - this.limit} more: ${describe(group)}`, 'warning'));
      }
    }
    return this.issues;
  }
}

export const quoteShort = (s: string, max = 60): string => `'${s.length > max ? s.slice(0, max - 1) + '…' : s}'`;

// ---------- values ----------

/** Resolve a relative URL against `base`; absolute URLs and unresolvable values come back unchanged. */
export function resolveUrl(value: string, base: string | undefined): string {
  const v = value.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `+02:00` for 120 minutes east of UTC, `Z` for 0. */
export const offsetString = (minutes: number): string =>
  minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** The wall-clock time of `epochMs` at `offsetMinutes`, written with that offset: `2027-05-10T09:00:00+03:00`. */
export function isoAtOffset(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetString(offsetMinutes)}`
  );
}

/** `2027-05-15` plus `days`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z') + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A date or date-time as the feed format wants it, from the loose forms other formats use: ISO values with an
 * offset are kept; a date-time without offset keeps its date (the offset is unknown); RFC 822 dates
 * (`Tue, 10 Jun 2026 04:00:00 +0000`) become UTC. `undefined` when it is not a date at all.
 */
export function looseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v || v.length > 100) return undefined;
  if (isIsoDate(v)) return v;
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(v);
  if (local) return isIsoDate(local[1]!) ? local[1] : undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(v);
  if (iso) {
    const off = iso[3]!.toUpperCase() === 'Z' ? 'Z' : iso[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const out = `${iso[1]}T${iso[2]!.length === 5 ? iso[2] + ':00' : iso[2]}${off}`;
    if (isIsoDate(out)) return out;
  }
  if (!/[a-z]/i.test(v) || !/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

/** `150`, `'150'`, `'150,50'`, `'1 500'` → a number; `undefined` when it is none. */
export function looseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let v = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^[+-]?\d+,\d+$/.test(v)) v = v.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

// ---------- countries and languages by name ----------

/** `BE`, `be`, `EL`, `Belgium`, `België`, `Suomi` → an ISO 3166-1 alpha-2 code (names: the validator's own lookup). */
export function countryCode(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (v.length === 2) {
    const up = v.toUpperCase();
    const code = COUNTRY_ALIASES[up] ?? up;
    return COUNTRY_CODES.has(code) ? code : undefined;
  }
  return countryFromName(v);
}

let languageNames: Map<string, string> | undefined;
const LANGUAGE_CODES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no is tr uk sq mk sr bs ca eu gl lb ru ar zh ja'.split(' ');

/** `en`, `EN`, `English`, `Deutsch` → a canonical BCP 47 tag. */
export function languageTag(value: string): string | undefined {
  const v = value.trim();
  const tag = canonicalLanguageTag(v);
  if (tag) return tag;
  if (!languageNames) {
    languageNames = new Map();
    for (const locale of ['en', ...LANGUAGE_CODES]) {
      try {
        const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
        for (const code of LANGUAGE_CODES) {
          const name = names.of(code);
          if (name && !languageNames.has(foldText(name))) languageNames.set(foldText(name), code);
        }
      } catch {
        /* locale unknown to this runtime */
      }
    }
  }
  return languageNames.get(foldText(v));
}

/** Parts of an address that are buildings, rooms or streets rather than a city. */
const NOT_A_CITY =
  /\b(room|building|hall|floor|campus|auditorium|aula|lecture|faculty|universit\w*|college|school|institut\w*|office|cent(re|er)|house|library|lab|street|road|avenue|square|calle|rue|via|avenida|plaza|platz|ulica|utca)\b|(stra(ss|ß)e|str\.|straat|gatan|gata|katu|tie|vej|veien|weg|laan|plein)$/i;

/**
 * Best effort: a free-text place (`Aalto University, Otakaari 1, 02150 Espoo, Finland`) as city and country. An
 * online place (`Online`, `Zoom`, a URL) gives `online: true`.
 */
export function placeFromText(text: string): { city?: string; country?: string; online?: boolean } {
  const t = text.trim();
  if (!t) return {};
  if (/^(online|virtual|remote|web|webinar|zoom|(microsoft\s+)?teams|google\s+meet|skype)\b/i.test(t) || /^https?:\/\//i.test(t)) {
    return { online: true };
  }
  const parts = t.split(/\s*[,;\n]\s*/).filter(Boolean);
  let country: string | undefined;
  if (parts.length > 1) {
    country = countryCode(parts[parts.length - 1]!.replace(/^[A-Z]{1,2}-(?=\d)/, ''));
    if (country) parts.pop();
  }
  let city: string | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const candidate = parts[i]!
      .replace(/\b[A-Z]{1,2}-\d{3,6}\b/g, '')
      .replace(/\b\d{2,3}[ -]?\d{2,3}\b/g, '')
      .replace(/\b\d{4,6}\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (candidate && !/\d/.test(candidate) && candidate.length <= 40 && !NOT_A_CITY.test(candidate)) {
      if (parts.length === 1 && countryCode(candidate)) {
        country = countryCode(candidate);
        break;
      }
      city = candidate;
      break;
    }
  }
  return { ...(city ? { city } : {}), ...(country ? { country } : {}) };
}

// ---------- HTML as plain text ----------

/**
 * Decode character references as an HTML parser does in text (every named one the HTML standard defines: `&amp;`,
 * `&scaron;`, `&Lstrok;`, `&#8217;`, `&#x2019;`, …), with the `entities` package (htmlparser2's own decoder, so it is
 * in the readers' chunk already).
 */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/**
 * HTML as readable plain text: block ends and `<br>` become line breaks, list items get `- `, tags go, character
 * references are decoded, runs of blank lines shrink to one. Plain text comes back as it was (entities decoded).
 */
export function htmlToText(html: string): string {
  if (!/<[a-z/!]/i.test(html)) return decodeEntities(html).trim();
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<\/?(p|h[1-6]|blockquote|pre|table|section|article|header|footer|dl|figure)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(ul|ol)\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<(br|hr|\/?div|\/tr|\/dt|\/dd)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text as HTML that shows the same text (for descriptions from formats that only carry plain text). */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
