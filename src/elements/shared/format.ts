/**
 * Intl formatting in the UI language, with the formatters cached (they are costly to create and a list of cards asks
 * for the same ones hundreds of times). Intl gets `intlLocaleOf(lang)`: a language the runtime has no Intl data for
 * (Irish, Maltese in Chromium) is formatted as the regional English of that place (`en-IE`, `en-MT`), not US English.
 * Date-only values (`2027-05-10`) are calendar days and are shown in UTC so they never shift by a day; date-times are
 * shown in their own zone with its name or offset (`zonePlan` in sdk/text/zones.ts decides), never the visitor's.
 */
import { instantOf, isDateOnly } from '../../sdk/feed/values.js';
import { countryName, displayName } from '../../sdk/text/names.js';
import { zonePlan } from '../../sdk/text/zones.js';
import type { ZonePlan } from '../../sdk/text/zones.js';
import type { FacetName } from '../../sdk/search/types.js';
import type { FinderMessages } from '../../i18n/index.js';
import { intlLocaleOf } from '../../i18n/intl-locale.js';
import { fieldVocabularyLabel, topicLabel } from '../../i18n/vocab.js';

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/** `FI` → "Finland" (in the UI language `lang`). */
export const countryLabel = (code: string, lang: string): string => countryName(code, intlLocaleOf(lang));

