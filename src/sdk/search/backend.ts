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

/** @internal Throw the signal's reason when it is aborted. */
export const aborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The search was aborted.', 'AbortError');
};

/** An empty page: the answer to a query the base filter excludes. */
export function emptyResult(query: SearchQuery = {}): SearchResult {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as SearchResult['facets'];
  return { items: [], total: 0, page: 1, pageSize: query.pageSize ?? 20, facets };
}

/** Values as the engine compares them (a base filter and a query may spell them differently). */
export function norm(facet: FacetName, v: string): string {
  if (facet === 'country') return countryCode(v.trim());
  if (facet === 'language') return baseLanguage(v.trim());
  return v.trim();
}

/** Whether a value (of a query or a result's facet) lies within the allowed ones; fields are hierarchical (`04` ⊃ `041`). */
export const within = (facet: FacetName, value: string, allowed: readonly string[]) =>
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


type CreateIndex = (items: readonly Opportunity[], options?: SearchIndexOptions) => SearchIndex;

/**
 * Build the index a local backend (in-page or worker) searches: over the items within the base filter (the engine's
 * `filter` option). `create` is the engine's `createSearchIndex` (passed in, so this module does not pull the engine
 * into a bundle).
 */
export function buildIndex(create: CreateIndex, items: readonly Opportunity[], options: SearchIndexOptions = {}, base: BaseFilter = {}): SearchIndex {
  return create(items, hasBase(base) ? { ...options, filter: base } : options);
}
