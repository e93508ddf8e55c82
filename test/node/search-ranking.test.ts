/**
 * Relevance on realistic titles, and the order of what can still be applied for (issue 12, points 2 and 3): a title
 * holding every query word ranks above one spreading them over fields, a phrase above the same words scattered,
 * whole words above prefixes above typos; in every sort order, what can be applied for comes first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { opportunityStatus } from '../../src/sdk/status.js';
import { createSearchIndex, SORT_ORDERS } from '../../src/sdk/search/index.js';
import type { SearchQuery } from '../../src/sdk/search/index.js';

const NOW = new Date('2027-01-15T12:00:00Z');

function feed(items: Record<string, unknown>[]): Opportunity[] {
  const res = parseFeed({ version: '1', language: 'en', opportunities: items });
  assert.deepEqual(res.issues, [], 'fixture items must be valid');
  return res.opportunities;
}

let day = 0;
/** An opportunity open for applications at NOW (deadline in March), starting on its own day in spring. */
const item = (id: string, kind: string, title: unknown, extra: Record<string, unknown> = {}) => {
  day++;
  return {
    id,
    kind,
    title,
    provider: { name: 'Partner institution', country: 'BE' },
    start: `2027-04-${String(day).padStart(2, '0')}`,
    end: `2027-04-${String(day + 1).padStart(2, '0')}`,
    application: { deadline: '2027-03-20' },
    ...extra,
  };
};

const ITEMS = feed([
  item('hr-shadowing', 'job-shadowing', 'HR officer seeks job shadowing: staff development and training', {
    direction: 'request',
    summary: 'Our HR officer would like to see how partner universities organise staff training and development.',
    description: '<p>Any week between April and June suits us.</p>',
  }),
  item('porto-istw', 'staff-week', 'International Staff Training Week 2026', {
    summary: 'Five days of workshops for administrative staff in Porto.',
    provider: { name: 'Universidade do Porto', country: 'PT', city: 'Porto' },
  }),
  item('week-on-training', 'staff-week', 'Staff Week on Training and Mobility', {
    summary: 'Sharing practice between international offices.',
  }),
  item('training-week-for-staff', 'staff-week', 'Training Week for International Office Staff', {
    summary: 'Erasmus+ coordinators meet in Leuven.',
  }),
  item('librarians-week', 'staff-week', 'Erasmus+ Staff Week for Librarians', {
    summary: 'A training week on open science for library staff.',
  }),
  item('lodz-istw', 'staff-week', { pl: 'Międzynarodowy Tydzień Szkoleniowy dla Pracowników', en: 'International Staff Training Week in Łódź' }, {
    provider: { name: 'Uniwersytet Łódzki', country: 'PL', city: 'Łódź' },
  }),
  item('ghent-shadowing', 'job-shadowing', 'Job shadowing at Ghent University Library', {
    summary: 'Two weeks with our acquisitions and metadata teams.',
  }),
  item('finland-shadowing', 'job-shadowing', 'Job shadowing in Finnish primary schools', {
    summary: 'Observe teaching in grades 1 to 6.',
  }),
  item('vienna-shadowing', 'job-shadowing', { de: 'Hospitation an der Universität Wien', en: 'Job shadowing at the University of Vienna' }, {
    provider: { name: 'Universität Wien', country: 'AT', city: 'Wien' },
  }),
  item('sevilla-teaching', 'teaching', 'Teaching mobility: Spanish as a foreign language in Sevilla', {
    summary: 'Teach two seminars; combined with job shadowing in our language centre.',
  }),
  item('krakow-teaching', 'teaching', 'Teaching assignment in mechanical engineering, Kraków', {
    provider: { name: 'Politechnika Krakowska', country: 'PL', city: 'Kraków' },
  }),
  item('digital-course', 'course', 'Structured course: digital tools in the classroom', {
    summary: 'A five-day course for school teachers.',
  }),
  item('malaga-clil', 'course', 'CLIL course for secondary school teachers in Málaga', {
    provider: { name: 'Centro de Formación', country: 'ES', city: 'Málaga' },
  }),
  item('irish-courses', 'course', 'Summer courses in the Irish language', {
    summary: 'Gaeltacht immersion in Galway.',
  }),
  item('course-in-summary', 'teaching', 'Guest lectures on European law', {
    summary: 'Part of an intensive course for master students.',
  }),
  item('lyon-traineeship', 'traineeship', 'Traineeship in a biotechnology lab in Lyon', {
    summary: 'Six months for graduates in life sciences.',
  }),
  item('traineeship-in-summary', 'other', 'Graduate programme at a Brussels think tank', {
    summary: 'A paid traineeship in EU policy analysis.',
  }),
  item('linz-vet', 'vet-placement', 'Work placement for VET learners in mechatronics, Linz', {
    summary: 'Companies in Upper Austria host apprentices.',
  }),
  item('bologna-vet', 'vet-placement', 'VET placement for apprentice cooks in Bologna', {
    summary: 'Three weeks in restaurant kitchens.',
  }),
  item('vet-in-summary', 'vet-placement', 'Apprentices welcome in Tallinn', {
    summary: 'A VET placement in hotel management.',
  }),
  item('placement-in-description', 'other', 'Erasmus+ mobility for hospitality schools', {
    description: '<p>Each VET learner does a short placement.</p>',
  }),
  item('brno-staff', 'staff-week', { cs: 'Týden pro zaměstnance v Brně', en: 'Staff week in Brno' }, {
    summary: 'Training for international relations officers.',
  }),
]);

