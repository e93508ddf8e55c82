/**
 * One typed message catalogue for every string a person sees or hears (ARIA labels included), in the 24 official EU
 * languages, in two sections: `finder` (the finder and its parts, card, detail, stats) and `apply` (the application
 * form). Each language but English is one lazy chunk with both sections, loaded only when a page needs it. English
 * travels with the elements that use it: most of `finder` is bundled with the finder; the strings only `<opp-detail>`
 * and `<opp-stats>` use, and the `apply` section, come with those elements' modules (they call `provideEnglish`), so a
 * finder page downloads them only when it opens a detail or a form.
 */
import { perLanguage } from './lazy.js';
import { finderCore } from './en/finder-core.js';
import type { FinderMessages, ApplyMessages, Messages } from './messages.js';

export type { FinderMessages, ApplyMessages, Messages };
export { format } from './format.js';
export type { Message, Plural, Values } from './format.js';

/**
 * The English catalogue (the fallback of every language). The element modules that use the rest add it
 * (`provideEnglish`) before such an element can render: `<opp-detail>` and `<opp-stats>` their part of `finder`,
 * `<opp-apply>` the `apply` section. So an element reads only strings its own module provided.
 * `./en/index.ts` is the whole English catalogue in one object, for tests and tools.
 */
const en = { finder: { ...finderCore } } as Messages;

/** Add English strings that are bundled with the element using them (see `en`); strings already there are kept. */
export function provideEnglish(sections: { [S in keyof Messages]?: Partial<Messages[S]> }): void {
  for (const name of Object.keys(sections) as (keyof Messages)[]) {
    en[name] = { ...sections[name], ...en[name] } as never;
  }
}

export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;
export type UiLanguage = (typeof EU_LANGUAGES)[number];


/** The catalogues; filled in by `./loaders.ts`. English is bundled, and the fallback. */
const catalogues = perLanguage<UiLanguage, Messages, Messages>(en, { preloaded: [['en', en]] });
export const registerLoaders = catalogues.register;

/** The supported UI language for a BCP 47 tag (`sv-FI` → `sv`), or `undefined`. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (EU_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : undefined;
}

/** The catalogue for `lang` if it is already loaded (always true for English). */
export const messagesIfLoaded = (lang: UiLanguage): Messages | undefined => catalogues.ifLoaded(lang);

/** Load the catalogue for `lang`; falls back to English when the language has no catalogue or fails to load. */
export const loadMessages = (lang: UiLanguage): Promise<Messages> => catalogues.load(lang);

export { en };
