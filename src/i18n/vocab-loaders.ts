import { registerVocabularyLoaders } from './vocab.js';

/** One dynamic import per language: each vocabulary is a chunk of its own, loaded on demand. */
registerVocabularyLoaders({
  bg: () => import('./bg/vocab.js'),
  cs: () => import('./cs/vocab.js'),
  da: () => import('./da/vocab.js'),
  de: () => import('./de/vocab.js'),
  el: () => import('./el/vocab.js'),
  en: () => import('./en/vocab.js'),
  es: () => import('./es/vocab.js'),
  et: () => import('./et/vocab.js'),
  fi: () => import('./fi/vocab.js'),
  fr: () => import('./fr/vocab.js'),
  ga: () => import('./ga/vocab.js'),
  hr: () => import('./hr/vocab.js'),
  hu: () => import('./hu/vocab.js'),
  it: () => import('./it/vocab.js'),
  lt: () => import('./lt/vocab.js'),
  lv: () => import('./lv/vocab.js'),
  mt: () => import('./mt/vocab.js'),
  nl: () => import('./nl/vocab.js'),
  pl: () => import('./pl/vocab.js'),
  pt: () => import('./pt/vocab.js'),
  ro: () => import('./ro/vocab.js'),
  sk: () => import('./sk/vocab.js'),
  sl: () => import('./sl/vocab.js'),
  sv: () => import('./sv/vocab.js'),
});
