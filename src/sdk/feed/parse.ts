import * as z from 'zod/mini';
import { canonicalLanguageTag, describe, feedSchema, opportunitySchema, PLAIN_TEXT } from './schema.js';
import type { FeedMeta, LocalizedText, Opportunity } from './schema.js';

export type IssuePath = (string | number)[];

/**
 * A problem found in a feed. `error`: the item (or the whole feed, for path `[]`) was dropped. `warning`: something
 * was ignored or repaired and everything valid was kept.
 */
export interface FeedIssue {
  path: IssuePath;
  /** Starts with the path, then says what is wrong and what is expected: a publisher can act on it. */
  message: string;
  severity: 'error' | 'warning';
  /** Index of the item in `opportunities`, when the issue is about one item. */
  index?: number;
  /** The item's id, when it has one. */
  id?: string;
  /** Which source the issue came from, when a client merged several. */
  source?: string;
}

export interface FeedResult {
  opportunities: Opportunity[];
  issues: FeedIssue[];
  feed: FeedMeta;
}

const IDENTIFIER_RE = /^[A-Za-z_$][\w$]*$/;

/**
 * `opportunities[3].provider.country`, the way a publisher finds the spot in their file. A very long key is cut
 * (`title["BBBB…"]`): the issue's `path` keeps it whole.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && seg.length <= 60 && IDENTIFIER_RE.test(seg)) out += out ? `.${seg}` : seg;
    else {
      const key = String(seg);
      out += `[${JSON.stringify(key.length > 60 ? key.slice(0, 57) + '…' : key)}]`;
    }
  }
  return out || '(feed)';
}

/** Messages for zod's generic issues; the schema's own messages (codes, URLs, dates) take precedence. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return iss.path?.length ? 'is required' : `expected ${iss.expected}, got nothing`;
      if (iss.expected === 'int' && typeof iss.input === 'number') return `must be a whole number, got ${iss.input}`;
      return `expected ${iss.expected}, got ${describe(iss.input)}`;
    case 'invalid_value':
      if (iss.input === undefined) return 'is required';
      return `${describe(iss.input)} is not one of: ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return iss.origin === 'array' || iss.origin === 'string'
        ? `must have at least ${iss.minimum} ${iss.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at least ${iss.minimum}`;
    case 'too_big':
      return iss.origin === 'array' || iss.origin === 'string'
        ? `must have at most ${iss.maximum} ${iss.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${iss.maximum}`;
    case 'invalid_key':
      // The key's own rule says best what is wrong ("'english' is not a BCP 47 language tag such as 'en' …").
      return iss.issues[0]?.message ?? `${describe(iss.input)} is not a valid key here`;
    default:
      return undefined;
  }
};

/**
 * Options for the parse that explains a failure. Items are first parsed without options: zod spreads the options
 * into a fresh context object on every call, and with them validating a valid 10,000-item feed measured about 20%
 * slower. Valid items — nearly all of them — pay nothing; an invalid one is parsed a second time, with these options,
 * for its messages. Parsing is pure, so both passes agree.
 */
const explainParams = { error: errorMap, reportInput: true } as const;

function toIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: IssuePath,
  severity: FeedIssue['severity'],
  extra: Partial<FeedIssue> = {},
): FeedIssue[] {
  // Keep the first issue per path so messages stay readable.
  const seen = new Set<string>();
  const out: FeedIssue[] = [];
  for (const iss of zodIssues) {
    const path = [...prefix, ...(iss.path as IssuePath)];
    const key = formatPath(path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: `${key}: ${iss.message}`, severity, ...extra });
  }
  return out;
}

const envelopeSchema = z.object({
  ...feedSchema.def.shape,
  version: z.optional(z.unknown()),
  opportunities: z.optional(z.unknown()),
});

/**
 * Give a plain-string text (parsed as `{ und: "…" }`) the language it is in. Tags are already canonical (the schema
 * canonicalises them), so a text without the placeholder — the common case — is returned as it is.
 */
