/** Registers `<opp-stats>` (only this element and what it needs): `import 'opportunity-kit/opp-stats'`. */
export { OppStats } from '../elements/stats/opp-stats.js';
