/**
 * Feed format v1 as a zod schema: the executable form of FEED-FORMAT.md and the single source of truth for the
 * TypeScript types (`FeedInput`, `Opportunity`, …) and the published JSON Schema.
 *
 * Written with `zod/mini` (tree-shakable, ~5 KB gz in the script-tag bundle instead of ~22 KB for classic zod) and
 * with zod's JIT switched off, so parsing never probes `new Function` and runs under `script-src 'self'`.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES, CURRENCY_CODES } from './code-sets.js';
import {
  CEFR_LEVELS,
  COUNTRY_ALIASES,
  DIRECTIONS,
  FIELD_TYPES,
  KINDS,
  LEARNING_SETTINGS,
  MODES,
  PROVIDER_TYPES,
  SCHEDULE_STATUSES,
} from './codes.js';

import { countryFromName, dateHint } from './suggest.js';
import { instantOf, isHttpUrl, isIsoDate } from './values.js';

export { instantOf, isHttpUrl, isIsoDate } from './values.js';

z.config({ jitless: true });

/** A value as a short quoted string for messages; never throws (bigint, symbol, cyclic values) and never runs long. */
export const quote = (v: unknown): string => {
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = typeof v === 'bigint' ? `${v}` : Object.prototype.toString.call(v);
    }
  }
  return `'${s.length > 60 ? s.slice(0, 57) + '…' : s}'`;
};

/** What a value is, for messages: short (long strings are cut), and safe for any value (bigint, symbol, cycles). */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'string':
      return `string ${quote(v)}`;
    default:
      return `${typeof v} ${String(v)}`;
  }
}

/**
 * One check that trims a string, tests it and normalises it in a single step — the cheap form of a
 * `z.trim()` + `z.refine()` + `z.overwrite()` chain, which costs three passes through zod's check loop for every
 * value. `fix` gets the trimmed value and returns the normalised value, or `undefined` when the value breaks the rule.
 * The message (built only when someone reads it) quotes what the publisher wrote.
 */
const rule = (
  fix: (value: string) => string | undefined,
  explain: string | ((value: string) => string),
  { trim = true } = {},
): z.core.$ZodCheck<string> => {
  const message = typeof explain === 'string' ? (v: string) => `${quote(v)} ${explain}` : explain;
  const check: z.core.$ZodCheck<string> = z.check<string>(
    (payload) => {
      const v = trim ? payload.value.trim() : payload.value;
      const out = fix(v);
      if (out === undefined) payload.issues.push({ code: 'custom', input: v, inst: check, continue: false });
      else payload.value = out;
    },
    { error: (iss) => message(iss.input as string) },
  );
  return check;
};

/** A `rule` from a plain test: the trimmed value is kept as it is. */
const test = (ok: (value: string) => boolean) => (v: string) => (ok(v) ? v : undefined);

/** JSON Schema hints for rules that zod cannot express in JSON Schema (they run as refinements in code). */
const meta = <T extends z.core.$ZodType>(schema: T, hints: z.core.GlobalMeta): T => {
  z.globalRegistry.add(schema, hints);
  return schema;
};

const nonEmpty = meta(z.string().check(rule(test((v) => v !== ''), () => 'must not be empty')), { minLength: 1 });

// ---------- dates ----------
/** `2027-05-10` or `2027-03-01T23:59:00+01:00`. */
export const dateSchema = meta(
  z
    .string()
    .check(
      rule(test(isIsoDate), (v) => {
        const hint = dateHint(v);
        return `${quote(v)} is not an ISO 8601 date such as '2027-05-10' or date-time with offset such as '2027-03-01T23:59:00+01:00'${hint ? `; ${hint}` : ''}`;
      }),
    ),
  {
    description: 'ISO 8601 date or date-time with offset',
    pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$',
  },
);

export const dateTimeSchema = meta(
  z
    .string()
    .check(
      rule(
        test((v) => v.length > 10 && isIsoDate(v)),
        "is not an ISO 8601 date-time with offset such as '2026-11-20T10:00:00Z'",
      ),
    ),
  { description: 'ISO 8601 date-time with offset', format: 'date-time' },
);

