/**
 * Registers `<opp-pagination>` (safe to import twice: the first definition wins) and exports its class, its parts and
 * `pageWindow`. The class alone, without registering a tag, is in `./pagination.component.js`.
 */
import { OppPagination } from './pagination.component.js';

export { OppPagination };
export { PAGINATION_PARTS, pageWindow } from './pagination.component.js';

OppPagination.define('opp-pagination');

declare global {
  interface HTMLElementTagNameMap {
    'opp-pagination': OppPagination;
  }
}
