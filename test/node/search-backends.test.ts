/**
 * The search backends' contract: the in-page index, the Web Worker and a hub (here an msw stand-in answering with the
 * SDK's engine, as the hub does) give the same answers to the same queries — with and without the host's base filter
 * (pre-filter) — and an aborted search rejects. Each backend is one entry of BACKENDS; add one there and it runs every
 * case.
 */
import { withinBase as itemsWithinBase } from '../../src/sdk/search/selection.js';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { createSearchIndex } from '../../src/sdk/search/engine.js';
import { queryFromParams } from '../../src/sdk/search/params.js';
import { createRemoteSearch } from '../../src/sdk/search/remote.js';
import { buildIndex, inPageBackend } from '../../src/sdk/search/backend.js';
import { remoteBackend } from '../../src/sdk/search/remote-backend.js';
import type { BaseFilter, SearchBackend } from '../../src/sdk/search/backend.js';
import type { SearchQuery, SearchResult } from '../../src/sdk/search/types.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const ITEMS: Opportunity[] = parseFeed(JSON.parse(readFileSync(new URL('../../demo/data/opportunities.json', import.meta.url), 'utf8'))).opportunities;
const API = 'http://hub.test/api/v1';

/** The stand-in hub: one index over every item, queries read from the finder's URL parameters (as the hub does). */
const hubIndex = createSearchIndex(ITEMS, { now: NOW });
const server = setupServer(
  http.get(`${API}/search`, ({ request }) => {
    const query = queryFromParams(new URL(request.url).searchParams);
    return HttpResponse.json(hubIndex.search({ ...query, now: NOW }));
  }),
  http.get(`${API}/opportunities/:id`, ({ params }) => {
    const o = hubIndex.get(String(params.id));
    return o ? HttpResponse.json(o) : HttpResponse.json({ error: 'not found' }, { status: 404 });
  }),
);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

type Make = (base: BaseFilter) => Promise<SearchBackend>;
const BACKENDS: Record<string, Make> = {
  'in-page': async (base) => inPageBackend(buildIndex(createSearchIndex, ITEMS, { now: NOW }, base)),
  remote: async (base) => remoteBackend(createRemoteSearch({ url: API }), base),
};

const BASES: Record<string, BaseFilter> = {
  none: {},
  'two countries': { country: ['FI', 'se'] },
  'one kind and a field': { kind: ['staff-week'], field: ['04'] },
  'a date window': { from: '2027-03-01', to: '2027-06-30' },
};

const QUERIES: SearchQuery[] = [
  {},
  { text: 'library' },
  { text: 'staff week', sort: 'relevance' },
  { country: ['FI'] },
  { country: ['DE'] },
  { kind: ['job-shadowing', 'staff-week'], sort: 'deadline' },
  { field: ['041'] },
  { status: ['open', 'closing-soon'], sort: 'start' },
  { from: '2027-04-01', to: '2027-12-31', sort: 'title' },
  { language: ['en'], page: 2, pageSize: 5 },
  { topic: ['libraries'] },
];

/** What must agree: the page's ids in order, the totals and paging, every facet's counts. */
const shape = (r: SearchResult) => ({
  ids: r.items.map((o) => o.id),
  total: r.total,
  page: r.page,
  pageSize: r.pageSize,
  facets: Object.fromEntries(Object.entries(r.facets).map(([k, v]) => [k, [...v].sort((a, b) => a.value.localeCompare(b.value))])),
});

describe('search backends: one contract', () => {
  it('the sample has enough variety for the cases below', () => {
    assert.ok(ITEMS.length > 100);
    for (const [name, base] of Object.entries(BASES)) {
      const n = buildIndex(createSearchIndex, ITEMS, { now: NOW }, base).size;
      assert.ok(n > 5 && (name === 'none' || n < ITEMS.length), `${name}: ${n}`);
    }
  });

  for (const [baseName, base] of Object.entries(BASES)) {
    it(`every backend answers like the in-page index (base filter: ${baseName})`, async () => {
      const reference = await BACKENDS['in-page']!(base);
      let nonEmpty = 0;
      for (const [name, make] of Object.entries(BACKENDS)) {
        if (name === 'in-page') continue;
        const backend = await make(base);
        for (const q of QUERIES) {
          const query = { ...q, now: NOW };
          const want = shape(await reference.search(query));
          if (want.total > 0) nonEmpty++;
          assert.deepEqual(shape(await backend.search(query)), want, `${name}, ${JSON.stringify(q)}`);
        }
        backend.dispose();
      }
      assert.ok(nonEmpty > QUERIES.length / 2, 'most cases find something');
    });
  }

  for (const [name, make] of Object.entries(BACKENDS)) {
    it(`${name}: get(id) finds an item and says undefined for an unknown id`, async () => {
      const backend = await make({});
      const id = ITEMS[3]!.id;
      assert.equal((await backend.get(id))?.id, id);
      assert.equal(await backend.get('no-such-id'), undefined);
      backend.dispose();
    });

    it(`${name}: an aborted search rejects with the abort reason`, async () => {
      const backend = await make({});
      const abort = new AbortController();
      abort.abort();
      await assert.rejects(backend.search({ text: 'library' }, { signal: abort.signal }), (e: Error) => e.name === 'AbortError');
      backend.dispose();
    });
  }

  it('get(id) within a base filter: an item outside it is not found (a deep link into a pre-filtered listing)', async () => {
    for (const base of [{ country: ['FI'] }, { from: '2027-03-01', to: '2027-06-30' }, { kind: ['staff-week'], field: ['04'] }] as BaseFilter[]) {
      // The index's own rule says which items the base keeps.
      const kept = new Set(itemsWithinBase(ITEMS, base).items.map((o) => o.id));
      const inside = ITEMS.find((o) => kept.has(o.id))!;
      const outside = ITEMS.find((o) => !kept.has(o.id))!;
      assert.ok(inside && outside, JSON.stringify(base));
      for (const [name, make] of Object.entries(BACKENDS)) {
        const backend = await make(base);
        assert.equal((await backend.get(inside.id))?.id, inside.id, `${name} ${JSON.stringify(base)}`);
        assert.equal(await backend.get(outside.id), undefined, `${name} ${JSON.stringify(base)}`);
        backend.dispose();
      }
    }
  });

  it('a visitor value outside the base filter finds nothing (the two exclude each other)', async () => {
    for (const [name, make] of Object.entries(BACKENDS)) {
      const backend = await make({ country: ['FI'] });
      const r = await backend.search({ country: ['DE'], now: NOW });
      assert.equal(r.total, 0, name);
    }
  });
});
