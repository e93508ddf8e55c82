/**
 * Typo tolerance: a bounded edit distance (Levenshtein plus swapping two neighbouring letters, "optimal string
 * alignment") and a 32-bit letter signature that rules most words out before any distance is computed.
 */

/** A bit per letter (letters hash onto 32 bits; `a`–`z` get one bit each). */
export function signature(word: string): number {
  let sig = 0;
  for (let i = 0; i < word.length; i++) sig |= 1 << (word.charCodeAt(i) & 31);
  return sig >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A lower bound of the edit distance from the signatures: each letter one word has and the other lacks needs its
 * own edit (an edit brings in or removes one letter).
 */
export function signatureBound(a: number, b: number): number {
  const x = popcount(a & ~b);
  const y = popcount(b & ~a);
  return x > y ? x : y;
}

const MAX = 130;
let prev2 = new Int32Array(MAX);
let prev = new Int32Array(MAX);
let cur = new Int32Array(MAX);

/**
 * The OSA edit distance between `a` and `b` when it is at most `k`, else `k + 1`. Only the diagonal band
 * `|i - j| <= k` is computed and it stops as soon as a whole row exceeds `k`: O(k · length).
 */
export function boundedDistance(a: string, b: string, k: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > k) return k + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= k ? Math.max(la, lb) : k + 1;
  if (lb + 2 > prev.length) {
    prev2 = new Int32Array(lb + 2);
    prev = new Int32Array(lb + 2);
    cur = new Int32Array(lb + 2);
  }
  const big = k + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j <= k ? j : big;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    const jlo = Math.max(1, i - k);
    const jhi = Math.min(lb, i + k);
    cur[0] = i <= k ? i : big;
    if (jlo > 1) cur[jlo - 1] = big;
    let rowMin = cur[0]!;
    for (let j = jlo; j <= jhi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (jhi < lb) cur[jhi + 1] = big;
    if (rowMin > k) return big;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d <= k ? d : big;
}

/** How many edits a query word may be off: none up to 4 characters, 1 up to 8, 2 from 9 on. */
export const typoBudget = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** The parts of a dictionary the near-word scan reads (a `TextIndex` has them). */
export interface Dictionary {
  /** The words, sorted by UTF-16 code units. */
  readonly words: readonly string[];
  /** Each word's `signature`. */
  readonly wordSig: Uint32Array;
  /** Dictionary positions by word length. */
  readonly byLength: readonly Int32Array[];
}

/** The position of the first word of `words` (sorted) that is not before `w`. */
export function lowerBound(words: readonly string[], w: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every word of `dict` within `k` edits of `word` — only lengths within `k` are looked at, and the signature bound
 * rules most out before a distance is computed — except the word at `exact` and those at `[lo, hi)` (already found
 * as exact or prefix matches): `visit(position, distance)` for each.
 */
export function nearWords(
  dict: Dictionary,
  word: string,
  k: number,
  exact: number,
  lo: number,
  hi: number,
  visit: (position: number, distance: number) => void,
): void {
  const sig = signature(word);
  const n = word.length;
  for (let l = Math.max(1, n - k); l <= n + k && l < dict.byLength.length; l++) {
    const bucket = dict.byLength[l];
    if (!bucket) continue;
    for (let b = 0; b < bucket.length; b++) {
      const r = bucket[b]!;
      if (r === exact || (r >= lo && r < hi)) continue;
      if (signatureBound(sig, dict.wordSig[r]!) > k) continue;
      const d = boundedDistance(word, dict.words[r]!, k);
      if (d <= k) visit(r, d);
    }
  }
}