const index = createSearchIndex(ITEMS, { now: NOW });
const ids = (q: SearchQuery) => index.search({ pageSize: 100, ...q }).items.map((o) => o.id);
/** `a` comes before `b` in `list` (both present). */
function before(list: string[], a: string, b: string): void {
  assert.ok(list.includes(a), `${a} is found`);
  assert.ok(list.includes(b), `${b} is found`);
  assert.ok(list.indexOf(a) < list.indexOf(b), `${a} before ${b} in ${JSON.stringify(list)}`);
}

describe('relevance on realistic titles', () => {
  it('fixtures can all be applied for at NOW (so status does not decide the order here)', () => {
    for (const o of ITEMS) assert.equal(opportunityStatus(o, NOW), 'open', o.id);
  });

  it('"staff training week": the phrase in the title first, then every word in the title, then spread over fields', () => {
    const r = ids({ text: 'staff training week' });
    assert.deepEqual(new Set(r.slice(0, 2)), new Set(['porto-istw', 'lodz-istw']), 'the phrase, in any language of the title');
    assert.equal(r[2], 'training-week-for-staff', 'all three in the title, two of them as in the query');
    assert.equal(r[3], 'week-on-training', 'all three in the title, scattered');
    before(r, 'week-on-training', 'librarians-week');
    before(r, 'week-on-training', 'brno-staff');
    before(r, 'porto-istw', 'hr-shadowing');
    assert.equal(r.at(-1), 'hr-shadowing', 'two words in its title, the third only in the description');
  });

  it('"job shadowing": titles with the phrase first, an item naming it in its summary last', () => {
    const r = ids({ text: 'job shadowing' });
    assert.deepEqual(new Set(r.slice(0, 4)), new Set(['hr-shadowing', 'ghent-shadowing', 'finland-shadowing', 'vienna-shadowing']));
    assert.deepEqual(r.slice(4), ['sevilla-teaching']);
  });

  it('"course": a whole word in the title, then a title prefix ("courses"), then the summary', () => {
    const r = ids({ text: 'course' });
    assert.deepEqual(new Set(r.slice(0, 2)), new Set(['digital-course', 'malaga-clil']));
    assert.equal(r[2], 'irish-courses');
    assert.deepEqual(new Set(r.slice(3)), new Set(['course-in-summary']));
  });

  it('"vet placement": the phrase, then both words apart (though it starts earlier), then the summary, then the description', () => {
    assert.deepEqual(ids({ text: 'vet placement' }), ['bologna-vet', 'linz-vet', 'vet-in-summary', 'placement-in-description']);
  });

  it('a typo ranks below the exact word: "traineship" still finds the title first', () => {
    assert.deepEqual(ids({ text: 'traineeship' }), ['lyon-traineeship', 'traineeship-in-summary']);
    assert.deepEqual(ids({ text: 'traineship' }), ['lyon-traineeship', 'traineeship-in-summary']);
  });

  it('folds diacritics in titles of every language', () => {
    assert.equal(ids({ text: 'krakow teaching' })[0], 'krakow-teaching');
    assert.equal(ids({ text: 'Malaga teachers' })[0], 'malaga-clil');
    assert.deepEqual(ids({ text: 'tydzien szkoleniowy' }), ['lodz-istw']);
    assert.equal(ids({ text: 'staff week lodz' })[0], 'lodz-istw');
    assert.equal(ids({ text: 'universitat wien' })[0], 'vienna-shadowing');
    assert.deepEqual(ids({ text: 'týden zaměstnance' }), ['brno-staff']);
  });

  it('words in query order rank above the same words reversed', () => {
    const r = ids({ text: 'training week' });
    // "Training Week for …" and "… Staff Training Week …" hold the phrase; "Staff Week on Training" holds both apart.
    before(r, 'training-week-for-staff', 'week-on-training');
    before(r, 'porto-istw', 'week-on-training');
    before(r, 'week-on-training', 'hr-shadowing');
  });
});

