import * as z from 'zod/mini';
import { canonicalLanguageTag, describe, feedSchema, opportunitySchema, PLAIN_TEXT, quote } from './schema.js';
import { ISCED_F_CODES } from './code-sets.js';
import { fieldTree, unknownFields } from './fields.js';
import type { FieldTree } from './fields.js';
import { closest, learnCountryNames } from './suggest.js';
import { instantOf } from './values.js';
import { isTopicSlug, TOPIC_SLUGS } from '../vocab/topics.js';
import type { FeedMeta, LocalizedText, Opportunity } from './schema.js';
import { feedIssue } from './issues.js';
import type { FeedIssue, IssuePath } from './issues.js';

export type { FeedIssue, IssuePath };

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
      return `expected ${iss.expected}, got ${describe(iss.input)}${shapeHint(iss.expected, iss.input, iss.path ?? [])}`;
    case 'invalid_value': {
      if (iss.input === undefined) return 'is required';
      const values = iss.values.filter((v): v is string => typeof v === 'string');
      const hint = typeof iss.input === 'string' ? closest(iss.input, values) : undefined;
      return `${describe(iss.input)} is not one of: ${iss.values.map((v) => quote(v)).join(', ')}${hint ? `; did you mean '${hint}'?` : ''}`;
    }
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

const LANGUAGE_ENTRY_RE = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)(?:\s*[:\s(]\s*([A-Ca-c][12])\)?)?$/;

/**
 * The right shape for a value of the wrong one, when it is plain what was meant: `languages: ["en:B2"]` →
 * `write {"lang": "en", "level": "B2"}`; `topics: "ict"` → `write ["ict"]`. Empty when nothing is plain.
 */
function shapeHint(expected: string, input: unknown, path: readonly PropertyKey[]): string {
  if (expected === 'object' && typeof input === 'string' && path[path.length - 2] === 'languages') {
    const m = LANGUAGE_ENTRY_RE.exec(input.trim());
    if (m) return `; write {"lang": ${JSON.stringify(m[1])}${m[2] ? `, "level": ${JSON.stringify(m[2].toUpperCase())}` : ''}}`;
  }
  if (expected === 'object' && typeof input === 'string' && (path[path.length - 1] === 'provider' || path[path.length - 1] === 'publisher')) {
    return `; write {"name": ${JSON.stringify(input.length > 60 ? input.slice(0, 57) + '…' : input)}}`;
  }
  if (expected === 'array' && typeof input === 'string' && input.length <= 60) return `; write [${JSON.stringify(input)}]`;
  return '';
}

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
  if (o.entryRequirements) o.entryRequirements = normaliseText(o.entryRequirements, lang);
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

let itemFields: FieldTree | undefined;
let feedFields: FieldTree | undefined;

/** Warnings for fields the format does not know (extension points aside), each with the field meant when one is close. */
function unknownFieldIssues(raw: unknown, tree: FieldTree, prefix: IssuePath, extra: Partial<FeedIssue>): FeedIssue[] {
  const found = unknownFields(raw, tree);
  if (found.length === 0) return found as [];
  return found.map((u) => {
    const path = [...prefix, ...u.path];
    const hint = u.suggestion ? `; did you mean '${u.suggestion}'?` : '';
    return { path, severity: 'warning', ...extra, message: `${formatPath(path)}: is not a field of the feed format and was ignored${hint}` };
  });
}

const later = (a: string, b: string): boolean => instantOf(a, false) > instantOf(b, true);

/**
 * Warnings for what a valid item says that cannot all be true (the item is kept: the publisher may know better):
 * a deadline before the application opens or after the start, more places left than places, a field of education
 * that ISCED-F 2013 does not have, a topic that is not in the topic vocabulary (a publisher's own topic is kept and
 * displays as its humanised slug; the warning names the closest slug of the vocabulary). A few comparisons per item.
 */
function contradictions(o: Opportunity, prefix: IssuePath, extra: Partial<FeedIssue>): FeedIssue[] {
  const out: FeedIssue[] = [];
  const warn = (path: IssuePath, text: string) => {
    const full = [...prefix, ...path];
    out.push({ path: full, severity: 'warning', ...extra, message: `${formatPath(full)}: ${text}` });
  };
  const a = o.application;
  if (a?.deadline && a.opens && later(a.opens, a.deadline)) {
    warn(['application', 'deadline'], `${quote(a.deadline)} is before application.opens ${quote(a.opens)}; applications would close before they open`);
  }
  if (a?.deadline && o.start && later(a.deadline, o.start)) {
    warn(['application', 'deadline'], `${quote(a.deadline)} is after the start ${quote(o.start)}; the deadline is usually before the opportunity starts`);
  }
  if (a?.places !== undefined && a.placesLeft !== undefined && a.placesLeft > a.places) {
    warn(['application', 'placesLeft'], `${a.placesLeft} is more than application.places (${a.places})`);
  }
  if (o.fields) {
    for (let i = 0; i < o.fields.length; i++) {
      const code = o.fields[i]!;
      if (ISCED_F_CODES.has(code) && !code.startsWith('99')) continue;
      if (code.startsWith('99')) {
        warn(['fields', i], `${quote(code)} is 'field unknown' in ISCED-F 2013; leave it out, or give the field of education`);
        continue;
      }
      const parent = [code.slice(0, 3), code.slice(0, 2)].find((c) => c.length < code.length && ISCED_F_CODES.has(c));
      warn(
        ['fields', i],
        `${quote(code)} is not a field of education in ISCED-F 2013${parent ? `; use ${quote(parent)} if no narrower field fits` : ''}`,
      );
    }
  }
  if (o.topics) {
    for (let i = 0; i < o.topics.length; i++) {
      const slug = o.topics[i]!;
      if (isTopicSlug(slug)) continue;
      const hint = closest(slug, TOPIC_SLUGS);
      warn(
        ['topics', i],
        `${quote(slug)} is not in the topic vocabulary; ${hint ? `did you mean ${quote(hint)}?` : 'it is kept as a topic of your own'}`,
      );
    }
  }
  return out;
}

