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
import { countryName, formatDate, formatList, formatMoney, languageName, relativeTime } from './format.js';

/** Show "closes in …" only this close to the deadline. */
const RELATIVE_DAYS = 30;

/** "Gent, Belgium", "Online", "Gent, Belgium · Blended". */
export function placeText(o: Opportunity, t: FinderMessages, lang: string): string {
  const country = o.location?.country ?? o.provider.country;
  const city = o.location?.city ?? (o.location ? undefined : o.provider.city);
  const where = [city, o.location?.region, country ? countryName(country, lang) : undefined].filter(Boolean).join(', ');
  if (o.mode === 'online') return where ? `${t.modes.online} · ${where}` : t.modes.online;
  if (o.mode === 'blended') return where ? `${where} · ${t.modes.blended}` : t.modes.blended;
  return where;
}

export interface DeadlineInfo {
  /** The formatted deadline, while one can apply. */
  deadline?: string;
  /** "in 5 days", "tomorrow": only within 30 days of the deadline. */
  relative?: string;
  /** The formatted day applications open, for `upcoming`. */
  opens?: string;
}

/** The deadline facts for a status, formatted in `lang`. */
export function deadlineInfo(o: Opportunity, status: OpportunityStatus, lang: string, now: Date): DeadlineInfo {
  const app = o.application;
  if (status === 'upcoming' && app?.opens) return { opens: formatDate(app.opens, lang, { withTime: false }) };
  if ((status !== 'open' && status !== 'closing-soon') || !app?.deadline) return {};
  const at = instantOf(app.deadline, true);
  const deadline = formatDate(app.deadline, lang);
  return at - now.getTime() <= RELATIVE_DAYS * 86_400_000
    ? { deadline, relative: relativeTime(at, now.getTime(), lang) }
    : { deadline };
}

/** The card's deadline line: "Apply by 28 Feb 2027 · closes in 5 days", "Applications open on …", or ''. */
export function deadlineText(o: Opportunity, status: OpportunityStatus, t: FinderMessages, lang: string, now: Date): string {
  const d = deadlineInfo(o, status, lang, now);
  if (d.opens) return t.opensOn(d.opens);
  if (!d.deadline) return '';
  return d.relative ? `${t.applyBy(d.deadline)} · ${t.closesIn(d.relative)}` : t.applyBy(d.deadline);
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
    o.languages.map((l) => (l.level ? t.languageLevel(languageName(l.lang, lang), l.level) : languageName(l.lang, lang))),
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
export function deadlineLead(o: Opportunity, status: OpportunityStatus, t: FinderMessages, lang: string, now: Date): string {
  const deadline = o.application?.deadline;
  if (!deadline) return '';
  const d = deadlineInfo(o, status, lang, now);
  const date = d.deadline ?? formatDate(deadline, lang);
  if (d.relative) return `${date} · ${t.closesIn(d.relative)}`;
  if (d.opens) return `${date} · ${t.opensOn(d.opens)}`;
  return date;
}
