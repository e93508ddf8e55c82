/**
 * `opportunity-kit`: the headless SDK re-exported, and every element registered. Import it once (or load the
 * script-tag bundle) and use the tags:
 *
 *   <opp-finder feed="https://example.eu/staff-weeks.json" kind="staff-week"></opp-finder>
 *
 * Registration tolerates a second copy of the bundle on the page: the first definition of each tag wins.
 * The provider registers before its parts, so parts already in the page find it as they upgrade.
 */
// Each import registers its tag as it is evaluated, in this order (the provider first).
import { OppFinderProvider } from './define/opp-finder-provider.js';
import { OppFinder } from './define/opp-finder.js';
import { OppStats } from './elements/stats/opp-stats.js';
import { OppCard } from './elements/card/opp-card.js';
import { OppDetail } from './define/opp-detail.js';
import { OppSearchBox } from './elements/parts/opp-search-box.js';
import { OppFilters } from './elements/parts/opp-filters.js';
import { OppResults } from './elements/parts/opp-results.js';
import { OppPagination } from './elements/parts/opp-pagination.js';
import './elements/base/events.js';
// Registers <opp-apply> for pages that use it on its own (<opp-detail> also imports it lazily).
import './elements/apply/opp-apply.js';

export * from './sdk/index.js';
// This entry reads every feed format: its `createClient` is the formats-aware one (`opportunity-kit/sdk`'s reads JSON).
export { createFormatsClient as createClient, createFormatsClient, formatsReader } from './formats/reader.js';
export {
  OppFinderProvider,
  OppFinder,
  OppCard,
  OppDetail,
  OppStats,
  OppSearchBox,
  OppFilters,
  OppResults,
  OppPagination,
};
export { OppElement } from './elements/base/opp-element.js';
export type {
  OppEventMap,
  SelectEventDetail,
  SearchEventDetail,
  LoadEventDetail,
  ErrorEventDetail,
  DetailCloseEventDetail,
  ApplyStartEventDetail,
  CalendarDownloadEventDetail,
  ApplySubmitEventDetail,
  ApplySuccessEventDetail,
  ApplyErrorEventDetail,
  ApplyRetryEventDetail,
  ApplyErrorKind,
} from './elements/base/events.js';
export { FinderController, DEFAULT_STATUS } from './elements/finder/finder-controller.js';
export type {
  FinderConfig,
  FinderStatus,
  VisitorQuery,
  Prefilter,
  Chip,
  ChangeReason,
} from './elements/finder/finder-controller.js';
export { finderContext } from './elements/finder/context.js';
