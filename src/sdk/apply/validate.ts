/**
 * The rules of an application form, from its definition (`application.form` in the feed). One function per rule set
 * (`checkField`) drives everything: the zod schema a server can reuse (`formValidator`, `applicationSchema`), the
 * headless `validateApplication`, and the `<opp-apply>` element. Errors are codes with parameters
 * (`{ code: 'tooLong', max: 2000 }`), never sentences: each view or server turns them into its own words.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES } from '../feed/code-sets.js';
import { CEFR_LEVELS } from '../feed/codes.js';
import { emailSchema, isHttpUrl, isIsoDate } from '../feed/schema.js';
import { isDateOnly } from '../feed/values.js';
import type { ApplicationForm, Consent, FormField } from '../feed/schema.js';
import { fileMatchesAccept, isEmptyValue, isFileLike } from './values.js';
import type { ApplicationValues, ConsentValues, FieldValue, FileLike } from './values.js';

z.config({ jitless: true });

/**
 * Why an answer is not accepted, as a code with the numbers a message needs. `server` never comes from the rules:
 * views use it for a message the endpoint sent back for a field (see `submitApplication`).
 */
export type FieldError =
  | { code: 'required' }
  | { code: 'tooShort'; min: number }
  | { code: 'tooLong'; max: number }
  | { code: 'tooSmall'; min: number }
  | { code: 'tooBig'; max: number }
  | { code: 'notNumber' }
  | { code: 'pattern' }
  | { code: 'email' }
  | { code: 'url' }
  | { code: 'tel' }
  | { code: 'date' }
  | { code: 'choice' }
  | { code: 'fileType'; accept: string }
  | { code: 'fileTooBig'; maxBytes: number }
  | { code: 'server'; message: string };

export type FieldErrorCode = FieldError['code'];

/** An answer after validation: trimmed strings, numbers as numbers, booleans, option lists, files. */
export type CleanValue = string | number | boolean | string[] | FileLike;

/** The result of checking one answer: the cleaned value (absent when empty) or the first rule it breaks. */
export type FieldCheck = { ok: true; value: CleanValue | undefined } | { ok: false; error: FieldError };

const TEXT_TYPES = new Set(['text', 'email', 'tel', 'url', 'textarea']);
const NUMBER_RE = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;
const TEL_RE = /^\+?[\d\s().\/-]+$/;

const patterns = new Map<string, RegExp | null>();
/** `pattern` works as in HTML: the whole value must match. An invalid pattern is ignored (the feed is to blame). */
function compiled(pattern: string): RegExp | null {
  let re = patterns.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      re = null;
    }
    if (patterns.size < 500) patterns.set(pattern, re);
  }
  return re;
}

const length = (s: string): number => [...s].length;

const fail = (error: FieldError): FieldCheck => ({ ok: false, error });
const pass = (value: CleanValue | undefined): FieldCheck => ({ ok: true, value });

function optionValues(field: FormField): string[] {
  switch (field.type) {
    case 'country':
      return [...COUNTRY_CODES];
    case 'language-level':
      return [...CEFR_LEVELS];
    default:
      return (field.options ?? []).map((o) => o.value);
  }
}

/**
 * Check one answer against its field definition and clean it. Rules, in order: `required`; the type's format
 * (e-mail, http(s) URL, phone number, ISO date, number, one of the options, file type and size); then
 * `minLength`/`maxLength` (characters, for text-like fields), `min`/`max` (numbers) and `pattern` (whole value).
 * An empty optional answer passes with `value: undefined`.
 */
