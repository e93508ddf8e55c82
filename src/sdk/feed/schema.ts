/**
 * Feed format v1 as a zod schema: the executable form of FEED-FORMAT.md and the single source of truth for the
 * TypeScript types (`FeedInput`, `Opportunity`, …) and the published JSON Schema.
 *
 * Written with `zod/mini` (tree-shakable, ~5 KB gz in the script-tag bundle instead of ~22 KB for classic zod) and
 * with zod's JIT switched off, so parsing never probes `new Function` and runs under `script-src 'self'`.
 */
import * as z from 'zod/mini';
import {
  CEFR_LEVELS,
  COUNTRY_ALIASES,
  COUNTRY_CODES,
  CURRENCY_CODES,
  DIRECTIONS,
  FIELD_TYPES,
  KINDS,
  MODES,
  PROVIDER_TYPES,
  SCHEDULE_STATUSES,
} from './codes.js';

z.config({ jitless: true });

const quote = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `'${s !== undefined && s.length > 60 ? s.slice(0, 57) + '…' : s}'`;
};

/** A string check whose message quotes what the publisher wrote. */
const rule = (test: (value: string) => boolean, explain: string) =>
  z.refine<string>(test, { error: (iss) => `${quote(iss.input)} ${explain}`, abort: true });

/** JSON Schema hints for rules that zod cannot express in JSON Schema (they run as refinements in code). */
const meta = <T extends z.core.$ZodType>(schema: T, hints: z.core.GlobalMeta): T => {
  z.globalRegistry.add(schema, hints);
  return schema;
};

const nonEmpty = z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }));

// ---------- dates ----------
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

function realDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
}

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value) ?? DATE_TIME_RE.exec(value);
  return m !== null && realDay(m[1]!, m[2]!, m[3]!);
}

/** `2027-05-10` or `2027-03-01T23:59:00+01:00`. */
export const dateSchema = meta(
  z
  .string()
  .check(
    z.trim(),
    rule(isIsoDate, "is not an ISO 8601 date such as '2027-05-10' or date-time with offset such as '2027-03-01T23:59:00+01:00'"),
  ),
  { description: 'ISO 8601 date or date-time with offset', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$' },
);

export const dateTimeSchema = meta(
  z
  .string()
  .check(
    z.trim(),
    rule(
      (v) => DATE_TIME_RE.test(v) && isIsoDate(v),
      "is not an ISO 8601 date-time with offset such as '2026-11-20T10:00:00Z'",
    ),
  ),
  { description: 'ISO 8601 date-time with offset', format: 'date-time' },
);

// ---------- URLs ----------
/** The URL rule used everywhere: only absolute http(s) URLs are kept. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const urlSchema = meta(
  z
  .string()
  .check(z.trim(), rule(isHttpUrl, "is not an absolute http(s) URL such as 'https://www.example.eu/page'")),
  { description: 'absolute http(s) URL', format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
);

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const emailSchema = meta(
  z.string().check(
  z.trim(),
  z.overwrite((v) => v.replace(/^mailto:/i, '')),
  rule((v) => EMAIL_RE.test(v), "is not an e-mail address such as 'staffweek@example.eu'"),
),
  { description: 'e-mail address (a mailto: prefix is accepted)', pattern: '^(mailto:)?[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' },
);

// ---------- codes ----------
const canonicalTags = new Map<string, string | null>();

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or `null` when it is not one. Memoised: feeds repeat tags. */
export function canonicalLanguageTag(value: string): string | null {
  let hit = canonicalTags.get(value);
  if (hit === undefined) {
    hit = null;
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
      try {
        hit = Intl.getCanonicalLocales(value)[0] ?? null;
      } catch {
        /* not a tag */
      }
    }
    if (canonicalTags.size < 10_000) canonicalTags.set(value, hit);
  }
  return hit;
}

export const isLanguageTag = (value: string): boolean => canonicalLanguageTag(value) !== null;

