/**
 * The names of countries and languages, from `Intl.DisplayNames` (what the runtime knows). DOM-free. The one home of
 * "the name of this code in these languages, else English": the views, the iCalendar and ELM writers and the form's
 * country choices ask here. The namers are memoised (they are costly to create and a list of cards asks for the same
 * ones hundreds of times).
 */

const namers = new Map<string, Intl.DisplayNames | null>();

/** The runtime's names of `type` in the first of `languages` it knows, else English; `undefined` without `Intl.DisplayNames`. */
export function displayNames(type: 'region' | 'language', languages: readonly string[] = []): Intl.DisplayNames | undefined {
  const key = `${type}:${languages.join(',')}`;
  let namer = namers.get(key);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([...languages, 'en'], { type, fallback: 'none' });
    } catch {
      namer = null; // no Intl.DisplayNames, or a language tag Intl refuses
    }
    namers.set(key, namer);
  }
  return namer ?? undefined;
}

/** The name of a region or language code (`languages` as in `displayNames`); `undefined` when none is known. */
export function displayName(type: 'region' | 'language', code: string, languages: readonly string[] = []): string | undefined {
  try {
    return displayNames(type, languages)?.of(code) ?? undefined;
  } catch {
    return undefined; // not a code at all
  }
}

/** `FI` → "Finland", in the first of `languages` the runtime knows, else English; the code itself when no name is known. */
export function countryName(code: string, languages: string | readonly string[] = []): string {
  return displayName('region', code.toUpperCase(), typeof languages === 'string' ? [languages] : languages) ?? code;
}
