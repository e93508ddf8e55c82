import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isReversedRange, layoutFacet } from '../../src/sdk/search/facet-layout.js';
import type { FacetMemory } from '../../src/sdk/search/facet-layout.js';
import { createSearchIndex } from '../../src/sdk/search/index.js';
import { parseFeed } from '../../src/sdk/index.js';

const names = (l: { values: { value: string }[] }) => l.values.map((v) => v.value);
const pairs = (l: { values: { value: string; count: number }[] }) => l.values.map((v) => `${v.value}:${v.count}`);

describe('layoutFacet: filters do not move under the pointer', () => {
  it('without memory or selection: the engine order, shown when there is a choice', () => {
    const l = layoutFacet({ counts: [{ value: 'FI', count: 5 }, { value: 'BE', count: 2 }], selected: [] });
    assert.deepEqual(names(l), ['FI', 'BE']);
    assert.equal(l.visible, true);
    assert.deepEqual(l.memory, { order: ['FI', 'BE'], shown: true });
    const one = layoutFacet({ counts: [{ value: 'FI', count: 5 }], selected: [] });
    assert.equal(one.visible, false, 'one value and nothing selected: nothing to choose');
  });

  it('a ticked value whose count falls to 0 keeps its place (it is not sorted to the bottom)', () => {
    let memory: FacetMemory = layoutFacet({
      counts: [{ value: 'FI', count: 5 }, { value: 'BE', count: 4 }, { value: 'SE', count: 1 }],
      selected: [],
    }).memory;
    // The visitor ticks FI, then a filter elsewhere leaves no Finnish item: the engine lists FI last, with 0.
    const l = layoutFacet({
      counts: [{ value: 'BE', count: 3 }, { value: 'SE', count: 1 }, { value: 'FI', count: 0 }],
      selected: ['FI'],
      previous: memory,
    });
    assert.deepEqual(pairs(l), ['FI:0', 'BE:3', 'SE:1']);
    assert.equal(l.visible, true);
    memory = l.memory;
    // Counts change again: the order stays as long as FI is ticked.
    const again = layoutFacet({ counts: [{ value: 'SE', count: 7 }, { value: 'FI', count: 2 }, { value: 'BE', count: 1 }], selected: ['FI'], previous: memory });
    assert.deepEqual(names(again), ['FI', 'BE', 'SE']);
  });

  it('a selected value missing from the counts is listed with 0', () => {
    const l = layoutFacet({ counts: [], selected: ['PL'] });
    assert.deepEqual(pairs(l), ['PL:0']);
    assert.equal(l.visible, true, 'a group with a selection never vanishes');
  });

  it('without selection or use, the group re-sorts by count and drops values nothing has', () => {
    const memory = layoutFacet({ counts: [{ value: 'a', count: 3 }, { value: 'b', count: 2 }, { value: 'c', count: 1 }], selected: [] }).memory;
    const l = layoutFacet({ counts: [{ value: 'c', count: 9 }, { value: 'a', count: 1 }], selected: [], previous: memory });
    assert.deepEqual(names(l), ['c', 'a']);
  });

  it('while the filters are in use, a shown group keeps every value in place and does not vanish', () => {
    const memory = layoutFacet({ counts: [{ value: 'staff-week', count: 4 }, { value: 'course', count: 2 }], selected: [] }).memory;
    // Ticking a country below leaves only courses: the group would collapse to one value and disappear.
    const inUse = layoutFacet({ counts: [{ value: 'course', count: 2 }], selected: [], inUse: true, previous: memory });
    assert.equal(inUse.visible, true);
    assert.deepEqual(pairs(inUse), ['staff-week:0', 'course:2']);
    // Once the visitor is elsewhere, the next layout is free to tidy up.
    const later = layoutFacet({ counts: [{ value: 'course', count: 2 }], selected: [], previous: inUse.memory });
    assert.equal(later.visible, false);
    // A group that was not shown is not brought in by use alone.
    const hidden = layoutFacet({ counts: [{ value: 'course', count: 2 }], selected: [], inUse: true, previous: later.memory });
    assert.equal(hidden.visible, false);
  });

  it('values that appear while the group is held come after the kept ones, in count order', () => {
    const memory = layoutFacet({ counts: [{ value: 'b', count: 2 }, { value: 'a', count: 1 }], selected: [] }).memory;
    const l = layoutFacet({ counts: [{ value: 'd', count: 8 }, { value: 'c', count: 5 }, { value: 'a', count: 3 }, { value: 'b', count: 1 }], selected: ['a'], previous: memory });
    assert.deepEqual(names(l), ['b', 'a', 'd', 'c']);
  });

  it('with the real engine: ticking a country then a kind that excludes it keeps the country where it was', () => {
    const { opportunities } = parseFeed({
      version: '1',
      language: 'en',
      opportunities: [
        { id: '1', kind: 'staff-week', title: 'A', url: 'https://a.eu/1', provider: { name: 'A', country: 'FI' } },
        { id: '2', kind: 'staff-week', title: 'B', url: 'https://a.eu/2', provider: { name: 'B', country: 'FI' } },
        { id: '3', kind: 'course', title: 'C', url: 'https://a.eu/3', provider: { name: 'C', country: 'BE' } },
        { id: '4', kind: 'course', title: 'D', url: 'https://a.eu/4', provider: { name: 'D', country: 'SE' } },
      ],
    });
    const index = createSearchIndex(opportunities, { now: '2027-01-01T00:00:00Z' });
    const first = layoutFacet({ counts: index.search({}).facets.country, selected: [] });
    assert.deepEqual(names(first), ['FI', 'BE', 'SE']);
    const after = index.search({ country: ['FI'], kind: ['course'] }).facets.country;
    assert.equal(after.at(-1)?.value, 'FI', 'the engine sorts the ticked value last, with 0');
    const l = layoutFacet({ counts: after, selected: ['FI'], previous: first.memory });
    assert.deepEqual(pairs(l), ['FI:0', 'BE:1', 'SE:1']);
  });
});

