/**
 * Dates and date-times shown in the opportunity's own zone, never the visitor's: a date-only value is a calendar day
 * no zone shifts; a date-time keeps the offset it was written with, named after the country's zone when one has that
 * offset at that moment, with the visitor's clock beside it only when it differs. And the Intl locale of a UI
 * language Intl has no data for (Irish, Maltese in Chromium).
 *
 * Run it under several zones too; nothing here may depend on the machine's:
 *   TZ=Europe/Athens node --import tsx --test test/node/zones.test.ts
 *   TZ=America/New_York node --import tsx --test test/node/zones.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDateOnly } from '../../src/sdk/feed/values.js';
import { offsetZone, writtenOffset, zoneOffset, zonePlan } from '../../src/sdk/text/zones.js';
import { formatDate, formatDateParts, formatDateRange } from '../../src/elements/shared/format.js';
import { deadlineText } from '../../src/elements/shared/present.js';
import { intlLocale, INTL_FALLBACKS } from '../../src/i18n/intl-locale.js';
import { parseOpportunity } from '../../src/sdk/feed/parse.js';
import en from '../../src/i18n/en/index.js';
import { item } from '../fixtures/feeds/helpers.js';

const DEADLINE = '2027-03-01T23:59:00+01:00';
/** Intl writes thin and narrow spaces in ranges; compare with plain ones. */
const spaced = (s: string) => s.replace(/\s/gu, ' ');
const zonesOf = (c: string) => (({ BE: ['Europe/Brussels'], ES: ['Africa/Ceuta', 'Atlantic/Canary', 'Europe/Madrid'], GB: ['Europe/London'] }) as Record<string, string[]>)[c] ?? [];

describe('zonePlan (which zone a feed value is shown in)', () => {
  it('tells a date from a date-time and reads the written offset', () => {
    assert.equal(isDateOnly('2027-03-01'), true);
    assert.equal(isDateOnly(DEADLINE), false);
    assert.equal(writtenOffset('2027-03-01'), undefined);
    assert.equal(writtenOffset(DEADLINE), 60);
    assert.equal(writtenOffset('2027-03-01T10:00Z'), 0);
    assert.equal(writtenOffset('2027-03-01T10:00-03:30'), -210);
  });

  it('a date-only value has no zone to shift it', () => {
    assert.equal(zonePlan('2027-03-01', { country: 'BE', visitorZone: 'America/New_York', zonesOf }), undefined);
  });

  it("uses the country's zone when it has the written offset at that moment, else the bare offset", () => {
    assert.deepEqual(zonePlan(DEADLINE, { country: 'BE', zonesOf }), { instant: Date.parse(DEADLINE), zone: 'Europe/Brussels', offset: 60 });
    // Summer time: +02:00 is Brussels in July, +01:00 is not.
    assert.equal(zonePlan('2027-07-01T12:00+02:00', { country: 'BE', zonesOf })?.zone, 'Europe/Brussels');
    assert.equal(zonePlan('2027-07-01T12:00+01:00', { country: 'BE', zonesOf })?.zone, 'Etc/GMT-1');
    // Spain: the Canaries are an hour behind the mainland; the zone with the written offset is taken.
    assert.equal(zonePlan('2027-03-01T12:00Z', { country: 'ES', zonesOf })?.zone, 'Atlantic/Canary');
    assert.equal(zonePlan('2027-03-01T12:00+01:00', { country: 'ES', zonesOf })?.zone, 'Africa/Ceuta');
    // A UTC time from a Belgian provider is no Brussels time.
    assert.equal(zonePlan('2027-03-01T12:00Z', { country: 'BE', zonesOf })?.zone, 'UTC');
    assert.equal(zonePlan(DEADLINE, {})?.zone, 'Etc/GMT-1');
    assert.equal(zonePlan(DEADLINE, { country: 'FI', zonesOf })?.zone, 'Etc/GMT-1');
  });

  it("adds the visitor's zone only when the visitor's clock differs at that moment", () => {
    assert.equal(zonePlan(DEADLINE, { country: 'BE', visitorZone: 'Europe/Athens', zonesOf })?.visitor, 'Europe/Athens');
    assert.equal(zonePlan(DEADLINE, { country: 'BE', visitorZone: 'Europe/Paris', zonesOf })?.visitor, undefined);
    assert.equal(zonePlan(DEADLINE, { visitorZone: 'Europe/Brussels' })?.visitor, undefined);
    assert.equal(zonePlan(DEADLINE, { visitorZone: 'Not/AZone' })?.visitor, undefined);
  });

  it('offset zones and zone offsets', () => {
    assert.equal(offsetZone(0), 'UTC');
    assert.equal(offsetZone(60), 'Etc/GMT-1');
    assert.equal(offsetZone(-300), 'Etc/GMT+5');
    assert.equal(offsetZone(330), '+05:30');
    assert.equal(zoneOffset('Europe/Athens', Date.parse(DEADLINE)), 120);
    assert.equal(zoneOffset('America/New_York', Date.parse('2027-07-01T12:00Z')), -240);
    assert.equal(zoneOffset('Not/AZone', 0), undefined);
  });
});

