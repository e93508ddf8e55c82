/**
 * The visitor's query as a pure state machine (sdk/search/visitor-state): the default status, ticking and unticking,
 * chips and their removal, clearing, paging, and the URL form — no DOM.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from '../../src/sdk/search/visitor-state.js';
import type { VisitorQuery } from '../../src/sdk/search/visitor-state.js';

const free = { hostStatus: false };
const fixed = { hostStatus: true };

describe('visitor state', () => {
  it('starts from "what you can still apply for", unless the host fixed the status', () => {
    assert.deepEqual(v.defaultQuery(free), { status: ['upcoming', 'open', 'closing-soon'] });
    assert.deepEqual(v.defaultQuery(fixed), {});
    assert.equal(v.isDefaultStatus(free, ['closing-soon', 'open', 'upcoming']), true, 'order does not matter');
    assert.equal(v.isDefaultStatus(free, ['open']), false);
    assert.equal(v.isDefaultStatus(fixed, undefined), true);
  });

  it('the default status is one chip and no ticked box; ticking Open means only open ones', () => {
    const q = v.defaultQuery(free);
    assert.deepEqual(v.chips(free, q), [{ type: 'can-apply' }]);
    assert.deepEqual(v.selection(free, q, 'status'), []);
    const patch = v.toggle(free, q, 'status', 'open');
    assert.deepEqual(patch, { status: ['open'] });
    const { query } = v.patchQuery(q, patch!);
    assert.deepEqual(v.chips(free, query), [{ type: 'facet', facet: 'status', value: 'open' }]);
    // Unticking the last box returns to the default, not to "every status".
    assert.deepEqual(v.toggle(free, query, 'status', 'open'), { status: ['upcoming', 'open', 'closing-soon'] });
  });

  it('toggle says nothing changes when the value already is as asked', () => {
    const q: VisitorQuery = { country: ['FI'] };
    assert.equal(v.toggle(free, q, 'country', 'FI', true), undefined);
    assert.equal(v.toggle(free, q, 'country', 'SE', false), undefined);
    assert.deepEqual(v.toggle(free, q, 'country', 'SE'), { country: ['FI', 'SE'] });
  });

  it('a patch resets the page unless it is only a page change; empty parts go, an empty status list stays', () => {
    const q: VisitorQuery = { text: 'library', page: 3, status: ['open'] };
    assert.deepEqual(v.patchQuery(q, { country: ['FI'] }), { query: { text: 'library', status: ['open'], country: ['FI'] }, change: 'query' });
    assert.deepEqual(v.patchQuery(q, { page: 4 }), { query: { text: 'library', page: 4, status: ['open'] }, change: 'page' });
    assert.deepEqual(v.patchQuery(q, { text: '', status: [] }).query, { status: [] });
    assert.deepEqual(v.patchQuery({ topic: ['ict'] }, { topic: [] }).query, {});
  });

  it('chips come in a stable order and each removes exactly itself', () => {
    const q: VisitorQuery = { to: '2027-12-31', country: ['FI', 'SE'], text: 'hr', from: '2027-01-01', status: ['open'] };
    const chips = v.chips(free, q);
    assert.deepEqual(chips.map((c) => c.type + ('value' in c ? `:${c.value}` : '')), [
      'text:hr', 'facet:FI', 'facet:SE', 'facet:open', 'from:2027-01-01', 'to:2027-12-31',
    ]);
    for (const chip of chips) {
      const after = v.patchQuery(q, v.removeChip(free, q, chip)!).query;
      const left = v.chips(free, after);
      assert.equal(left.length, chips.length - 1 + (chip.type === 'facet' && chip.value === 'open' ? 1 : 0), JSON.stringify(chip));
      assert.ok(!left.some((c) => JSON.stringify(c) === JSON.stringify(chip)), JSON.stringify(chip));
    }
    // Removing the "can still apply" chip shows every status.
    assert.deepEqual(v.removeChip(free, v.defaultQuery(free), { type: 'can-apply' }), { status: [] });
  });

  it('clear all goes back to the default; visitor filters are everything but the default', () => {
    const q: VisitorQuery = { text: 'x', kind: ['course'], status: ['open'] };
    assert.deepEqual(v.patchQuery(q, v.clearAll(free, q)).query, v.defaultQuery(free));
    assert.equal(v.hasVisitorFilters(free, q), true);
    assert.equal(v.hasVisitorFilters(free, v.defaultQuery(free)), false);
  });

  it('URL form: the default status is no parameter, every status is status=all, and back', () => {
    const cases: { query: VisitorQuery; pageSize?: number; selected?: string }[] = [
      { query: v.defaultQuery(free) },
      { query: { status: [] } },
      { query: { ...v.defaultQuery(free), text: 'staff week', country: ['FI'], page: 2 }, pageSize: 50, selected: 'a-1' },
      { query: { status: ['open'], field: ['041'], from: '2027-01-01' } },
    ];
    for (const view of cases) {
      const params = v.viewToParams(free, view);
      if (v.isDefaultStatus(free, view.query.status)) assert.equal(params.has('status'), false);
      assert.deepEqual(v.viewFromParams(free, params), view, params.toString());
    }
    assert.equal(v.viewToParams(free, { query: { status: [] } }).get('status'), 'all');
    assert.deepEqual(v.viewFromParams(fixed, new URLSearchParams('')).query, {});
  });

  it('owns the search parameters and opp, nothing else', () => {
    const owned = v.ownedParams();
    assert.ok(owned.includes('opp') && owned.includes('q') && owned.includes('country'));
    assert.ok(!owned.includes('lang') && !owned.includes('utm_source'));
  });
});
