import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { readFeed, toICalendar } from '../../src/formats/index.js';
import { htmlToText } from '../../src/formats/html-text.js';
import type { FeedIssue } from '../../src/sdk/feed/parse.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, '../fixtures/formats', name), 'utf8');
const provider = { name: 'University of Helsinki', country: 'FI' };
const errors = (r: { issues: FeedIssue[] }) => r.issues.filter((i) => i.severity === 'error');
const byId = (list: Opportunity[], id: string) => list.find((o) => o.id === id)!;

/** A calendar around some VEVENT lines. */
const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

describe('readFeed: iCalendar', () => {
  it('reads a university calendar: folded lines, escapes, VTIMEZONE, all-day and cancelled events', async () => {
    const r = await readFeed(fixture('university.ics'), { defaults: { provider, kind: 'other' } });
    assert.deepEqual(errors(r), []);
    assert.equal(r.opportunities.length, 5);
    assert.deepEqual(r.feed.title, { und: 'Helsingin yliopisto – International staff weeks' });

    const week = byId(r.opportunities, 'hy-staffweek-2027-library@helsinki.fi');
    assert.equal(week.kind, 'staff-week');
    assert.deepEqual(week.title, { en: 'International Library Staff Week 2027: open science, learning centres & services' });
    assert.equal(
      week.description!.en,
      'Five days on open science services, research data and learning centres.\nProgramme: visits to Kaisa House; workshops; a day in Viikki.\n\nHinta/Fee: 150 € – lunches included.',
    );
    assert.equal(week.start, '2027-05-10');
    assert.equal(week.end, '2027-05-14', 'an all-day DTEND is exclusive');
    assert.deepEqual(week.location, { city: 'Helsinki', country: 'FI', lat: 60.1699, lon: 24.9384 });
    assert.deepEqual(week.topics, ['libraries-learning-centres', 'open-science']);
    assert.deepEqual(week.contact, { name: 'International Staff Services, HY', email: 'staffweeks@helsinki.fi' });
    assert.equal(week.updated, '2026-11-18T09:00:00Z');
    assert.equal(week.url, 'https://www.helsinki.fi/en/staff-weeks/library-2027');

    const teaching = byId(r.opportunities, 'hy-2027-teaching-ict');
    assert.equal(teaching.kind, 'teaching');
    assert.deepEqual(teaching.topics, ['ict']);
    assert.equal(teaching.start, '2027-03-15T09:00:00+02:00', 'TZID with a VTIMEZONE, winter time');
    assert.equal(teaching.end, '2027-03-15T16:00:00+02:00');
    assert.equal(teaching.description!.und, "A guest-lecture day for partner universities' teacher educators (Faculty of Educational Sciences).");

    const autumn = byId(r.opportunities, 'hy-2027-autumn-week');
    assert.equal(autumn.kind, 'staff-week', "'Staff Weeks' names the kind");
    assert.equal(autumn.start, '2027-09-20T09:00:00+03:00', 'summer time');
    assert.equal(autumn.end, '2027-09-24T17:00:00+03:00', 'DURATION P4DT8H');

    const shadow = byId(r.opportunities, 'hy-2027-shadowing-stockholm');
    assert.equal(shadow.status, 'cancelled');
    assert.equal(shadow.kind, 'job-shadowing');
    assert.equal(shadow.start, '2027-09-06T08:30:00+02:00', 'TZID without VTIMEZONE: the IANA database');
    assert.deepEqual(shadow.title, { und: 'Job shadowing at Stockholm University international office (joint offer)' });
    assert.deepEqual(shadow.location, { city: 'Stockholm', country: 'SE' });

    const webinar = r.opportunities[4]!;
    assert.equal(webinar.id, 'https://www.helsinki.fi/en/staff-weeks/webinar-apply', 'no UID: the URL is the id');
    assert.equal(webinar.kind, 'other', 'from defaults');
    assert.equal(webinar.mode, 'online');
    assert.equal(webinar.start, '2027-01-18T08:00:00Z');
  });

  it('locates item issues at the event and hints at defaults', async () => {
    const r = await readFeed(fixture('university.ics'));
    assert.equal(r.opportunities.length, 0);
    const kind = r.issues.find((i) => i.index === 4 && i.path[2] === 'kind');
    assert.match(kind!.message, /^event 5 \(line 84\): kind: /);
    assert.ok(r.issues.some((i) => /5 items have no provider: iCalendar cannot say who offers an item; pass defaults/.test(i.message)));
    assert.ok(r.issues.some((i) => /1 item has no kind/.test(i.message)));
  });

  it('honours TZIDs without VTIMEZONE across daylight saving, Windows and prefixed names, floating times', async () => {
    const text = cal(
      'X-WR-TIMEZONE:Europe/Lisbon',
      ...event('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Helsinki:20270115T090000', 'DTEND;TZID=Europe/Helsinki:20270715T090000'),
      ...event('UID:b', 'SUMMARY:B', 'DTSTART;TZID=FLE Standard Time:20270715T090000'),
      ...event('UID:c', 'SUMMARY:C', 'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20271231T235959'),
      ...event('UID:d', 'SUMMARY:D', 'DTSTART:20270715T090000'),
      ...event('UID:e', 'SUMMARY:E', 'DTSTART;TZID=Mars/Olympus_Mons:20270715T090000'),
      ...event('UID:f', 'SUMMARY:F', 'DTSTART;TZID=America/St_Johns:20270715T090000'),
    );
    const r = await readFeed(text, { defaults: { provider, kind: 'other' } });
    const start = (id: string) => byId(r.opportunities, id).start;
    assert.equal(start('a'), '2027-01-15T09:00:00+02:00');
    assert.equal(byId(r.opportunities, 'a').end, '2027-07-15T09:00:00+03:00');
    assert.equal(start('b'), '2027-07-15T09:00:00+03:00');
    assert.equal(start('c'), '2027-12-31T23:59:59+01:00');
    assert.equal(start('d'), '2027-07-15T09:00:00+01:00', 'floating time in X-WR-TIMEZONE');
    assert.equal(start('e'), '2027-07-15T09:00:00Z');
    assert.equal(start('f'), '2027-07-15T09:00:00-02:30');
    assert.ok(r.issues.some((i) => i.severity === 'warning' && /Mars\/Olympus_Mons.*read as UTC/.test(i.message)));

    const floating = await readFeed(cal(...event('UID:x', 'SUMMARY:X', 'DTSTART:20270715T090000')), { defaults: { provider, kind: 'other' } });
    assert.equal(floating.opportunities[0]!.start, '2027-07-15T09:00:00Z');
    assert.ok(floating.issues.some((i) => /no time zone/.test(i.message)));
  });

  it('handles a one-day all-day event, DTEND equal to DTSTART and all-day DURATION', async () => {
    const r = await readFeed(
      cal(
        ...event('UID:one', 'SUMMARY:One', 'DTSTART;VALUE=DATE:20270510', 'DTEND;VALUE=DATE:20270511'),
        ...event('UID:same', 'SUMMARY:Same', 'DTSTART;VALUE=DATE:20270510', 'DTEND;VALUE=DATE:20270510'),
        ...event('UID:dur', 'SUMMARY:Dur', 'DTSTART;VALUE=DATE:20270510', 'DURATION:P5D'),
        ...event('UID:open', 'SUMMARY:Open', 'DTSTART;VALUE=DATE:20270510'),
      ),
      { defaults: { provider, kind: 'other' } },
    );
    const ends = Object.fromEntries(r.opportunities.map((o) => [o.id, o.end]));
    assert.deepEqual(ends, { one: '2027-05-10', same: '2027-05-10', dur: '2027-05-14', open: undefined });
  });

  it('survives truncation, stray lines, a broken property and repeating events, with issues', async () => {
    const full = fixture('university.ics');
    const cut = full.slice(0, full.indexOf('student-services-2027'));
    const t = await readFeed(cut, { defaults: { provider, kind: 'other' } });
    assert.equal(t.opportunities.length, 3);
    assert.equal(byId(t.opportunities, 'hy-2027-autumn-week').url, 'https://www.helsinki.fi/en/staff-weeks/');
    assert.ok(t.issues.some((i) => /looks truncated/.test(i.message)));

    const messy = cal(
      'garbage without a colon',
      ...event('UID:r', 'SUMMARY:Repeats', 'DTSTART;VALUE=DATE:20270510', 'RRULE:FREQ=WEEKLY;COUNT=3'),
      ...event('UID:r', 'RECURRENCE-ID;VALUE=DATE:20270517', 'SUMMARY:Moved', 'DTSTART;VALUE=DATE:20270518'),
      ...event('UID:bad', 'SUMMARY:Bad rule', 'DTSTART;VALUE=DATE:20270510', 'RRULE:FREQ=NOPE', 'DTEND;=x:20270511'),
      ...event('UID:date', 'SUMMARY:Bad date', 'DTSTART:2027xx'),
      'END:VTODO',
    );
    const m = await readFeed(messy, { defaults: { provider, kind: 'other' } });
    assert.deepEqual(m.opportunities.map((o) => o.id), ['r', 'bad', 'date']);
    const text = m.issues.map((i) => i.message).join('\n');
    assert.match(text, /line 3: 'garbage without a colon' is not an iCalendar line/);
    assert.match(text, /repeats \(RRULE\/RDATE\); only its first occurrence/);
    assert.match(text, /RECURRENCE-ID\) was skipped/);
    assert.match(text, /event 3 \(line \d+\): line \d+: 'RRULE:FREQ=NOPE' could not be read/);
    assert.match(text, /DTSTART '2027-xx-T::' is not a date; it was ignored/);
    assert.match(text, /END:VTODO closes nothing/);
  });

  it('reports what is not a calendar', async () => {
    const r = await readFeed('hello: world', { format: 'ics' });
    assert.equal(r.opportunities.length, 0);
    assert.match(errors(r)[0]!.message, /no BEGIN:VCALENDAR/);
    const empty = await readFeed(cal(), { format: 'ics' });
    assert.deepEqual(errors(empty), []);
    assert.ok(empty.issues.some((i) => /no events/.test(i.message)));
  });
});

