/**
 * Search on a hub (`opportunity-kit hub`), headless: the same `SearchResult` as the in-page index, answered over HTTP
 * by the hub's `/search` (the finder's own URL parameters). The hub's answer is untrusted: every item goes through
 * the feed validator (so a `javascript:` link or a malformed item never reaches a page), and facets, totals and pages
 * are checked before use.
 */
import ky, { HTTPError } from 'ky';
import { parseFeed } from '../feed/parse.js';
import type { Opportunity } from '../feed/schema.js';
import { queryToString } from './params.js';
import { FACET_NAMES } from './facets.js';
import type { FacetName } from './facets.js';
import type { FacetCount, SearchQuery, SearchResult } from './types.js';

export interface RemoteSearchOptions {
  /** The hub's API base, e.g. `https://hub.example.eu/api/v1`. */
  url: string;
  /** Per request (default 15 s). */
  timeout?: number;
  fetch?: typeof fetch;
}

export interface RemoteSearch {
  readonly url: string;
  /** One page of results with every facet's counts. Rejects on a network or HTTP error, or an unusable answer. */
  search(query: SearchQuery, options?: { signal?: AbortSignal }): Promise<SearchResult>;
  /** One opportunity, or undefined when the hub does not have it (404). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<Opportunity | undefined>;
  /**
   * The address of a query as one of the hub's subscription feeds (`feed.ics`, `feed.json`, …): the parameters
   * `search` would send, without paging, so a calendar or feed reader follows every match as the hub updates.
   */
  feedUrl(query: SearchQuery, format: string): string;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);

/** Only valid items survive (dropped ones are reported to the console by the caller if it wishes). */
function validItems(items: unknown): Opportunity[] {
  if (!Array.isArray(items)) return [];
  return parseFeed({ version: '1', opportunities: items }).opportunities;
}

/** A checked `SearchResult` from whatever the hub sent. */
export function readSearchResult(body: unknown): SearchResult {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { items?: unknown }).items)) {
    throw new TypeError('The hub did not answer with search results.');
  }
  const b = body as Record<string, unknown>;
  const facets = {} as Record<FacetName, FacetCount[]>;
  const given = (b.facets && typeof b.facets === 'object' ? b.facets : {}) as Record<string, unknown>;
  for (const name of FACET_NAMES) {
    const list = Array.isArray(given[name]) ? (given[name] as unknown[]) : [];
    facets[name] = list
      .filter((f): f is { value: string; count: unknown } => !!f && typeof (f as { value?: unknown }).value === 'string')
      .slice(0, 1000)
      .map((f) => ({ value: f.value.slice(0, 200), count: count(f.count) }));
  }
  const items = validItems(b.items);
  return { items, total: Math.max(count(b.total), items.length), page: Math.max(1, count(b.page)), pageSize: Math.max(1, count(b.pageSize)), facets };
}

export function createRemoteSearch(options: RemoteSearchOptions): RemoteSearch {
  const base = options.url.replace(/\/+$/, '');
  const http = ky.create({
    timeout: options.timeout ?? 15_000,
    // A hub that is starting (or busy) answers 503 or 429 with Retry-After: wait as told (at most 10 s a time), up to
    // 8 times, while the finder shows that it is loading. Any other failure is retried once.
    retry: {
      limit: 8,
      maxRetryAfter: 10_000,
      shouldRetry: ({ error, retryCount }) => {
        const waitable = error instanceof HTTPError && [429, 503].includes(error.response.status) && error.response.headers.has('Retry-After');
        return waitable || retryCount <= 1 ? undefined : false;
      },
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    url: base,
    async search(query, { signal } = {}) {
      const { now: _now, ...rest } = query; // the hub computes statuses at its own clock
      const body = await http.get(`${base}/search?${queryToString(rest)}`, signal ? { signal } : {}).json();
      return readSearchResult(body);
    },
    feedUrl(query, format) {
      const { now: _now, page: _page, pageSize: _size, ...rest } = query;
      const params = queryToString(rest);
      return `${base}/feed.${encodeURIComponent(format)}${params ? `?${params}` : ''}`;
    },
    async get(id, { signal } = {}) {
      const res = await http.get(`${base}/opportunities/${encodeURIComponent(id)}`, { throwHttpErrors: false, ...(signal ? { signal } : {}) });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`The hub answered HTTP ${res.status} for opportunity '${id}'.`);
      return validItems([await res.json()])[0];
    },
  };
}
