/** Registers `<opp-pagination>` (only this element and what it needs): `import 'opportunity-kit/opp-pagination'`. */
export { OppPagination } from '../elements/parts/opp-pagination.js';
