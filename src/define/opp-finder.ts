/** Registers `<opp-finder>` (only this element and what it needs): `import 'opportunity-kit/opp-finder'`. */
import { OppFinder } from '../elements/finder/opp-finder.js';

OppFinder.define('opp-finder');

export { OppFinder };
