import * as z from 'zod/mini';
import { canonicalLanguageTag, feedSchema, opportunitySchema, PLAIN_TEXT } from './schema.js';
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

/** `opportunities[3].provider.country`, the way a publisher finds the spot in their file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out || '(feed)';
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;

/** Messages for zod's generic issues; the schema's own messages (codes, URLs, dates) take precedence. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'is required' : `expected ${iss.expected}, got ${describe(iss.input)}`;
    case 'invalid_value':
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
      return `${describe(iss.input)} is not a valid key here`;
    default:
      return undefined;
  }
};

const parseParams = { error: errorMap, reportInput: true } as const;

function toIssues(
  error: z.core.$ZodError,
  prefix: IssuePath,
  severity: FeedIssue['severity'],
  extra: Partial<FeedIssue> = {},
): FeedIssue[] {
  // zod reports one issue per failing branch; keep the first per path so messages stay readable.
  const seen = new Set<string>();
  const out: FeedIssue[] = [];
  for (const iss of error.issues) {
    const path = [...prefix, ...(iss.path as (string | number)[])];
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
 * Replace the placeholder key of plain-string texts with the item's language and canonicalise tags. Returns the same
 * object when nothing changes (the common case), which keeps parsing large feeds cheap.
 */
function normaliseText(text: LocalizedText, lang: string): LocalizedText {
  let clean = true;
  for (const key in text) {
    if (key === PLAIN_TEXT || canonicalLanguageTag(key) !== key) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  const out: LocalizedText = {};
  for (const [key, value] of Object.entries(text)) {
    const raw = key === PLAIN_TEXT ? lang : key;
    const tag = canonicalLanguageTag(raw) ?? raw;
    if (!(tag in out)) out[tag] = value;
  }
  return out;
}

const TEXT_KEYS = ['title', 'summary', 'description'] as const;

function normaliseOpportunity(o: Opportunity, feedLanguage: string | undefined): Opportunity {
  const lang = o.language ?? feedLanguage ?? PLAIN_TEXT;
  const t = (x: LocalizedText) => normaliseText(x, lang);
  const out: Opportunity = { ...o, language: lang, title: t(o.title), provider: { ...o.provider, name: t(o.provider.name) } };
  for (const k of TEXT_KEYS) if (o[k]) out[k] = t(o[k]!);
  if (o.learningOutcomes) out.learningOutcomes = o.learningOutcomes.map(t);
  if (o.fee?.covers) out.fee = { ...o.fee, covers: t(o.fee.covers) };
  if (o.recognition?.note) out.recognition = { ...o.recognition, note: t(o.recognition.note) };
  const form = o.application?.form;
  if (form) {
    out.application = {
      ...o.application,
      form: {
        ...form,
        fields: form.fields.map((f) => ({
          ...f,
          label: t(f.label),
          ...(f.help ? { help: t(f.help) } : {}),
          ...(f.options ? { options: f.options.map((op) => ({ ...op, label: t(op.label) })) } : {}),
        })),
        ...(form.consents ? { consents: form.consents.map((c) => ({ ...c, label: t(c.label) })) } : {}),
        ...(form.privacy
          ? {
              privacy: {
                ...form.privacy,
                controller: t(form.privacy.controller),
                purpose: t(form.privacy.purpose),
                retention: t(form.privacy.retention),
                ...(form.privacy.legalBasis ? { legalBasis: t(form.privacy.legalBasis) } : {}),
              },
            }
          : {}),
      },
    };
  }
  return out;
}

/** Validate one raw item the way `parseFeed` does; used by the format readers too. */
export function parseOpportunity(
  raw: unknown,
  index: number,
  feedLanguage?: string,
): { opportunity?: Opportunity; issues: FeedIssue[] } {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
    ? ((raw as { id: string }).id.trim() || undefined)
    : undefined;
  const extra: Partial<FeedIssue> = { index, ...(id ? { id } : {}) };
  const res = opportunitySchema.safeParse(raw, parseParams);
  if (!res.success) return { issues: toIssues(res.error, ['opportunities', index], 'error', extra) };
  return { opportunity: normaliseOpportunity(res.data, feedLanguage), issues: [] };
}

function feedError(message: string): FeedResult {
  return { opportunities: [], issues: [{ path: [], message: `(feed): ${message}`, severity: 'error' }], feed: {} as FeedMeta };
}

/**
 * Read a feed (a JSON string or an already parsed value) and return every valid opportunity, normalised, with an
 * issue for each problem. Never throws on content: a feed-level problem gives zero items and an issue with path `[]`;
 * an invalid item is dropped and reported; a duplicate id keeps the first.
 */
export function parseFeed(input: unknown): FeedResult {
  let data = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return feedError('the feed is empty; expected a JSON object with an "opportunities" array');
    try {
      data = JSON.parse(text);
    } catch (e) {
      return feedError(`the feed is not valid JSON (${(e as Error).message}); check it with a JSON validator`);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return feedError(
      `expected a JSON object with "version": "1" and an "opportunities" array, got ${describe(Array.isArray(data) ? [] : data)}`,
    );
  }
  const issues: FeedIssue[] = [];
  const obj = data as Record<string, unknown>;
  const env = envelopeSchema.safeParse(obj, parseParams);
  let feed: FeedMeta = {} as FeedMeta;
  if (env.success) {
    const { opportunities: _o, version: _v, ...meta } = env.data;
    feed = { ...meta, version: '1' } as FeedMeta;
  } else {
    // A bad title or publisher must not sink the items: report and ignore those fields.
    issues.push(...toIssues(env.error, [], 'warning').map((i) => ({ ...i, message: i.message + ' (ignored)' })));
    const bad = new Set(env.error.issues.map((i) => i.path[0]));
    const kept = Object.fromEntries(Object.entries(obj).filter(([k]) => !bad.has(k)));
    const retry = envelopeSchema.safeParse(kept, parseParams);
    if (retry.success) {
      const { opportunities: _o, version: _v, ...meta } = retry.data;
      feed = { ...meta, version: '1' } as FeedMeta;
    }
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
  if (!Array.isArray(obj.opportunities)) {
    issues.push({
      path: [],
      severity: 'error',
      message:
        obj.opportunities === undefined
          ? '(feed): there is no "opportunities" array; put the items in "opportunities": [ … ]'
          : `(feed): "opportunities" must be an array, got ${describe(obj.opportunities)}`,
    });
    return { opportunities: [], issues, feed };
  }
  const opportunities: Opportunity[] = [];
  const firstIndex = new Map<string, number>();
  obj.opportunities.forEach((raw, index) => {
    const res = parseOpportunity(raw, index, feed.language);
    if (!res.opportunity) {
      issues.push(...res.issues);
      return;
    }
    const o = res.opportunity;
    const first = firstIndex.get(o.id);
    if (first !== undefined) {
      issues.push({
        path: ['opportunities', index, 'id'],
        severity: 'error',
        index,
        id: o.id,
        message: `opportunities[${index}].id: '${o.id}' is already used by opportunities[${first}]; ids must be unique (this item was dropped)`,
      });
      return;
    }
    firstIndex.set(o.id, index);
    opportunities.push(o);
  });
  return { opportunities, issues, feed };
}
