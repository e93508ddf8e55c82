/** Registers `<opp-detail>` (only this element and what it needs): `import 'opportunity-kit/opp-detail'`. */
import { OppDetail } from '../elements/detail/opp-detail.js';

OppDetail.define('opp-detail');

export { OppDetail };
