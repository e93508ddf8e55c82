/**
 * The short code lists the feed format refers to (kinds, directions, modes, …), which search and the views need too.
 * The long ones (countries, currencies) are in ./code-sets.ts, loaded only with the parser, the readers and the form.
 */

/**
 * Codes that EU programmes use instead of ISO ones (the EU writes `EL` for Greece and used `UK` for the United
 * Kingdom). Accepted and normalised, so a feed exported from an EU tool still validates.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const KINDS = [
  'staff-week',
  'job-shadowing',
  'teaching',
  'course',
  'traineeship',
  'vet-placement',
  'volunteering',
  'research-job',
  'good-practice',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const PROVIDER_TYPES = [
  'hei',
  'vet',
  'school',
  'adult-education',
  'company',
  'ngo',
  'public-authority',
  'network',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const MODES = ['onsite', 'online', 'blended'] as const;
export type Mode = (typeof MODES)[number];

/** ELM's learning settings (the EDC controlled list of learning setting types). */
export const LEARNING_SETTINGS = ['formal', 'non-formal'] as const;
export type LearningSetting = (typeof LEARNING_SETTINGS)[number];

export const DIRECTIONS = ['offer', 'request'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SCHEDULE_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

export const FIELD_TYPES = [
  'text',
  'email',
  'tel',
  'url',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'country',
  'language-level',
  'file',
  'hidden',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
