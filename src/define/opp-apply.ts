/** Registers `<opp-apply>` (only the application form and what it needs): `import 'opportunity-kit/opp-apply'`. */
export * from '../elements/apply/opp-apply.js';
