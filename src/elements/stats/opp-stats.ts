/**
 * Registers `<opp-stats>` (safe to import twice: the first definition wins) and exports its class and its parts. The class alone, without registering a tag, is in `./stats.component.js`.
 */
import { OppStats } from './stats.component.js';

export { OppStats };
export { STATS_PARTS } from './stats.component.js';

OppStats.define('opp-stats');

declare global {
  interface HTMLElementTagNameMap {
    'opp-stats': OppStats;
  }
}