/** Validate one raw item the way `parseFeed` does; used by the format readers too. */
export function parseOpportunity(
  raw: unknown,
  index: number,
  feedLanguage?: string,
): { opportunity?: Opportunity; issues: FeedIssue[] } {
  try {
    const res = opportunitySchema.safeParse(raw);
    const id = idOf(raw);
    const extra: Partial<FeedIssue> = id ? { index, id } : { index };
    const prefix = ['opportunities', index];
    const unknown = unknownFieldIssues(raw, (itemFields ??= fieldTree(opportunitySchema)!), prefix, extra);
    if (res.success) {
      const lang = feedLanguage === undefined ? undefined : (canonicalLanguageTag(feedLanguage) ?? undefined);
      const issues = contradictions(res.data, prefix, extra);
      for (const i of unknown) issues.push(i);
      return { opportunity: normaliseOpportunity(res.data, lang), issues };
    }
    // The messages name a country's code for its name in English, the EU's languages, and the feed's own.
    const lang = feedLanguage === undefined ? undefined : canonicalLanguageTag(feedLanguage);
    if (lang) learnCountryNames([lang]);
    const explained = opportunitySchema.safeParse(raw, explainParams);
    const zodIssues = explained.success ? res.error.issues : explained.error.issues;
    const issues = toIssues(zodIssues, prefix, 'error', extra);
    for (const i of unknown) issues.push(i);
    return { issues };
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

/** The envelope's fields; `opportunities` is walked item by item. */
function feedTree(): FieldTree {
  const tree = fieldTree(feedSchema)!;
  tree.set('opportunities', { sub: null, many: true });
  return tree;
}

/**
 * At most `limit` warnings of one kind (the same message once the item's index is taken out: the same unknown
 * field, the same contradiction), then one line with how many more: a feed that repeats a mistake in 10,000
 * items gives a readable report.
 */
class WarningCap {
  private readonly counts = new Map<string, number>();
  constructor(private readonly limit = 20) {}
  keep(issue: FeedIssue): boolean {
    if (issue.index === undefined) return true;
    const key = kindOf(issue);
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n <= this.limit;
  }
  finish(issues: FeedIssue[]): void {
    for (const [key, n] of this.counts) {
      if (n > this.limit) {
        issues.push(feedIssue(`… and ${n - this.limit} more like: ${key}`, 'warning'));
      }
    }
  }
}

/** What an issue says with the item's index and the values taken out. */
const kindOf = (issue: FeedIssue): string => {
  const colon = issue.message.indexOf(': ');
  const head = colon === -1 ? issue.message : issue.message.slice(0, colon);
  const tail = colon === -1 ? '' : issue.message.slice(colon + 2).replace(/'[^']*'|\b\d+\b/g, '…');
  return `${head.replace(/^opportunities\[\d+\]/, 'opportunities[…]')}: ${tail}`;
};

function feedError(message: string): FeedResult {
  return { opportunities: [], issues: [feedIssue(message)], feed: {} as FeedMeta };
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
    if (text.trim() === '') return feedError('the feed is empty; expected a JSON object such as {"version": "1", "opportunities": [ … ]}');
    try {
      data = JSON.parse(text);
    } catch (e) {
      return feedError(`the feed is not valid JSON (${messageOf(e)}); check it with a JSON validator`);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return feedError(
      `expected a JSON object such as {"version": "1", "opportunities": [ … ]}, got ${describe(data)}`,
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
    issues.push({ path: ['version'], severity: 'warning', message: "version: is missing; reading the feed as version '1'" });
  } else if (obj.version !== '1') {
    issues.push({
      path: ['version'],
      severity: 'warning',
      message: `version: ${describe(obj.version)} is not a version this reader knows; reading it as version '1'`,
    });
  }
  const items = obj.opportunities;
  if (!Array.isArray(items)) {
    issues.push(
      feedIssue(
        items === undefined
          ? `there is no 'opportunities' array; put the items in "opportunities": [ … ]`
          : `'opportunities' must be an array, got ${describe(items)}`,
      ),
    );
    return { opportunities: [], issues, feed };
  }
  for (const i of unknownFieldIssues(obj, (feedFields ??= feedTree()), [], {})) issues.push(i);
  const opportunities: Opportunity[] = [];
  const firstIndex = new Map<string, number>();
  const warnings = new WarningCap();
  for (let index = 0; index < items.length; index++) {
    const res = parseOpportunity(items[index], index, feed.language);
    const o = res.opportunity;
    if (!o) {
      for (const i of res.issues) if (i.severity === 'error' || warnings.keep(i)) issues.push(i);
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
    for (const i of res.issues) if (warnings.keep(i)) issues.push(i);
  }
  warnings.finish(issues);
  return { opportunities, issues, feed };
}
