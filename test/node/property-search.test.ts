/**
 * Property tests for search: filters only narrow, facet counts are disjunctive (count(v) of facet F = the total of
 * the same query with F = [v]), paging covers every result exactly once, folding is idempotent, URL parameters
 * round-trip, and no query value makes a search throw. Seed 42, bounded runs, scaled by OPP_FUZZ_RUNS.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { DIRECTIONS, KINDS, MODES, PROVIDER_TYPES } from '../../src/sdk/feed/codes.js';
import { opportunityStatus, STATUSES } from '../../src/sdk/status.js';
import {
  createSearchIndex,
  FACET_NAMES,
  foldText,
  queryFromParams,
  queryToParams,
  queryToString,
  SORT_ORDERS,
  tokenize,
} from '../../src/sdk/search/index.js';
import type { FacetName, SearchFilter, SearchIndex, SearchQuery, SearchResult } from '../../src/sdk/search/index.js';
import {
  AUDIENCES,
  COUNTRIES,
  dateArb,
  FIELDS,
  idArb,
  LANGS,
  params,
  phrase,
  rawItemArb,
  Tally,
  TOPICS,
  WORDS,
} from './property-arbitraries.js';

const tally = new Tally();
after(() => console.log(tally.line('property-search', `searches run=${searches}`)));

const NOW = Date.parse('2027-01-15T12:00:00Z');
let searches = 0;

// ---------- data ----------
const itemsArb: fc.Arbitrary<Opportunity[]> = fc
  .record({ language: fc.constantFrom('en', 'nl', 'sv'), items: fc.array(rawItemArb(idArb), { maxLength: 30 }) })
  .map(({ language, items }) => parseFeed({ version: '1', language, opportunities: items }).opportunities);

/** Values of each facet a query may ask for: what items have, other spellings, and values nothing has. */
const FACET_VALUES: Record<FacetName, readonly string[]> = {
  kind: [...KINDS, 'banana'],
  direction: [...DIRECTIONS],
  providerType: [...PROVIDER_TYPES],
  country: [...COUNTRIES, 'be', 'EL', 'UK', 'US'],
  topic: [...TOPICS, 'ICT', 'nothing-here'],
  field: [...FIELDS, '0', '05', '04130'],
  audience: [...AUDIENCES, 'nobody'],
  mode: [...MODES],
  language: [...LANGS, 'pt', 'PT', 'xx'],
  status: [...STATUSES],
};

const facetValues = (name: FacetName) => fc.uniqueArray(fc.constantFrom(...FACET_VALUES[name]), { minLength: 1, maxLength: 3 });

const textArb = fc.oneof(
  phrase,
  fc.constantFrom('lib', 'lodz', 'goteborg', 'strasse', 'scienc', 'librray', 'ελλαδα', 'shadow', 'L', 'ÎLE', 'data dat'),
  fc.string({ maxLength: 12 }),
);

const queryArb: fc.Arbitrary<SearchQuery> = fc
  .record(
    {
      text: textArb,
      kind: facetValues('kind'),
      direction: facetValues('direction'),
      providerType: facetValues('providerType'),
      country: facetValues('country'),
      topic: facetValues('topic'),
      field: facetValues('field'),
      audience: facetValues('audience'),
      mode: facetValues('mode'),
      language: facetValues('language'),
      status: facetValues('status'),
      from: dateArb,
      to: dateArb,
      sort: fc.constantFrom(...SORT_ORDERS),
    },
    { requiredKeys: [] },
  )
  // Keep at most four parts, so results are not always empty (a filter would reject too many generated records).
  .chain((q) => fc.shuffledSubarray(Object.keys(q), { maxLength: 4 }).map((keys) => Object.fromEntries(keys.map((k) => [k, (q as Record<string, unknown>)[k]])))) as fc.Arbitrary<SearchQuery>;

// ---------- helpers ----------
function run(index: SearchIndex, q: SearchQuery): SearchResult {
  searches++;
  return index.search({ ...q, now: NOW });
}

/** Every result of a query, in order (page size 1000 holds all of them here). */
function all(index: SearchIndex, q: SearchQuery): Opportunity[] {
  const r = run(index, { ...q, page: 1, pageSize: 1000 });
  assert.equal(r.items.length, r.total, 'one page of 1000 holds every result');
  return r.items;
}

