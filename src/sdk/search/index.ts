/**
 * Headless search over opportunities, DOM-free (Node, browsers, workers).
 *
 * ```ts
 * const index = createSearchIndex(opportunities, { locale: 'nl' });
 * const result = index.search(queryFromParams(new URLSearchParams(location.search)));
 * history.replaceState(null, '', '?' + queryToString(query));
 * ```
 *
 * The rules, in one place (details on `SearchQuery`, `SearchResult`):
 * - No hidden defaults: an empty query matches everything. Default order without text: start (earliest first,
 *   undated last), then title (locale collation), then id; with text: relevance, ties in that default order.
 * - Text is folded (case, diacritics, punctuation; `ł ø æ ß œ đ þ ð ı ħ`, Greek accents and final sigma, Cyrillic
 *   `ё`/`й`): `lodz` finds Łódź, `ile de france` finds l'Île-de-France. Every query word must match (AND): exactly,
 *   as a prefix when it is the last word (typing), or with a typo (1 edit from 5 letters, 2 from 9).
 *   Relevance: title > summary > provider/place/topics/tags/country name > description; exact > prefix > typo.
 * - Facets: values OR within a facet, AND across facets; counts are disjunctive (a facet's counts ignore its own
 *   filter). `field` is hierarchical (`04` matches `041`, `0413`); `language` matches base languages; `country` is
 *   `location.country`, else `provider.country`; `direction` is `offer` when absent; `status` is
 *   `opportunityStatus` at `now`.
 * - `from`/`to`: the opportunity's dates must overlap the range (date-only ends last the whole day, UTC); undated
 *   items never match a range; a reversed range (`from` after `to`) matches nothing.
 * - Sorts: `deadline` (soonest first), `start`, `updated` (newest first), `title`; items without the value last.
 * - Absurd input is clamped, never thrown on: text to 500 characters and 16 words, page to 1 … last page, page size
 *   to 1 … 1000 (default 20), unknown values match nothing, malformed parts are ignored.
 */
export { createSearchIndex } from './engine.js';
export { queryFromParams, queryToParams, queryToString } from './params.js';
export { foldText, tokenize } from './fold.js';
export { DEFAULT_PAGE_SIZE, FACET_NAMES, MAX_PAGE_SIZE, SORT_ORDERS } from './types.js';
export type {
  FacetCount,
  FacetName,
  SearchIndex,
  SearchIndexOptions,
  SearchLabels,
  SearchFilter,
  SearchQuery,
  SearchResult,
  SortOrder,
} from './types.js';
export { DEFAULT_FILTER_FACETS, FACETS, facetSpec } from './facets.js';
export type { FacetOrder, FacetSpec } from './facets.js';
export { createWorkerSearch, serveSearchIndex } from './worker.js';
export type { MessageEndpoint, SearchReply, SearchRequest, WorkerSearch } from './worker.js';
export { createRemoteSearch, readSearchResult } from './remote.js';
export type { RemoteSearch, RemoteSearchOptions } from './remote.js';
export { buildIndex, inPageBackend, withinBase } from './backend.js';
export { remoteBackend } from './remote-backend.js';
export type { BackendKind, BaseFilter, SearchBackend, SearchOptions } from './backend.js';
export * as visitorState from './visitor-state.js';
export type { Chip, VisitorQuery } from './visitor-state.js';
