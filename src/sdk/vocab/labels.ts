/**
 * The labels that let search match across languages (`SearchIndexOptions.labels`): every vocabulary's labels of
 * topics, fields and kinds, and country names in the EU's 24 languages and its neighbours' — which includes each
 * European country's endonym ("Suomi", "Polska", "Österreich") — from `Intl.DisplayNames` (what the runtime knows).
 */
import { COUNTRY_CODES } from '../feed/code-sets.js';
import type { SearchLabels } from '../search/types.js';
import { displayNames } from '../text/names.js';

/** The shape of a vocabulary file (`src/i18n/<lang>/vocab.ts`): value → label, per kind of value. */
export interface VocabularyLabels {
  topics: Record<string, string>;
  fields: Record<string, string>;
  kinds: Record<string, string>;
}

/** The EU's 24 languages and its neighbours' (so the endonyms of EEA, candidate and neighbouring countries too). */
export const COUNTRY_NAME_LANGUAGES = (
  'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ' + 'nb nn is lb tr sq mk sr bs uk ca eu gl cy'
).split(' ');

/** Every label of every vocabulary, and country names in `languages`, as search labels. */
export function searchLabels(vocabularies: Iterable<VocabularyLabels>, languages: readonly string[] = COUNTRY_NAME_LANGUAGES): SearchLabels {
  const topics: Record<string, string[]> = {};
  const fields: Record<string, string[]> = {};
  const kinds: Record<string, string[]> = {};
  const put = (to: Record<string, string[]>, from: Record<string, string>) => {
    for (const k of Object.keys(from)) {
      const list = (to[k] ??= []);
      if (!list.includes(from[k]!)) list.push(from[k]!);
    }
  };
  for (const v of vocabularies) {
    put(topics, v.topics);
    put(fields, v.fields);
    put(kinds, v.kinds);
  }
  const countries: Record<string, string[]> = {};
  for (const lang of languages) {
    const names = displayNames('region', [lang]);
    if (!names) continue;
    const from: Record<string, string> = {};
    for (const code of COUNTRY_CODES) {
      const n = names.of(code);
      if (n) from[code] = n;
    }
    put(countries, from);
  }
  return { topics, fields, kinds, countries };
}