function assertWellFormed(r: SearchResult, size: number): void {
  assert.ok(Array.isArray(r.items));
  assert.ok(Number.isInteger(r.total) && r.total >= 0 && r.total <= size, `total ${r.total}`);
  assert.ok(Number.isInteger(r.page) && r.page >= 1, `page ${r.page}`);
  assert.ok(Number.isInteger(r.pageSize) && r.pageSize >= 1 && r.pageSize <= 1000, `pageSize ${r.pageSize}`);
  assert.ok(r.items.length <= r.pageSize);
  for (const name of FACET_NAMES) {
    assert.ok(Array.isArray(r.facets[name]), `facet ${name}`);
    for (const f of r.facets[name]) assert.ok(typeof f.value === 'string' && Number.isInteger(f.count) && f.count >= 0);
  }
}

/** The form a facet lists a query value in: country codes upper case (EL → GR, UK → GB), base languages, slugs lower case. */
function stored(name: FacetName, v: string): string {
  const t = v.trim();
  if (name === 'country') return ({ EL: 'GR', UK: 'GB' } as Record<string, string>)[t.toUpperCase()] ?? t.toUpperCase();
  if (name === 'language') return t.split('-')[0]!.toLowerCase();
  if (name === 'field') return t;
  return t.toLowerCase();
}

const subset = (a: readonly Opportunity[], b: readonly Opportunity[]) => {
  const set = new Set(b);
  return a.every((o) => set.has(o));
};

// ---------- properties ----------
describe('search: filters', () => {
  it('adding a filter (a facet, text, a date bound) never adds results', () => {
    const extraArb = fc.oneof(
      fc.constantFrom(...FACET_NAMES).chain((name) => facetValues(name).map((values) => ({ name, values }) as const)),
      fc.record({ name: fc.constant('text' as const), values: fc.constantFrom(...WORDS, 'lib', 'scienc') }),
      fc.record({ name: fc.constantFrom('from' as const, 'to' as const), values: dateArb }),
    );
    fc.assert(
      fc.property(itemsArb, queryArb, extraArb, (items, q, extra) => {
        tally.add('narrowing');
        const index = createSearchIndex(items, { now: NOW });
        const before = all(index, q);
        let narrower: SearchQuery;
        if (extra.name === 'text') narrower = { ...q, text: q.text && q.text.trim() ? `${q.text} ${extra.values}` : extra.values };
        else if (extra.name === 'from' || extra.name === 'to') {
          if (q[extra.name]) return; // replacing a bound is not adding one
          narrower = { ...q, [extra.name]: extra.values };
        } else {
          if (q[extra.name]?.length) return;
          narrower = { ...q, [extra.name]: extra.values };
        }
        const afterAdding = all(index, narrower);
        assert.ok(afterAdding.length <= before.length, `${JSON.stringify(extra)}: ${afterAdding.length} > ${before.length}`);
        assert.ok(subset(afterAdding, before), `${JSON.stringify(extra)} added results`);
      }),
      params(150),
    );
  });

  it('adding a value to a facet (OR within a facet) never removes results', () => {
    fc.assert(
      fc.property(itemsArb, queryArb, fc.constantFrom(...FACET_NAMES), fc.nat(), (items, q, name, at) => {
        tally.add('widening');
        const current = q[name] ?? [];
        if (current.length === 0) return;
        const pool = FACET_VALUES[name];
        const index = createSearchIndex(items, { now: NOW });
        const before = all(index, q);
        const wider = all(index, { ...q, [name]: [...current, pool[at % pool.length]!] });
        assert.ok(subset(before, wider), `adding a ${name} value removed results`);
      }),
      params(100),
    );
  });

  it('the status facet agrees with opportunityStatus at the same moment', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(...STATUSES), (items, status) => {
        tally.add('status');
        const index = createSearchIndex(items, { now: NOW });
        const got = all(index, { status: [status] });
        const expected = items.filter((o) => opportunityStatus(o, new Date(NOW)) === status);
        assert.deepEqual(new Set(got), new Set(expected));
      }),
      params(60),
    );
  });
});

