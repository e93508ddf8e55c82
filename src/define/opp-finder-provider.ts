/** Registers `<opp-finder-provider>` (only this element and what it needs): `import 'opportunity-kit/opp-finder-provider'`. */
import { OppFinderProvider } from '../elements/finder/opp-finder-provider.js';

OppFinderProvider.define('opp-finder-provider');

export { OppFinderProvider };
