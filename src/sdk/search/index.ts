/**
 * Headless search over opportunities: an in-memory index with text matching (folded, prefix, typo-tolerant),
 * facet filters with disjunctive counts, date ranges, sorting and paging, plus query ⇄ URL helpers and a Web Worker
 * bridge. DOM-free.
 */
export { createSearchIndex } from './engine.js';
export { queryFromParams, queryToParams, queryToString } from './params.js';
export { foldText, tokenize } from './fold.js';
export { FACET_NAMES, SORT_ORDERS } from './types.js';
export type { FacetCount, FacetName, SearchIndex, SearchIndexOptions, SearchQuery, SearchResult, SortOrder } from './types.js';
export { createWorkerSearch, serveSearchIndex } from './worker.js';
export type { MessageEndpoint, SearchReply, SearchRequest, WorkerSearch } from './worker.js';
