import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { opportunityStatus, STATUSES } from '../../src/sdk/status.js';
import { StatusTable } from '../../src/sdk/search/statuses.js';
import { createSearchIndex } from '../../src/sdk/search/index.js';

/** Deterministic PRNG so failures reproduce. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const BASE = Date.UTC(2027, 0, 1);

function randomItems(count: number, r: () => number) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = () => {
    const t = BASE + Math.floor((r() - 0.5) * 120) * DAY + (r() < 0.5 ? Math.floor(r() * DAY) : 0);
    const d = new Date(t);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (r() < 0.5) return day;
    const off = r() < 0.5 ? 'Z' : '+02:00';
    return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00${off}`;
  };
  const items = Array.from({ length: count }, (_, i) => {
    const start = r() < 0.8 ? when() : undefined;
    const end = start && r() < 0.6 ? undefined : r() < 0.3 ? when() : undefined;
    const app: Record<string, unknown> = {};
    if (r() < 0.6) app.deadline = when();
    if (r() < 0.3) app.opens = when();
    if (r() < 0.1) app.placesLeft = 0;
    return {
      id: `i${i}`,
      kind: 'course',
      title: `Item ${i}`,
      provider: { name: 'P' },
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(Object.keys(app).length ? { application: app } : {}),
      ...(r() < 0.05 ? { status: 'cancelled' } : {}),
    };
  });
  // Drop the few whose end falls before their start (the parser rejects those).
  return parseFeed({ version: '1', opportunities: items }).opportunities;
}

describe('status table', () => {
  it('agrees with opportunityStatus for random items at random moments, in any order', () => {
    const r = prng(2027);
    const items = randomItems(400, r);
    assert.ok(items.length > 300);
    const table = new StatusTable(items);
    const moments: number[] = [];
    for (let i = 0; i < 300; i++) moments.push(BASE + Math.floor((r() - 0.5) * 150 * DAY));
    // Exact change points and their neighbours, where an off-by-one would show.
    for (const o of items.slice(0, 40)) {
      for (const v of [o.start, o.end, o.application?.deadline, o.application?.opens]) {
        if (!v) continue;
        for (const endOfDay of [false, true]) {
          const t = /T/.test(v) ? Date.parse(v) : Date.parse(v + 'T00:00:00Z') + (endOfDay ? DAY - 1 : 0);
          moments.push(t - 1, t, t + 1, t - 14 * DAY - 1, t - 14 * DAY, t - 14 * DAY + 1);
        }
      }
    }
    for (const t of moments) {
      const values = table.at(t);
      items.forEach((o, i) => {
        assert.equal(STATUSES[values[i]! - 1], opportunityStatus(o, new Date(t)), `${o.id} at ${new Date(t).toISOString()}`);
      });
    }
  });

  it('the index filters by status at each query moment', () => {
    const r = prng(7);
    const items = randomItems(200, r);
    const index = createSearchIndex(items);
    for (let k = 0; k < 20; k++) {
      const now = new Date(BASE + Math.floor((r() - 0.5) * 100 * DAY));
      for (const status of STATUSES) {
        const expected = items.filter((o) => opportunityStatus(o, now) === status).map((o) => o.id).sort();
        const got = index.search({ status: [status], now, pageSize: 1000 }).items.map((o) => o.id).sort();
        assert.deepEqual(got, expected, `${status} at ${now.toISOString()}`);
      }
    }
  });
});
