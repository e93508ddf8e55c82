/** Registers `<opp-card>` (only this element and what it needs): `import 'opportunity-kit/opp-card'`. */
export { OppCard } from '../elements/card/opp-card.js';
