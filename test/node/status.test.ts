import { readFileSync } from 'node:fs';
/**
 * opportunityStatus: where an opportunity stands at an explicit `now`, each status at its boundaries.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { opportunityStatus, canApply, CLOSING_SOON_DAYS, STATUSES } from '../../src/sdk/status.js';
import { parseOpportunity } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { item } from '../fixtures/feeds/helpers.js';

const DAY = 86_400_000;

/** A parsed opportunity (so the test goes through the same normalisation as real ones). */
function opp(overrides: Record<string, unknown> = {}): Opportunity {
  const r = parseOpportunity(item(overrides), 0, 'en');
  assert.deepEqual(r.issues, []);
  return r.opportunity!;
}
const at = (iso: string) => new Date(iso);
const ms = (iso: string, delta: number) => new Date(Date.parse(iso) + delta);
const status = (o: Opportunity, now: Date) => opportunityStatus(o, now);

describe('opportunityStatus', () => {
  it('lists the statuses of FEED-FORMAT.md', () => {
    assert.deepEqual([...STATUSES], ['upcoming', 'open', 'closing-soon', 'full', 'closed', 'past', 'cancelled']);
    const doc = readFileSync(new URL('../../docs/FEED-FORMAT.md', import.meta.url), 'utf8');
    const derived = doc.slice(doc.indexOf('## Derived: where an opportunity stands'));
    for (const s of STATUSES) assert.ok(derived.includes(`\`${s}\``), `docs/FEED-FORMAT.md defines ${s}`);
    assert.equal(CLOSING_SOON_DAYS, 14);
  });

  it('no deadline and no dates: open, at any time', () => {
    const o = opp();
    for (const now of ['1990-01-01T00:00:00Z', '2027-05-10T12:00:00Z', '2100-01-01T00:00:00Z']) assert.equal(status(o, at(now)), 'open');
  });

  it('upcoming until the application opens (start of the day, UTC, for a date)', () => {
    const o = opp({ application: { opens: '2027-01-10', deadline: '2027-06-30' }, start: '2027-09-01' });
    assert.equal(status(o, at('2026-12-01T00:00:00Z')), 'upcoming');
    assert.equal(status(o, ms('2027-01-10T00:00:00Z', -1)), 'upcoming');
    assert.equal(status(o, at('2027-01-10T00:00:00Z')), 'open');

    const withTime = opp({ application: { opens: '2027-01-10T09:00:00+01:00' } });
    assert.equal(status(withTime, ms('2027-01-10T08:00:00Z', -1)), 'upcoming');
    assert.equal(status(withTime, at('2027-01-10T08:00:00Z')), 'open');
  });

  it('a date-only deadline lasts to the end of that day, UTC', () => {
    const o = opp({ application: { deadline: '2027-02-28' }, start: '2027-05-10', end: '2027-05-14' });
    assert.equal(status(o, at('2027-02-28T23:59:59.999Z')), 'closing-soon');
    assert.equal(status(o, at('2027-03-01T00:00:00.000Z')), 'closed');
  });

  it('a deadline with a time and offset ends at that instant', () => {
    const o = opp({ application: { deadline: '2027-02-28T23:59:00+01:00' }, start: '2027-05-10' });
    assert.equal(status(o, at('2027-02-28T22:59:00.000Z')), 'closing-soon');
    assert.equal(status(o, at('2027-02-28T22:59:00.001Z')), 'closed');
  });

  it('closing-soon: the deadline is at most exactly 14 days away', () => {
    const o = opp({ application: { deadline: '2027-03-15T12:00:00Z' }, start: '2027-05-10' });
    assert.equal(status(o, ms('2027-03-15T12:00:00Z', -14 * DAY - 1)), 'open');
    assert.equal(status(o, ms('2027-03-15T12:00:00Z', -14 * DAY)), 'closing-soon');
    assert.equal(status(o, at('2027-03-15T12:00:00Z')), 'closing-soon');

    const dateOnly = opp({ application: { deadline: '2027-03-15' } });
    assert.equal(status(dateOnly, at('2027-03-01T23:59:59.998Z')), 'open');
    assert.equal(status(dateOnly, at('2027-03-01T23:59:59.999Z')), 'closing-soon');
  });

  it('no places left before the deadline: full (fully booked), not closed; after the deadline: closed', () => {
    const full = opp({ application: { deadline: '2027-06-30', places: 20, placesLeft: 0 }, start: '2027-09-01' });
    assert.equal(status(full, at('2027-02-01T00:00:00Z')), 'full');
    assert.equal(status(full, at('2027-07-02T00:00:00Z')), 'closed', 'a passed deadline is closed, full or not');
    const fullNoDeadline = opp({ application: { placesLeft: 0 } });
    assert.equal(status(fullNoDeadline, at('2027-02-01T00:00:00Z')), 'full');
    const oneLeft = opp({ application: { deadline: '2027-06-30', places: 20, placesLeft: 1 }, start: '2027-09-01' });
    assert.equal(status(oneLeft, at('2027-02-01T00:00:00Z')), 'open');
    const noCount = opp({ application: { places: 0 } });
    assert.equal(status(noCount, at('2027-02-01T00:00:00Z')), 'open', 'only placesLeft says how many are left');
    // not yet open beats full
    const fullLater = opp({ application: { opens: '2027-03-01', placesLeft: 0 } });
    assert.equal(status(fullLater, at('2027-02-01T00:00:00Z')), 'upcoming');
  });

  it('without a deadline, applications close when it starts', () => {
    const o = opp({ start: '2027-05-10', end: '2027-05-14' });
    assert.equal(status(o, at('2027-04-01T00:00:00Z')), 'open');
    assert.equal(status(o, ms('2027-05-10T00:00:00Z', -14 * DAY)), 'closing-soon');
    assert.equal(status(o, ms('2027-05-10T00:00:00Z', -1)), 'closing-soon');
    assert.equal(status(o, at('2027-05-10T00:00:00.001Z')), 'closed');
    assert.equal(status(o, at('2027-05-12T12:00:00Z')), 'closed');
  });

  it('past once it has ended; the end date is inclusive', () => {
    const o = opp({ start: '2027-05-10', end: '2027-05-14', application: { deadline: '2027-02-28' } });
    assert.equal(status(o, at('2027-05-14T23:59:59.999Z')), 'closed');
    assert.equal(status(o, at('2027-05-15T00:00:00.000Z')), 'past');

    const startOnly = opp({ start: '2027-05-10' });
    assert.equal(status(startOnly, at('2027-05-10T23:59:59.999Z')), 'closed');
    assert.equal(status(startOnly, at('2027-05-11T00:00:00Z')), 'past');

    const endTime = opp({ start: '2027-05-10T09:00:00+02:00', end: '2027-05-10T17:00:00+02:00' });
    assert.equal(status(endTime, at('2027-05-10T15:00:00Z')), 'closed');
    assert.equal(status(endTime, at('2027-05-10T15:00:00.001Z')), 'past');

    const endOnly = opp({ end: '2027-05-14' });
    assert.equal(status(endOnly, at('2027-05-14T12:00:00Z')), 'open');
    assert.equal(status(endOnly, at('2027-05-15T00:00:00Z')), 'past');
  });

  it('cancelled wins over every other status', () => {
    for (const extra of [{}, { start: '2020-01-01' }, { application: { opens: '2099-01-01' } }, { application: { placesLeft: 0 } }]) {
      assert.equal(status(opp({ status: 'cancelled', ...extra }), at('2027-01-01T00:00:00Z')), 'cancelled');
    }
  });

  it('postponed is treated as scheduled', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, '2027-01-01T00:00:00Z'],
      [{ start: '2027-05-10' }, '2027-05-01T00:00:00Z'],
      [{ start: '2027-05-10' }, '2027-06-01T00:00:00Z'],
      [{ application: { opens: '2027-03-01' } }, '2027-01-01T00:00:00Z'],
    ];
    for (const [extra, now] of cases) {
      assert.equal(status(opp({ status: 'postponed', ...extra }), at(now)), status(opp({ status: 'scheduled', ...extra }), at(now)));
      assert.equal(status(opp({ status: 'postponed', ...extra }), at(now)), status(opp(extra), at(now)));
    }
  });

  it('uses the current time when no now is given', () => {
    assert.equal(opportunityStatus(opp({ end: '2000-01-01' })), 'past');
    assert.equal(opportunityStatus(opp({ application: { opens: '2999-01-01' } })), 'upcoming');
  });
});

describe('canApply', () => {
  it('is true for open and closing-soon only', () => {
    const o = opp({ application: { opens: '2027-01-10', deadline: '2027-03-15' }, start: '2027-05-10', end: '2027-05-14' });
    const cases: [string, boolean][] = [
      ['2027-01-01T00:00:00Z', false], // upcoming
      ['2027-02-01T00:00:00Z', true], // open
      ['2027-03-10T00:00:00Z', true], // closing-soon
      ['2027-04-01T00:00:00Z', false], // closed
      ['2027-06-01T00:00:00Z', false], // past
    ];
    for (const [now, expected] of cases) assert.equal(canApply(o, at(now)), expected, now);
    assert.equal(canApply(opp({ status: 'cancelled' }), at('2027-01-01T00:00:00Z')), false);
  });
});
