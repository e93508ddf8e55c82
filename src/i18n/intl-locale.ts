/**
 * The locale Intl formats dates, numbers, countries and languages in, for a UI language. Some runtimes ship no Intl
 * data for some EU languages (Chromium has none for Irish and Maltese), and Intl then quietly falls back to the
 * runtime's default locale — often US English: "Mar 1, 2027". Such a language is formatted in the regional English of
 * the same place instead (day first, euro): the first of its fallbacks the runtime supports.
 */

/** Closest supported locales for a UI language whose own Intl data may be missing, best first. */
export const INTL_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  ga: ['en-IE', 'en-GB'],
  mt: ['en-MT', 'en-GB'],
};

/** Whether the runtime has Intl data for a locale (its date formats stand for the rest). */
export const intlSupports = (locale: string): boolean => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
};

/**
 * `lang` when the runtime supports it, else the first supported fallback (`ga` → `en-IE`, `mt` → `en-MT`), else
 * `lang` (Intl's own fallback). `supports` is the runtime check; tests pass their own.
 */
export function intlLocale(lang: string, supports: (locale: string) => boolean = intlSupports): string {
  if (supports(lang)) return lang;
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return INTL_FALLBACKS[base]?.find(supports) ?? lang;
}

const resolved = new Map<string, string>();
/** `intlLocale` with the runtime's check, memoised. */
export function intlLocaleOf(lang: string): string {
  let hit = resolved.get(lang);
  if (hit === undefined) resolved.set(lang, (hit = intlLocale(lang)));
  return hit;
}