export const languageTagSchema = meta(
  z
  .string()
  .check(z.trim(), rule(isLanguageTag, "is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'")),
  { description: 'BCP 47 language tag', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
);

const toCountry = (v: string): string => {
  const up = v.toUpperCase();
  return COUNTRY_ALIASES[up] ?? up;
};

export const countrySchema = meta(
  z.string().check(
  z.trim(),
  rule((v) => COUNTRY_CODES.has(toCountry(v)), "is not an ISO 3166-1 alpha-2 code such as 'BE'"),
  z.overwrite(toCountry),
),
  { description: 'ISO 3166-1 alpha-2 country code (EL and UK accepted for GR and GB)', pattern: '^[A-Za-z]{2}$' },
);

const upper = (v: string): string => v.toUpperCase();
const currencySchema = meta(
  z.string().check(
  z.trim(),
  rule((v) => CURRENCY_CODES.has(upper(v)), "is not an ISO 4217 currency code such as 'EUR'"),
  z.overwrite(upper),
),
  { description: 'ISO 4217 currency code', pattern: '^[A-Za-z]{3}$' },
);

const levelSchema = meta(
  z.string().check(
  z.trim(),
  rule((v) => (CEFR_LEVELS as readonly string[]).includes(upper(v)), 'is not a CEFR level (A1, A2, B1, B2, C1 or C2)'),
  z.overwrite(upper),
),
  { description: 'CEFR level', pattern: '^[ABCabc][12]$' },
);

const slugSchema = meta(
  z.string().check(
  z.trim(),
  rule((v) => /^[a-z0-9]+(-[a-z0-9]+)*$/i.test(v), "is not a lower-case slug such as 'international-relations'"),
  z.overwrite((v) => v.toLowerCase()),
),
  { description: 'lower-case slug', pattern: '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$' },
);

const iscedSchema = meta(
  z
  .string()
  .check(z.trim(), rule((v) => /^\d{2}(\d{1,2})?$/.test(v), "is not an ISCED-F 2013 code such as '04', '041' or '0413'")),
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

const erasmusCodeSchema = meta(
  z.string().check(
  z.overwrite(normaliseErasmusCode),
  rule((v) => /^[A-Z]{1,3} ?[A-Z][A-Z-]*\d{1,3}$/.test(v), "is not an Erasmus code such as 'B GENT01'"),
),
  { description: 'Erasmus institution code, e.g. B GENT01 (spacing is normalised)' },
);

const nonNegativeInt = z.int().check(z.gte(0, { error: 'must be 0 or more' }));
const nonNegative = z.number().check(z.gte(0, { error: 'must be 0 or more' }));

// ---------- text ----------
/**
 * The key under which a plain-string text is kept until the parser knows its language (the item's `language`, else
 * the feed's); `parseFeed` replaces it, so parsed opportunities never contain it.
 */
export const PLAIN_TEXT = 'und';

/** `Text`: a plain string or a map from BCP 47 tag to string. Parsed into the map form. */
export const textSchema = z.pipe(
  z.union([nonEmpty, z.record(languageTagSchema, nonEmpty)], {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `expected a string or a map from language tag to string such as {"en": "…"}`
        : undefined,
  }),
  z.transform((v): Record<string, string> => (typeof v === 'string' ? { [PLAIN_TEXT]: v } : v)),
);

const list = <T extends z.core.SomeType>(item: T) => z.array(item);

// ---------- organisation, place ----------
export const organisationSchema = z.object({
  name: textSchema,
  country: z.optional(countrySchema),
  city: z.optional(nonEmpty),
  url: z.optional(urlSchema),
  erasmusCode: z.optional(erasmusCodeSchema),
  schac: z.optional(
    z.string().check(
      z.trim(),
      z.overwrite((v) => v.toLowerCase()),
      rule((v) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v), "is not a SCHAC code such as 'ugent.be'"),
    ),
  ),
  pic: z.optional(
    z.string().check(z.trim(), rule((v) => /^\d{9}$/.test(v), 'is not a PIC (9 digits)')),
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
export const formOptionSchema = z.object({ value: nonEmpty, label: textSchema });

export const formFieldSchema = z
  .object({
    name: z.string().check(
      rule((v) => /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(v), 'is not a field name (a letter, then letters, digits, _ . -)'),
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
      (f) => !['select', 'radio', 'checkboxes'].includes(f.type) || (f.options?.length ?? 0) > 0,
      { error: 'a select, radio or checkboxes field needs at least one option', path: ['options'] },
    ),
  );

export const consentSchema = z.object({
  name: z.string().check(rule((v) => /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(v), 'is not a consent name')),
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
    id: z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(500)),
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
    status: z.optional(z.enum(SCHEDULE_STATUSES)),
    feedback: z.optional(
      z.object({ rating: z.number().check(z.gte(0), z.lte(5)), count: nonNegativeInt }),
    ),
    updated: z.optional(dateSchema),
  })
  .check(
    z.refine((o) => !o.start || !o.end || instantOf(o.end, true) >= instantOf(o.start, false), {
      error: 'the end is before the start',
      path: ['end'],
    }),
  );

/** The feed envelope; `opportunities` items are validated one by one so a bad item never sinks the feed. */
export const feedSchema = z.object({
  version: z.literal('1', { error: (iss) => `${quote(iss.input)} is not a supported version (this reader knows "1")` }),
  title: z.optional(textSchema),
  language: z.optional(languageTagSchema),
  publisher: z.optional(z.object({ name: textSchema, url: z.optional(urlSchema) })),
  updated: z.optional(dateSchema),
  opportunities: z.array(opportunitySchema),
});

/**
 * The moment a date or date-time stands for. A date-only value means the whole day in UTC: its start, or with
 * `endOfDay` its last millisecond (a date-only deadline lasts to the end of that day).
 */
export function instantOf(value: string, endOfDay = false): number {
  if (DATE_RE.test(value)) {
    const t = Date.parse(value + 'T00:00:00Z');
    return endOfDay ? t + 86_400_000 - 1 : t;
  }
  return Date.parse(value);
}

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
