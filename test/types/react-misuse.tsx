// Must NOT compile: the JSX types catch a wrong property type. Checked by test/node/frameworks.test.ts.
import type {} from '../../src/react.js';

export const Wrong = () => <opp-finder feed="/f.json" pageSize="twelve" />;
