/**
 * Registers `<opp-apply>` (safe to import twice: the first definition wins) and exports its class. `<opp-detail>`
 * imports this module lazily when a visitor opens an application form.
 */
import { OppApply } from './apply.component.js';

export { OppApply };
export type { ApplyErrorKind } from './apply.component.js';

OppApply.define('opp-apply');

declare global {
  interface HTMLElementTagNameMap {
    'opp-apply': OppApply;
  }
}
