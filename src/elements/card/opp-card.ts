/**
 * Registers `<opp-card>` (safe to import twice: the first definition wins) and exports its class and its parts. The class alone, without registering a tag, is in `./card.component.js`.
 */
import { OppCard } from './card.component.js';

export { OppCard };
export { CARD_PARTS } from './card.component.js';

OppCard.define('opp-card');

declare global {
  interface HTMLElementTagNameMap {
    'opp-card': OppCard;
  }
}
