/**
 * Reading a feed: `parseFeed` (the envelope, then each item on its own, so one bad item never sinks the feed) and
 * `parseOpportunity` (one item, for the format readers too). Each item is validated, warned about (unknown fields,
 * contradictions) and given its language; the issue wording is in ./zod-issues.ts.
 */
import * as z from 'zod/mini';
import { contradictions } from './contradictions.js';
import { describe } from './describe.js';
import { fieldTree, unknownFields } from './fields.js';
import type { FieldTree } from './fields.js';
import { IssueCap } from './issue-cap.js';
import { feedIssue } from './issues.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { canonicalLanguageTag } from './language-tag.js';
import { normaliseOpportunity, normaliseText } from './normalise-texts.js';
import { feedSchema, opportunitySchema } from './schema.js';
import type { FeedMeta, Opportunity } from './schema.js';
import { learnCountryNames } from './suggest.js';
import { PLAIN_TEXT } from './text-schema.js';
import { explainParams, formatPath, toIssues } from './zod-issues.js';

export type { FeedIssue, IssuePath };
export { formatPath };

export interface FeedResult {
  opportunities: Opportunity[];
  issues: FeedIssue[];
  feed: FeedMeta;
}

const envelopeSchema = z.object({
  ...feedSchema.def.shape,
  version: z.optional(z.unknown()),
  opportunities: z.optional(z.unknown()),
});

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

/** What an issue says with the item's index and the values taken out: the repeats of one mistake share it. */
const kindOf = (issue: FeedIssue): string => {
  const colon = issue.message.indexOf(': ');
  const head = colon === -1 ? issue.message : issue.message.slice(0, colon);
  const tail = colon === -1 ? '' : issue.message.slice(colon + 2).replace(/'[^']*'|\b\d+\b/g, '…');
  return `${head.replace(/^opportunities\[\d+\]/, 'opportunities[…]')}: ${tail}`;
};

/**
 * At most 20 warnings of one kind (`kindOf`: the same unknown field, the same contradiction), then one line with how
 * many more; feed-level issues are always kept.
 */
const keep = (cap: IssueCap, issue: FeedIssue): boolean => issue.index === undefined || cap.take(kindOf(issue));

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
  const warnings = new IssueCap();
  for (let index = 0; index < items.length; index++) {
    const res = parseOpportunity(items[index], index, feed.language);
    const o = res.opportunity;
    if (!o) {
      for (const i of res.issues) if (i.severity === 'error' || keep(warnings, i)) issues.push(i);
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
    for (const i of res.issues) if (keep(warnings, i)) issues.push(i);
  }
  for (const i of warnings.summary((key, more) => `… and ${more} more like: ${key}`)) issues.push(i);
  return { opportunities, issues, feed };
}
