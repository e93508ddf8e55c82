/**
 * The script-tag bundle's entry (`dist/opportunity-kit.js`). It registers every element and exports the SDK functions a
 * page script needs; what a finder page does not need before its first render loads lazily from `chunks/` beside the
 * bundle (relative to its own URL): each UI language but English, `<opp-detail>` (with the calendar export and the
 * detail view's sanitiser), `<opp-stats>`, the application form, the format readers. Load it with
 * `<script type="module" src=".../opportunity-kit.js"></script>`.
 *
 * `<opp-detail>`, `<opp-stats>` and `<opp-apply>` are registered on demand: when the tag first appears in the page, or
 * (inside a finder) when a detail opens. Tags already in the page when the bundle runs are registered before this
 * module finishes evaluating (a top-level await, which also waits for the feed parser behind `parseFeed`), so a page
 * script that imports the bundle finds them defined and upgraded. An element a script creates later is defined once its chunk arrives: `await customElements.whenDefined()`
 * before calling its methods.
 *
 * Developers with a bundler import `opportunity-kit` (everything) or `opportunity-kit/<tag>` (one element) instead.
 */
import './i18n/loaders.js';
import './define/opp-finder-provider.js';
import './define/opp-finder.js';
import './define/opp-card.js';
import './define/opp-search-box.js';
import './define/opp-filters.js';
import './define/opp-results.js';
import './define/opp-pagination.js';
import { lazyDefine } from './elements/base/lazy-define.js';
import { defineDetail } from './elements/detail/detail-parts.js';
import type { parseFeed as ParseFeed } from './sdk/feed/parse.js';
import type { createSearchIndex as CreateSearchIndex } from './sdk/search/engine.js';

/**
 * The feed parser and the search engine are chunks of their own (the finder loads them alongside the feed); this
 * module's `parseFeed` and `createSearchIndex` exports are set from them before the module finishes evaluating, so a
 * page script that imports them can call them at once.
 */
let parseFeed: typeof ParseFeed;
let createSearchIndex: typeof CreateSearchIndex;
await Promise.all([
  lazyDefine('opp-detail', defineDetail),
  lazyDefine('opp-stats', () => import('./define/opp-stats.js')),
  lazyDefine('opp-apply', () => import('./elements/apply/opp-apply.js')),
  import('./sdk/feed/parse.js').then((m) => void (parseFeed = m.parseFeed)),
  import('./sdk/search/engine.js').then((m) => void (createSearchIndex = m.createSearchIndex)),
]);

// Each SDK module directly (not the `sdk/index.ts` barrel), so nothing a page does not use is evaluated up front.
export { parseFeed, createSearchIndex };
export { opportunityStatus, canApply } from './sdk/status.js';
// demo/cards.js sorts by date with it; it is in the core chunk anyway.
export { instantOf } from './sdk/feed/values.js';
export { localize } from './sdk/text/localize.js';
export { safeUrl } from './sdk/text/url.js';
// Every feed format, as before: the format parsers load lazily, when a feed is not JSON.
export { createFormatsClient as createClient } from './formats/reader.js';
export { queryToParams, queryFromParams, queryToString } from './sdk/search/params.js';
export type { Opportunity } from './sdk/feed/schema.js';
export type { FeedResult, FeedIssue } from './sdk/feed/parse.js';
export type { SearchQuery, SearchResult } from './sdk/search/types.js';
export type { OpportunityStatus } from './sdk/status.js';