// ---------- what can be applied for first, in every order ----------
const MIXED = feed([
  { id: 'a-closed', kind: 'staff-week', title: 'Staff week Alpha', provider: { name: 'P' }, start: '2027-02-01', application: { deadline: '2027-01-05' }, updated: '2027-01-14' },
  { id: 'b-open', kind: 'staff-week', title: 'Staff week Bravo', provider: { name: 'P' }, start: '2027-05-01', application: { deadline: '2027-04-01' }, updated: '2026-10-01' },
  { id: 'c-full', kind: 'staff-week', title: 'Staff week Charlie', provider: { name: 'P' }, start: '2027-03-01', application: { deadline: '2027-02-20', placesLeft: 0 }, updated: '2027-01-10' },
  { id: 'd-soon', kind: 'staff-week', title: 'Staff week Delta', provider: { name: 'P' }, start: '2027-06-01', application: { deadline: '2027-01-20' }, updated: '2026-11-01' },
  { id: 'e-past', kind: 'staff-week', title: 'Staff week Echo', provider: { name: 'P' }, start: '2026-09-01', application: { deadline: '2026-08-01' }, updated: '2027-01-12' },
  { id: 'f-upcoming', kind: 'staff-week', title: 'Staff week Foxtrot', provider: { name: 'P' }, start: '2027-09-01', application: { opens: '2027-02-01', deadline: '2027-06-01' } },
  { id: 'g-cancelled', kind: 'staff-week', status: 'cancelled', title: 'Staff Week Golf', provider: { name: 'P' }, start: '2027-04-01', application: { deadline: '2027-03-01' }, updated: '2027-01-13' },
  { id: 'h-open', kind: 'staff-week', title: 'Staff week Hotel', provider: { name: 'P' }, start: '2027-07-01', updated: '2026-12-01' },
]);
const APPLICABLE = new Set(['upcoming', 'open', 'closing-soon']);

describe('in every order, what can still be applied for comes first', () => {
  const mixed = createSearchIndex(MIXED, { now: NOW });
  const order = (q: SearchQuery) => mixed.search({ pageSize: 100, ...q }).items.map((o) => o.id);

  it('fixtures cover every status', () => {
    assert.deepEqual(new Set(MIXED.map((o) => opportunityStatus(o, NOW))), new Set(['closed', 'open', 'full', 'closing-soon', 'past', 'upcoming', 'cancelled']));
  });

  for (const sort of [undefined, ...SORT_ORDERS]) {
    for (const text of ['', 'staff week']) {
      it(`sort ${sort ?? '(default)'}${text ? `, text "${text}"` : ''}: applicable first, each group in that order`, () => {
        const q: SearchQuery = { ...(sort ? { sort } : {}), ...(text ? { text } : {}) };
        const got = order(q);
        assert.equal(got.length, MIXED.length);
        const can = got.map((id) => APPLICABLE.has(opportunityStatus(MIXED.find((o) => o.id === id)!, NOW)));
        const firstLate = can.indexOf(false);
        assert.ok(can.slice(firstLate).every((c) => !c), `applicable items first: ${got.join(', ')}`);
        // Within each group the chosen order holds: the group alone (a status filter) is in the same order.
        assert.deepEqual(got.slice(0, firstLate), order({ ...q, status: ['upcoming', 'open', 'closing-soon'] }));
        assert.deepEqual(got.slice(firstLate), order({ ...q, status: ['full', 'closed', 'past', 'cancelled'] }));
      });
    }
  }

  it('exact orders: deadline, start, updated, title', () => {
    assert.deepEqual(order({ sort: 'deadline' }), ['d-soon', 'b-open', 'f-upcoming', 'h-open', 'e-past', 'a-closed', 'c-full', 'g-cancelled']);
    assert.deepEqual(order({ sort: 'start' }), ['b-open', 'd-soon', 'h-open', 'f-upcoming', 'e-past', 'a-closed', 'c-full', 'g-cancelled']);
    assert.deepEqual(order({ sort: 'updated' }), ['h-open', 'd-soon', 'b-open', 'f-upcoming', 'a-closed', 'g-cancelled', 'e-past', 'c-full']);
    assert.deepEqual(order({ sort: 'title' }), ['b-open', 'd-soon', 'f-upcoming', 'h-open', 'a-closed', 'c-full', 'e-past', 'g-cancelled']);
  });

  it('relevance: a closed item with the phrase in its title comes after an open one with a weaker match', () => {
    const idx = createSearchIndex(
      feed([
        { id: 'closed-phrase', kind: 'staff-week', title: 'Staff Training Week', provider: { name: 'P' }, start: '2027-03-01', application: { deadline: '2027-01-01' } },
        { id: 'open-spread', kind: 'staff-week', title: 'Staff week', summary: 'Training for everyone.', provider: { name: 'P' }, start: '2027-05-01' },
      ]),
      { now: NOW },
    );
    assert.deepEqual(idx.search({ text: 'staff training week' }).items.map((o) => o.id), ['open-spread', 'closed-phrase']);
  });
});
