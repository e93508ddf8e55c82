/**
 * Registers `<opp-search-box>` (safe to import twice: the first definition wins) and exports its class and its parts. The class alone, without registering a tag, is in `./search-box.component.js`.
 */
import { OppSearchBox } from './search-box.component.js';

export { OppSearchBox };
export { SEARCH_BOX_PARTS } from './search-box.component.js';

OppSearchBox.define('opp-search-box');

declare global {
  interface HTMLElementTagNameMap {
    'opp-search-box': OppSearchBox;
  }
}
