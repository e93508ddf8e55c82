/**
 * JSX types for React 19, which renders custom elements natively: properties that exist on the element are set as
 * properties (`pageSize={12}`, `opportunity={o}`), everything else as attributes. Opt in once in your app:
 *
 *   import type {} from 'opportunity-kit/react';
 *   import 'opportunity-kit';
 *   <opp-finder feed="/staffweeks.json" kind="staff-week" pageSize={12} />
 *
 * Types only: this module has no runtime code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { OppFinder } from './elements/finder/opp-finder.js';
import type { OppFinderProvider } from './elements/finder/opp-finder-provider.js';
import type { OppCard } from './elements/card/opp-card.js';
import type { OppDetail } from './elements/detail/opp-detail.js';
import type { OppStats } from './elements/stats/opp-stats.js';
import type { OppSearchBox } from './elements/parts/opp-search-box.js';
import type { OppFilters } from './elements/parts/opp-filters.js';
import type { OppResults } from './elements/parts/opp-results.js';
import type { OppPagination } from './elements/parts/opp-pagination.js';
import type { OppApply } from './elements/apply/opp-apply.js';

/** The element's own public, non-function properties, all optional. */
type OwnProps<E> = {
  [K in keyof E as K extends keyof LitElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** What a JSX tag of element `E` accepts: React's HTML attributes plus the element's properties. */
export type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & OwnProps<E>;

export interface OpportunityKitIntrinsicElements {
  'opp-finder': ElementProps<OppFinder>;
  'opp-finder-provider': ElementProps<OppFinderProvider>;
  'opp-card': ElementProps<OppCard>;
  'opp-detail': ElementProps<OppDetail>;
  'opp-stats': ElementProps<OppStats>;
  'opp-search-box': ElementProps<OppSearchBox>;
  'opp-filters': ElementProps<OppFilters>;
  'opp-results': ElementProps<OppResults>;
  'opp-pagination': ElementProps<OppPagination>;
  'opp-apply': ElementProps<OppApply>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends OpportunityKitIntrinsicElements {}
  }
}
