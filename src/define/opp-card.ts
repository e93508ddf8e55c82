/** Registers `<opp-card>` (only this element and what it needs): `import 'opportunity-kit/opp-card'`. */
import { OppCard } from '../elements/card/opp-card.js';

OppCard.define('opp-card');

export { OppCard };