describe('search: text', () => {
  it('an item is found by its whole title, by any word of it, and by that word folded', () => {
    fc.assert(
      fc.property(itemsArb.filter((items) => items.length > 0), fc.nat(), fc.nat(), (items, at, w) => {
        tally.add('recall');
        const index = createSearchIndex(items, { now: NOW });
        const o = items[at % items.length]!;
        const title = Object.values(o.title)[w % Object.values(o.title).length]!;
        const words = tokenize(title);
        if (words.length === 0 || words.length > 16 || title.length > 500 || words.some((x) => x.length > 64)) return;
        const found = (text: string) => all(index, { text }).includes(o);
        assert.ok(found(title), `the title ${JSON.stringify(title)} finds its item`);
        const word = words[w % words.length]!;
        assert.ok(found(word), `the word ${JSON.stringify(word)} of ${JSON.stringify(title)} finds its item`);
        assert.ok(found(foldText(word)), `the folded word ${JSON.stringify(foldText(word))} finds its item`);
        assert.ok(found(word.toUpperCase()) || foldText(word.toUpperCase()) !== foldText(word), 'case does not matter');
      }),
      params(150),
    );
  });
});

describe('search: facet counts', () => {
  it('count(v) of facet F equals the total of the same query with F = [v] (disjunctive counting)', () => {
    fc.assert(
      fc.property(itemsArb, queryArb, (items, q) => {
        tally.add('facet-queries');
        const index = createSearchIndex(items, { now: NOW });
        const r = run(index, q);
        for (const name of FACET_NAMES) {
          const listed = new Map(r.facets[name].map((f) => [f.value, f.count]));
          for (const [value, count] of listed) {
            const total = run(index, { ...q, [name]: [value], pageSize: 1 }).total;
            tally.add('facet-values');
            assert.equal(count, total, `facet ${name}=${value}: count ${count}, but the query with ${name}=[${value}] finds ${total} (query ${JSON.stringify(q)})`);
          }
          // Every value a query may ask for: listed (in its stored form) with exactly the total it finds, or finds nothing.
          for (const value of FACET_VALUES[name]) {
            const total = run(index, { ...q, [name]: [value], pageSize: 1 }).total;
            tally.add('facet-values');
            const count = listed.get(stored(name, value)) ?? 0;
            assert.equal(count, total, `facet ${name}: ${value} (listed as ${stored(name, value)}) counts ${count}, the query finds ${total} (query ${JSON.stringify(q)})`);
          }
          // Values the query selects are always listed.
          for (const v of q[name] ?? []) assert.ok(r.facets[name].length > 0, `selected ${name}=${v} is listed`);
        }
      }),
      params(60),
    );
  });
});

describe('search: paging', () => {
  it('concatenating every page of size k gives each result exactly once, in order', () => {
    fc.assert(
      fc.property(itemsArb, queryArb, fc.integer({ min: 1, max: 7 }), (items, q, k) => {
        tally.add('paging');
        const index = createSearchIndex(items, { now: NOW });
        const full = all(index, q);
        const pages: Opportunity[] = [];
        const last = Math.max(1, Math.ceil(full.length / k));
        for (let page = 1; page <= last; page++) {
          const r = run(index, { ...q, page, pageSize: k });
          assert.equal(r.page, page);
          assert.equal(r.pageSize, k);
          assert.equal(r.total, full.length);
          assert.equal(r.items.length, Math.min(k, full.length - (page - 1) * k));
          pages.push(...r.items);
        }
        assert.equal(new Set(pages).size, pages.length, 'no item twice');
        assert.deepEqual(pages, full, 'same items, same order');
        const past = run(index, { ...q, page: last + 3, pageSize: k });
        assert.equal(past.page, last, 'a page past the end shows the last page');
      }),
      params(120),
    );
  });
});

describe('search: order', () => {
  it('in every order, what can still be applied for (upcoming, open, closing soon) comes before what cannot', () => {
    const can = new Set(['upcoming', 'open', 'closing-soon']);
    fc.assert(
      fc.property(itemsArb, queryArb, (items, q) => {
        tally.add('applicable-first');
        const index = createSearchIndex(items, { now: NOW });
        const flags = all(index, q).map((o) => can.has(opportunityStatus(o, new Date(NOW))));
        const first = flags.indexOf(false);
        assert.ok(first === -1 || flags.slice(first).every((f) => !f), `applicable first (query ${JSON.stringify(q)})`);
      }),
      params(120),
    );
  });
});