export function checkField(field: FormField, raw: FieldValue | unknown): FieldCheck {
  if (field.type === 'hidden') {
    // The definition's value wins over whatever was sent: a hidden field is the publisher's, not the applicant's.
    const v = field.value ?? (typeof raw === 'string' ? raw : undefined);
    return pass(v === undefined || v === '' ? undefined : v);
  }

  if (field.type === 'checkbox') {
    const on = raw === true || raw === 'true' || raw === 'on' || raw === '1';
    if (field.required && !on) return fail({ code: 'required' });
    return pass(on);
  }

  if (field.type === 'checkboxes') {
    const list = (Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : []).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    if (list.length === 0) return field.required ? fail({ code: 'required' }) : pass(undefined);
    const allowed = new Set(optionValues(field));
    if (list.some((v) => !allowed.has(v))) return fail({ code: 'choice' });
    return pass([...new Set(list)]);
  }

  if (field.type === 'file') {
    if (!isFileLike(raw)) return field.required ? fail({ code: 'required' }) : pass(undefined);
    if (!fileMatchesAccept(raw, field.accept)) return fail({ code: 'fileType', accept: field.accept ?? '' });
    if (field.maxBytes !== undefined && raw.size > field.maxBytes) return fail({ code: 'fileTooBig', maxBytes: field.maxBytes });
    return pass(raw);
  }

  if (field.type === 'number') {
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw)) return fail({ code: 'notNumber' });
    } else if (isEmptyValue(raw)) {
      return field.required ? fail({ code: 'required' }) : pass(undefined);
    }
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMBER_RE.test(raw.trim()) ? Number(raw.trim().replace(',', '.')) : NaN;
    if (!Number.isFinite(n)) return fail({ code: 'notNumber' });
    if (field.min !== undefined && n < field.min) return fail({ code: 'tooSmall', min: field.min });
    if (field.max !== undefined && n > field.max) return fail({ code: 'tooBig', max: field.max });
    return pass(n);
  }

  // Everything else is a string (a number from a JSON body is read as its digits; anything else as no answer).
  const str = typeof raw === 'string' ? raw : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  const text = str.trim();
  if (text === '') return field.required ? fail({ code: 'required' }) : pass(undefined);

  let value = text;
  switch (field.type) {
    case 'email': {
      const r = emailSchema.safeParse(text);
      if (!r.success || /^mailto:/i.test(text)) return fail({ code: 'email' });
      value = r.data;
      break;
    }
    case 'url':
      if (!isHttpUrl(text)) return fail({ code: 'url' });
      break;
    case 'tel': {
      const digits = text.replace(/\D/g, '').length;
      if (!TEL_RE.test(text) || digits < 4 || digits > 20) return fail({ code: 'tel' });
      break;
    }
    case 'date':
      if (!isDateOnly(text) || !isIsoDate(text)) return fail({ code: 'date' });
      break;
    case 'select':
    case 'radio':
    case 'country':
    case 'language-level': {
      const wanted = field.type === 'country' || field.type === 'language-level' ? text.toUpperCase() : text;
      if (!optionValues(field).includes(wanted)) return fail({ code: 'choice' });
      value = wanted;
      break;
    }
  }

  if (TEXT_TYPES.has(field.type)) {
    const n = length(value);
    if (field.minLength !== undefined && n < field.minLength) return fail({ code: 'tooShort', min: field.minLength });
    if (field.maxLength !== undefined && n > field.maxLength) return fail({ code: 'tooLong', max: field.maxLength });
  }
  if (field.pattern !== undefined && field.type !== 'select' && field.type !== 'radio') {
    const re = compiled(field.pattern);
    if (re && !re.test(value)) return fail({ code: 'pattern' });
  }
  return pass(value);
}

/** Check one consent: a `required` consent must be ticked; an optional one never blocks an application. */
export function checkConsent(consent: Consent, raw: unknown): FieldCheck {
  const on = raw === true || raw === 'true' || raw === 'on' || raw === '1';
  if (consent.required && !on) return fail({ code: 'required' });
  return pass(on);
}

/** Turns an error code into the message a zod issue carries; defaults to the bare code (`'tooLong'`). */
export type MessageFor = (error: FieldError, field: FormField | Consent) => string;

export interface FormValidatorOptions {
  /** Message for each zod issue (e.g. a server's own wording); the code and its numbers are in `issue.params`. */
  messages?: MessageFor;
}

const defaultMessage: MessageFor = (e) => e.code;

/**
 * One schema over the whole answers object: every item is checked with `check`, and each failure becomes an issue at
 * `[name]` (so absent keys are checked too: a missing required answer is an issue, a missing optional one is not).
 */
