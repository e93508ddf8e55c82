import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { createSearchIndex, FACET_NAMES } from '../../src/sdk/search/index.js';
import type { FacetName, SearchQuery, SearchResult } from '../../src/sdk/search/index.js';

const NOW = new Date('2027-01-15T12:00:00Z');

/** Real normalised opportunities: raw feed items through `parseFeed`. */
function feed(items: Record<string, unknown>[], language = 'en'): Opportunity[] {
  const res = parseFeed({ version: '1', language, opportunities: items });
  // Valid (warnings such as a topic of the publisher's own, like 'zebra', are fine).
  assert.deepEqual(res.issues.filter((i) => i.severity !== 'warning'), [], 'fixture items must be valid');
  return res.opportunities;
}

const base = (id: string, extra: Record<string, unknown>) => ({
  id,
  kind: 'staff-week',
  title: id,
  provider: { name: `Provider ${id}` },
  ...extra,
});

const ITEMS = feed([
  base('ghent-library', {
    title: { en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek' },
    summary: 'Five days on open science and learning centres.',
    provider: { name: 'Ghent University', country: 'BE', city: 'Gent', type: 'hei' },
    location: { city: 'Gent', country: 'BE' },
    mode: 'onsite',
    start: '2027-05-10',
    end: '2027-05-14',
    application: { deadline: '2027-03-01' },
    topics: ['libraries', 'open-science'],
    fields: ['0322'],
    languages: [{ lang: 'en', level: 'B2' }],
    audience: ['library-staff'],
    updated: '2026-11-18T09:00:00Z',
  }),
  base('boras-care', {
    kind: 'job-shadowing',
    language: 'sv',
    title: 'Jobbskuggning inom vård och omsorg',
    provider: { name: 'Högskolan i Borås', country: 'SE', city: 'Borås', type: 'hei' },
    mode: 'onsite',
    start: '2027-04-12',
    end: '2027-04-16',
    application: { deadline: '2027-01-20' },
    topics: ['health-care'],
    fields: ['0913'],
    languages: [{ lang: 'sv' }, { lang: 'en' }],
    audience: ['academic-staff'],
    updated: '2026-12-01T10:00:00Z',
  }),
  base('lodz-ict', {
    kind: 'course',
    title: { pl: 'Kurs ICT w Łodzi', en: 'ICT course in Łódź' },
    provider: { name: 'Uniwersytet Łódzki', country: 'PL', city: 'Łódź', type: 'hei' },
    mode: 'blended',
    start: '2027-02-01',
    end: '2027-02-05',
    application: { opens: '2027-01-20', deadline: '2027-01-31' },
    topics: ['ict'],
    fields: ['0611'],
    languages: [{ lang: 'pl' }, { lang: 'en-GB' }],
  }),
  base('paris-request', {
    kind: 'job-shadowing',
    direction: 'request',
    title: 'Looking for a host school',
    description: '<p>Teacher of <em>mathematics</em> from the Île-de-France region.</p>',
    provider: { name: 'Lycée Voltaire', country: 'FR', type: 'school' },
    location: { region: "l'Île-de-France", country: 'FR', city: 'Paris' },
    audience: ['teachers'],
  }),
  base('athens-past', {
    kind: 'teaching',
    title: { el: 'Εβδομάδα διδασκαλίας στην Αθήνα', en: 'Teaching week in Athens' },
    provider: { name: { el: 'Πανεπιστήμιο Αθηνών' }, country: 'EL', city: 'Αθήνα', type: 'hei' },
    mode: 'onsite',
    start: '2026-10-01',
    end: '2026-10-05',
    fields: ['04'],
    languages: [{ lang: 'el' }],
  }),
  base('online-cancelled', {
    kind: 'course',
    status: 'cancelled',
    mode: 'online',
    title: 'Online course on digital libraries',
    provider: { name: 'EU Library Network', type: 'network' },
    start: '2027-03-10',
    topics: ['libraries'],
    updated: '2027-01-10T10:00:00Z',
  }),
  base('vienna-closed', {
    title: 'Staff week on international relations',
    summary: 'For staff of international offices.',
    provider: { name: 'Universität Wien', country: 'AT', city: 'Wien', type: 'hei' },
    start: '2027-03-01',
    end: '2027-03-05',
    application: { deadline: '2027-01-10' },
    fields: ['0413', '041'],
    topics: ['international-relations'],
    tags: ['Erasmus+ KA1'],
    languages: [{ lang: 'de' }],
  }),
  base('helsinki-full', {
    kind: 'volunteering',
    title: 'Library volunteering in Helsinki',
    provider: { name: 'Helsingin kaupunginkirjasto', country: 'FI', city: 'Helsinki', type: 'public-authority' },
    start: '2027-06-01',
    application: { placesLeft: 0 },
    fields: ['0322'],
    languages: [{ lang: 'fi' }],
    updated: '2026-12-24T08:00:00Z',
  }),
]);

const index = createSearchIndex(ITEMS, { now: NOW });
const ids = (r: SearchResult) => r.items.map((o) => o.id);
const find = (q: SearchQuery) => ids(index.search({ pageSize: 100, ...q }));
const sorted = (xs: string[]) => [...xs].sort();
const facet = (r: SearchResult, name: FacetName) => Object.fromEntries(r.facets[name].map((f) => [f.value, f.count]));

describe('createSearchIndex: empty query', () => {
  it('returns everything, in the default order: what can be applied for first, then by start, undated last, then title', () => {
    const r = index.search();
    assert.equal(r.total, 8);
    assert.equal(index.size, 8);
    assert.deepEqual(ids(r), [
      'lodz-ict', // 2027-02-01, upcoming
      'boras-care', // 2027-04-12, closing soon
      'ghent-library', // 2027-05-10, open
      'paris-request', // no dates, open
      // can no longer be applied for
      'athens-past', // 2026-10-01
      'vienna-closed', // 2027-03-01
      'online-cancelled', // 2027-03-10
      'helsinki-full', // 2027-06-01
    ]);
    assert.equal(r.page, 1);
    assert.equal(r.pageSize, 20);
  });

  it('counts every facet over everything', () => {
    const r = index.search({});
    assert.deepEqual(Object.keys(r.facets), [...FACET_NAMES]);
    assert.deepEqual(r.facets.kind, [
      { value: 'course', count: 2 },
      { value: 'job-shadowing', count: 2 },
      { value: 'staff-week', count: 2 },
      { value: 'teaching', count: 1 },
      { value: 'volunteering', count: 1 },
    ]);
    assert.deepEqual(facet(r, 'direction'), { offer: 7, request: 1 });
    assert.deepEqual(facet(r, 'status'), { 'closing-soon': 1, upcoming: 1, open: 2, past: 1, cancelled: 1, closed: 1, full: 1 });
    assert.deepEqual(facet(r, 'country'), { BE: 1, SE: 1, PL: 1, FR: 1, GR: 1, AT: 1, FI: 1 });
    assert.deepEqual(facet(r, 'language'), { en: 3, sv: 1, pl: 1, el: 1, de: 1, fi: 1 });
    assert.deepEqual(facet(r, 'field'), { '03': 2, '032': 2, '0322': 2, '09': 1, '091': 1, '0913': 1, '06': 1, '061': 1, '0611': 1, '04': 2, '041': 1, '0413': 1 });
  });

  it('returns an empty result for an empty index', () => {
    const empty = createSearchIndex([]);
    const r = empty.search({ text: 'library', page: 3 });
    assert.deepEqual(r.items, []);
    assert.equal(r.total, 0);
    assert.equal(r.page, 1);
    assert.deepEqual(r.facets.country, []);
  });
});

describe('text matching', () => {
  it('folds diacritics and special letters', () => {
    assert.deepEqual(find({ text: 'boras' }), ['boras-care']);
    assert.deepEqual(find({ text: 'BORÅS' }), ['boras-care']);
    assert.deepEqual(find({ text: 'lodz' }), ['lodz-ict']);
    assert.deepEqual(find({ text: 'łódzki' }), ['lodz-ict']);
    assert.deepEqual(find({ text: 'vard omsorg' }), ['boras-care']);
    assert.deepEqual(find({ text: 'ile de france' }), ['paris-request']);
    assert.deepEqual(find({ text: "l'Île-de-France" }), ['paris-request']);
    assert.deepEqual(find({ text: 'universitat wien' }), ['vienna-closed']);
  });

  it('searches Greek and every language of a text', () => {
    assert.deepEqual(find({ text: 'αθηνα' }), ['athens-past']);
    assert.deepEqual(find({ text: 'ΑΘΉΝΑ' }), ['athens-past']);
    assert.deepEqual(find({ text: 'athens' }), ['athens-past']);
    assert.deepEqual(find({ text: 'πανεπιστημιο' }), ['athens-past']);
    assert.deepEqual(find({ text: 'bibliotheekweek' }), ['ghent-library']);
  });

  it('searches summary, description (without markup), provider, cities, region, topics, tags', () => {
    assert.deepEqual(find({ text: 'learning centres' }), ['ghent-library']);
    assert.deepEqual(find({ text: 'mathematics' }), ['paris-request']);
    assert.deepEqual(find({ text: 'ghent university' }), ['ghent-library']);
    assert.deepEqual(find({ text: 'gent' }), ['ghent-library']);
    assert.deepEqual(find({ text: 'paris' }), ['paris-request']);
    assert.deepEqual(find({ text: 'health care' }), ['boras-care']);
    assert.deepEqual(find({ text: 'ka1' }), ['vienna-closed']);
    assert.deepEqual(find({ text: 'erasmus' }), ['vienna-closed']);
  });

  it('ignores markup in descriptions', () => {
    const idx = createSearchIndex(feed([base('a', { description: '<p class="x">Hello <strong>world</strong></p>' })]));
    assert.equal(idx.search({ text: 'strong' }).total, 0);
    assert.equal(idx.search({ text: 'class' }).total, 0);
    assert.equal(idx.search({ text: 'hello world' }).total, 1);
  });

  it("finds the country's name (English and the index locale)", () => {
    assert.deepEqual(find({ text: 'sweden' }), ['boras-care']);
    assert.deepEqual(find({ text: 'greece' }), ['athens-past']);
    const sv = createSearchIndex(ITEMS, { now: NOW, locale: 'sv' });
    assert.deepEqual(ids(sv.search({ text: 'sverige' })), ['boras-care']);
  });

  it('requires every word (AND)', () => {
    assert.deepEqual(sorted(find({ text: 'library' })), ['ghent-library', 'helsinki-full', 'online-cancelled']);
    assert.deepEqual(find({ text: 'library helsinki' }), ['helsinki-full']);
    assert.deepEqual(find({ text: 'library athens' }), []);
  });

  it('matches the last word as a prefix, and only the last', () => {
    assert.deepEqual(sorted(find({ text: 'libr' })), ['ghent-library', 'helsinki-full', 'online-cancelled']);
    assert.deepEqual(sorted(find({ text: 'staff intern' })), ['ghent-library', 'vienna-closed']);
    assert.deepEqual(find({ text: 'intern staff' }), []);
    assert.deepEqual(find({ text: 'h' }).length > 0, true);
  });

  it('tolerates typos in longer words only', () => {
    assert.deepEqual(sorted(find({ text: 'libary' })), ['ghent-library', 'helsinki-full', 'online-cancelled']);
    assert.deepEqual(find({ text: 'voluntering' }), ['helsinki-full']);
    assert.deepEqual(find({ text: 'internatoinal relations' }), ['vienna-closed']);
    assert.deepEqual(find({ text: 'intrenatoinal relations' }), ['vienna-closed'], 'two edits for 9+ letters');
    assert.deepEqual(find({ text: 'ict' }), ['lodz-ict']);
    assert.deepEqual(find({ text: 'ics course' }), [], 'no typo tolerance under 5 letters');
    assert.deepEqual(find({ text: 'libxxy' }), []);
  });

  it('treats text without any word as no text', () => {
    assert.equal(index.search({ text: ' !!! ' }).total, 8);
    assert.equal(index.search({ text: '' }).total, 8);
  });
});

describe('relevance', () => {
  const rel = createSearchIndex(
    feed([
      base('in-description', { start: '2027-01-01', description: 'A zebra crossing.' }),
      base('in-summary', { start: '2027-01-02', summary: 'A zebra crossing.' }),
      base('in-title', { start: '2027-01-03', title: 'Zebra crossing' }),
      base('in-topic', { start: '2027-01-04', topics: ['zebra'] }),
      base('exact', { start: '2027-02-01', title: 'Garden tour' }),
      base('prefix', { start: '2027-01-01', title: 'Gardening tour' }),
      base('fuzzy', { start: '2027-01-01', title: 'Garten tour' }),
      base('summary-exact', { start: '2027-01-01', summary: 'A garden.' }),
      base('tie-b', { start: '2027-03-01', title: 'Quokka' }),
      base('tie-a', { start: '2027-03-01', title: 'Quokka' }),
      base('tie-early', { start: '2027-02-28', title: 'Quokka' }),
    ]),
  );
  it('ranks title over summary over topics/tags/provider over description', () => {
    assert.deepEqual(ids(rel.search({ text: 'zebra' })), ['in-title', 'in-summary', 'in-topic', 'in-description']);
    assert.deepEqual(ids(rel.search({ text: 'zebra', sort: 'relevance' })), ['in-title', 'in-summary', 'in-topic', 'in-description']);
  });
  it('ranks exact over prefix over typo; a title prefix beats an exact summary word, a title typo does not', () => {
    assert.deepEqual(ids(rel.search({ text: 'garden' })), ['exact', 'prefix', 'summary-exact', 'fuzzy']);
  });
  it('breaks ties in default order (start, title, id)', () => {
    assert.deepEqual(ids(rel.search({ text: 'quokka' })), ['tie-early', 'tie-a', 'tie-b']);
  });
});

describe('facet filters', () => {
  it('kind, direction (offer by default), provider type, mode, audience, topic', () => {
    assert.deepEqual(sorted(find({ kind: ['course'] })), ['lodz-ict', 'online-cancelled']);
    assert.deepEqual(sorted(find({ kind: ['course', 'teaching'] })), ['athens-past', 'lodz-ict', 'online-cancelled']);
    assert.deepEqual(find({ direction: ['request'] }), ['paris-request']);
    assert.equal(find({ direction: ['offer'] }).length, 7);
    assert.deepEqual(find({ providerType: ['school'] }), ['paris-request']);
    assert.deepEqual(find({ mode: ['blended', 'online'] }), ['lodz-ict', 'online-cancelled']);
    assert.deepEqual(find({ audience: ['teachers'] }), ['paris-request']);
    assert.deepEqual(sorted(find({ topic: ['libraries'] })), ['ghent-library', 'online-cancelled']);
  });

  it('country: location, else provider; case-insensitive; EU aliases', () => {
    assert.deepEqual(find({ country: ['SE'] }), ['boras-care']);
    assert.deepEqual(find({ country: ['se'] }), ['boras-care']);
    assert.deepEqual(find({ country: [' SE '] }), ['boras-care']);
    assert.deepEqual(find({ country: ['GR'] }), ['athens-past']);
    assert.deepEqual(find({ country: ['EL'] }), ['athens-past']);
    assert.deepEqual(find({ country: ['FI', 'SE'] }), ['boras-care', 'helsinki-full']);
    const moved = createSearchIndex(
      feed([base('x', { provider: { name: 'P', country: 'BE' }, location: { city: 'Lille', country: 'FR' } })]),
    );
    assert.equal(moved.search({ country: ['FR'] }).total, 1);
    assert.equal(moved.search({ country: ['BE'] }).total, 0);
  });

  it('field: hierarchical ISCED prefix', () => {
    assert.deepEqual(find({ field: ['04'] }), ['athens-past', 'vienna-closed']);
    assert.deepEqual(find({ field: ['041'] }), ['vienna-closed']);
    assert.deepEqual(find({ field: ['0413'] }), ['vienna-closed']);
    assert.deepEqual(find({ field: ['03'] }), ['ghent-library', 'helsinki-full']);
    assert.deepEqual(find({ field: ['0322', '0611'] }), ['lodz-ict', 'ghent-library', 'helsinki-full']);
  });

  it('language: base language match', () => {
    assert.deepEqual(find({ language: ['en'] }), ['lodz-ict', 'boras-care', 'ghent-library']);
    assert.deepEqual(find({ language: ['en-US'] }), ['lodz-ict', 'boras-care', 'ghent-library']);
    assert.deepEqual(find({ language: ['EL'] }), ['athens-past']);
  });

  it('status: at query.now, else the index now', () => {
    assert.deepEqual(find({ status: ['open'] }), ['ghent-library', 'paris-request']);
    assert.deepEqual(find({ status: ['closing-soon'] }), ['boras-care']);
    assert.deepEqual(find({ status: ['upcoming'] }), ['lodz-ict']);
    assert.deepEqual(find({ status: ['closed'] }), ['vienna-closed']);
    assert.deepEqual(find({ status: ['full'] }), ['helsinki-full'], 'no places left before the deadline: fully booked');
    assert.deepEqual(find({ status: ['past'] }), ['athens-past']);
    assert.deepEqual(find({ status: ['cancelled'] }), ['online-cancelled']);
    // Later: Borås's deadline (2027-01-20, whole day) has passed; Łódź is open and closing soon.
    assert.deepEqual(find({ status: ['closed'], now: '2027-01-21' }), ['vienna-closed', 'boras-care']);
    assert.deepEqual(find({ status: ['closing-soon'], now: new Date('2027-01-20T23:59:59Z') }), ['lodz-ict', 'boras-care']);
    assert.deepEqual(find({ status: ['closing-soon'], now: Date.parse('2027-01-21T00:00:00Z') }), ['lodz-ict']);
    assert.deepEqual(facet(index.search({ now: '2030-01-01' }), 'status'), { past: 6, cancelled: 1, open: 1 });
  });

  it('ANDs facets and ORs values within one', () => {
    assert.deepEqual(find({ kind: ['staff-week', 'volunteering'], country: ['FI', 'BE'] }), ['ghent-library', 'helsinki-full']);
    assert.deepEqual(find({ kind: ['staff-week'], country: ['FI'] }), []);
    assert.deepEqual(find({ text: 'library', status: ['open'] }), ['ghent-library']);
  });

  it('unknown values match nothing, and are listed with count 0', () => {
    const r = index.search({ country: ['XX'] });
    assert.equal(r.total, 0);
    assert.deepEqual(r.facets.country.at(-1), { value: 'XX', count: 0 });
    assert.equal(facet(r, 'country').SE, 1, 'the country facet ignores its own filter');
    assert.deepEqual(r.facets.kind, [], 'other facets count only matching items');
    assert.equal(index.search({ kind: ['nonsense' as never] }).total, 0);
  });
});

describe('disjunctive facet counts', () => {
  it("choosing Sweden still counts the other countries, while other facets follow the choice", () => {
    const r = index.search({ country: ['SE'] });
    assert.deepEqual(ids(r), ['boras-care']);
    assert.deepEqual(facet(r, 'country'), { BE: 1, SE: 1, PL: 1, FR: 1, GR: 1, AT: 1, FI: 1 });
    assert.deepEqual(facet(r, 'kind'), { 'job-shadowing': 1 });
    assert.deepEqual(facet(r, 'status'), { 'closing-soon': 1 });
  });

  it('each count is the total the query would have with that value instead', () => {
    const queries: SearchQuery[] = [
      { country: ['SE', 'BE'], kind: ['staff-week'] },
      { text: 'library', status: ['open', 'closed'] },
      { mode: ['onsite'], field: ['03'], language: ['en'] },
      { from: '2027-01-01', direction: ['offer'], providerType: ['hei'], topic: ['libraries', 'ict'] },
      {},
    ];
    for (const q of queries) {
      const r = index.search(q);
      for (const name of FACET_NAMES) {
        for (const { value, count } of r.facets[name]) {
          const alone = index.search({ ...q, [name]: [value] }).total;
          assert.equal(count, alone, `${JSON.stringify(q)} ${name}=${value}`);
        }
      }
    }
  });

  it('sorts values by count, then value', () => {
    const r = index.search();
    for (const name of FACET_NAMES) {
      const list = r.facets[name];
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        assert.ok(a.count > b.count || (a.count === b.count && a.value < b.value), `${name}: ${a.value} before ${b.value}`);
      }
    }
  });

  it('lists selected values even when nothing has them', () => {
    const r = index.search({ text: 'helsinki', country: ['SE'] });
    assert.equal(r.total, 0);
    assert.deepEqual(r.facets.country, [
      { value: 'FI', count: 1 },
      { value: 'SE', count: 0 },
    ]);
  });
});

