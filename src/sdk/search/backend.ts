/**
 * One finder, three places a search can run: the search backend interface.
 *
 * - `inPageBackend(index)`: the index in the page (`createSearchIndex`); answers within the same task.
 * - `createWorkerBackend(…)` (./worker-backend.ts): the same engine in a Web Worker, built and searched off the main
 *   thread.
 * - `remoteBackend(remote)`: a hub (`createRemoteSearch`), over HTTP.
 *
 * All three take the host's base filter (a pre-filter: facets and a date window) and answer the same queries with the
 * same `SearchResult`; a test runs one contract suite over the three (test/node/search-backends.test.ts).
 * Answers are promises; `signal` aborts a superseded one (the promise then rejects with the signal's reason, and a
 * remote request is cancelled).
 */
import type { Opportunity } from '../feed/schema.js';
import { FACET_NAMES } from './types.js';
import { baseLanguage, countryCode } from './facets.js';
import type { FacetName, SearchIndex, SearchIndexOptions, SearchQuery, SearchResult } from './types.js';
import type { RemoteSearch } from './remote.js';
import { FACETS } from './facets.js';
import type { FacetSpec } from './facets.js';
import { instantOf, isIsoDate } from '../feed/values.js';

export type BackendKind = 'in-page' | 'worker' | 'remote';

/** What the host fixes: facets and a date window. A query is answered within it (AND). */
export type BaseFilter = Pick<SearchQuery, FacetName | 'from' | 'to'>;

export interface SearchOptions {
  signal?: AbortSignal;
}

export interface SearchBackend {
  readonly kind: BackendKind;
  /** One page of results with every facet's counts, within the base filter. */
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchResult>;
  /**
   * The same answer at once, when the backend can give it without waiting (the in-page index): a view updates in the
   * same frame as the keystroke. Undefined for the others.
   */
  searchNow?(query: SearchQuery): SearchResult;
  /** One opportunity by id (undefined when the backend does not have it). */
  get(id: string, options?: SearchOptions): Promise<Opportunity | undefined>;
  /** The same at once, when the backend holds the items (in-page). */
  getNow?(id: string): Opportunity | undefined;
  /** How many opportunities it searches (within the base filter); undefined when not known (a hub). */
  readonly size: number | undefined;
  /** The facets its results count. */
  readonly facets: readonly FacetName[];
  /** Release what it holds (a worker is terminated; pending answers reject). */
  dispose(): void;
}

const aborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The search was aborted.', 'AbortError');
};

/** An empty page: the answer to a query the base filter excludes. */
export function emptyResult(query: SearchQuery = {}): SearchResult {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as SearchResult['facets'];
  return { items: [], total: 0, page: 1, pageSize: query.pageSize ?? 20, facets };
}

/** Values as the engine compares them (a base filter and a query may spell them differently). */
function norm(facet: FacetName, v: string): string {
  if (facet === 'country') return countryCode(v.trim());
  if (facet === 'language') return baseLanguage(v.trim());
  return v.trim();
}

/** Whether a value (of a query or a result's facet) lies within the allowed ones; fields are hierarchical (`04` ⊃ `041`). */
const within = (facet: FacetName, value: string, allowed: readonly string[]) =>
  facet === 'field' ? allowed.some((a) => value.startsWith(a)) : allowed.includes(value);

/**
 * A query narrowed to the base filter, or undefined when the two exclude each other (a visitor's value the host does
 * not allow). For backends that cannot take the base filter themselves (a hub answers one query). Per facet, the
 * values both allow (a field the visitor picked inside one the host fixed is kept; one the host fixed inside the
 * visitor's is taken); the date window is the overlap of the two (an item overlaps both windows exactly when it
 * overlaps their overlap).
 */
export function withinBase(q: SearchQuery, base: BaseFilter): SearchQuery | undefined {
  const query: SearchQuery = { ...q };
  for (const key of FACET_NAMES) {
    const allowed = (base[key] as string[] | undefined)?.map((v) => norm(key, v));
    if (!allowed?.length) continue;
    const mine = (query[key] as string[] | undefined)?.map((v) => norm(key, v));
    const values = !mine?.length
      ? allowed
      : [...new Set([...mine.filter((v) => within(key, v, allowed)), ...allowed.filter((a) => within(key, a, mine))])];
    if (!values.length) return undefined;
    (query as Record<string, string[]>)[key] = values;
  }
  if (base.from && (!query.from || query.from < base.from)) query.from = base.from;
  if (base.to && (!query.to || query.to > base.to)) query.to = base.to;
  return query;
}

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
 * Whether one item lies within a base filter's facets and dates (not its status, which depends on the moment): the
 * index's own rule (selection.ts `withinBase`) for one item, without loading the engine.
 */
function itemWithinBase(o: Opportunity, base: BaseFilter): boolean {
  for (const spec of FACETS as readonly FacetSpec<FacetName>[]) {
    const allowed = ((base[spec.name] as string[] | undefined) ?? []).map(spec.key);
    if (!allowed.length || !spec.values) continue;
    let hit = false;
    spec.values(o, (v) => {
      if (allowed.includes(v)) hit = true;
    });
    if (!hit) return false;
  }
  const at = (v: unknown, end: boolean) => (typeof v === 'string' ? instantOf(v, end) : NaN);
  if (base.from && isIsoDate(base.from) && !(at(o.end ?? o.start, true) >= instantOf(base.from, false))) return false;
  if (base.to && isIsoDate(base.to) && !(at(o.start ?? o.end, false) <= instantOf(base.to, true))) return false;
  return true;
}

/** Whether a base filter fixes anything. */
export function hasBase(base: BaseFilter | undefined): boolean {
  return !!base && Object.values(base).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''));
}

/** The in-page backend over an index already built (with its base filter, if any, given to `createSearchIndex`). */
export function inPageBackend(index: SearchIndex): SearchBackend {
  return {
    kind: 'in-page',
    facets: FACET_NAMES,
    get size() {
      return index.size;
    },
    searchNow: (query) => index.search(query),
    getNow: (id) => index.get(id),
    async search(query, { signal } = {}) {
      aborted(signal);
      return index.search(query);
    },
    async get(id, { signal } = {}) {
      aborted(signal);
      return index.get(id);
    },
    dispose() {},
  };
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
      if (item && hasBase(base) && !itemWithinBase(item, base)) return undefined;
      return item;
    },
    dispose() {},
  };
}

type CreateIndex = (items: readonly Opportunity[], options?: SearchIndexOptions) => SearchIndex;

/**
 * Build the index a local backend (in-page or worker) searches: over the items within the base filter (the engine's
 * `filter` option). `create` is the engine's `createSearchIndex` (passed in, so this module does not pull the engine
 * into a bundle).
 */
export function buildIndex(create: CreateIndex, items: readonly Opportunity[], options: SearchIndexOptions = {}, base: BaseFilter = {}): SearchIndex {
  return create(items, hasBase(base) ? { ...options, filter: base } : options);
}