describe('search: paging a large index', () => {
  it('any page of any size equals the same slice of the full order (partial selection agrees with a full sort)', () => {
    const raws = fc.sample(rawItemArb(fc.constant('x')), { seed: 42, numRuns: 3000 }).map((o, i) => ({ ...o, id: `big-${i}` }));
    const items = parseFeed({ version: '1', language: 'en', opportunities: raws }).opportunities;
    assert.equal(items.length, 3000);
    const index = createSearchIndex(items, { now: NOW });
    const fullOrder = new Map<string, Opportunity[]>();
    /** Every result in order, from pages of 1000 (the full-sort path). */
    const reference = (q: SearchQuery): Opportunity[] => {
      const key = JSON.stringify(q);
      let hit = fullOrder.get(key);
      if (!hit) {
        hit = [];
        const total = run(index, { ...q, pageSize: 1000 }).total;
        for (let page = 1; page <= Math.ceil(total / 1000); page++) hit.push(...run(index, { ...q, page, pageSize: 1000 }).items);
        assert.equal(hit.length, total);
        assert.equal(new Set(hit).size, total, 'no item twice');
        fullOrder.set(key, hit);
      }
      return hit;
    };
    const sortArb = fc.option(fc.constantFrom(...SORT_ORDERS), { nil: undefined });
    // Mostly broad queries: the partial selection only runs for results over 1,024 items.
    const bigQuery = fc.oneof(
      sortArb.map((sort) => (sort ? { sort } : {}) as SearchQuery),
      fc.record({ text: fc.constantFrom('l', 's', 'e', 'o', 'c', 'a'), sort: sortArb }).map((q) => ({ text: q.text, ...(q.sort ? { sort: q.sort } : {}) }) as SearchQuery),
      fc.record({ text: fc.constantFrom('library', 'week science', 'ope', 'universitat', 'ict'), sort: sortArb, kind: facetValues('kind'), status: facetValues('status') }, { requiredKeys: [] }).map((q) => ({ ...q }) as SearchQuery),
    );
    fc.assert(
      fc.property(bigQuery, fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 257, max: 900 })), fc.nat(), (q, k, p) => {
        tally.add('large-pages');
        const full = reference(q);
        const last = Math.max(1, Math.ceil(full.length / k));
        const page = 1 + (p % Math.min(last, 4));
        const r = run(index, { ...q, page, pageSize: k });
        if (full.length > 1024 && page * k * 4 < full.length) tally.add(page * k <= 256 ? 'heap-pages' : 'selection-pages');
        assert.deepEqual(r.items, full.slice((page - 1) * k, page * k), `page ${page} of size ${k} (total ${full.length}) for ${JSON.stringify(q)}`);
      }),
      params(120),
    );
  });
});

describe('search: never throws', () => {
  it('on arbitrary query values', () => {
    const index = createSearchIndex(fc.sample(itemsArb, { seed: 42, numRuns: 1 })[0]!, { now: NOW });
    const hostileQuery = fc.oneof(
      fc.anything({ maxDepth: 2, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
      fc.dictionary(
        fc.constantFrom<string>(...FACET_NAMES, 'text', 'from', 'to', 'sort', 'page', 'pageSize', 'now', '__proto__', 'constructor'),
        fc.oneof(
          fc.anything({ maxDepth: 1, withBigInt: true, withBoxedValues: true, withDate: true }),
          fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1, 2 ** 53, '2027-02-30', 'toString', '__proto__', 'x'.repeat(10_000)),
          fc.array(fc.oneof(fc.string(), fc.constantFrom('  BE ', 'hasOwnProperty', '__proto__')), { maxLength: 150 }),
        ),
      ),
    );
    fc.assert(
      fc.property(hostileQuery, (q) => {
        tally.add('hostile-queries');
        let r: SearchResult;
        try {
          searches++;
          r = index.search(q as SearchQuery);
        } catch (e) {
          assert.fail(`search threw on ${String(q)}: ${(e as Error)?.stack}`);
        }
        assertWellFormed(r, index.size);
        assert.doesNotThrow(() => queryToParams(q as SearchQuery));
      }),
      params(400),
    );
    // and on no query, and on an index of non-opportunities
    assertWellFormed(index.search(), index.size);
    const odd = createSearchIndex([null, 1, 'x', {}, { id: 5, title: 7 }] as never, { now: NOW });
    assertWellFormed(odd.search({ text: 'x', kind: ['course'] }), odd.size);
  });
});

describe('foldText', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.array(fc.constantFrom(...WORDS, 'ß', 'ẞ', 'ς', 'İ', 'ı', 'ŉ', 'ǅ', 'ﬀ', '½', '²', 'Ⅻ', '①', 'ｆｕｌｌ', '·', 'ʼ', '\u0301', '\ud800', '\u200d', "l'Île"), { maxLength: 6 }).map((w) => w.join('')),
  );

  it('is idempotent: fold(fold(x)) === fold(x)', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        tally.add('fold');
        const once = foldText(x);
        assert.equal(foldText(once), once, `fold(${JSON.stringify(x)}) = ${JSON.stringify(once)}`);
        assert.deepEqual(tokenize(once), once === '' ? [] : once.split(' '), 'folded text is its tokens joined by single spaces');
      }),
      params(500),
    );
  });
});

