/**
 * The feed format's scalar values as zod schemas: dates, URLs, e-mail addresses, language tags, codes (country,
 * currency, CEFR level, slug, ISCED-F, Erasmus code) and durations. Each one trims, checks and normalises in one
 * pass and says in its message what the value should look like.
 */
import * as z from 'zod/mini';
import { CURRENCY_CODES } from './code-sets.js';
import { CEFR_LEVELS } from './codes.js';
import { toCountryCode } from './country-code.js';
import { quote } from './describe.js';
import { canonicalLanguageTag } from './language-tag.js';
import { meta, rule, test } from './schema-rules.js';
import { countryFromName, dateHint } from './suggest.js';
import { isDateOnly, isHttpUrl, isIsoDate } from './values.js';

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
        test((v) => isIsoDate(v) && !isDateOnly(v)),
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
/** A BCP 47 tag, parsed into its canonical form (`pt-br` → `pt-BR`, `EN` → `en`). */
export const languageTagSchema = meta(
  z
    .string()
    .check(
      rule((v) => canonicalLanguageTag(v) ?? undefined, "is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'"),
    ),
  { description: 'BCP 47 language tag', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
);

export const countrySchema = meta(
  z.string().check(
    rule(toCountryCode, (v) => {
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

export const currencySchema = meta(
  z.string().check(rule(inSet(CURRENCY_CODES), "is not an ISO 4217 currency code such as 'EUR'")),
  { description: 'ISO 4217 currency code', pattern: '^[A-Za-z]{3}$' },
);

export const levelSchema = meta(
  z.string().check(rule(inSet(new Set(CEFR_LEVELS)), 'is not a CEFR level (A1, A2, B1, B2, C1 or C2)')),
  { description: 'CEFR level', pattern: '^[ABCabc][12]$' },
);

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/i;
export const slugSchema = meta(
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
export const iscedSchema = meta(
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
export const erasmusCodeSchema = meta(
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

