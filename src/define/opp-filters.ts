/** Registers `<opp-filters>` (only this element and what it needs): `import 'opportunity-kit/opp-filters'`. */
export { OppFilters } from '../elements/parts/opp-filters.js';
