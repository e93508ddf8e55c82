import type { LocalizedText } from '../feed/schema.js';

export interface Localized {
  /** The text in the language picked. */
  value: string;
  /** The BCP 47 tag of `value`: set it as `lang` on the element that shows it (`und` when unknown). */
  lang: string;
}

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Pick the best language of a multilingual text. The chain: each requested language (exact tag, case-insensitive;
 * then the same base language, the bare base first, so `sv-FI` finds `sv` before `sv-SE`, and `pt` finds `pt-BR`),
 * then the item's or feed's language, then English, then whatever there is. Reports which language it picked so a
 * view can mark the text with `lang`.
 */
export function localize(
  text: LocalizedText | string | undefined,
  languages: readonly string[],
  contentLanguage?: string,
): Localized | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return { value: text, lang: contentLanguage ?? 'und' };
  const keys = Object.keys(text);
  if (keys.length === 0) return undefined;
  const chain = [...languages, ...(contentLanguage ? [contentLanguage] : []), 'en'];
  for (const want of chain) {
    if (typeof want !== 'string' || !want) continue;
    const w = want.toLowerCase();
    const exact = keys.find((k) => k.toLowerCase() === w);
    if (exact !== undefined) return { value: text[exact]!, lang: exact };
    const b = base(want);
    const same = keys.find((k) => k.toLowerCase() === b) ?? keys.find((k) => base(k) === b);
    if (same !== undefined) return { value: text[same]!, lang: same };
  }
  return { value: text[keys[0]!]!, lang: keys[0]! };
}

/** Shorthand for the picked string (or `''`). */
export const localized = (text: LocalizedText | string | undefined, languages: readonly string[], contentLanguage?: string): string =>
  localize(text, languages, contentLanguage)?.value ?? '';