describe('isReversedRange', () => {
  it('is true only when from is after to, read as the search reads dates', () => {
    assert.equal(isReversedRange('2027-05-02', '2027-05-01'), true);
    assert.equal(isReversedRange('2027-05-01', '2027-05-01'), false, 'one day');
    assert.equal(isReversedRange('2027-05-01', '2027-05-02'), false);
    assert.equal(isReversedRange('2027-05-01T18:00:00Z', '2027-05-01'), false, 'a date-only end lasts the day');
    assert.equal(isReversedRange('2027-05-02', '2027-05-01T23:00:00Z'), true);
    assert.equal(isReversedRange(undefined, '2027-05-01'), false);
    assert.equal(isReversedRange('2027-05-02', undefined), false);
    assert.equal(isReversedRange('soon', '2027-05-01'), false, 'malformed dates are ignored (as the search ignores them)');
  });
});

describe('a reversed date window in the search', () => {
  it('matches nothing, not even an item that spans both ends, and counts nothing', () => {
    const { opportunities } = parseFeed({
      version: '1',
      language: 'en',
      opportunities: [
        { id: 'long', kind: 'traineeship', title: 'Six months', url: 'https://a.eu/1', provider: { name: 'A', country: 'FI' }, start: '2027-01-01', end: '2027-07-01' },
        { id: 'short', kind: 'course', title: 'One week', url: 'https://a.eu/2', provider: { name: 'B', country: 'BE' }, start: '2027-04-01', end: '2027-04-05' },
      ],
    });
    const index = createSearchIndex(opportunities, { now: '2026-12-01T00:00:00Z' });
    assert.equal(index.search({ from: '2027-03-01', to: '2027-06-01' }).total, 2);
    const r = index.search({ from: '2027-06-01', to: '2027-03-01' });
    assert.equal(r.total, 0, 'the six-month item spans both ends but the window is meaningless');
    assert.deepEqual(r.facets.country, []);
    assert.equal(index.search({ from: '2027-04-01', to: '2027-04-01' }).total, 2, 'one day is not reversed');
  });
});