// ---------- URLs ----------
export const urlSchema = meta(
  z.string().check(rule(test(isHttpUrl), "is not an absolute http(s) URL such as 'https://www.example.eu/page'")),
  { description: 'absolute http(s) URL', format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
);

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const MAILTO_RE = /^mailto:/i;
/** At most 254 characters (RFC 5321), which also keeps the pattern's backtracking small on hostile input. */
const toEmail = (v: string): string | undefined => {
  const address = MAILTO_RE.test(v) ? v.slice(7) : v;
  return address.length <= 254 && EMAIL_RE.test(address) ? address : undefined;
};
export const emailSchema = meta(
  z.string().check(rule(toEmail, "is not an e-mail address such as 'staffweek@example.eu'")),
  { description: 'e-mail address (a mailto: prefix is accepted)', pattern: '^(mailto:)?[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' },
);

// ---------- codes ----------
const LANGUAGE_TAG_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const canonicalTags = new Map<string, string | null>();

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or `null` when it is not one. Memoised: feeds repeat tags. */
export function canonicalLanguageTag(value: string): string | null {
  let hit = canonicalTags.get(value);
  if (hit === undefined) {
    hit = null;
    if (value.length <= 100 && LANGUAGE_TAG_RE.test(value)) {
      try {
        hit = Intl.getCanonicalLocales(value)[0] ?? null;
      } catch {
        /* not a tag */
      }
    }
    if (canonicalTags.size >= 10_000) canonicalTags.clear();
    canonicalTags.set(value, hit);
  }
  return hit;
}

export const isLanguageTag = (value: string): boolean => canonicalLanguageTag(value) !== null;

/** A BCP 47 tag, parsed into its canonical form (`pt-br` → `pt-BR`, `EN` → `en`). */
export const languageTagSchema = meta(
  z
    .string()
    .check(
      rule((v) => canonicalLanguageTag(v) ?? undefined, "is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'"),
    ),
  { description: 'BCP 47 language tag', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
);

/** `be` → `BE`; the EU's `EL` and `UK` → `GR` and `GB`; `undefined` when not an ISO 3166-1 alpha-2 code. */
const toCountry = (v: string): string | undefined => {
  if (v.length !== 2) return undefined;
  const up = v.toUpperCase();
  const code = COUNTRY_ALIASES[up] ?? up;
  return COUNTRY_CODES.has(code) ? code : undefined;
};

export const countrySchema = meta(
  z.string().check(
    rule(toCountry, (v) => {
      const code = v.length > 2 ? countryFromName(v) : undefined;
      return `${quote(v)} is not an ISO 3166-1 alpha-2 code such as 'BE'${code ? `; use '${code}'` : ''}`;
    }),
  ),
  { description: 'ISO 3166-1 alpha-2 country code (EL and UK accepted for GR and GB)', pattern: '^[A-Za-z]{2}$' },
);

const inSet = (set: ReadonlySet<string>) => (v: string) => {
  const up = v.toUpperCase();
  return set.has(up) ? up : undefined;
};

const currencySchema = meta(
  z.string().check(rule(inSet(CURRENCY_CODES), "is not an ISO 4217 currency code such as 'EUR'")),
  { description: 'ISO 4217 currency code', pattern: '^[A-Za-z]{3}$' },
);

const levelSchema = meta(
  z.string().check(rule(inSet(new Set(CEFR_LEVELS)), 'is not a CEFR level (A1, A2, B1, B2, C1 or C2)')),
  { description: 'CEFR level', pattern: '^[ABCabc][12]$' },
);

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/i;
const slugSchema = meta(
  z
    .string()
    .check(
      rule(
        (v) => (SLUG_RE.test(v) ? v.toLowerCase() : undefined),
        "is not a lower-case slug such as 'international-relations'",
      ),
    ),
  { description: 'lower-case slug', pattern: '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$' },
);

const ISCED_RE = /^\d{2}(\d{1,2})?$/;
const iscedSchema = meta(
  z.string().check(rule(test((v) => ISCED_RE.test(v)), "is not an ISCED-F 2013 code such as '04', '041' or '0413'")),
  { description: 'ISCED-F 2013 field of education code', pattern: '^\\d{2}(\\d{1,2})?$' },
);

/**
 * Erasmus codes arrive with inconsistent spacing (`B  GENT01`, `b gent01`): normalise to upper case with one space
 * between the country prefix and the institution, the form used for matching.
 */
export function normaliseErasmusCode(value: string): string {
  const up = value.trim().toUpperCase();
  const m = /^([A-Z]{1,3})\s+([A-Z][A-Z-]*\d{1,3})$/.exec(up);
  return m ? `${m[1]} ${m[2]}` : up.replace(/\s+/g, ' ');
}

const ERASMUS_CODE_RE = /^[A-Z]{1,3} ?[A-Z][A-Z-]*\d{1,3}$/;
const erasmusCodeSchema = meta(
  z.string().check(
    rule((v) => {
      const code = normaliseErasmusCode(v);
      return ERASMUS_CODE_RE.test(code) ? code : undefined;
    }, "is not an Erasmus code such as 'B GENT01'"),
  ),
  { description: 'Erasmus institution code, e.g. B GENT01 (spacing is normalised)' },
);

/**
 * An ISO 8601 duration (`P5D`, `P2W`, `PT90M`, `P1Y6M`, `P3DT4H`): whole numbers, a decimal only in the last part
 * (`PT1.5H`), at least one part, `T` before the hours, minutes and seconds. What ELM's `duration` takes (xsd:duration,
 * with weeks written as days).
 */
export const DURATION_RE =
  /^P(?=\d|T\d)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;
/** Only the last part may have a decimal (ISO 8601-1, 5.5.2.4). */
const isDuration = (v: string): boolean => DURATION_RE.test(v) && !/[.,]\d+[A-Z].*\d/.test(v);
export const durationSchema = meta(
  z.string().check(
    rule(
      (v) => {
        const up = v.toUpperCase();
        return isDuration(up) ? up : undefined;
      },
      "is not an ISO 8601 duration such as 'P5D' (5 days), 'P2W' (2 weeks), 'PT90M' (90 minutes) or 'P1Y6M'",
    ),
  ),
  { description: 'ISO 8601 duration, e.g. P5D, P2W, PT90M, P1Y6M', pattern: '^[Pp](\\d|[Tt]\\d)' },
);

const nonNegativeInt = z.int().check(z.gte(0, { error: 'must be 0 or more' }));
const nonNegative = z.number().check(z.gte(0, { error: 'must be 0 or more' }));

// ---------- text ----------
/**
 * The key under which a plain-string text is kept until the parser knows its language (the item's `language`, else
 * the feed's); `parseFeed` replaces it, so parsed opportunities never contain it.
 */
export const PLAIN_TEXT = 'und';

const TEXT_EXPECTED = 'expected a string or a map from language tag to string such as {"en": "…"}';

/**
 * `Text` as zod describes it: a non-empty string, or a non-empty map from BCP 47 tag to non-empty string. This is the
 * form the published JSON Schema shows (see json-schema.ts) and the reference `textSchema` is tested against.
 */
export const textShape = z.union(
  [nonEmpty, meta(z.record(languageTagSchema, nonEmpty).check(z.refine((m) => Object.keys(m).length > 0)), { minProperties: 1 })],
  { error: (iss) => (iss.input === undefined ? 'is required' : TEXT_EXPECTED) },
);

type TextIssue = { code: 'custom'; message: string; input: unknown; path: PropertyKey[]; continue: false };
const textIssue = (message: string, input: unknown, path: PropertyKey[] = []): TextIssue => ({
  code: 'custom',
  message,
  input,
  path,
  continue: false,
});

/**
 * `Text`: a plain string or a map from BCP 47 tag to string, parsed into the map form with canonical tags (a plain
 * string is kept under `PLAIN_TEXT` until `parseFeed` knows its language).
 *
 * The rules are exactly `textShape`'s (a test checks both agree on generated input), checked in one pass: as a zod
 * union of a string and a record, a two-language title cost five times as much, and Text is the most frequent value
 * in a feed. Issues point at the key at fault (`title.english: 'english' is not a BCP 47 language tag …`).
 */
export const textSchema = z.custom<LocalizedText, string | Record<string, string>>().check(
  z.check((payload) => {
    const v: unknown = payload.value;
    const issues = payload.issues as unknown as TextIssue[];
    if (typeof v === 'string') {
      const text = v.trim();
      if (text === '') issues.push(textIssue('must not be empty', v));
      else payload.value = { [PLAIN_TEXT]: text };
      return;
    }
    if (!z.core.util.isPlainObject(v)) {
      issues.push(textIssue(v === undefined ? 'is required' : TEXT_EXPECTED, v));
      return;
    }
    const map = v as Record<string, unknown>;
    const out: LocalizedText = {};
    const before = issues.length;
    let size = 0;
    for (const key of Object.keys(map)) {
      // `__proto__` is no language tag: reported like any other bad key (zod's record would skip it silently).
      const tag = key === '__proto__' ? null : canonicalLanguageTag(key.trim());
      if (tag === null) {
        issues.push(textIssue(`${quote(key.trim())} is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'`, key, [key]));
        continue;
      }
      const value = map[key];
      const text = typeof value === 'string' ? value.trim() : undefined;
      if (text === undefined) issues.push(textIssue(`expected string, got ${describe(value)}`, value, [key]));
      else if (text === '') issues.push(textIssue('must not be empty', value, [key]));
      else {
        out[tag] = text;
        size++;
      }
    }
    if (issues.length > before) return;
    if (size === 0) issues.push(textIssue('needs at least one language, such as {"en": "…"}', v));
    else payload.value = out;
  }),
);

const list = <T extends z.core.SomeType>(item: T) => z.array(item);

// ---------- organisation, place ----------
const SCHAC_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const PIC_RE = /^\d{9}$/;

export const organisationSchema = z.object({
  name: textSchema,
  country: z.optional(countrySchema),
  city: z.optional(nonEmpty),
  url: z.optional(urlSchema),
  erasmusCode: z.optional(erasmusCodeSchema),
  schac: z.optional(
    z.string().check(
      rule((v) => {
        const code = v.toLowerCase();
        return SCHAC_RE.test(code) ? code : undefined;
      }, "is not a SCHAC code such as 'ugent.be'"),
    ),
  ),
  pic: z.optional(
    z.string().check(rule(test((v) => PIC_RE.test(v)), 'is not a PIC (9 digits)')),
  ),
  type: z.optional(z.enum(PROVIDER_TYPES)),
});

export const placeSchema = z.object({
  city: z.optional(nonEmpty),
  country: z.optional(countrySchema),
  region: z.optional(nonEmpty),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

// ---------- application form ----------
const NAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const NEEDS_OPTIONS: ReadonlySet<string> = new Set(['select', 'radio', 'checkboxes']);

export const formOptionSchema = z.object({ value: nonEmpty, label: textSchema });

export const formFieldSchema = z
  .object({
    name: z.string().check(
      rule(test((v) => NAME_RE.test(v)), 'is not a field name (a letter, then letters, digits, _ . -)', { trim: false }),
    ),
    type: z.enum(FIELD_TYPES),
    label: textSchema,
    help: z.optional(textSchema),
    required: z.optional(z.boolean()),
    autocomplete: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    options: z.optional(z.array(formOptionSchema)),
    minLength: z.optional(nonNegativeInt),
    maxLength: z.optional(nonNegativeInt),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    pattern: z.optional(z.string().check(z.maxLength(500))),
    accept: z.optional(z.string().check(z.maxLength(500))),
    maxBytes: z.optional(nonNegativeInt),
    value: z.optional(z.string()),
  })
  .check(
    z.refine(
      (f) => !NEEDS_OPTIONS.has(f.type) || (f.options?.length ?? 0) > 0,
      { error: 'a select, radio or checkboxes field needs at least one option', path: ['options'] },
    ),
  );

export const consentSchema = z.object({
  name: z.string().check(rule(test((v) => NAME_RE.test(v)), 'is not a consent name', { trim: false })),
  label: textSchema,
  required: z.optional(z.boolean()),
});

export const privacySchema = z.object({
  controller: textSchema,
  purpose: textSchema,
  retention: textSchema,
  policyUrl: urlSchema,
  contact: z.optional(z.string()),
  legalBasis: z.optional(textSchema),
});

export const formSchema = z
  .object({
    endpoint: urlSchema,
    fields: z.array(formFieldSchema).check(z.minLength(1, { error: 'a form needs at least one field' })),
    privacy: z.optional(privacySchema),
    consents: z.optional(z.array(consentSchema)),
  })
  .check(
    z.refine(
      (f) => {
        const names = [...f.fields.map((x) => x.name), ...(f.consents ?? []).map((c) => c.name)];
        return new Set(names).size === names.length;
      },
      { error: 'field and consent names must be unique', path: ['fields'] },
    ),
  );

export const applicationSchema = z.object({
  opens: z.optional(dateSchema),
  deadline: z.optional(dateSchema),
  url: z.optional(urlSchema),
  email: z.optional(emailSchema),
  places: z.optional(nonNegativeInt),
  placesLeft: z.optional(nonNegativeInt),
  form: z.optional(formSchema),
});

// ---------- opportunity ----------
export const opportunitySchema = z
  .object({
    id: meta(
      z.string().check(
        rule(
          (v) => (v !== '' && v.length <= 500 ? v : undefined),
          (v) => (v === '' ? 'must not be empty' : 'must have at most 500 characters'),
        ),
      ),
      { minLength: 1, maxLength: 500 },
    ),
    kind: z.enum(KINDS),
    direction: z.optional(z.enum(DIRECTIONS)),
    title: textSchema,
    summary: z.optional(textSchema),
    description: z.optional(textSchema),
    language: z.optional(languageTagSchema),
    url: z.optional(urlSchema),
    provider: organisationSchema,
    location: z.optional(placeSchema),
    mode: z.optional(z.enum(MODES)),
    start: z.optional(dateSchema),
    end: z.optional(dateSchema),
    application: z.optional(applicationSchema),
    audience: z.optional(list(slugSchema)),
    topics: z.optional(list(slugSchema)),
    fields: z.optional(list(iscedSchema)),
    languages: z.optional(list(z.object({ lang: languageTagSchema, level: z.optional(levelSchema) }))),
    fee: z.optional(z.object({ amount: nonNegative, currency: currencySchema, covers: z.optional(textSchema) })),
    funding: z.optional(list(slugSchema)),
    learningOutcomes: z.optional(list(textSchema)),
    recognition: z.optional(
      z.object({ ects: z.optional(nonNegative), ecvet: z.optional(nonNegative), note: z.optional(textSchema) }),
    ),
    contact: z.optional(
      z.object({
        name: z.optional(nonEmpty),
        email: z.optional(emailSchema),
        phone: z.optional(z.string().check(z.trim(), z.maxLength(50))),
        url: z.optional(urlSchema),
      }),
    ),
    image: z.optional(urlSchema),
    tags: z.optional(list(nonEmpty)),
    duration: z.optional(durationSchema),
    volumeOfLearning: z.optional(
      meta(z.number().check(z.gt(0, { error: 'must be a number of hours greater than 0' })), { description: 'hours of learning' }),
    ),
    learningSetting: z.optional(z.enum(LEARNING_SETTINGS)),
    eqfLevel: z.optional(
      meta(z.int().check(z.gte(1, { error: 'must be an EQF level from 1 to 8' }), z.lte(8, { error: 'must be an EQF level from 1 to 8' })), {
        description: 'European Qualifications Framework level',
      }),
    ),
    entryRequirements: z.optional(textSchema),
    status: z.optional(z.enum(SCHEDULE_STATUSES)),
    feedback: z.optional(
      z.object({ rating: z.number().check(z.gte(0), z.lte(5)), count: nonNegativeInt }),
    ),
    updated: z.optional(dateSchema),
  })
  .check(
    z.refine((o) => !o.start || !o.end || instantOf(o.end, true) >= instantOf(o.start, false), {
      error: (iss) => {
        const o = iss.input as { start: string; end: string };
        return `${quote(o.end)} is before the start ${quote(o.start)}; the end must be on or after the start`;
      },
      path: ['end'],
    }),
  );

/** The feed envelope; `opportunities` items are validated one by one so a bad item never sinks the feed. */
export const feedSchema = z.object({
  version: z.literal('1', { error: (iss) => `${quote(iss.input)} is not a supported version (this reader knows '1')` }),
  title: z.optional(textSchema),
  language: z.optional(languageTagSchema),
  publisher: z.optional(z.object({ name: textSchema, url: z.optional(urlSchema) })),
  updated: z.optional(dateSchema),
  opportunities: z.array(opportunitySchema),
});

// ---------- types ----------
/** What a publisher writes (plain strings allowed for Text). */
export type FeedInput = z.input<typeof feedSchema>;
export type OpportunityInput = z.input<typeof opportunitySchema>;
/** Text after parsing: always a map from BCP 47 tag to string. */
export type LocalizedText = Record<string, string>;
/** An opportunity as the SDK hands it out: validated and normalised. */
export type Opportunity = z.output<typeof opportunitySchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type Place = z.output<typeof placeSchema>;
export type Application = z.output<typeof applicationSchema>;
export type ApplicationForm = z.output<typeof formSchema>;
export type FormField = z.output<typeof formFieldSchema>;
export type Consent = z.output<typeof consentSchema>;
export type Privacy = z.output<typeof privacySchema>;
export type FeedMeta = Omit<z.output<typeof feedSchema>, 'opportunities'>;
