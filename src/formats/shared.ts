/**
 * The format helpers' former single module, kept so that code written against it still compiles. Each helper has its
 * own module now — import from it: ./raw.ts (raw items, merge, set by path, prune), ./categories.ts (kinds and
 * topics from labels), ./ids.ts (generated ids), ./issue-log.ts (source lines, capped issue log), ./loose-values.ts
 * (URLs, dates, numbers in loose forms), ./places.ts (countries, languages, places by name), ./html-text.ts (HTML as
 * plain text and back).
 */
export { isObject, deepMerge, setPath, prune } from './raw.js';
export type { Json, RawItem, Extracted, ReaderContext } from './raw.js';
export { kindOf, kindFromTitle, splitCategories } from './categories.js';
export { hash, deriveIds } from './ids.js';
export { LineCounter, IssueLog, quoteShort } from './issue-log.js';
export { resolveUrl, offsetString, isoAtOffset, addDays, looseDate, looseNumber } from './loose-values.js';
export { countryCode, languageTag, placeFromText } from './places.js';
export { decodeEntities, htmlToText, escapeHtml } from './html-text.js';
