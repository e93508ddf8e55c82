/**
 * What a card and a detail say about an opportunity, as text in the UI language: place, dates, deadline, fee,
 * languages. Pure functions over the SDK's data, shared so the card and the detail always agree.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { instantOf } from '../../sdk/feed/values.js';
import type { Opportunity } from '../../sdk/feed/schema.js';
import type { OpportunityStatus } from '../../sdk/status.js';
import { localize } from '../../sdk/text/localize.js';
import type { FinderMessages } from '../../i18n/index.js';
import { format } from '../../i18n/format.js';
import type { DateParts } from './format.js';
import { countryLabel, formatDate, formatDateParts, formatDateRange, formatList, formatMoney, languageName, relativeTime, visitorTimeZone } from './format.js';

/** Show "closes in …" only this close to the deadline. */
const RELATIVE_DAYS = 30;

/** "Gent, Belgium", "Online", "Gent, Belgium · Blended". */
export function placeText(o: Opportunity, t: FinderMessages, lang: string): string {
  const country = o.location?.country ?? o.provider.country;
  const city = o.location?.city ?? (o.location ? undefined : o.provider.city);
  const where = [city, o.location?.region, country ? countryLabel(country, lang) : undefined].filter(Boolean).join(', ');
  if (o.mode === 'online') return where ? `${t.modes.online} · ${where}` : t.modes.online;
  if (o.mode === 'blended') return where ? `${where} · ${t.modes.blended}` : t.modes.blended;
  return where;
}

export interface DeadlineInfo {
  /** The formatted deadline, while one can apply, in the opportunity's own zone ("1 Mar 2027, 23:59 CET"). */
  deadline?: string;
  /** The deadline on the visitor's clock, when it differs ("2 Mar, 00:59"). */
  visitor?: string;
  /** "in 5 days", "tomorrow": only within 30 days of the deadline. */
  relative?: string;
  /** The formatted day applications open, for `upcoming`. */
  opens?: string;
}

/** The country an opportunity takes place in (its zone names its date-times). */
export const countryOf = (o: Opportunity): string | undefined => o.location?.country ?? o.provider.country;

/**
 * The deadline facts for a status, formatted in `lang`: date-times in the opportunity's own zone, with the visitor's
 * clock beside them when it differs (`visitorZone`, the runtime's by default).
 */
export function deadlineInfo(
  o: Opportunity,
  status: OpportunityStatus,
  lang: string,
  now: Date,
  visitorZone: string | undefined = visitorTimeZone(),
): DeadlineInfo {
  const app = o.application;
  const country = countryOf(o);
  if (status === 'upcoming' && app?.opens) return { opens: formatDate(app.opens, lang, { withTime: false, country }) };
  if ((status !== 'open' && status !== 'closing-soon') || !app?.deadline) return {};
  const at = instantOf(app.deadline, true);
  const { text: deadline, visitor } = formatDateParts(app.deadline, lang, { country, visitorZone });
  const info: DeadlineInfo = visitor ? { deadline, visitor } : { deadline };
  if (at - now.getTime() <= RELATIVE_DAYS * 86_400_000) info.relative = relativeTime(at, now.getTime(), lang);
  return info;
}

/**
 * A feed date-time for a person, as parts: `text` "1 Mar 2027, 23:59 CET" in the opportunity's own zone, `visitor`
 * "2 Mar, 00:59" only when the visitor's clock differs (shown with `t.yourTime`). A date stays a date.
 */
export const whenParts = (value: string, o: Opportunity, lang: string, visitorZone: string | undefined = visitorTimeZone()): DateParts =>
  formatDateParts(value, lang, { country: countryOf(o), visitorZone });

/** "1 Mar 2027, 23:59 CET (2 Mar, 00:59 your time)": a date-time in its own zone, the visitor's clock when it differs. */
const withVisitorTime = (parts: { text: string; visitor?: string | undefined }, t: FinderMessages): string =>
  parts.visitor ? `${parts.text} (${format('', t.yourTime, { time: parts.visitor })})` : parts.text;

/** The dates of an opportunity: "10–14 May 2027", date-times as their days in the opportunity's own zone. */
export const datesText = (o: Opportunity, lang: string): string => formatDateRange(o.start, o.end, lang, { country: countryOf(o) });

/** The card's deadline line: "Apply by 28 Feb 2027 · closes in 5 days", "Applications open on …", or ''. */
export function deadlineText(
  o: Opportunity,
  status: OpportunityStatus,
  t: FinderMessages,
  lang: string,
  now: Date,
  visitorZone: string | undefined = visitorTimeZone(),
): string {
  const d = deadlineInfo(o, status, lang, now, visitorZone);
  if (d.opens) return format(lang, t.opensOn, { date: d.opens });
  if (!d.deadline) return '';
  const by = format(lang, t.applyBy, { date: withVisitorTime({ text: d.deadline, visitor: d.visitor }, t) });
  return d.relative ? `${by} · ${format(lang, t.closesIn, { when: d.relative })}` : by;
}

/** "€150" or "Free". */
export function feeText(o: Opportunity, t: FinderMessages, lang: string): string {
  if (!o.fee) return '';
  return o.fee.amount === 0 ? t.free : formatMoney(o.fee.amount, o.fee.currency, lang);
}

/** "English (B2), Dutch". */
export function languagesText(o: Opportunity, t: FinderMessages, lang: string): string {
  if (!o.languages?.length) return '';
  return formatList(
    o.languages.map((l) => (l.level ? format(lang, t.languageLevel, { language: languageName(l.lang, lang), level: l.level }) : languageName(l.lang, lang))),
    lang,
  );
}

/** A status as a badge: text (never colour alone) with a shape, coloured by status. */
export function statusBadge(status: OpportunityStatus, t: FinderMessages, part = 'badge'): TemplateResult {
  return html`<span part="${part} status-${status}" class="badge ${status}">${t.statuses[status]}</span>`;
}

/** Feed text in the best content language, with the `lang` to mark it with (`nothing` when unknown). */
export function text(
  value: Record<string, string> | undefined,
  languages: readonly string[],
  contentLanguage: string | undefined,
): { value: string; lang: string | typeof nothing } {
  const r = localize(value, languages, contentLanguage);
  if (!r) return { value: '', lang: nothing };
  return { value: r.value, lang: r.lang && r.lang !== 'und' ? r.lang : nothing };
}

/**
 * The deadline as the lead fact of a card in deadline order: the formatted `application.deadline` whatever the status
 * (also once it has passed), with "closes in …" near it while one can apply, and the opening day while upcoming; ''
 * without a deadline.
 */
export function deadlineLead(
  o: Opportunity,
  status: OpportunityStatus,
  t: FinderMessages,
  lang: string,
  now: Date,
  visitorZone: string | undefined = visitorTimeZone(),
): string {
  const deadline = o.application?.deadline;
  if (!deadline) return '';
  const d = deadlineInfo(o, status, lang, now, visitorZone);
  // Shown even once passed: in deadline order the deadline is what the visitor reads first, in the item's own zone.
  const parts = d.deadline ? { text: d.deadline, visitor: d.visitor } : whenParts(deadline, o, lang, visitorZone);
  const date = withVisitorTime(parts, t);
  if (d.relative) return `${date} · ${format(lang, t.closesIn, { when: d.relative })}`;
  if (d.opens) return `${date} · ${format(lang, t.opensOn, { date: d.opens })}`;
  return date;
}
