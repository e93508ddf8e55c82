/**
 * Intl formatting in the UI language, with the formatters cached (they are costly to create and a list of cards asks
 * for the same ones hundreds of times). Date-only values (`2027-05-10`) are calendar days and are shown in UTC so
 * they never shift by a day; date-times are shown in the visitor's time zone.
 */
import { instantOf } from '../../sdk/feed/values.js';
import type { FacetName } from '../../sdk/search/types.js';
import type { FinderMessages } from '../../i18n/index.js';

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const isDateOnly = (value: string): boolean => DATE_ONLY.test(value);

const displayNames = (lang: string, type: 'region' | 'language') =>
  memo(`dn:${type}:${lang}`, () => {
    try {
      return new Intl.DisplayNames([lang, 'en'], { type, fallback: 'code' });
    } catch {
      return undefined;
    }
  });

/** `FI` → "Finland" (in `lang`). */
export function countryName(code: string, lang: string): string {
  try {
    return displayNames(lang, 'region')?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** `nl` → "Dutch" (in `lang`). */
export function languageName(tag: string, lang: string): string {
  try {
    const name = displayNames(lang, 'language')?.of(tag) ?? tag;
    // Intl gives lower-case language names in many languages ("nederlands"); a label starts with a capital.
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return tag;
  }
}

const dateFormat = (lang: string, utc: boolean, withTime: boolean) =>
  memo(
    `df:${lang}:${utc}:${withTime}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        ...(utc ? { timeZone: 'UTC' } : {}),
      }),
  );

/** A feed date or date-time as text: "10 May 2027", or "1 Mar 2027, 23:59" for a date-time. */
export function formatDate(value: string, lang: string, { withTime = true } = {}): string {
  const t = instantOf(value);
  if (Number.isNaN(t)) return value;
  const dateOnly = isDateOnly(value);
  return dateFormat(lang, dateOnly, withTime && !dateOnly).format(t);
}

/** "10–14 May 2027" (one date when there is only one). Date-times in a range are shown as their days. */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: string): string {
  if (!start && !end) return '';
  if (!start || !end) return formatDate((start ?? end)!, lang, { withTime: false });
  const a = instantOf(start);
  const b = instantOf(end);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${start} – ${end}`;
  const utc = isDateOnly(start) && isDateOnly(end);
  const f = dateFormat(lang, utc, false);
  return b > a ? f.formatRange(a, b) : f.format(a);
}

export function formatNumber(n: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  return memo(`nf:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options)).format(n);
}

/** "€150.00" in the UI language's conventions. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  try {
    return formatNumber(amount, lang, {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    });
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "in 5 days", "tomorrow", "in 3 hours" (Intl.RelativeTimeFormat, numeric auto). */
export function relativeTime(target: number, now: number, lang: string): string {
  const rtf = memo(`rtf:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const diff = target - now;
  const hours = diff / 3_600_000;
  if (Math.abs(hours) < 24) return rtf.format(Math.round(hours), 'hour');
  return rtf.format(Math.round(diff / 86_400_000), 'day');
}

/** "English, Dutch and French" in the UI language. */
export function formatList(items: readonly string[], lang: string): string {
  return memo(`lf:${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
}

/** `open-science` → "Open science": the fallback label for slugs without a translation. */
export function humanise(slug: string): string {
  const words = slug
    .replace(/\s*&\s*|[-_]+/g, (m) => (m.includes('&') ? ' & ' : ' '))
    .trim()
    .replace(/[\p{L}\p{N}]+/gu, (w) => (ACRONYMS.test(w) ? w.toUpperCase() : w));
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words a slug writes in lower case that are read as acronyms ("ict" → "ICT"); never lower-cased. */
const ACRONYMS = /^(ict|hr|vet|eu|sme|stem|steam|ai|esg|ngo|hei|ecvet|eqf|cefr|esco|iro|ects|mooc|phd|ux|ui|gdpr|sdg)$/i;

/** An ISCED-F code as a label: the broad field's name, with the code when it is narrower ("… · 0413"). */
export function fieldLabel(code: string, t: FinderMessages): string {
  const broad = t.fieldsOfEducation[code.slice(0, 2) as keyof FinderMessages['fieldsOfEducation']];
  if (!broad) return code;
  return code.length > 2 ? `${broad} · ${code}` : broad;
}

/** A catalogue's label for a feed value: own keys only (an audience slug "constructor" is no `Object` member). */
const own = (labels: object, value: string): string | undefined =>
  Object.hasOwn(labels, value) ? (labels as Record<string, string>)[value] : undefined;

/** The label of one facet value in the UI language. */
export function facetValueLabel(facet: FacetName, value: string, t: FinderMessages, lang: string): string {
  switch (facet) {
    case 'kind':
      return own(t.kinds, value) ?? humanise(value);
    case 'direction':
      return own(t.directions, value) ?? humanise(value);
    case 'providerType':
      return own(t.providerTypes, value) ?? humanise(value);
    case 'mode':
      return own(t.modes, value) ?? humanise(value);
    case 'status':
      return own(t.statuses, value) ?? humanise(value);
    case 'audience':
      return own(t.audiences, value) ?? humanise(value);
    case 'country':
      return countryName(value, lang);
    case 'language':
      return languageName(value, lang);
    case 'field':
      return fieldLabel(value, t);
    case 'topic':
    default:
      return humanise(value);
  }
}

/** The host name of a URL, for "Visit ugent.be" links; `undefined` when it is not a URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
