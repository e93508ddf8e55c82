import { registerLoaders } from './index.js';

/** One dynamic import per language: rollup turns each into a chunk next to the bundle, loaded on demand. */
registerLoaders({
  sv: () => import('./sv/index.js'),
});
