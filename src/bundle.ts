/**
 * The script-tag bundle's entry (`dist/opportunity-kit.js`). It registers every element and exports the SDK functions a
 * page script needs; what a finder page does not need before its first render loads lazily from `chunks/` beside the
 * bundle (relative to its own URL): each UI language but English, the application form, the detail view's sanitiser,
 * the format readers. Load it with `<script type="module" src=".../opportunity-kit.js"></script>`.
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
import './define/opp-detail.js';
import './define/opp-stats.js';
import { lazyDefine } from './elements/base/lazy-define.js';

lazyDefine('opp-apply', () => import('./define/opp-apply.js'));

export {
  parseFeed,
  opportunityStatus,
  canApply,
  localize,
  safeUrl,
  createClient,
  createSearchIndex,
  queryToParams,
  queryFromParams,
} from './sdk/index.js';
export type { Opportunity, FeedResult, FeedIssue, SearchQuery, SearchResult, OpportunityStatus } from './sdk/index.js';