function normaliseText(text: LocalizedText, lang: string): LocalizedText {
  if (text[PLAIN_TEXT] === undefined || lang === PLAIN_TEXT) return text;
  const out: LocalizedText = {};
  for (const key of Object.keys(text)) {
    const tag = key === PLAIN_TEXT ? lang : key;
    if (!Object.hasOwn(out, tag)) out[tag] = text[key]!;
  }
  return out;
}

function normaliseTexts(list: LocalizedText[], lang: string): void {
  for (let i = 0; i < list.length; i++) list[i] = normaliseText(list[i]!, lang);
}

/**
 * Put the item's language on it and on its plain-string texts. Works in place: zod's output is a fresh tree that
 * nothing else holds, and copying 30-field objects for every item was a fifth of the cost of parsing a feed.
 */
function normaliseOpportunity(o: Opportunity, feedLanguage: string | undefined): Opportunity {
  const lang = o.language ?? feedLanguage ?? PLAIN_TEXT;
  o.language = lang;
  if (lang === PLAIN_TEXT) return o;
  o.title = normaliseText(o.title, lang);
  if (o.summary) o.summary = normaliseText(o.summary, lang);
  if (o.description) o.description = normaliseText(o.description, lang);
  o.provider.name = normaliseText(o.provider.name, lang);
  if (o.learningOutcomes) normaliseTexts(o.learningOutcomes, lang);
  if (o.fee?.covers) o.fee.covers = normaliseText(o.fee.covers, lang);
  if (o.recognition?.note) o.recognition.note = normaliseText(o.recognition.note, lang);
  const form = o.application?.form;
  if (form) {
    for (const f of form.fields) {
      f.label = normaliseText(f.label, lang);
      if (f.help) f.help = normaliseText(f.help, lang);
      if (f.options) for (const op of f.options) op.label = normaliseText(op.label, lang);
    }
    if (form.consents) for (const c of form.consents) c.label = normaliseText(c.label, lang);
    const p = form.privacy;
    if (p) {
      p.controller = normaliseText(p.controller, lang);
      p.purpose = normaliseText(p.purpose, lang);
      p.retention = normaliseText(p.retention, lang);
      if (p.legalBasis) p.legalBasis = normaliseText(p.legalBasis, lang);
    }
  }
  return o;
}

function idOf(raw: unknown): string | undefined {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.trim() || undefined : undefined;
}

const messageOf = (e: unknown): string => {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
};

/** Validate one raw item the way `parseFeed` does; used by the format readers too. */
export function parseOpportunity(
  raw: unknown,
  index: number,
  feedLanguage?: string,
): { opportunity?: Opportunity; issues: FeedIssue[] } {
  try {
    const res = opportunitySchema.safeParse(raw);
    if (res.success) {
      const lang = feedLanguage === undefined ? undefined : (canonicalLanguageTag(feedLanguage) ?? undefined);
      return { opportunity: normaliseOpportunity(res.data, lang), issues: [] };
    }
    const explained = opportunitySchema.safeParse(raw, explainParams);
    const id = idOf(raw);
    const extra: Partial<FeedIssue> = id ? { index, id } : { index };
    const zodIssues = explained.success ? res.error.issues : explained.error.issues;
    return { issues: toIssues(zodIssues, ['opportunities', index], 'error', extra) };
  } catch (e) {
    // Only an exotic already-parsed value (a throwing getter, a revoked proxy) gets here; JSON never does.
    let id: string | undefined;
    try {
      id = idOf(raw);
    } catch {
      /* the id cannot be read either */
    }
    return {
      issues: [
        {
          path: ['opportunities', index],
          severity: 'error',
          index,
          ...(id ? { id } : {}),
          message: `opportunities[${index}]: could not be read (${messageOf(e)})`,
        },
      ],
    };
  }
}

