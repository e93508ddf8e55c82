/**
 * iCalendar (RFC 5545) reader: each VEVENT becomes one opportunity. A tolerant pass (./ical-blocks.ts) first unfolds
 * lines, drops lines that are not iCalendar and closes components a truncated file left open (each reported); then
 * ical.js parses each event on its own, so one broken event never loses the others. Loaded lazily by `readFeed`.
 */
import ICAL from 'ical.js';
import { isIsoDate } from '../sdk/feed/values.js';
import { ianaZone, wallTimeOffset } from './timezone.js';
import { kindFromTitle, splitCategories } from './categories.js';
import { prepare } from './ical-blocks.js';
import { deriveIds } from './ids.js';
import { IssueLog, quoteShort } from './issue-log.js';
import { addDays, isoAtOffset, offsetString, resolveUrl } from './loose-values.js';
import { placeFromText } from './places.js';
import { isObject } from './raw.js';
import type { Extracted, Json, RawItem, ReaderContext } from './raw.js';

type JProp = [string, Record<string, unknown>, string, ...unknown[]];
type JComp = [string, JProp[], JComp[]];

const props = (c: JComp, name: string): JProp[] => c[1].filter((p) => p[0] === name);
const prop = (c: JComp, name: string): JProp | undefined => c[1].find((p) => p[0] === name);
const str = (p: JProp | undefined): string | undefined => {
  const v = p?.[3];
  return typeof v === 'string' && v.trim() ? v : undefined;
};
const param = (p: JProp | undefined, name: string): string | undefined => {
  const v = p?.[1][name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
};

class Calendar {
  readonly zones = new Map<string, ICAL.Timezone>();
  floatingZone: string | undefined;
  floatingWarned = false;
  constructor(
    private readonly log: IssueLog,
    private readonly unknownZones = new Set<string>(),
  ) {}

  /** An ISO date or date-time (with offset) for a DTSTART/DTEND-like property; `undefined` when unusable. */
  date(p: JProp, index: number, where: string): { value: string; isDate: boolean } | undefined {
    const v = p[3];
    const name = p[0].toUpperCase();
    if (typeof v !== 'string') return undefined;
    if (p[2] === 'date') {
      if (isIsoDate(v)) return { value: v, isDate: true };
    } else {
      const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/.exec(v);
      if (m && isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) {
        const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
        const day = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
        if (m[7]) return { value: `${day}Z`, isDate: false };
        const tzid = param(p, 'tzid');
        const offset = this.offset(tzid, [y, mo, d, h, mi, s], index, where);
        if (offset !== undefined) return { value: `${day}${offsetString(offset)}`, isDate: false };
      }
    }
    this.log.item(index, `${where}: ${name} ${quoteShort(String(v))} is not a date; it was ignored`, 'warning');
    return undefined;
  }

  private offset(tzid: string | undefined, t: number[], index: number, where: string): number | undefined {
    const [y, mo, d, h, mi, s] = t as [number, number, number, number, number, number];
    const zoneId = tzid ?? this.floatingZone;
    if (zoneId !== undefined) {
      const vtz = this.zones.get(zoneId);
      if (vtz) {
        try {
          const time = ICAL.Time.fromData({ year: y, month: mo, day: d, hour: h, minute: mi, second: s, isDate: false });
          return Math.round(vtz.utcOffset(time) / 60);
        } catch {
          /* a broken VTIMEZONE: fall back to the IANA database */
        }
      }
      const iana = ianaZone(zoneId);
      if (iana) return wallTimeOffset(iana, y, mo, d, h, mi, s);
      if (!this.unknownZones.has(zoneId)) {
        this.unknownZones.add(zoneId);
        this.log.item(
          index,
          `${where}: the time zone ${quoteShort(zoneId)} is neither defined in the file (VTIMEZONE) nor a known IANA zone; its times were read as UTC`,
          'warning',
        );
      }
      return 0;
    }
    if (!this.floatingWarned) {
      this.floatingWarned = true;
      this.log.feed('some times have no time zone (no TZID, no Z, no X-WR-TIMEZONE); they were read as UTC');
    }
    return 0;
  }
}

/** The offset in minutes written at the end of an ISO date-time (`Z` → 0). */
const offsetOf = (iso: string): number => {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

function parseComponent(text: string): JComp[] {
  const parsed = ICAL.parse(text) as JComp | JComp[];
  return (Array.isArray(parsed[0]) ? parsed : [parsed]) as JComp[];
}

function mapEvent(ev: JComp, cal: Calendar, ctx: ReaderContext, log: IssueLog, index: number, where: string): Json {
  const data: Json = {};
  const uid = str(prop(ev, 'uid'));
  if (uid) data.id = uid.trim();
  const summaries = props(ev, 'summary').filter((p) => str(p));
  if (summaries.length) {
    const langs = summaries.map((p) => param(p, 'language'));
    if (summaries.length > 1 && langs.every(Boolean) && new Set(langs).size === langs.length) {
      data.title = Object.fromEntries(summaries.map((p, i) => [langs[i]!, str(p)!.trim()]));
    } else {
      data.title = str(summaries[0])!.trim();
      if (langs[0]) data.language = langs[0];
    }
  }
  const description = str(prop(ev, 'description'));
  if (description) data.description = description.trim();
  const url = str(prop(ev, 'url'));
  if (url) data.url = resolveUrl(url, ctx.baseUrl);

  const location: Json = {};
  const where_ = str(prop(ev, 'location'));
  if (where_) {
    const place = placeFromText(where_);
    if (place.online) data.mode = 'online';
    if (place.city) location.city = place.city;
    if (place.country) location.country = place.country;
  }
  const geo = prop(ev, 'geo')?.[3];
  if (Array.isArray(geo) && typeof geo[0] === 'number' && typeof geo[1] === 'number') {
    location.lat = geo[0];
    location.lon = geo[1];
  }
  if (Object.keys(location).length) data.location = location;

  const categories = props(ev, 'categories').flatMap((p) => p.slice(3).filter((v): v is string => typeof v === 'string'));
  const cats = splitCategories(categories);
  if (cats.kind) data.kind = cats.kind;
  if (cats.topics.length) data.topics = cats.topics;
  if (cats.tags.length) data.tags = cats.tags;

  const status = str(prop(ev, 'status'))?.toUpperCase();
  if (status === 'CANCELLED') data.status = 'cancelled';

  const organizer = prop(ev, 'organizer');
  const email = str(organizer)?.replace(/^mailto:/i, '');
  const cn = param(organizer, 'cn');
  if (email && email.includes('@')) data.contact = { email, ...(cn ? { name: cn } : {}) };

  const modified = prop(ev, 'last-modified');
  if (modified) {
    const d = cal.date(modified, index, where);
    if (d) data.updated = d.value;
  }
  const image = props(ev, 'image').find((p) => str(p)) ?? props(ev, 'attach').find((p) => /^image\//i.test(param(p, 'fmttype') ?? ''));
  if (image && str(image)) data.image = resolveUrl(str(image)!, ctx.baseUrl);

  const dtstart = prop(ev, 'dtstart');
  const start = dtstart ? cal.date(dtstart, index, where) : undefined;
  if (start) {
    data.start = start.value;
    const dtend = prop(ev, 'dtend');
    const end = dtend ? cal.date(dtend, index, where) : undefined;
    const duration = str(prop(ev, 'duration'));
    if (end) {
      // An all-day DTEND is the day after the last day (RFC 5545 3.6.1).
      data.end = end.isDate ? (end.value > start.value.slice(0, 10) ? addDays(end.value, -1) : start.value.slice(0, 10)) : end.value;
    } else if (duration) {
      try {
        const seconds = ICAL.Duration.fromString(duration).toSeconds();
        if (start.isDate) data.end = addDays(start.value, Math.max(0, Math.ceil(seconds / 86_400) - 1));
        else data.end = isoAtOffset(Date.parse(start.value) + seconds * 1000, offsetOf(start.value));
      } catch {
        log.item(index, `${where}: DURATION ${quoteShort(duration)} is not a duration; it was ignored`, 'warning');
      }
    }
  }
  if (prop(ev, 'rrule') || prop(ev, 'rdate')) {
    log.item(index, `${where}: the event repeats (RRULE/RDATE); only its first occurrence was read`, 'warning', 'ics-rrule');
  }
  return data;
}

/** Read an iCalendar text into raw items (see the module comment). */
export function readICalendar(text: string, ctx: ReaderContext): Extracted {
  const log = new IssueLog();
  if (!/^BEGIN:VCALENDAR/im.test(text)) {
    log.feed('this is not an iCalendar file: there is no BEGIN:VCALENDAR line', 'error');
    return { feed: {}, items: [], issues: log.finish() };
  }
  const { calendar, events, more } = prepare(text, log, ctx.maxItems);
  const cal = new Calendar(log);
  const feed: Json = {};
  try {
    for (const c of parseComponent(calendar.join('\r\n'))) {
      const name = str(prop(c, 'x-wr-calname')) ?? str(prop(c, 'name'));
      if (name && feed.title === undefined) feed.title = name.trim();
      const tz = str(prop(c, 'x-wr-timezone'));
      if (tz && !cal.floatingZone) cal.floatingZone = tz.trim();
      for (const vtz of c[2].filter((s) => s[0] === 'vtimezone')) {
        const tzid = str(prop(vtz, 'tzid'));
        if (!tzid) continue;
        try {
          cal.zones.set(tzid, new ICAL.Timezone({ component: new ICAL.Component(vtz), tzid }));
        } catch {
          log.feed(`the VTIMEZONE ${quoteShort(tzid)} could not be read; the IANA zone of that name is used instead`);
        }
      }
    }
  } catch (e) {
    log.feed(`the calendar's own properties could not be read (${(e as Error).message}); the events were read without them`);
  }

  const items: RawItem[] = [];
  const deadlines = new Map<string, string>();
  events.forEach((block, n) => {
    const where = `event ${n + 1} (line ${block.line})`;
    const parse = (lines: string[]) =>
      parseComponent(`BEGIN:VCALENDAR\r\n${lines.join('\r\n')}\r\nEND:VCALENDAR`)[0]?.[2].find((c) => c[0] === 'vevent');
    let ev: JComp | undefined;
    try {
      ev = parse(block.lines);
    } catch (first) {
      // Drop the lines ical.js cannot read on their own (each reported) and try once more.
      const kept = block.lines.filter((line, i) => {
        if (/^(BEGIN|END):/i.test(line)) return true;
        try {
          parse(['BEGIN:VEVENT', line, 'END:VEVENT']);
          return true;
        } catch (e) {
          const at = block.at[i] ? `line ${block.at[i]}: ` : '';
          log.feed(`${where}: ${at}${quoteShort(line, 50)} could not be read (${(e as Error).message}); it was ignored`, 'warning', 'ics-line');
          return false;
        }
      });
      try {
        ev = parse(kept);
      } catch {
        log.feed(`${where}: the event could not be read (${(first as Error).message}); it was skipped`, 'error');
        return;
      }
    }
    if (!ev) return;
    if (prop(ev, 'recurrence-id')) {
      log.feed(`${where}: a changed occurrence of a repeating event (RECURRENCE-ID) was skipped`, 'warning', 'ics-recurrence');
      return;
    }
    // The deadline event our writer adds (X-OPPORTUNITY-KIT-ROLE) is no opportunity: it gives the deadline of the
    // event it is RELATED-TO (an undated opportunity's has none, and is left out as the opportunity was).
    if (str(prop(ev, 'x-opportunity-kit-role'))?.trim().toLowerCase() === 'application-deadline') {
      const related = str(prop(ev, 'related-to'))?.trim();
      const dtstart = prop(ev, 'dtstart');
      const at = dtstart ? cal.date(dtstart, items.length, where) : undefined;
      if (related && at) deadlines.set(related, at.value);
      return;
    }
    const index = items.length;
    const data = mapEvent(ev, cal, ctx, log, index, where);
    const title = typeof data.title === 'string' ? data.title : undefined;
    const guess = title && !data.kind ? kindFromTitle(title) : undefined;
    items.push({ data, where, ...(guess ? { soft: { kind: guess } } : {}) });
  });
  for (const { data } of items) {
    const deadline = typeof data.id === 'string' ? deadlines.get(data.id) : undefined;
    if (deadline) data.application = { ...(isObject(data.application) ? data.application : {}), deadline };
  }
  if (more) log.feed(`the calendar has more than ${ctx.maxItems} events; only the first ${ctx.maxItems} were read`, 'error');
  if (!events.length) log.feed('the calendar has no events (VEVENT)');
  deriveIds(items, 'event');
  return {
    feed,
    items,
    issues: log.finish((g) =>
      g === 'ics-line' ? 'lines that are not iCalendar' : g === 'ics-rrule' ? 'repeating events' : g === 'ics-recurrence' ? 'changed occurrences' : 'unbalanced BEGIN/END',
    ),
  };
}