/** `nl` → "Dutch" (in `lang`). */
export function languageName(tag: string, lang: string): string {
  const name = displayName('language', tag, [intlLocaleOf(lang)]) ?? tag;
  // Intl gives lower-case language names in many languages ("nederlands"); a label starts with a capital.
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

const dateFormat = (lang: string, utc: boolean, withTime: boolean, zone?: string) =>
  memo(
    `df:${lang}:${utc}:${withTime}:${zone}`,
    () =>
      new Intl.DateTimeFormat(intlLocaleOf(lang), {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        ...(utc ? { timeZone: 'UTC' } : zone ? { timeZone: zone } : {}),
      }),
  );

let visitorZone: string | undefined | null = null;
/** The zone the visitor's clock shows (the runtime's, read once), or `undefined`. */
export function visitorTimeZone(): string | undefined {
  if (visitorZone === null) {
    try {
      visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
    } catch {
      visitorZone = undefined;
    }
  }
  return visitorZone;
}

/** `GMT+5:30` for an offset in minutes: the label when the runtime cannot format in a bare offset. */
const gmtLabel = (offset: number): string =>
  offset === 0 ? 'UTC' : `GMT${offset < 0 ? '-' : '+'}${Math.floor(Math.abs(offset) / 60)}${Math.abs(offset) % 60 ? `:${String(Math.abs(offset) % 60).padStart(2, '0')}` : ''}`;

type Shape = 'stamp' | 'day' | 'visitor';
const SHAPES: Record<Shape, Intl.DateTimeFormatOptions> = {
  /** "1 Mar 2027, 23:59 CET" */
  stamp: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  /** "1 Mar 2027" */
  day: { dateStyle: 'medium' },
  /** "2 Mar, 00:59": the visitor's clock, beside the stamp (which says the year). */
  visitor: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/** A moment in `zone` (an IANA zone or an offset zone); runtimes without bare offsets get UTC shifted + a label. */
function formatIn(instant: number, lang: string, zone: string, shape: Shape, offset?: number): string {
  const f = memo(`dz:${lang}:${zone}:${shape}`, () => {
    try {
      return new Intl.DateTimeFormat(intlLocaleOf(lang), { ...SHAPES[shape], timeZone: zone });
    } catch {
      return null;
    }
  });
  if (f) return f.format(instant);
  const { timeZoneName, ...rest } = SHAPES[shape];
  const utc = memo(`dz:${lang}:UTC-shifted:${shape}`, () => new Intl.DateTimeFormat(intlLocaleOf(lang), { ...rest, timeZone: 'UTC' }));
  const shifted = utc.format(instant + (offset ?? 0) * 60_000);
  return timeZoneName && offset !== undefined ? `${shifted} ${gmtLabel(offset)}` : shifted;
}

export interface DateOptions {
  /** Show the time of a date-time (default); `false` shows its day, in its own zone. */
  withTime?: boolean;
  /** The opportunity's country (ISO 3166-1 alpha-2), to name the zone of a date-time ("CET" rather than "GMT+1"). */
  country?: string;
  /** Show a date-time in this zone instead of its own: for a moment of the visitor's, such as a saved draft. */
  zone?: string;
}

export interface DateParts {
  /** The value in its own zone: "10 May 2027", "1 Mar 2027, 23:59 CET". */
  text: string;
  /** The same moment on the visitor's clock, when it differs: "2 Mar, 00:59". */
  visitor?: string;
}

/**
 * A feed date or date-time, and — when `visitorZone` is given and the visitor's clock differs at that moment — the
 * visitor's time too, for "1 Mar 2027, 23:59 CET (2 Mar, 00:59 your time)".
 */
export function formatDateParts(
  value: string,
  lang: string,
  { withTime = true, country, zone, visitorZone }: DateOptions & { visitorZone?: string } = {},
): DateParts {
  const t = instantOf(value);
  if (Number.isNaN(t)) return { text: value };
  if (zone && !isDateOnly(value)) return { text: dateFormat(lang, false, withTime, zone).format(t) };
  const plan: ZonePlan | undefined = zonePlan(value, { country, visitorZone: withTime ? visitorZone : undefined });
  if (!plan) return { text: dateFormat(lang, true, false).format(t) };
  const text = formatIn(plan.instant, lang, plan.zone, withTime ? 'stamp' : 'day', plan.offset);
  return plan.visitor ? { text, visitor: formatIn(plan.instant, lang, plan.visitor, 'visitor') } : { text };
}

/** A feed date or date-time as text: "10 May 2027", or "1 Mar 2027, 23:59 CET" (its own zone) for a date-time. */
export function formatDate(value: string, lang: string, options: DateOptions = {}): string {
  return formatDateParts(value, lang, options).text;
}

/**
 * "10–14 May 2027" (one date when there is only one). Date-times in a range are shown as their days, in the zone of
 * the start (the country's zone with that offset, else the offset), never the visitor's.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: string, { country }: { country?: string } = {}): string {
  if (!start && !end) return '';
  if (!start || !end) return formatDate((start ?? end)!, lang, { withTime: false, country });
  const a = instantOf(start);
  const b = instantOf(end);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${start} – ${end}`;
  const utc = isDateOnly(start) && isDateOnly(end);
  const zone = utc ? undefined : (zonePlan(isDateOnly(start) ? end : start, { country })?.zone ?? 'UTC');
  let f: Intl.DateTimeFormat;
  try {
    f = dateFormat(lang, utc, false, zone);
  } catch {
    f = dateFormat(lang, true, false);
  }
  return b > a ? f.formatRange(a, b) : f.format(a);
}

export function formatNumber(n: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  return memo(`nf:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocaleOf(lang), options)).format(n);
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
  const rtf = memo(`rtf:${lang}`, () => new Intl.RelativeTimeFormat(intlLocaleOf(lang), { numeric: 'auto' }));
  const diff = target - now;
  const hours = diff / 3_600_000;
  if (Math.abs(hours) < 24) return rtf.format(Math.round(hours), 'hour');
  return rtf.format(Math.round(diff / 86_400_000), 'day');
}

/** "English, Dutch and French" in the UI language. */
export function formatList(items: readonly string[], lang: string): string {
  return memo(`lf:${lang}`, () => new Intl.ListFormat(intlLocaleOf(lang), { type: 'conjunction' })).format(items);
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

/**
 * An ISCED-F code as a label: its name in the vocabulary of `lang` once that has loaded ("Języki", "Nauka języków" for
 * 0231; a code without a label of its own by its nearest labelled ancestor: "Języki · 0230"), else the broad field's
 * name, with the code when it is narrower ("… · 0413").
 */
export function fieldLabel(code: string, t: FinderMessages, lang?: string): string {
  const named = lang ? fieldVocabularyLabel(code, lang) : undefined;
  if (named) return named;
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
      return countryLabel(value, lang);
    case 'language':
      return languageName(value, lang);
    case 'field':
      return fieldLabel(value, t, lang);
    case 'topic':
      return topicLabel(value, lang) ?? humanise(value);
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
