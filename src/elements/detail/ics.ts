/**
 * A minimal iCalendar (RFC 5545) file with one VEVENT, for "Add to calendar". Kept small and local; the formats
 * module's full writer (`toICalendar`) may replace it.
 *
 * - Lines end with CRLF and are folded at 75 octets (UTF-8), continuation lines starting with a space (§3.1).
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11).
 * - All-day events use `VALUE=DATE` with an exclusive DTEND (the day after the last day, §3.6.1); otherwise both ends
 *   are UTC date-times (DTSTART and DTEND must have the same value type).
 */
import { instantOf } from '../../sdk/feed/values.js';
import { foldSlug } from '../../sdk/search/fold.js';

export interface IcsEvent {
  uid: string;
  title: string;
  start: string;
  end?: string;
  description?: string;
  location?: string;
  url?: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const utcStamp = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};
const dayStamp = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
};

/** The .ics text for one event, or `undefined` when its start is not a valid date. */
export function toIcs(e: IcsEvent): string | undefined {
  const start = instantOf(e.start);
  const end = e.end ? instantOf(e.end, true) : undefined;
  if (Number.isNaN(start) || (end !== undefined && Number.isNaN(end))) return undefined;
  const allDay = DATE_ONLY.test(e.start) && (!e.end || DATE_ONLY.test(e.end));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//opportunity-kit//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.now.getTime())}`,
  ];
  if (allDay) {
    const last = end ?? start;
    // `end` is the last millisecond of the last day: the exclusive DTEND is the next day.
    lines.push(`DTSTART;VALUE=DATE:${dayStamp(start)}`, `DTEND;VALUE=DATE:${dayStamp(e.end ? last + 1 : start + 86_400_000)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(start)}`);
    if (end !== undefined) lines.push(`DTEND:${utcStamp(e.end && DATE_ONLY.test(e.end) ? end + 1 : end)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name from a title: "International Library Staff Week" → "international-library-staff-week.ics". */
export function icsFileName(title: string): string {
  const slug = foldSlug(title).slice(0, 60).replace(/-+$/, '');
  return `${slug || 'event'}.ics`;
}