describe('formatDate in the opportunity zone', () => {
  it('a date-only value is the same day in every zone', () => {
    assert.equal(formatDate('2027-03-01', 'en-GB'), '1 Mar 2027');
    assert.equal(formatDateParts('2027-03-01', 'en-GB', { visitorZone: 'Pacific/Kiritimati' }).visitor, undefined);
    assert.equal(spaced(formatDateRange('2027-03-01', '2027-03-05', 'en-GB')), '1 – 5 Mar 2027');
  });

  it('a date-time is shown in the zone it was written in, with the zone, whatever the visitor zone', () => {
    assert.equal(formatDate(DEADLINE, 'en-GB'), '1 Mar 2027, 23:59 GMT+1');
    assert.equal(formatDate(DEADLINE, 'en-GB', { country: 'BE' }), '1 Mar 2027, 23:59 CET');
    assert.equal(formatDate(DEADLINE, 'de', { country: 'DE' }), '1. März 2027, 23:59 MEZ');
    assert.equal(formatDate('2027-07-01T10:00:00+01:00', 'en-GB', { country: 'GB' }), '1 Jul 2027, 10:00 BST');
    assert.equal(formatDate('2026-11-20T10:00:00Z', 'en-GB'), '20 Nov 2026, 10:00 UTC');
    assert.equal(formatDate('2027-03-01T10:00+05:30', 'en-GB'), '1 Mar 2027, 10:00 GMT+5:30');
    // Its day only: still the day it was written on.
    assert.equal(formatDate('2027-03-01T23:59:00+01:00', 'en-GB', { withTime: false }), '1 Mar 2027');
    assert.equal(formatDate('2027-03-01T00:30:00+01:00', 'en-GB', { withTime: false }), '1 Mar 2027');
  });

  it("gives the visitor's clock beside it when it differs", () => {
    assert.deepEqual(formatDateParts(DEADLINE, 'en-GB', { country: 'BE', visitorZone: 'Europe/Athens' }), {
      text: '1 Mar 2027, 23:59 CET',
      visitor: '2 Mar, 00:59',
    });
    assert.deepEqual(formatDateParts(DEADLINE, 'en-GB', { country: 'BE', visitorZone: 'Europe/Brussels' }), { text: '1 Mar 2027, 23:59 CET' });
  });

  it('a range of date-times is shown as the days it was written for', () => {
    assert.equal(spaced(formatDateRange('2027-05-10T00:30:00+02:00', '2027-05-14T23:30:00+02:00', 'en-GB', { country: 'BE' })), '10 – 14 May 2027');
    assert.equal(formatDateRange('2027-05-10T00:30:00+02:00', undefined, 'en-GB'), '10 May 2027');
  });

  it("the card's deadline line: own zone, then the visitor's time", () => {
    const o = parseOpportunity(
      item({ provider: { name: 'Ghent University', country: 'BE' }, application: { deadline: DEADLINE }, start: '2027-05-10' }),
      0,
      'en',
    ).opportunity!;
    const now = new Date('2027-01-01T00:00:00Z');
    assert.equal(deadlineText(o, 'open', en.finder, 'en-GB', now, 'Europe/Athens'), 'Apply by 1 Mar 2027, 23:59 CET (2 Mar, 00:59 your time)');
    assert.equal(deadlineText(o, 'open', en.finder, 'en-GB', now, 'Europe/Brussels'), 'Apply by 1 Mar 2027, 23:59 CET');
    // With this machine's own zone (run under several TZs): the deadline itself never moves.
    const own = deadlineText(o, 'open', en.finder, 'en-GB', now);
    assert.ok(own === 'Apply by 1 Mar 2027, 23:59 CET' || own.startsWith('Apply by 1 Mar 2027, 23:59 CET ('), own);
    assert.equal(own.includes('your time'), zoneOffset(Intl.DateTimeFormat().resolvedOptions().timeZone, Date.parse(DEADLINE)) !== 60);
  });
});

describe('intlLocale (Irish and Maltese where Intl lacks them)', () => {
  const without = (...missing: string[]) => (locale: string) => !missing.includes(locale);
  it('keeps a language the runtime supports', () => {
    assert.equal(intlLocale('ga', without()), 'ga');
    assert.equal(intlLocale('de', without('ga', 'mt')), 'de');
  });
  it('formats Irish as Irish English and Maltese as Maltese English when they are missing', () => {
    assert.equal(intlLocale('ga', without('ga', 'mt')), 'en-IE');
    assert.equal(intlLocale('mt', without('ga', 'mt')), 'en-MT');
    assert.equal(intlLocale('mt', without('mt', 'en-MT')), 'en-GB');
    assert.equal(intlLocale('ga-IE', without('ga-IE')), 'en-IE');
  });
  it('leaves other missing languages to Intl', () => {
    assert.equal(intlLocale('xx', without('xx')), 'xx');
    assert.deepEqual(Object.keys(INTL_FALLBACKS).sort(), ['ga', 'mt']);
  });
  it('the fallbacks format day first', () => {
    for (const [lang, fallbacks] of Object.entries(INTL_FALLBACKS)) {
      const locale = intlLocale(lang, without(lang));
      assert.ok(fallbacks.includes(locale), lang);
      assert.match(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2027, 2, 1)), /^0?1 Mar 2027$/);
    }
  });
});