const SAMPLE = parseFeed({
  version: '1',
  opportunities: [
    {
      id: 'ugent-2027-library-week',
      kind: 'staff-week',
      language: 'nl',
      title: { nl: 'Internationale bibliotheekweek; open science, leercentra & meer — één week vol ÄÖÜ ☃ tekst die lang genoeg is om te vouwen' },
      description: '<p>Programma:</p><ul><li>Maandag: onthaal</li><li>Dinsdag: &quot;open&quot; science</li></ul><p>Line\\backslash</p>',
      url: 'https://www.ugent.be/staffweek/library?x=1,2;3',
      provider: { name: 'Universiteit Gent', country: 'BE' },
      location: { city: 'Gent', country: 'BE', lat: 51.05, lon: 3.72 },
      start: '2027-05-10',
      end: '2027-05-14',
      topics: ['libraries', 'open-science'],
      contact: { name: 'Office, International', email: 'staffweek@ugent.be' },
      updated: '2026-11-18T09:00:00Z',
    },
    {
      id: 'timed',
      kind: 'teaching',
      title: 'Teaching day',
      provider: { name: 'Universiteit Gent' },
      start: '2027-03-15T09:00:00+02:00',
      end: '2027-03-15T16:30:00+02:00',
      status: 'cancelled',
      mode: 'online',
    },
    { id: 'undated', kind: 'good-practice', title: 'A good practice', provider: { name: 'Universiteit Gent' } },
  ],
});

