/**
 * Registers `<opp-results>` and the `<opp-card>` it renders (safe to import twice: the first definition wins) and
 * exports its class and its parts. The class alone, without registering a tag, is in `./results.component.js`.
 */
import { OppResults } from './results.component.js';

export { OppResults };
export { RESULTS_PARTS, RESULT_CARD_PARTS } from './results.component.js';

OppResults.define('opp-results');

declare global {
  interface HTMLElementTagNameMap {
    'opp-results': OppResults;
  }
}