function itemsSchema<I extends FormField | Consent, O>(
  items: readonly I[],
  check: (item: I, raw: unknown) => FieldCheck,
  messages: MessageFor,
) {
  return z.pipe(
    z.unknown(),
    z.transform((input: unknown, ctx) => {
      const out: Record<string, O> = {};
      if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input))) {
        ctx.issues.push({ code: 'invalid_type', expected: 'object', input, message: 'expected an object of answers by name' });
        return out;
      }
      const obj = (input ?? {}) as Record<string, unknown>;
      for (const item of items) {
        const raw = Object.prototype.hasOwnProperty.call(obj, item.name) ? obj[item.name] : undefined;
        const r = check(item, raw);
        if (r.ok) {
          if (r.value !== undefined) out[item.name] = r.value as O;
        } else {
          ctx.issues.push({ code: 'custom', path: [item.name], message: messages(r.error, item), params: r.error, input: raw });
        }
      }
      return out;
    }),
  );
}

/**
 * A zod (`zod/mini`) schema for the answers object of `form` (`{ [field name]: value }`). Output: cleaned values,
 * empty optional answers left out, unknown keys dropped. Each failing field gives one issue with `path: [name]`,
 * `message` from `options.messages` (default: the code) and `params`: the `FieldError`.
 *
 * ```ts
 * const r = formValidator(form).safeParse(body.values);
 * if (!r.success) for (const i of r.error.issues) console.log(i.path[0], i.message);
 * ```
 */
export function formValidator(form: Pick<ApplicationForm, 'fields'>, options: FormValidatorOptions = {}) {
  return itemsSchema<FormField, CleanValue>(form.fields, checkField, options.messages ?? defaultMessage);
}

/** A zod schema for the consents object of `form`: a boolean per consent (`false` when absent), required ones `true`. */
export function consentsValidator(form: Pick<ApplicationForm, 'consents'>, options: FormValidatorOptions = {}) {
  return itemsSchema<Consent, boolean>(form.consents ?? [], checkConsent, options.messages ?? defaultMessage);
}

/**
 * A zod schema for the whole request body `submitApplication` sends (see `ApplicationBody`), for a server that wants
 * the same rules as the page:
 *
 * ```ts
 * const r = applicationSchema(opportunity.application.form).safeParse(await req.json());
 * if (!r.success) return Response.json({ errors: Object.fromEntries(r.error.issues.map((i) => [i.path.at(-1), i.message])) }, { status: 422 });
 * ```
 * In a multipart body, parse the `application` part as JSON and put each file part under its field name in `values`
 * before validating.
 */
export function applicationSchema(form: ApplicationForm, options: FormValidatorOptions = {}) {
  return z.object({
    opportunityId: z.string().check(z.minLength(1)),
    values: formValidator(form, options),
    // Absent means none given: checked as `{}`, so a required consent still fails.
    consents: z.prefault(consentsValidator(form, options), {}),
    idempotencyKey: z.optional(z.string().check(z.maxLength(255))),
    submittedAt: z.optional(z.string().check(z.maxLength(64))),
    language: z.optional(z.string().check(z.maxLength(35))),
  });
}

export interface ValidationResult {
  ok: boolean;
  /** The first broken rule per field or consent name (names are unique across both). Empty when `ok`. */
  errors: Record<string, FieldError>;
  /** Cleaned answers (empty optional ones left out). */
  values: Record<string, CleanValue>;
  /** A boolean per consent. */
  consents: ConsentValues;
}

/**
 * Validate answers (and consents) against a form definition, with exactly the rules of `formValidator`.
 * ```ts
 * validateApplication(form, { email: 'x' }).errors // { email: { code: 'email' }, givenName: { code: 'required' } }
 * ```
 */
export function validateApplication(
  form: Pick<ApplicationForm, 'fields' | 'consents'>,
  values: ApplicationValues | Record<string, unknown>,
  consents: Record<string, unknown> = {},
): ValidationResult {
  const errors: Record<string, FieldError> = {};
  const clean: Record<string, CleanValue> = {};
  const agreed: ConsentValues = {};
  for (const field of form.fields) {
    const r = checkField(field, values[field.name]);
    if (!r.ok) errors[field.name] = r.error;
    else if (r.value !== undefined) clean[field.name] = r.value;
  }
  for (const c of form.consents ?? []) {
    const r = checkConsent(c, consents[c.name]);
    if (!r.ok) errors[c.name] = r.error;
    else agreed[c.name] = r.value === true;
  }
  return { ok: Object.keys(errors).length === 0, errors, values: clean, consents: agreed };
}