describe('toICalendar', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('writes valid RFC 5545: CRLF, folding at 75 octets, escaping, exclusive all-day DTEND', () => {
    assert.deepEqual(SAMPLE.issues, []);
    const text = toICalendar(SAMPLE.opportunities, { name: 'UGent, staff weeks', now });
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    assert.match(unfolded, /\r\nX-WR-CALNAME:UGent\\, staff weeks\r\n/);
    assert.match(unfolded, /\r\nUID:ugent-2027-library-week\r\nDTSTAMP:20261120T100000Z\r\nDTSTART;VALUE=DATE:20270510\r\nDTEND;VALUE=DATE:20270515\r\n/);
    assert.match(unfolded, /\r\nSUMMARY;LANGUAGE=nl:Internationale bibliotheekweek\\; open science\\, leercentra & meer/);
    assert.match(unfolded, /\r\nDESCRIPTION;LANGUAGE=nl:Programma:\\n\\n- Maandag: onthaal\\n- Dinsdag: "open" science\\n\\nLine\\\\backslash\r\n/);
    assert.match(unfolded, /\r\nURL:https:\/\/www\.ugent\.be\/staffweek\/library\?x=1,2;3\r\n/);
    assert.match(unfolded, /\r\nLOCATION:Gent\\, Belgium\r\nGEO:51\.05;3\.72\r\n/);
    assert.match(unfolded, /\r\nCATEGORIES:staff-week,libraries,open-science\r\n/);
    assert.match(unfolded, /\r\nORGANIZER;CN="Office, International":mailto:staffweek@ugent\.be\r\n/);
    assert.match(unfolded, /\r\nDTSTART:20270315T070000Z\r\nDTEND:20270315T143000Z\r\n/);
    assert.match(unfolded, /\r\nSTATUS:CANCELLED\r\n/);
    assert.ok(!unfolded.includes('UID:undated'), 'undated opportunities are left out');
    // ical.js, a strict parser, reads it.
    const comp = new ICAL.Component(ICAL.parse(text));
    assert.equal(comp.getAllSubcomponents('vevent').length, 2);
    assert.equal(comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary'), SAMPLE.opportunities[0]!.title.nl);
  });

  it('folds without splitting a character', () => {
    const o = { ...SAMPLE.opportunities[1]!, title: { und: '€'.repeat(100) + '😀'.repeat(30) } };
    const text = toICalendar([o], { now });
    const summary = text.split('\r\n').filter((l) => l.startsWith('SUMMARY') || l.startsWith(' ')).map((l) => l.replace(/^ /, ''));
    assert.equal(summary.join(''), 'SUMMARY:' + '€'.repeat(100) + '😀'.repeat(30));
    assert.ok(!text.includes('\ufffd'));
  });

  it('round-trips JSON → iCalendar → JSON: id, title, description as text, url, start, end, status, kind, topics', async () => {
    const text = toICalendar(SAMPLE.opportunities, { now });
    const back = await readFeed(text, { defaults: { provider: { name: 'Universiteit Gent' } } });
    assert.deepEqual(errors(back), []);
    assert.equal(back.opportunities.length, 2);
    for (const o of SAMPLE.opportunities.slice(0, 2)) {
      const b = byId(back.opportunities, o.id);
      assert.deepEqual(b.title, o.title);
      assert.equal(b.url, o.url);
      assert.equal(b.kind, o.kind);
      assert.deepEqual(b.topics, o.topics);
      assert.equal(b.status ?? 'scheduled', o.status ?? 'scheduled');
      for (const k of ['start', 'end'] as const) {
        if (o[k]!.length === 10) assert.equal(b[k], o[k]);
        else assert.equal(Date.parse(b[k]!), Date.parse(o[k]!), `${k} is the same instant`);
      }
      if (o.description) assert.deepEqual(b.description, Object.fromEntries(Object.entries(o.description).map(([l, v]) => [l, htmlToText(v)])));
    }
    const week = byId(back.opportunities, 'ugent-2027-library-week');
    assert.deepEqual(week.location, SAMPLE.opportunities[0]!.location);
    assert.deepEqual(week.contact, SAMPLE.opportunities[0]!.contact);
    assert.equal(week.updated, '2026-11-18T09:00:00Z');
    assert.equal(byId(back.opportunities, 'timed').mode, 'online');
  });
});

