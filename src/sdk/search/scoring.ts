/**
 * Text scoring: the field bits of a posting's mask, their weights, the match qualities, and how they make one integer
 * score per item (see SCORE_CEIL). Pure constants and one table builder; the matcher (`text-match.ts`) adds them up.
 */
/** Field bits of a posting's mask. */
export const F_TITLE = 8;
export const F_SUMMARY = 4;
export const F_META = 2;
export const F_DESCRIPTION = 1;
/** A label of the item's topics, fields, kind or country, in any language (`SearchIndexOptions.labels`). */
export const F_LABEL = 16;
/**
 * Weight of each field: a word scores its best field's weight plus a quarter of its other fields'. A label weighs
 * less than the item's own text, so a match in the item's own words (even as a prefix) ranks above one through a label.
 */
export const FIELD_WEIGHT = [
  [F_TITLE, 100],
  [F_SUMMARY, 40],
  [F_META, 25],
  [F_DESCRIPTION, 15],
  [F_LABEL, 10],
] as const;

/** Match quality, in tenths of the field weight. */
export const Q_EXACT = 10;
export const Q_PREFIX = 7;
export const Q_FUZZY1 = 3;
export const Q_FUZZY2 = 2;

/**
 * A relevance score is one integer, compared as a whole (higher first):
 *   ((title coverage × 32) + title proximity) × LOW + weighted field score
 * - title coverage: per query word found in the title, 17 for the whole word, 16 as a prefix (a typo: 0). A title
 *   holding more of the words ranks first; "every word in the title" is coverage >= 16 × words (17 × (w - 1) < 16 × w
 *   for w <= 16 words, so it cannot be reached with one word missing);
 * - title proximity (only when every word is in the title): per pair of neighbouring query words, 2 when they are
 *   neighbours in the title in the same order, 1 with one word between them (so a phrase scores 2 × (words - 1));
 * - weighted field score: per word, its field weight × match quality × a BM25-like rarity (idf), at most 240.
 * A word's score while matching is `title quality × LOW + field score`; the best of its forms (exact, prefix, typos)
 * is kept, and words add up (16 words × 240 < LOW, 16 × 17 × 32 + 31 < SCORE_CEIL / LOW).
 */
export const T_EXACT = 17;
export const T_PREFIX = 16;
export const LOW_BITS = 12;
export const LOW = 1 << LOW_BITS;
/** Above any score: sort keys are SCORE_CEIL - score. */
export const SCORE_CEIL = 1 << 26;


/** Score of a posting by its field mask: exact, prefix, typo at distance 1, at distance 2. */
export type ScoreTables = [Int32Array, Int32Array, Int32Array, Int32Array];

/** A word's score tables by field mask (see SCORE_CEIL), for a word in `df` of `n` items. */
export function scoreTables(df: number, n: number): ScoreTables {
  // BM25's idf, scaled to (0, 1] by the rarest possible word's, and floored so a common word still counts a little.
  const idf = (x: number) => Math.log(1 + (n - x + 0.5) / (x + 0.5));
  const rarity = 0.25 + (0.75 * idf(Math.min(Math.max(df, 1), n))) / idf(1);
  const table = (q: number, titleQ: number) => {
    const t = new Int32Array(32);
    for (let mask = 1; mask < 32; mask++) {
      let best = 0;
      let sum = 0;
      for (const [bit, w] of FIELD_WEIGHT) {
        if (!(mask & bit)) continue;
        sum += w;
        if (w > best) best = w;
      }
      const field = best + (sum - best) / 4;
      t[mask] = (mask & F_TITLE ? titleQ * LOW : 0) + Math.round((2 * rarity * field * q) / 10);
    }
    return t;
  };
  return [table(Q_EXACT, T_EXACT), table(Q_PREFIX, T_PREFIX), table(Q_FUZZY1, 0), table(Q_FUZZY2, 0)];
}

