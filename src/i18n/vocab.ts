/**
 * The vocabularies' labels in the 24 EU languages: topics (the feed format's controlled list, see
 * `src/sdk/vocab/topics.ts`), ISCED-F 2013 broad, narrow and detailed fields, and kinds. One data file per language
 * (`./<lang>/vocab.ts`), each a lazy chunk of its own, apart from the UI catalogues: the finder loads the visitor's
 * language to show labels, and cross-language search loads all of them (`loadAllVocabularies`).
 *
 * Sources and licence: the topic, narrow-field and detailed-field labels are written by the project (for review by
 * native speakers); the broad-field and kind labels are the UI catalogues' own (copied; a test keeps them equal). The ISCED-F 2013
 * classification itself is UNESCO-UIS's; the official EU translations of its labels are published by the Publications
 * Office (EU Vocabularies, ESCO) under the Commission's reuse policy (Decision 2011/833/EU, CC BY 4.0) — replacing the
 * project's field labels by those is the review this data waits for.
 */
import { perLanguage } from './lazy.js';
import type { TopicSlug } from '../sdk/vocab/topics.js';
import type { UiLanguage } from './index.js';

export interface Vocabulary {
  /** Topic slug → label. */
  topics: Record<TopicSlug, string>;
  /** ISCED-F 2013 code (broad, narrow and detailed: `LABELLED_FIELDS`) → label. */
  fields: Record<string, string>;
  /** Kind slug → label. */
  kinds: Record<string, string>;
}

const vocabularies = perLanguage<UiLanguage, Vocabulary, undefined>(undefined);
/** Filled in by `./vocab-loaders.ts` (one dynamic import per language), itself loaded on the first request. */
export const registerVocabularyLoaders = vocabularies.register;
let registered: Promise<unknown> | undefined;
const loaders = () => (registered ??= import('./vocab-loaders.js'));

/** The vocabulary of `lang` if it has loaded. */
export const vocabularyIfLoaded = (lang: string): Vocabulary | undefined => vocabularies.ifLoaded(lang as UiLanguage);

/** Load the vocabulary of `lang` (`undefined` when there is none or it fails to load). */
export const loadVocabulary = (lang: UiLanguage): Promise<Vocabulary | undefined> =>
  vocabularies.ifLoaded(lang) ? vocabularies.load(lang) : loaders().then(() => vocabularies.load(lang), () => undefined);

/** Every language's vocabulary that loads (for search across languages). */
export async function loadAllVocabularies(): Promise<Map<UiLanguage, Vocabulary>> {
  await loaders();
  const langs = vocabularies.languages();
  const all = await Promise.all(langs.map(loadVocabulary));
  return new Map(langs.flatMap((l, i) => (all[i] ? [[l, all[i]] as const] : [])));
}

/** The label of a topic slug in `lang`, then in English; `undefined` for a slug the vocabulary does not know. */
export function topicLabel(slug: string, lang: string): string | undefined {
  for (const v of [vocabularyIfLoaded(lang), vocabularyIfLoaded('en')]) {
    if (v && Object.hasOwn(v.topics, slug)) return v.topics[slug as TopicSlug];
  }
  return undefined;
}

/**
 * The label of an ISCED-F code in `lang` (then English): its own (a detailed code too: "Language acquisition"), else
 * its nearest labelled ancestor's — narrow, then broad — with the code ("Languages · 0230"); `undefined` when no
 * vocabulary is loaded for it.
 */
export function fieldVocabularyLabel(code: string, lang: string): string | undefined {
  for (const v of [vocabularyIfLoaded(lang), vocabularyIfLoaded('en')]) {
    if (!v) continue;
    if (Object.hasOwn(v.fields, code)) return v.fields[code];
    for (let n = code.length - 1; n >= 2; n--) {
      const up = code.slice(0, n);
      if (Object.hasOwn(v.fields, up)) return `${v.fields[up]} · ${code}`;
    }
  }
  return undefined;
}
