/** Registers `<opp-stats>` (only this element and what it needs): `import 'opportunity-kit/opp-stats'`. */
import { OppStats } from '../elements/stats/opp-stats.js';

OppStats.define('opp-stats');

export { OppStats };
