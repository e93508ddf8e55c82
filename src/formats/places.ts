/**
 * Countries, languages and places written as names or free text (`Belgium`, `Deutsch`, `Otakaari 1, 02150 Espoo,
 * Finland`) as the codes and fields of the feed format.
 */
import { canonicalLanguageTag } from '../sdk/feed/language-tag.js';
import { toCountryCode } from '../sdk/feed/country-code.js';
import { countryFromName } from '../sdk/feed/suggest.js';
import { foldText } from '../sdk/search/fold.js';
import { displayName } from '../sdk/text/names.js';

/** `BE`, `be`, `EL`, `Belgium`, `België`, `Suomi` → an ISO 3166-1 alpha-2 code (names: the validator's own lookup). */
export function countryCode(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  return v.length === 2 ? toCountryCode(v) : countryFromName(v);
}

let languageNames: Map<string, string> | undefined;
const LANGUAGE_CODES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no is tr uk sq mk sr bs ca eu gl lb ru ar zh ja'.split(' ');

/** `en`, `EN`, `English`, `Deutsch` → a canonical BCP 47 tag. */
export function languageTag(value: string): string | undefined {
  const v = value.trim();
  const tag = canonicalLanguageTag(v);
  if (tag) return tag;
  if (!languageNames) {
    languageNames = new Map();
    for (const locale of ['en', ...LANGUAGE_CODES]) {
      for (const code of LANGUAGE_CODES) {
        const name = displayName('language', code, [locale]);
        if (name && !languageNames.has(foldText(name))) languageNames.set(foldText(name), code);
      }
    }
  }
  return languageNames.get(foldText(v));
}

/** Parts of an address that are buildings, rooms or streets rather than a city. */
const NOT_A_CITY =
  /\b(room|building|hall|floor|campus|auditorium|aula|lecture|faculty|universit\w*|college|school|institut\w*|office|cent(re|er)|house|library|lab|street|road|avenue|square|calle|rue|via|avenida|plaza|platz|ulica|utca)\b|(stra(ss|ß)e|str\.|straat|gatan|gata|katu|tie|vej|veien|weg|laan|plein)$/i;

/**
 * Best effort: a free-text place (`Aalto University, Otakaari 1, 02150 Espoo, Finland`) as city and country. An
 * online place (`Online`, `Zoom`, a URL) gives `online: true`.
 */
export function placeFromText(text: string): { city?: string; country?: string; online?: boolean } {
  const t = text.trim();
  if (!t) return {};
  if (/^(online|virtual|remote|web|webinar|zoom|(microsoft\s+)?teams|google\s+meet|skype)\b/i.test(t) || /^https?:\/\//i.test(t)) {
    return { online: true };
  }
  const parts = t.split(/\s*[,;\n]\s*/).filter(Boolean);
  let country: string | undefined;
  if (parts.length > 1) {
    country = countryCode(parts[parts.length - 1]!.replace(/^[A-Z]{1,2}-(?=\d)/, ''));
    if (country) parts.pop();
  }
  let city: string | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const candidate = parts[i]!
      .replace(/\b[A-Z]{1,2}-\d{3,6}\b/g, '')
      .replace(/\b\d{2,3}[ -]?\d{2,3}\b/g, '')
      .replace(/\b\d{4,6}\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (candidate && !/\d/.test(candidate) && candidate.length <= 40 && !NOT_A_CITY.test(candidate)) {
      if (parts.length === 1 && countryCode(candidate)) {
        country = countryCode(candidate);
        break;
      }
      city = candidate;
      break;
    }
  }
  return { ...(city ? { city } : {}), ...(country ? { country } : {}) };
}

