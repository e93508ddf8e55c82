/**
 * BCP 47 language tags as the feed format takes them: canonical (`pt-br` → `pt-BR`, `EN` → `en`). Zod-free, so the
 * format readers and the CLI check tags without the schema.
 */
const LANGUAGE_TAG_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const canonicalTags = new Map<string, string | null>();

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or `null` when it is not one. Memoised: feeds repeat tags. */
export function canonicalLanguageTag(value: string): string | null {
  let hit = canonicalTags.get(value);
  if (hit === undefined) {
    hit = null;
    if (value.length <= 100 && LANGUAGE_TAG_RE.test(value)) {
      try {
        hit = Intl.getCanonicalLocales(value)[0] ?? null;
      } catch {
        /* not a tag */
      }
    }
    if (canonicalTags.size >= 10_000) canonicalTags.clear();
    canonicalTags.set(value, hit);
  }
  return hit;
}

export const isLanguageTag = (value: string): boolean => canonicalLanguageTag(value) !== null;