describe('date range', () => {
  it('keeps items overlapping [from, to]; a date-only end lasts the whole day', () => {
    assert.deepEqual(find({ from: '2027-05-14' }), ['ghent-library', 'helsinki-full']);
    assert.deepEqual(find({ from: '2027-05-14T23:59:59Z' }), ['ghent-library', 'helsinki-full']);
    assert.deepEqual(find({ from: '2027-05-15' }), ['helsinki-full']);
    assert.deepEqual(find({ to: '2027-02-01' }), ['lodz-ict', 'athens-past']);
    assert.deepEqual(find({ to: '2027-01-31' }), ['athens-past']);
    assert.deepEqual(find({ from: '2027-03-02', to: '2027-04-12' }), ['boras-care', 'vienna-closed', 'online-cancelled']);
  });

  it('an item with only a start runs that day; an undated item never matches a range', () => {
    assert.deepEqual(find({ from: '2027-06-01', to: '2027-06-01' }), ['helsinki-full']);
    assert.deepEqual(find({ from: '2027-06-02' }), []);
    assert.ok(!find({ from: '2000-01-01' }).includes('paris-request'));
  });

  it('an empty range matches nothing; an invalid date is ignored', () => {
    assert.deepEqual(find({ from: '2027-05-01', to: '2027-04-01' }), []);
    assert.equal(index.search({ from: 'soon', to: '2027-02-30' }).total, 8);
  });

  it('applies to facet counts too', () => {
    assert.deepEqual(facet(index.search({ from: '2027-05-01' }), 'country'), { BE: 1, FI: 1 });
  });
});

