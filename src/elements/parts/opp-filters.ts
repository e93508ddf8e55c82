/**
 * Registers `<opp-filters>` (safe to import twice: the first definition wins) and exports its class, its parts and
 * its default facets. The class alone, without registering a tag, is in `./filters.component.js`.
 */
import { OppFilters } from './filters.component.js';

export { OppFilters };
export { DEFAULT_FACETS, FILTERS_PARTS } from './filters.component.js';

OppFilters.define('opp-filters');

declare global {
  interface HTMLElementTagNameMap {
    'opp-filters': OppFilters;
  }
}
