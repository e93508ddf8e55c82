/**
 * The remote backend: a hub answers every query, narrowed to the host's base filter (`withinBase`), its facet counts
 * made as if the base had been applied before counting. A chunk of its own, loaded with the hub client (a page on an
 * in-page index never downloads it).
 */
import { FACET_NAMES } from './types.js';
import type { SearchQuery, SearchResult } from './types.js';
import { withinBase as itemsWithinBase } from './selection.js';
import type { RemoteSearch } from './remote.js';
import { aborted, emptyResult, hasBase, norm, within, withinBase } from './backend.js';
import type { BaseFilter, SearchBackend } from './backend.js';

/**
 * A result answered for `withinBase(query)` as if the base filter had been applied before counting: a facet the base
 * fixes lists only the values within it (a disjunctive count ignores the facet's own filter, and so the base's), and
 * a value listed only because the base selected it (count 0, not chosen by the visitor) is not listed, and every value
 * the visitor chose is (with 0 when nothing has it).
 */
export function facetsWithinBase(result: SearchResult, base: BaseFilter, query: SearchQuery): SearchResult {
  const facets = { ...result.facets };
  for (const key of FACET_NAMES) {
    const allowed = (base[key] as string[] | undefined)?.map((v) => norm(key, v));
    if (!allowed?.length || !facets[key]) continue;
    const chosen = ((query[key] as string[] | undefined) ?? []).map((v) => norm(key, v));
    const kept = facets[key].filter((f) => within(key, f.value, allowed) && (f.count > 0 || chosen.includes(f.value)));
    for (const value of chosen) if (!kept.some((f) => f.value === value)) kept.push({ value, count: 0 });
    facets[key] = kept;
  }
  return { ...result, facets };
}

/**
 * The answer to a query the base filter excludes (a visitor's value the host does not allow), as an index over the
 * base's items gives it: nothing matches, the facets that exclude each other still count the base's values (a
 * disjunctive count leaves out the facet's own filter: `ask` gets the query without it), and every chosen value is
 * listed with 0.
 */
async function excluded(query: SearchQuery, base: BaseFilter, ask: (q: SearchQuery) => Promise<SearchResult>): Promise<SearchResult> {
  const out = emptyResult(query);
  const clashing = FACET_NAMES.filter((key) => {
    const { [key]: _own, ...rest } = query;
    return withinBase(rest, base) !== undefined && withinBase(query, base) === undefined;
  });
  for (const key of clashing) {
    const { [key]: _own, ...rest } = query;
    const r = await ask({ ...withinBase(rest, base)!, pageSize: 1, page: 1 });
    out.facets[key] = facetsWithinBase(r, base, query).facets[key];
  }
  for (const key of FACET_NAMES) {
    const chosen = ((query[key] as string[] | undefined) ?? []).map((v) => norm(key, v));
    for (const value of chosen) if (!out.facets[key].some((f) => f.value === value)) out.facets[key].push({ value, count: 0 });
  }
  return out;
}

/**
 * The remote backend: a hub answers every query, narrowed to the base filter (a query the base excludes gets an
 * empty page without asking). `now` is not sent: the hub computes statuses at its own clock.
 */
export function remoteBackend(remote: RemoteSearch, base: BaseFilter = {}): SearchBackend {
  return {
    kind: 'remote',
    facets: FACET_NAMES,
    size: undefined,
    async search(query, options = {}) {
      aborted(options.signal);
      const q = withinBase(query, base);
      if (!q) return excluded(query, base, (x) => remote.search(x, options));
      return facetsWithinBase(await remote.search(q, options), base, query);
    },
    async get(id, options = {}) {
      aborted(options.signal);
      const item = await remote.get(id, options);
      // An item outside the host's pre-filter (a deep link into a partner's listing) is not theirs to show. Its status
      // is not checked: that is the visitor's filter, and a detail opens whatever its status.
      if (item && hasBase(base) && itemsWithinBase([item], base).items.length === 0) return undefined;
      return item;
    },
    dispose() {},
  };
}
