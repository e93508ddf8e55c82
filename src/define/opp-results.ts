/** Registers `<opp-results>` (only this element and what it needs): `import 'opportunity-kit/opp-results'`. */
import { OppResults } from '../elements/parts/opp-results.js';

OppResults.define('opp-results');

export { OppResults };