describe('sorting', () => {
  it('deadline: what can be applied for first; soonest first, without a deadline last', () => {
    assert.deepEqual(find({ sort: 'deadline' }), [
      'boras-care', // 01-20
      'lodz-ict', // 01-31
      'ghent-library', // 03-01
      'paris-request', // no deadline
      // can no longer be applied for
      'vienna-closed', // 01-10
      // no deadline, in default order
      'athens-past',
      'online-cancelled',
      'helsinki-full',
    ]);
  });

  it('start: what can be applied for first; earliest first, undated last', () => {
    assert.deepEqual(find({ sort: 'start' }).at(0), 'lodz-ict');
    assert.deepEqual(find({ sort: 'start' }).at(3), 'paris-request');
    assert.deepEqual(find({ sort: 'start', status: ['past', 'closed', 'cancelled', 'full'] }), ['athens-past', 'vienna-closed', 'online-cancelled', 'helsinki-full']);
  });

  it('updated: what can be applied for first; newest first, missing last', () => {
    assert.deepEqual(find({ sort: 'updated' }), [
      'boras-care', // 2026-12-01
      'ghent-library', // 2026-11-18
      'lodz-ict',
      'paris-request',
      // can no longer be applied for
      'online-cancelled', // 2027-01-10
      'helsinki-full', // 2026-12-24
      'athens-past',
      'vienna-closed',
    ]);
  });

  it('title: Intl.Collator of the locale, on the title in that locale', () => {
    const items = feed([
      base('z', { title: 'Zebra' }),
      base('o-umlaut', { title: 'Örebro' }),
      base('o', { title: 'Oslo' }),
      base('a', { title: 'ångström' }),
      base('nl', { title: { en: 'Zulu', nl: 'Aap' } }),
      base('n10', { title: 'Week 10' }),
      base('n9', { title: 'Week 9' }),
    ]);
    const by = (locale: string) => ids(createSearchIndex(items, { locale }).search({ sort: 'title' }));
    assert.deepEqual(by('sv'), ['o', 'n9', 'n10', 'z', 'nl', 'a', 'o-umlaut']);
    assert.deepEqual(by('de'), ['a', 'o-umlaut', 'o', 'n9', 'n10', 'z', 'nl']);
    assert.deepEqual(by('nl'), ['nl', 'a', 'o-umlaut', 'o', 'n9', 'n10', 'z']);
  });

  it('text with another sort orders by that sort', () => {
    // ghent-library is open; online-cancelled and helsinki-full can no longer be applied for.
    assert.deepEqual(find({ text: 'library', sort: 'start' }), ['ghent-library', 'online-cancelled', 'helsinki-full']);
    assert.deepEqual(find({ text: 'library', sort: 'updated' }), ['ghent-library', 'online-cancelled', 'helsinki-full']);
    assert.deepEqual(find({ text: 'library' }), ['ghent-library', 'helsinki-full', 'online-cancelled'], 'title hits, then the title prefix');
  });

  it('an unknown sort means the default', () => {
    for (const sort of ['banana', '__proto__', 'toString', 'constructor', 42]) {
      assert.deepEqual(find({ sort: sort as never }), find({}));
    }
    assert.deepEqual(find({ text: 'library', sort: 'nope' as never }), find({ text: 'library' }));
    assert.deepEqual(find({ sort: 'relevance' }), find({}), 'relevance without text is the default order');
  });
});

