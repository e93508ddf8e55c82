/**
 * The choices of the `country` and `language-level` field types, in a person's language. DOM-free: `Intl` only.
 */
import { COUNTRY_CODES } from '../feed/code-sets.js';
import { CEFR_LEVELS } from '../feed/codes.js';
import type { CefrLevel } from '../feed/codes.js';
import { displayNames } from '../text/names.js';

export interface Choice {
  value: string;
  label: string;
}

const countryCache = new Map<string, Choice[]>();

/**
 * Every ISO 3166-1 alpha-2 country with its name in `lang` (`Intl.DisplayNames`), sorted for that language
 * (`Intl.Collator`). Falls back to the codes where `Intl.DisplayNames` is missing.
 */
export function countryChoices(lang: string): Choice[] {
  let hit = countryCache.get(lang);
  if (hit) return hit;
  const names = displayNames('region', [lang]);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  hit = [...COUNTRY_CODES]
    .map((value) => ({ value, label: names?.of(value) ?? value }))
    .sort((a, b) => collator.compare(a.label, b.label));
  countryCache.set(lang, hit);
  return hit;
}

/** The CEFR levels A1–C2, in order. */
export const LANGUAGE_LEVELS: readonly CefrLevel[] = CEFR_LEVELS;