describe('foldText: known counterexamples', () => {
  it(
    'is idempotent for letters whose compatibility form is an upper-case special letter (ᴭ ᴲ ℇ ꟸ)',
    () => {
      for (const x of ['\u1d2d', '\u1d32', '\u2107', '\ua7f8', 'ᴭrø', 'Eℇ']) {
        const once = foldText(x);
        assert.equal(foldText(once), once, `fold(${JSON.stringify(x)}) = ${JSON.stringify(once)}, folded again ${JSON.stringify(foldText(once))}`);
      }
      // In search: a title 'ᴭ' is indexed as 'æ', and the query 'æ' (what tokenize gives back) folds to 'ae'.
      const items = parseFeed({ version: '1', opportunities: [{ id: 'a', kind: 'course', title: 'ᴭ', provider: { name: 'P' } }] }).opportunities;
      assert.equal(createSearchIndex(items).search({ text: tokenize('ᴭ')[0]! }).total, 1);
    },
  );
});

describe('queryToParams / queryFromParams', () => {
  const list = <T extends string>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 4 });
  const validQuery: fc.Arbitrary<SearchQuery> = fc.record(
    {
      text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
      kind: list(KINDS),
      direction: list(DIRECTIONS),
      providerType: list(PROVIDER_TYPES),
      country: list(COUNTRIES),
      topic: list(TOPICS),
      field: list(FIELDS),
      audience: list(AUDIENCES),
      mode: list(MODES),
      language: list(LANGS),
      status: list(STATUSES),
      from: dateArb,
      to: dateArb,
      sort: fc.constantFrom(...SORT_ORDERS),
      page: fc.integer({ min: 1, max: 9_999_999 }),
      pageSize: fc.integer({ min: 1, max: 9_999_999 }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<SearchQuery>;

  it('queryFromParams(queryToParams(q)) gives back q, also through the URL string', () => {
    fc.assert(
      fc.property(validQuery, (generated) => {
        tally.add('params-round-trips');
        const q = { ...generated };
        assert.deepEqual(queryFromParams(queryToParams(q)), q);
        assert.deepEqual(queryFromParams(queryToString(q)), q);
        assert.deepEqual(queryFromParams('?' + queryToParams(q).toString()), q);
      }),
      params(300),
    );
  });

  it('reading is a normal form: read(write(read(s))) === read(s) for any query string, never throwing', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('q=', 'kind=course', 'country=be,EL', 'topic=ICT', 'lang=pt-BR', 'page=2', 'size=0', 'sort=title', 'from=2027-01-01', '&', '=', ',', '%', '%2C', '+', '#', '?'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (s) => {
        tally.add('params-strings');
        const once = queryFromParams(s);
        assert.deepEqual(queryFromParams(queryToString(once)), once);
      }),
      params(300),
    );
    for (const bad of [undefined, null, 42, {}, [], new URLSearchParams('q=x'), { getAll: 1 }, { get: () => { throw new Error('x'); }, getAll: () => [] }]) {
      assert.doesNotThrow(() => queryFromParams(bad as never));
    }
  });
});