describe('one calendar writer (toICalendar and the detail\'s "Add to calendar")', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const FEED = parseFeed({
    version: '1',
    opportunities: [
      {
        id: 'https://www.uni.lodz.pl/staff-week',
        kind: 'staff-week',
        language: 'pl',
        title: { pl: 'Tydzień szkoleniowy w Łodzi', en: 'Staff training week in Łódź' },
        provider: { name: 'Uniwersytet Łódzki', country: 'PL' },
        location: { city: 'Łódź', country: 'PL' },
        start: '2027-05-10',
        end: '2027-05-14',
        topics: ['libraries'],
        contact: { name: 'Biuro Współpracy Międzynarodowej', email: 'staffweek@uni.lodz.pl' },
        updated: '2026-11-18T09:00:00Z',
        application: { deadline: '2027-03-01T23:59:00+01:00', url: 'https://www.uni.lodz.pl/apply' },
      },
      {
        id: 'helsinki-ir',
        kind: 'teaching',
        title: 'IR week',
        provider: { name: 'University of Helsinki' },
        start: '2027-04-12T09:00:00+03:00',
        end: '2027-04-16T16:00:00+03:00',
        status: 'postponed',
        application: { deadline: '2027-01-20' },
      },
    ],
  });
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const byUid = (text: string, uid: string) => events(text).find((e) => e.getFirstPropertyValue('uid') === uid)!;

  it('writes STATUS, CATEGORIES, ORGANIZER, LAST-MODIFIED and stable UIDs (ical.js reads them)', () => {
    assert.deepEqual(FEED.issues.filter((i) => i.severity === 'error'), []);
    const text = toICalendar(FEED.opportunities, { now });
    const again = toICalendar(FEED.opportunities, { now: new Date('2027-01-01T00:00:00Z'), languages: ['en'] });
    const uids = (t: string) => events(t).map((e) => e.getFirstPropertyValue('uid'));
    assert.deepEqual(uids(text), [
      'https://www.uni.lodz.pl/staff-week',
      'https://www.uni.lodz.pl/staff-week#application-deadline',
      'helsinki-ir',
      'helsinki-ir#application-deadline',
    ]);
    assert.deepEqual(uids(again), uids(text), 'another day, another language: the same UIDs');
    const week = byUid(text, 'https://www.uni.lodz.pl/staff-week');
    assert.equal(week.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.deepEqual(week.getFirstProperty('categories')!.getValues(), ['staff-week', 'libraries']);
    assert.equal(week.getFirstPropertyValue('organizer'), 'mailto:staffweek@uni.lodz.pl');
    assert.equal(week.getFirstProperty('organizer')!.getParameter('cn'), 'Biuro Współpracy Międzynarodowej');
    assert.equal(String(week.getFirstPropertyValue('last-modified')), '2026-11-18T09:00:00Z');
    assert.equal(byUid(text, 'helsinki-ir').getFirstPropertyValue('status'), 'TENTATIVE');
  });

  it('adds the application deadline as an event of its own, with an alarm the day before', () => {
    const text = toICalendar(FEED.opportunities, { now, languages: ['en'] });
    const timed = byUid(text, 'https://www.uni.lodz.pl/staff-week#application-deadline');
    assert.equal(timed.getFirstPropertyValue('summary'), 'Application deadline: Staff training week in Łódź');
    const at = timed.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(at.toJSDate().toISOString(), '2027-03-01T22:59:00.000Z');
    assert.equal(at.isDate, false);
    assert.equal(timed.getFirstPropertyValue('related-to'), 'https://www.uni.lodz.pl/staff-week');
    assert.equal(timed.getFirstPropertyValue('url'), 'https://www.uni.lodz.pl/apply');
    assert.equal(timed.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(timed.getFirstPropertyValue('organizer'), 'mailto:staffweek@uni.lodz.pl');
    const alarm = timed.getFirstSubcomponent('valarm')!;
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.equal(String(alarm.getFirstPropertyValue('trigger')), '-P1D');
    const allDay = byUid(text, 'helsinki-ir#application-deadline');
    const day = allDay.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(day.isDate, true);
    assert.equal(day.toString(), '2027-01-20');
    assert.equal((allDay.getFirstPropertyValue('dtend') as ICAL.Time).toString(), '2027-01-21');
    assert.equal(allDay.getFirstPropertyValue('summary'), 'Application deadline: IR week');
    // The caller names it in the visitor's language.
    const pl = toICalendar(FEED.opportunities.slice(0, 1), { now, languages: ['pl'], deadlineTitle: (t) => `Termin zgłoszeń: ${t}` });
    assert.equal(byUid(pl, 'https://www.uni.lodz.pl/staff-week#application-deadline').getFirstPropertyValue('summary'), 'Termin zgłoszeń: Tydzień szkoleniowy w Łodzi');
  });

  it('writes an opportunity with a deadline and no start as the deadline event alone', async () => {
    const o = { ...FEED.opportunities[1]!, start: undefined, end: undefined } as Opportunity;
    const text = toICalendar([o], { now });
    assert.deepEqual(events(text).map((e) => e.getFirstPropertyValue('uid')), ['helsinki-ir#application-deadline']);
    assert.equal(byUid(text, 'helsinki-ir#application-deadline').getFirstPropertyValue('related-to'), null);
    const back = await readFeed(text, { defaults: { provider: { name: 'X' } } });
    assert.deepEqual(back.opportunities, [], 'an undated opportunity is left out of a calendar read back, as before');
  });

  it('reads its own file back: the deadline event becomes application.deadline, not an item', async () => {
    const back = await readFeed(toICalendar(FEED.opportunities, { now }), { defaults: { provider: { name: 'X' } } });
    assert.deepEqual(errors(back), []);
    assert.deepEqual(back.opportunities.map((o) => o.id), ['https://www.uni.lodz.pl/staff-week', 'helsinki-ir']);
    assert.equal(Date.parse(byId(back.opportunities, 'https://www.uni.lodz.pl/staff-week').application!.deadline!), Date.parse('2027-03-01T23:59:00+01:00'));
    assert.equal(byId(back.opportunities, 'helsinki-ir').application!.deadline, '2027-01-20');
  });

  it('the detail writes the same VEVENTs as toICalendar: it calls the same writer with its languages and clock', async () => {
    const { opportunityEvents } = await import('../../src/formats/ical-write.js');
    const o = FEED.opportunities[0]!;
    const file = toICalendar([o], { now, languages: ['en'] });
    const unfolded = file.replace(/\r\n /g, '');
    const lines = opportunityEvents(o, { now, languages: ['en'] });
    assert.ok(unfolded.includes(`\r\n${lines.join('\r\n')}\r\n`));
    assert.equal(events(file).length, 2);
  });
});
