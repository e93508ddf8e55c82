import { registerLoaders } from './index.js';

/** One dynamic import per language: rollup turns each into a chunk next to the bundle, loaded on demand. */
registerLoaders({
  bg: () => import('./bg/index.js'),
  cs: () => import('./cs/index.js'),
  da: () => import('./da/index.js'),
  de: () => import('./de/index.js'),
  el: () => import('./el/index.js'),
  es: () => import('./es/index.js'),
  et: () => import('./et/index.js'),
  fi: () => import('./fi/index.js'),
  fr: () => import('./fr/index.js'),
  ga: () => import('./ga/index.js'),
  hr: () => import('./hr/index.js'),
  hu: () => import('./hu/index.js'),
  it: () => import('./it/index.js'),
  lt: () => import('./lt/index.js'),
  lv: () => import('./lv/index.js'),
  mt: () => import('./mt/index.js'),
  nl: () => import('./nl/index.js'),
  pl: () => import('./pl/index.js'),
  pt: () => import('./pt/index.js'),
  ro: () => import('./ro/index.js'),
  sk: () => import('./sk/index.js'),
  sl: () => import('./sl/index.js'),
  sv: () => import('./sv/index.js'),
});