function feedError(message: string): FeedResult {
  return { opportunities: [], issues: [{ path: [], message: `(feed): ${message}`, severity: 'error' }], feed: {} as FeedMeta };
}

function readMeta(env: Record<string, unknown>): FeedMeta {
  const { opportunities: _o, version: _v, ...meta } = env;
  const feed = { ...meta, version: '1' } as FeedMeta;
  const lang = feed.language ?? PLAIN_TEXT;
  if (feed.title) feed.title = normaliseText(feed.title, lang);
  if (feed.publisher) feed.publisher = { ...feed.publisher, name: normaliseText(feed.publisher.name, lang) };
  return feed;
}

/**
 * Read a feed (a JSON string or an already parsed value) and return every valid opportunity, normalised, with an
 * issue for each problem. Never throws on content: a feed-level problem gives zero items and an issue with path `[]`;
 * an invalid item is dropped and reported; a duplicate id keeps the first.
 */
export function parseFeed(input: unknown): FeedResult {
  try {
    return read(input);
  } catch (e) {
    // Only an exotic already-parsed value (a throwing getter, a revoked proxy) gets here; JSON never does.
    return feedError(`the feed could not be read (${messageOf(e)})`);
  }
}

function read(input: unknown): FeedResult {
  let data = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return feedError('the feed is empty; expected a JSON object with an "opportunities" array');
    try {
      data = JSON.parse(text);
    } catch (e) {
      return feedError(`the feed is not valid JSON (${messageOf(e)}); check it with a JSON validator`);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return feedError(
      `expected a JSON object with "version": "1" and an "opportunities" array, got ${describe(data)}`,
    );
  }
  const issues: FeedIssue[] = [];
  const obj = data as Record<string, unknown>;
  const env = envelopeSchema.safeParse(obj, explainParams);
  let feed: FeedMeta = {} as FeedMeta;
  if (env.success) {
    feed = readMeta(env.data);
  } else {
    // A bad title or publisher must not sink the items: report and ignore those fields.
    for (const i of toIssues(env.error.issues, [], 'warning')) issues.push({ ...i, message: i.message + ' (ignored)' });
    const bad = new Set(env.error.issues.map((i) => i.path[0]));
    const kept: Record<string, unknown> = {};
    for (const k of Object.keys(envelopeSchema.def.shape)) if (!bad.has(k) && k in obj) kept[k] = obj[k];
    const retry = envelopeSchema.safeParse(kept, explainParams);
    if (retry.success) feed = readMeta(retry.data);
  }
  if (obj.version === undefined) {
    issues.push({ path: ['version'], severity: 'warning', message: 'version: is missing; reading the feed as version "1"' });
  } else if (obj.version !== '1') {
    issues.push({
      path: ['version'],
      severity: 'warning',
      message: `version: ${describe(obj.version)} is not a version this reader knows; reading it as version "1"`,
    });
  }
  const items = obj.opportunities;
  if (!Array.isArray(items)) {
    issues.push({
      path: [],
      severity: 'error',
      message:
        items === undefined
          ? '(feed): there is no "opportunities" array; put the items in "opportunities": [ … ]'
          : `(feed): "opportunities" must be an array, got ${describe(items)}`,
    });
    return { opportunities: [], issues, feed };
  }
  const opportunities: Opportunity[] = [];
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const res = parseOpportunity(items[index], index, feed.language);
    const o = res.opportunity;
    if (!o) {
      for (const i of res.issues) issues.push(i);
      continue;
    }
    const first = firstIndex.get(o.id);
    if (first !== undefined) {
      issues.push({
        path: ['opportunities', index, 'id'],
        severity: 'error',
        index,
        id: o.id,
        message: `opportunities[${index}].id: '${o.id}' is already used by opportunities[${first}]; ids must be unique (this item was dropped)`,
      });
      continue;
    }
    firstIndex.set(o.id, index);
    opportunities.push(o);
  }
  return { opportunities, issues, feed };
}
