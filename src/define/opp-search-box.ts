/** Registers `<opp-search-box>` (only this element and what it needs): `import 'opportunity-kit/opp-search-box'`. */
export { OppSearchBox } from '../elements/parts/opp-search-box.js';
