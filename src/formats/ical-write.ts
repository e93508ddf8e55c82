/**
 * The one iCalendar writer: `toICalendar` (SDK, CLI) and the detail's "Add to calendar" (which imports this module on
 * click) write the same VEVENTs. Per opportunity: one VEVENT for the opportunity itself when it has a `start`, and one
 * for its application deadline when it has one (see `deadlineEvent`). No dependencies.
 */
import { foldSlug } from '../sdk/search/fold.js';
import type { LocalizedText, Opportunity } from '../sdk/feed/schema.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { isDateOnly } from '../sdk/feed/values.js';
import { localize } from '../sdk/text/localize.js';
import { countryName } from '../sdk/text/names.js';
import { htmlToText } from './html-text.js';
import { addDays } from './loose-values.js';

export interface ToICalendarOptions {
  /** Calendar name (`X-WR-CALNAME` and `NAME`). */
  name?: string;
  /** The time written as DTSTAMP (default: the current time). */
  now?: Date | string | number;
  /**
   * Preferred languages for SUMMARY, DESCRIPTION and the country in LOCATION (default: each item's own language, and
   * English country names).
   */
  languages?: readonly string[];
  /** SUMMARY of the deadline event, from the opportunity's title (default: `Application deadline: <title>`). */
  deadlineTitle?: (title: string) => string;
  /** CATEGORIES as people read them (the kind's and topics' labels in a language); default and fallback: the codes. */
  categoryLabel?: CategoryLabel;
}

/** The label of a kind or topic code, or undefined to keep the code. */
export type CategoryLabel = (type: 'kind' | 'topic', code: string) => string | undefined;

/** The property that marks the deadline event (its RELATED-TO is the opportunity's UID); the reader folds it back. */
export const DEADLINE_ROLE = 'X-OPPORTUNITY-KIT-ROLE:application-deadline';

const encoder = new TextEncoder();

/** Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  if (line.length <= 75 / 4 || encoder.encode(line).length <= 75) return line;
  let out = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      out += '\r\n ';
      octets = 1;
      limit = 75;
    }
    out += ch;
    octets += n;
  }
  return out;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

/** A parameter value, quoted when it holds `:`, `;` or `,` (quotes themselves cannot be written: dropped). */
const paramValue = (s: string): string => {
  const v = s.replace(/["\r\n]/g, '');
  return /[:;,]/.test(v) ? `"${v}"` : v;
};

const basic = (iso: string) => iso.replace(/[-:]/g, '');

/** `20270510T060000Z` for any ISO date-time (converted to UTC). */
function utc(value: string | number | Date): string {
  const d = new Date(typeof value === 'string' && isDateOnly(value) ? value + 'T00:00:00Z' : value);
  return basic(d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

function pick(text: LocalizedText | undefined, o: Opportunity, languages: readonly string[]): { value: string; lang: string } | undefined {
  const l = localize(text, languages, o.language);
  return l && l.value ? l : undefined;
}

function vevent(o: Opportunity, stamp: string, languages: readonly string[], label?: CategoryLabel): string[] | undefined {
  if (!o.start) return undefined;
  const lines: string[] = ['BEGIN:VEVENT', `UID:${escapeText(o.id)}`, `DTSTAMP:${stamp}`];
  if (isDateOnly(o.start)) {
    lines.push(`DTSTART;VALUE=DATE:${basic(o.start)}`);
    if (o.end) lines.push(`DTEND;VALUE=DATE:${basic(addDays(o.end.slice(0, 10), 1))}`);
  } else {
    lines.push(`DTSTART:${utc(o.start)}`);
    // A date-only end after a timed start lasts to the end of that day in the start's offset.
    if (o.end) {
      const offset = /(Z|[+-]\d{2}:\d{2})$/i.exec(o.start)?.[1] ?? 'Z';
      lines.push(`DTEND:${utc(isDateOnly(o.end) ? Date.parse(`${addDays(o.end, 1)}T00:00:00${offset}`) : o.end)}`);
    }
  }
  const title = pick(o.title, o, languages);
  if (title) lines.push(`SUMMARY${title.lang !== PLAIN_TEXT ? `;LANGUAGE=${title.lang}` : ''}:${escapeText(title.value)}`);
  const description = pick(o.description, o, languages);
  if (description) {
    const text = htmlToText(description.value);
    if (text) lines.push(`DESCRIPTION${description.lang !== PLAIN_TEXT ? `;LANGUAGE=${description.lang}` : ''}:${escapeText(text)}`);
  }
  if (o.url) lines.push(`URL:${o.url}`);
  const place = [o.location?.city, o.location?.country ? countryName(o.location.country, languages) : undefined].filter(Boolean);
  if (place.length) lines.push(`LOCATION:${escapeText(place.join(', '))}`);
  else if (o.mode === 'online') lines.push('LOCATION:Online');
  if (o.location?.lat !== undefined && o.location?.lon !== undefined) lines.push(`GEO:${o.location.lat};${o.location.lon}`);
  lines.push(...common(o, label));
  if (o.image) lines.push(`IMAGE;VALUE=URI:${o.image}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** CATEGORIES, STATUS, ORGANIZER and LAST-MODIFIED: the same on both events of an opportunity. */
function common(o: Opportunity, label?: CategoryLabel): string[] {
  const lines: string[] = [];
  const categories = [label?.('kind', o.kind) ?? o.kind, ...(o.topics ?? []).map((t) => label?.('topic', t) ?? t)];
  lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${o.status === 'cancelled' ? 'CANCELLED' : o.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  if (o.contact?.email) {
    lines.push(`ORGANIZER${o.contact.name ? `;CN=${paramValue(o.contact.name)}` : ''}:mailto:${o.contact.email}`);
  }
  if (o.updated) lines.push(`LAST-MODIFIED:${utc(o.updated)}`);
  return lines;
}

/** The UID of an opportunity's deadline event: its own UID with a fixed suffix, so it is as stable as the id. */
export const deadlineUid = (id: string): string => `${id}#application-deadline`;

/**
 * The application deadline as an event of its own, on the deadline's day: all-day for a date-only deadline (shown in
 * the day's all-day row by every calendar app), a zero-length event at the deadline for a date-time one (shown at its
 * time). It carries a display alarm the day before, for the apps that keep alarms from imported files (others drop
 * it and still show the event), links to the opportunity's event with RELATED-TO, and links to its page with URL.
 */
function deadlineEvent(o: Opportunity, stamp: string, languages: readonly string[], titleOf: (title: string) => string, label?: CategoryLabel): string[] | undefined {
  const deadline = o.application?.deadline;
  if (!deadline || Number.isNaN(Date.parse(isDateOnly(deadline) ? `${deadline}T00:00:00Z` : deadline))) return undefined;
  const lines: string[] = ['BEGIN:VEVENT', `UID:${escapeText(deadlineUid(o.id))}`, `DTSTAMP:${stamp}`];
  if (isDateOnly(deadline)) lines.push(`DTSTART;VALUE=DATE:${basic(deadline)}`, `DTEND;VALUE=DATE:${basic(addDays(deadline, 1))}`);
  else lines.push(`DTSTART:${utc(deadline)}`, `DTEND:${utc(deadline)}`);
  const title = pick(o.title, o, languages);
  const summary = escapeText(titleOf(title?.value ?? o.id));
  lines.push(`SUMMARY${title && title.lang !== PLAIN_TEXT ? `;LANGUAGE=${title.lang}` : ''}:${summary}`);
  const apply = o.application?.url ?? o.url;
  if (apply) lines.push(`URL:${apply}`);
  if (o.start) lines.push(`RELATED-TO:${escapeText(o.id)}`);
  lines.push(...common(o, label), DEADLINE_ROLE, 'TRANSP:TRANSPARENT');
  lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${summary}`, `TRIGGER:${isDateOnly(deadline) ? '-PT15H' : '-P1D'}`, 'END:VALARM');
  lines.push('END:VEVENT');
  return lines;
}

const defaultDeadlineTitle = (title: string) => `Application deadline: ${title}`;

/**
 * The VEVENTs of one opportunity (unfolded content lines): the opportunity's own when it has a `start`, then its
 * application deadline's when it has one. Empty when it has neither.
 */
export function opportunityEvents(o: Opportunity, options: ToICalendarOptions = {}): string[] {
  const stamp = utc(options.now ?? Date.now());
  const languages = options.languages ?? [];
  const label = options.categoryLabel;
  return [...(vevent(o, stamp, languages, label) ?? []), ...(deadlineEvent(o, stamp, languages, options.deadlineTitle ?? defaultDeadlineTitle, label) ?? [])];
}

/** A file name from a title, folded as search folds: "Straße" → "strasse.ics"; "event.ics" when nothing is left. */
export function icsFileName(title: string): string {
  const slug = foldSlug(title).slice(0, 60).replace(/-+$/, '');
  return `${slug || 'event'}.ics`;
}

/**
 * Opportunities as iCalendar text: CRLF line ends, lines folded at 75 octets, TEXT escaped. All-day opportunities
 * get an exclusive DTEND (the day after `end`), timed ones are written in UTC. The UID is the opportunity id (stable:
 * importing the file again updates the event), the CATEGORIES are the kind then the topics, DESCRIPTION is plain text
 * (HTML stripped), STATUS, ORGANIZER (the contact) and LAST-MODIFIED (`updated`) are set. An application deadline is
 * a second event (see `opportunityEvents`). Opportunities with neither a `start` nor a deadline are left out.
 */
export function toICalendar(opportunities: readonly Opportunity[], options: ToICalendarOptions = {}): string {
  const now = options.now ?? Date.now();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//opportunity-kit//opportunity-kit//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`, `NAME:${escapeText(options.name)}`);
  for (const o of opportunities) lines.push(...opportunityEvents(o, { ...options, now }));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