describe('search: a base filter (SearchIndexOptions.filter)', () => {
  /** Facets and dates, at most three parts (as a host pre-filters). */
  const filterArb: fc.Arbitrary<SearchFilter> = fc
    .record(
      {
        kind: facetValues('kind'),
        direction: facetValues('direction'),
        providerType: facetValues('providerType'),
        country: facetValues('country'),
        topic: facetValues('topic'),
        field: facetValues('field'),
        audience: facetValues('audience'),
        mode: facetValues('mode'),
        language: facetValues('language'),
        status: facetValues('status'),
        from: dateArb,
        to: dateArb,
      },
      { requiredKeys: [] },
    )
    .chain((f) => fc.shuffledSubarray(Object.keys(f), { maxLength: 3 }).map((keys) => Object.fromEntries(keys.map((k) => [k, (f as Record<string, unknown>)[k]])))) as fc.Arbitrary<SearchFilter>;

  /** What the finder did before: one index over everything to collect the filtered items, then one over those. */
  function twoIndexes(items: Opportunity[], filter: SearchFilter): SearchIndex {
    const inside = all(createSearchIndex(items, { now: NOW }), filter);
    return createSearchIndex(inside, { now: NOW });
  }

  it('searches as an index of only the items inside it would (items, total, page, facets)', () => {
    fc.assert(
      fc.property(itemsArb, filterArb, queryArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 7 }), (items, filter, q, page, pageSize) => {
        tally.add('base filter');
        const one = createSearchIndex(items, { now: NOW, filter });
        const two = twoIndexes(items, filter);
        const a = run(one, { ...q, page, pageSize });
        const b = run(two, { ...q, page, pageSize });
        assert.equal(a.total, b.total);
        assert.equal(a.page, b.page);
        assert.deepEqual(a.facets, b.facets);
        // A base `status` is applied at each search, so the text statistics (a word's rarity) are those of the items
        // inside its facets and dates: with text ranked by relevance, compare what is found, not its order.
        const byRelevance = typeof q.text === 'string' && q.text.trim() !== '' && (q.sort === undefined || q.sort === 'relevance');
        if (filter.status?.length && byRelevance) {
          const ids = (r: Opportunity[]) => r.map((o) => items.indexOf(o)).sort((x, y) => x - y);
          assert.deepEqual(ids(all(one, q)), ids(all(two, q)));
        } else assert.deepEqual(a.items, b.items);
        if (!filter.status?.length) assert.equal(one.size, two.size);
        if (!filter.status?.length) for (const o of items) assert.equal(one.get(o.id) !== undefined, two.get(o.id) !== undefined, 'get finds the items inside');
      }),
      params(300),
    );
  });

  it('evaluates a base status at each search’s now, not when the index is built', () => {
    const items = parseFeed({
      version: '1',
      opportunities: [
        { id: 'https://x.eu/a', title: 'A', kind: 'course', provider: { name: 'X', country: 'BE' }, start: '2027-03-01', end: '2027-03-05', application: { url: 'https://x.eu/apply', opens: '2027-01-01', deadline: '2027-02-01' } },
      ],
    }).opportunities;
    const index = createSearchIndex(items, { filter: { status: ['open'] } });
    assert.equal(index.size, 1);
    assert.equal(index.search({ now: '2027-01-15' }).total, 1);
    assert.equal(index.search({ now: '2027-02-15' }).total, 0, 'closed by then');
    assert.deepEqual(index.search({ now: '2027-02-15' }).facets.status, []);
    assert.equal(index.get('https://x.eu/a'), items[0], 'get does not depend on the status');
  });

  it('keeps only the items inside its facets and dates (size, get)', () => {
    const items = parseFeed({
      version: '1',
      opportunities: ['BE', 'FI', 'uk'].map((country, i) => ({ id: `https://x.eu/${i}`, title: `T${i}`, kind: 'course', provider: { name: 'X', country }, start: `2027-0${i + 1}-01` })),
    }).opportunities;
    const index = createSearchIndex(items, { filter: { country: ['gb', 'be'], from: '2027-01-01' } });
    assert.equal(index.size, 2);
    assert.equal(index.get('https://x.eu/1'), undefined);
    assert.deepEqual(index.search({ country: ['FI'] }).facets.country, [{ value: 'BE', count: 1 }, { value: 'GB', count: 1 }, { value: 'FI', count: 0 }]);
    assert.equal(createSearchIndex(items, { filter: { from: '2027-03-01', to: '2027-01-01' } }).size, 0, 'a reversed window holds nothing');
  });
});
