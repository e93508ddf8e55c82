/**
 * The facet table (`src/sdk/search/facets.ts`): every facet round-trips through the URL, its normalisers, and the
 * lists derived from it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIRECTIONS, KINDS, MODES, PROVIDER_TYPES } from '../../src/sdk/feed/codes.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { STATUSES } from '../../src/sdk/status.js';
import { createSearchIndex, DEFAULT_FILTER_FACETS, FACET_NAMES, FACETS, facetSpec, queryFromParams, queryToParams, queryToString } from '../../src/sdk/search/index.js';
import type { FacetName, SearchQuery } from '../../src/sdk/search/index.js';

/** Valid values of each facet, as a query writes them. */
const VALID: Record<FacetName, string[]> = {
  kind: [...KINDS],
  direction: [...DIRECTIONS],
  providerType: [...PROVIDER_TYPES],
  country: ['BE', 'FI', 'GR', 'GB'],
  topic: ['libraries', 'open-science'],
  field: ['04', '041', '0413'],
  audience: ['library-staff'],
  mode: [...MODES],
  language: ['en', 'pt-BR', 'sr-Latn-RS'],
  status: [...STATUSES],
};

const spec = (name: FacetName) => facetSpec(name)!;

describe('the facet table', () => {
  it('lists the facets once, in the order results list them', () => {
    assert.deepEqual(FACET_NAMES, ['kind', 'direction', 'providerType', 'country', 'topic', 'field', 'audience', 'mode', 'language', 'status']);
    assert.deepEqual(FACETS.map((f) => f.name), [...FACET_NAMES]);
    assert.equal(new Set(FACETS.map((f) => f.param)).size, FACETS.length, 'URL parameters are distinct');
    assert.equal(new Set(FACETS.map((f) => f.attribute)).size, FACETS.length, 'attributes are distinct');
    assert.ok(!FACETS.some((f) => ['q', 'from', 'to', 'sort', 'page', 'size', 'opp'].includes(f.param)), 'no parameter clashes with the others');
    assert.equal(facetSpec('nothing'), undefined);
  });

  it('keeps today’s short URL parameters and host attributes', () => {
    assert.equal(spec('providerType').param, 'provider');
    assert.equal(spec('providerType').attribute, 'provider-type');
    for (const name of FACET_NAMES.filter((n) => n !== 'providerType')) {
      assert.equal(spec(name).param, name);
      assert.equal(spec(name).attribute, name);
    }
  });

  it('round-trips every facet through queryToParams / queryFromParams', () => {
    for (const name of FACET_NAMES) {
      const query = { [name]: VALID[name] } as SearchQuery;
      const params = queryToParams(query);
      assert.deepEqual([...params.keys()], [spec(name).param], name);
      assert.deepEqual(queryFromParams(params), query, name);
      assert.deepEqual(queryFromParams(queryToString(query)), query, name);
    }
    const every = Object.fromEntries(FACET_NAMES.map((n) => [n, VALID[n]])) as SearchQuery;
    assert.deepEqual(queryFromParams(queryToParams(every)), every);
    assert.deepEqual([...queryToParams(every).keys()], FACETS.map((f) => f.param), 'written in the table’s order');
  });

  it('normalises values as the feed format writes them (host attributes)', () => {
    assert.equal(spec('country').normalize(' fi '), 'FI');
    assert.equal(spec('country').normalize('el'), 'GR');
    assert.equal(spec('country').normalize('UK'), 'GB');
    assert.equal(spec('language').normalize('pt-BR'), 'pt-BR', 'language tags as given');
    assert.equal(spec('field').normalize('0413'), '0413');
    assert.equal(spec('kind').normalize('Staff-Week'), 'staff-week');
    assert.equal(spec('providerType').normalize('HEI'), 'hei');
    assert.equal(spec('status').normalize('Open'), 'open');
    assert.equal(spec('kind').normalize('banana'), 'banana', 'never rejects: a value nothing has matches nothing');
  });

  it('matches on keys: base languages, aliased countries', () => {
    assert.equal(spec('language').key(' PT-br '), 'pt');
    assert.equal(spec('country').key('el'), 'GR');
    assert.equal(spec('topic').key(' ICT '), 'ict');
    assert.equal(spec('field').key(' 041 '), '041');
  });

  it('reads URL values: normalised when they can be valid, else dropped', () => {
    assert.equal(spec('country').parse('uk'), 'GB');
    assert.equal(spec('country').parse('FIN'), undefined);
    assert.equal(spec('field').parse('04'), '04');
    assert.equal(spec('field').parse('04130'), undefined);
    assert.equal(spec('field').parse('4'), undefined);
    assert.equal(spec('topic').parse('Open-Science'), 'open-science');
    assert.equal(spec('topic').parse('open science'), undefined);
    assert.equal(spec('language').parse('pt-BR'), 'pt-BR');
    assert.equal(spec('language').parse('12'), undefined);
    assert.equal(spec('kind').parse('banana'), undefined);
    assert.equal(spec('status').parse('open'), 'open');
  });

  it('marks field as the one hierarchical facet, and status as computed (no item values)', () => {
    assert.deepEqual(FACETS.filter((f) => f.hierarchical).map((f) => f.name), ['field']);
    assert.deepEqual(FACETS.filter((f) => !('values' in f) || f.values === undefined).map((f) => f.name), ['status']);
    assert.ok(FACETS.every((f) => f.order === 'count'));
  });

  it('gives <opp-filters> its default groups and order', () => {
    assert.deepEqual(DEFAULT_FILTER_FACETS, ['kind', 'direction', 'status', 'country', 'topic', 'audience', 'providerType', 'mode', 'language']);
  });

  it('reads item values as the table says (the engine counts them)', () => {
    const [o] = parseFeed({
      version: '1',
      opportunities: [
        {
          id: 'https://x.eu/1',
          title: 'T',
          kind: 'course',
          provider: { name: 'X', country: 'EL', type: 'hei' },
          topics: ['ict'],
          fields: ['0413'],
          audience: ['teachers'],
          languages: [{ lang: 'pt-BR' }],
          mode: 'online',
          start: '2027-03-01',
        },
      ],
    }).opportunities;
    const seen: Record<string, string[]> = {};
    for (const f of FACETS) if ('values' in f && f.values) f.values(o!, (v) => (seen[f.name] ??= []).push(v));
    assert.deepEqual(seen, {
      kind: ['course'],
      direction: ['offer'],
      providerType: ['hei'],
      country: ['GR'],
      topic: ['ict'],
      field: ['04', '041', '0413'],
      audience: ['teachers'],
      mode: ['online'],
      language: ['pt'],
    });
    const r = createSearchIndex([o!], { now: '2027-01-01' }).search({ field: ['04'], language: ['pt-PT'], country: ['el'] });
    assert.equal(r.total, 1);
    assert.deepEqual(Object.keys(r.facets), [...FACET_NAMES]);
    assert.deepEqual(r.facets.field.map((f) => f.value), ['04', '041', '0413']);
  });
});