describe('pagination', () => {
  const all = find({});
  it('pages through in order', () => {
    const r = index.search({ page: 2, pageSize: 3 });
    assert.deepEqual(ids(r), all.slice(3, 6));
    assert.equal(r.total, 8);
    assert.equal(r.page, 2);
    assert.equal(r.pageSize, 3);
    assert.deepEqual(ids(index.search({ page: 3, pageSize: 3 })), all.slice(6));
  });

  it('clamps page to 1 … last page', () => {
    for (const page of [0, -1, -Infinity, NaN, 0.5]) {
      const r = index.search({ page, pageSize: 3 });
      assert.equal(r.page, 1, String(page));
      assert.deepEqual(ids(r), all.slice(0, 3));
    }
    const past = index.search({ page: 99, pageSize: 3 });
    assert.equal(past.page, 3);
    assert.deepEqual(ids(past), all.slice(6));
    assert.equal(index.search({ page: 2.9, pageSize: 3 }).page, 2);
    assert.equal(index.search({ page: Infinity, pageSize: 3 }).page, 1, 'not a finite number: the default');
  });

  it('clamps page size to 1 … 1000, default 20', () => {
    assert.equal(index.search({ pageSize: 0 }).pageSize, 1);
    assert.equal(index.search({ pageSize: -5 }).pageSize, 1);
    assert.equal(index.search({ pageSize: NaN }).pageSize, 20);
    assert.equal(index.search({ pageSize: '5' as never }).pageSize, 20);
    assert.equal(index.search({ pageSize: 1e9 }).pageSize, 1000);
    assert.equal(index.search({ pageSize: 2.5 }).items.length, 2);
  });

  it('pages large results identically to a full sort (partial selection, item-order re-listing)', () => {
    const many = feed(
      Array.from({ length: 5000 }, (_, i) =>
        base(`item-${String(i).padStart(4, '0')}`, {
          title: `Item ${i % 7 === 0 ? 'alpha beta' : 'alpha'} ${i}`,
          start: `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      ),
    );
    const idx = createSearchIndex(many);
    for (const q of [{ text: 'alpha' }, { text: 'alpha', sort: 'title' as const }, { text: 'alpha beta' }, {}, { sort: 'deadline' as const }]) {
      const total = idx.search(q).total;
      const full: string[] = [];
      for (let page = 1; page <= Math.ceil(total / 1000); page++) full.push(...ids(idx.search({ ...q, pageSize: 1000, page })));
      assert.equal(new Set(full).size, total);
      assert.equal(total, q.text === 'alpha beta' ? 715 : 5000);
      for (const [page, pageSize] of [[1, 10], [2, 10], [7, 25], [150, 20]] as const) {
        const p = Math.min(page, Math.ceil(total / pageSize));
        assert.deepEqual(ids(idx.search({ ...q, page, pageSize })), full.slice((p - 1) * pageSize, p * pageSize), JSON.stringify({ q, page }));
      }
    }
  });
});

describe('absurd input never throws', () => {
  it('huge or odd text', () => {
    const long = 'a'.repeat(10_000);
    assert.equal(index.search({ text: long }).total, 0);
    assert.equal(index.search({ text: 'library '.repeat(2_000) }).total, 3);
    assert.doesNotThrow(() => index.search({ text: '\u0000\uffff\ud800 \udc00 ¿?' }));
    assert.doesNotThrow(() => index.search({ text: 42 as never }));
  });

  it('malformed queries', () => {
    for (const q of [undefined, null, 42, 'text', [], { country: 'SE' }, { kind: 42 }, { country: [null, 1, 'SE'] }, { now: 'yesterday' }, { now: {} }, { from: 5, to: [] }]) {
      assert.doesNotThrow(() => index.search(q as never), JSON.stringify(q));
    }
    assert.deepEqual(find({ country: 'SE' as never }), ['boras-care'], 'a lone string is a list of one');
    assert.deepEqual(find({ country: [null, 1, 'SE'] as never }), ['boras-care']);
    assert.equal(index.search({ now: 'yesterday' }).total, 8, 'an unreadable now falls back');
  });

  it('odd items do not break building', () => {
    assert.equal(createSearchIndex(null as never).size, 0);
    assert.equal(createSearchIndex([null, undefined, ...ITEMS] as never).size, 8);
  });
});

describe('index helpers', () => {
  it('get by id', () => {
    assert.equal(index.get('lodz-ict')?.id, 'lodz-ict');
    assert.equal(index.get('nope'), undefined);
  });

  it('builds from structured-clone copies with the same results', () => {
    const clone = createSearchIndex(structuredClone(ITEMS), { now: NOW });
    for (const q of [{}, { text: 'library' }, { country: ['SE', 'BE'], sort: 'deadline' as const }]) {
      const a = index.search(q);
      const b = clone.search(q);
      assert.deepEqual(ids(b), ids(a));
      assert.deepEqual(b.facets, a.facets);
    }
  });

  it('returns the opportunity objects it was given', () => {
    assert.equal(index.search({ text: 'boras' }).items[0], ITEMS.find((o) => o.id === 'boras-care'));
  });
});
