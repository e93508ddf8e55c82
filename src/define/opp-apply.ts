/** Registers `<opp-apply>` (only the application form and what it needs): `import 'opportunity-kit/opp-apply'`. */
export { OppApply } from '../elements/apply/opp-apply.js';
export type { ApplyErrorKind } from '../elements/apply/opp-apply.js';
