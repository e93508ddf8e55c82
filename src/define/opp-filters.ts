/** Registers `<opp-filters>` (only this element and what it needs): `import 'opportunity-kit/opp-filters'`. */
import { OppFilters } from '../elements/parts/opp-filters.js';

OppFilters.define('opp-filters');

export { OppFilters };
