/**
 * The tolerant first pass of the iCalendar reader: unfold lines, drop lines that are not iCalendar and close
 * components a truncated file left open (each reported), and split the text into calendar-level lines and one block
 * per VEVENT, which ical.js then parses on its own (./ical.ts).
 */
import type { IssueLog } from './issue-log.js';
import { quoteShort } from './issue-log.js';

export interface Block {
  lines: string[];
  /** The source line of each of `lines` (0 for lines the reader added). */
  at: number[];
  line: number;
}

const NAME_RE = /^[A-Za-z0-9-]+(?=[;:])/;

/** Unfold, check and split the text into calendar-level lines and one block per VEVENT. */
export function prepare(text: string, log: IssueLog, maxItems: number): { calendar: string[]; events: Block[]; more: boolean } {
  const calendar: string[] = [];
  const events: Block[] = [];
  const stack: string[] = [];
  let event: Block | undefined;
  let skipping = false;
  let more = false;
  let outside = 0;
  let current = 0;
  const emit = (line: string) => {
    if (skipping) return;
    if (event) {
      event.lines.push(line);
      event.at.push(current);
    } else if (
      // Outside events only what the reader uses: time zones and a few calendar properties (bounds the work on
      // huge files full of to-dos or unknown properties).
      stack.includes('VTIMEZONE') ||
      /^(BEGIN|END):(VCALENDAR|VTIMEZONE)\s*$/i.test(line) ||
      (stack[stack.length - 1] === 'VCALENDAR' && /^(X-WR-CALNAME|NAME|X-WR-TIMEZONE|VERSION|PRODID)[;:]/i.test(line))
    ) {
      calendar.push(line);
    }
  };

  const flush = (t: string, line: number) => {
    if (!t.trim()) return;
    current = line;
    const name = NAME_RE.exec(t)?.[0]?.toUpperCase();
    if (!name || !t.includes(':')) {
      if (log.full('ics-line')) return;
      log.feed(`line ${line}: ${quoteShort(t, 50)} is not an iCalendar line (NAME:value); it was ignored`, 'warning', 'ics-line');
      return;
    }
    const value = t.slice(t.indexOf(':') + 1).trim().toUpperCase();
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') {
        outside++;
        return;
      }
      if (value === 'VEVENT' && !event && !skipping) {
        if (events.length >= maxItems) {
          more = true;
          skipping = true;
        } else {
          event = { lines: [], at: [], line };
          events.push(event);
        }
      }
      stack.push(value);
      emit(t);
    } else if (name === 'END') {
      const at = stack.lastIndexOf(value);
      if (at === -1) {
        log.feed(`line ${line}: END:${value} closes nothing that is open; it was ignored`, 'warning', 'ics-end');
        return;
      }
      while (stack.length > at + 1) {
        const open = stack.pop()!;
        log.feed(`line ${line}: BEGIN:${open} is never closed; it was closed here`, 'warning', 'ics-end');
        emit(`END:${open}`);
      }
      stack.pop();
      emit(t);
      if (value === 'VEVENT' && !stack.includes('VEVENT')) {
        event = undefined;
        skipping = false;
      }
    } else if (stack.length === 0) outside++;
    else emit(t);
  };

  let lineNo = 0;
  let pending: string | undefined;
  let pendingLine = 0;
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const raw = text.slice(from, m ? m.index : text.length);
    lineNo++;
    if ((raw[0] === ' ' || raw[0] === '\t') && pending !== undefined) pending += raw.slice(1);
    else {
      if (pending !== undefined) flush(pending, pendingLine);
      pending = raw;
      pendingLine = lineNo;
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (pending !== undefined) flush(pending, pendingLine);
  current = 0;
  if (stack.length) {
    log.feed(
      `the file ends inside ${stack.map((s) => `BEGIN:${s}`).join(' > ')}: it looks truncated, so the last event may be incomplete`,
      'warning',
    );
    while (stack.length) {
      const s = stack.pop()!;
      emit(`END:${s}`);
      if (s === 'VEVENT' && !stack.includes('VEVENT')) {
        event = undefined;
        skipping = false;
      }
    }
  }
  if (outside > 0) log.feed(`${outside} line${outside === 1 ? '' : 's'} outside BEGIN:VCALENDAR … END:VCALENDAR were ignored`);
  return { calendar, events, more };
}
