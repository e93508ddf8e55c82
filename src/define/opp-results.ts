/** Registers `<opp-results>` (only this element and what it needs): `import 'opportunity-kit/opp-results'`. */
export { OppResults } from '../elements/parts/opp-results.js';
