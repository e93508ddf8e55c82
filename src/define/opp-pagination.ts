/** Registers `<opp-pagination>` (only this element and what it needs): `import 'opportunity-kit/opp-pagination'`. */
import { OppPagination } from '../elements/parts/opp-pagination.js';

OppPagination.define('opp-pagination');

export { OppPagination };
