/**
 * The labels a finder searches with (`FinderConfig.searchLabels`), computed once per page and setting: a lazy chunk
 * of its own (the vocabularies it reads are lazy too).
 */
import type { UiLanguage } from '../../i18n/index.js';
import type { SearchLabels } from '../../sdk/search/types.js';

const LABELS: Record<string, Promise<SearchLabels>> = {};

/** `'all'`: every vocabulary and country names in every language; else a UI language: its own and English. */
export const searchLabelsFor = (wanted: string): Promise<SearchLabels> => (LABELS[wanted] ??= load(wanted));

async function load(wanted: string): Promise<SearchLabels> {
  const [{ searchLabels }, vocab] = await Promise.all([import('../../sdk/vocab/labels.js'), import('../../i18n/vocab.js')]);
  const vocabularies =
    wanted === 'all'
      ? [...(await vocab.loadAllVocabularies()).values()]
      : (await Promise.all([...new Set([wanted as UiLanguage, 'en' as const])].map(vocab.loadVocabulary))).filter((v) => v !== undefined);
  // Country names: in every language for `'all'` (each country's endonym among them); else the page's and English
  // (listing every language's names takes ~60 ms of `Intl.DisplayNames`, too long before the first results).
  return wanted === 'all' ? searchLabels(vocabularies) : searchLabels(vocabularies, [...new Set([wanted, 'en'])]);
}
