/**
 * Feed format v1 as a zod schema: the executable form of FEED-FORMAT.md and the single source of truth for the
 * TypeScript types (`FeedInput`, `Opportunity`, …) and the published JSON Schema.
 *
 * Written with `zod/mini` (tree-shakable, ~5 KB gz in the script-tag bundle instead of ~22 KB for classic zod) and
 * with zod's JIT switched off, so parsing never probes `new Function` and runs under `script-src 'self'`.
 *
 * The pieces live in their own modules: ./schema-rules.ts (the rule helpers and zod's configuration),
 * ./value-schemas.ts (dates, URLs, codes), ./text-schema.ts (`Text`), ./describe.ts (values in messages),
 * ./language-tag.ts and ./country-code.ts (the zod-free code rules). This module assembles the objects and re-exports
 * what the rest of the package imports from here.
 */
import * as z from 'zod/mini';
import { DIRECTIONS, FIELD_TYPES, KINDS, LEARNING_SETTINGS, MODES, PROVIDER_TYPES, SCHEDULE_STATUSES } from './codes.js';
import { quote } from './describe.js';
import { list, meta, nonEmpty, nonNegative, nonNegativeInt, rule, test } from './schema-rules.js';
import { textSchema } from './text-schema.js';
import {
  countrySchema,
  currencySchema,
  dateSchema,
  durationSchema,
  emailSchema,
  erasmusCodeSchema,
  iscedSchema,
  languageTagSchema,
  levelSchema,
  slugSchema,
  urlSchema,
} from './value-schemas.js';
import { instantOf } from './values.js';

export { instantOf, isHttpUrl, isIsoDate } from './values.js';
export { canonicalLanguageTag, isLanguageTag } from './language-tag.js';
export { describe, quote } from './describe.js';
export { PLAIN_TEXT, textSchema, textShape } from './text-schema.js';
export type { LocalizedText } from './text-schema.js';
export {
  dateSchema,
  dateTimeSchema,
  urlSchema,
  emailSchema,
  languageTagSchema,
  countrySchema,
  normaliseErasmusCode,
  DURATION_RE,
  durationSchema,
} from './value-schemas.js';

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
