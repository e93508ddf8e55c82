/**
 * Matching a query's words against the inverted index: per word a plan (the exact word, its prefix range when it is
 * the word being typed, the dictionary words one or two typos away, and the items reached through labels), then the
 * items holding every word (AND) with their relevance, and the title proximity of a candidate.
 */
import { tokenize } from './fold.js';
import { lowerBound, nearWords, typoBudget } from './fuzzy.js';
import type { Dictionary } from './fuzzy.js';
import { MAX_TOKEN } from './text-index.js';
import type { TextIndex } from './text-index.js';
import type { LabelIndex } from './text-build.js';
import { F_LABEL, scoreTables } from './scoring.js';
import type { ScoreTables } from './scoring.js';

/** Limits that keep absurd input cheap. */
const MAX_TEXT = 500;
const MAX_WORDS = 16;

/** Per-query scratch of the text match: `m` candidates in `cand`, marked in `stamp`, this word's score in `wscore`. */
interface Scratch {
  stamp: Uint32Array;
  wscore: Int32Array;
  cand: Int32Array;
  m: number;
}

/** First word: add the postings [from, to) to the candidates (each item once), keeping its best score. */
function unionFirst(S: Scratch, postDoc: Int32Array, postMask: Uint8Array, from: number, to: number, q: Int32Array, round: number): void {
  const { stamp, wscore, cand } = S;
  let m = S.m;
  for (let p = from; p < to; p++) {
    const d = postDoc[p]!;
    const s = q[postMask[p]!]!;
    if (stamp[d] !== round) {
      stamp[d] = round;
      wscore[d] = s;
      cand[m++] = d;
    } else if (s > wscore[d]!) wscore[d] = s;
  }
  S.m = m;
}

/** A later word: candidates of the previous round found in the postings move to this round, with their best score. */
function intersectNext(S: Scratch, postDoc: Int32Array, postMask: Uint8Array, from: number, to: number, q: Int32Array, round: number): void {
  const { stamp, wscore } = S;
  const prev = round - 1;
  for (let p = from; p < to; p++) {
    const d = postDoc[p]!;
    const st = stamp[d];
    if (st === prev) {
      stamp[d] = round;
      wscore[d] = q[postMask[p]!]!;
    } else if (st === round) {
      const s = q[postMask[p]!]!;
      if (s > wscore[d]!) wscore[d] = s;
    }
  }
}

interface WordPlan {
  exact: number;
  /** Prefix range [lo, hi) of dictionary words (the exact word included), or lo === hi. */
  lo: number;
  hi: number;
  fuzzy: Int32Array;
  /** Per fuzzy word, its score table (`tables[1]` or `tables[2]`: distance 1 or 2). */
  fuzzyT: Int32Array[];
  /** Items whose labels hold the word exactly, then those whose labels hold it as a prefix only (F_LABEL postings). */
  labelExact: Int32Array;
  labelPrefix: Int32Array;
  /** Items whose labels hold a word one or two typos away (as `fuzzy`), and neither of the above. */
  labelFuzzy: Int32Array;
  cost: number;
  /** Score of a posting by its field mask: exact, prefix, typo at distance 1, at distance 2. */
  tables: ScoreTables;
}

const NONE = new Int32Array(0);
let maskBuffer = new Uint8Array(0);
/** A posting mask of `n` label matches (shared, grown on demand). */
function labelMask(n: number): Uint8Array {
  if (maskBuffer.length < n) maskBuffer = new Uint8Array(Math.max(n, maskBuffer.length * 2)).fill(F_LABEL);
  return maskBuffer;
}


/**
 * The text side of an index: its dictionary and postings, the labels' index, and the per-query scratch (a search is
 * synchronous, so one set is enough). After `match`, the candidates are `cand[0 … m)` with their relevance in `acc`.
 */
export class TextMatcher {
  private readonly size: number;
  private readonly words: string[];
  private readonly offsets: Uint32Array;
  private readonly postDoc: Int32Array;
  private readonly postMask: Uint8Array;
  private readonly seqOffsets: Uint32Array;
  private readonly seqWords: Int32Array;
  private readonly labels: LabelIndex | undefined;
  /** The dictionary, for the near-word scan. */
  private readonly dict: Dictionary;
  /** The last text query: its distinct words and, per word in query order, its exact word and prefix range. */
  qDistinct = 0;
  qCount = 0;
  private qExact = new Int32Array(MAX_WORDS);
  private qLo = new Int32Array(MAX_WORDS);
  private qHi = new Int32Array(MAX_WORDS);
  private planCache = new Map<string, WordPlan>();

  private readonly stamp: Uint32Array;
  private round = 0;
  private readonly wscore: Int32Array;
  /** Relevance per candidate item. */
  readonly acc: Int32Array;
  /** The candidates of the last match. */
  readonly cand: Int32Array;

  constructor(text: TextIndex, labels: LabelIndex | undefined, size: number) {
    this.size = size;
    ({
      words: this.words,
      offsets: this.offsets,
      postDoc: this.postDoc,
      postMask: this.postMask,
      seqOffsets: this.seqOffsets,
      seqWords: this.seqWords,
    } = text);
    this.labels = labels;
    this.dict = text;
    this.stamp = new Uint32Array(size);
    this.wscore = new Int32Array(size);
    this.acc = new Int32Array(size);
    this.cand = new Int32Array(size);
  }

  /** First dictionary position whose word is >= `w`. */
  private lowerBound(w: string): number {
    return lowerBound(this.words, w);
  }

  private plan(word: string, prefix: boolean): WordPlan {
    const key = (prefix ? '>' : '=') + word;
    const hit = this.planCache.get(key);
    if (hit) return hit;
    const { words, offsets } = this;
    const at = this.lowerBound(word);
    const exact = at < words.length && words[at] === word ? at : -1;
    let lo = at;
    let hi = at;
    if (prefix) {
      // Words starting with `word` sort right after it, before `word` + U+FFFF.
      hi = this.lowerBound(word + '\uffff');
      while (hi < words.length && words[hi]!.startsWith(word)) hi++;
    }
    let cost = hi > lo ? offsets[hi]! - offsets[lo]! : exact >= 0 ? offsets[exact + 1]! - offsets[exact]! : 0;
    const fuzzy: number[] = [];
    const fuzzyD: number[] = [];
    const k = typoBudget(word.length);
    if (k > 0) {
      nearWords(this.dict, word, k, exact, lo, hi, (r, d) => {
        fuzzy.push(r);
        fuzzyD.push(d);
        cost += offsets[r + 1]! - offsets[r]!;
      });
    }
    // How many items have the word: the exact word's, else those of the words it stands for (an upper bound).
    const df = exact >= 0 ? offsets[exact + 1]! - offsets[exact]! : cost;
    const tables = scoreTables(df, this.size);
    const fuzzyT = fuzzyD.map((d) => tables[d === 1 ? 2 : 3]);
    const { exactItems: labelExact, prefixItems: labelPrefix, fuzzyItems: labelFuzzy } = this.labelMatches(word, prefix);
    cost += labelExact.length + labelPrefix.length + labelFuzzy.length;
    const plan: WordPlan = { exact, lo, hi, fuzzy: Int32Array.from(fuzzy), fuzzyT, labelExact, labelPrefix, labelFuzzy, cost, tables };
    if (this.planCache.size >= 1000) this.planCache.clear();
    this.planCache.set(key, plan);
    return plan;
  }

  /** The items whose labels (any language) contain `word`, exactly or (for the last query word) as a prefix. */
  private labelMatches(word: string, prefix: boolean): { exactItems: Int32Array; prefixItems: Int32Array; fuzzyItems: Int32Array } {
    const L = this.labels;
    if (!L) return { exactItems: NONE, prefixItems: NONE, fuzzyItems: NONE };
    const { words, offsets, postDoc } = L.text;
    const at = lowerBound(words, word);
    const seen = new Set<number>();
    const collect = (ranges: number[]): Int32Array => {
      const out: number[] = [];
      for (const r of ranges) {
        for (let p = offsets[r]!; p < offsets[r + 1]!; p++) {
          const v = postDoc[p]!;
          for (let i = L.offsets[v]!; i < L.offsets[v + 1]!; i++) {
            const d = L.items[i]!;
            if (seen.has(d)) continue;
            seen.add(d);
            out.push(d);
          }
        }
      }
      return out.length ? Int32Array.from(out) : NONE;
    };
    const exact = at < words.length && words[at] === word ? at : -1;
    const exactItems = exact >= 0 ? collect([exact]) : NONE;
    let hi = at;
    if (prefix) while (hi < words.length && words[hi]!.startsWith(word)) hi++;
    const inPrefix: number[] = [];
    for (let r = at; r < hi; r++) if (r !== exact) inPrefix.push(r);
    const prefixItems = collect(inPrefix);
    // Typos and inflections the labels do not spell out ("bibliotheek" for "bibliotheken"), as in the item's text.
    const k = typoBudget(word.length);
    const near: number[] = [];
    if (k > 0) nearWords(L.text, word, k, exact, at, hi, (r) => near.push(r));
    return { exactItems, prefixItems, fuzzyItems: collect(near) };
  }

  /**
   * Items containing every word (AND), with their relevance in `acc`. Returns how many are in `cand`, or -1 when
   * there is no word to look for (then every item is a candidate).
   */
  match(text: string): number {
    let words = tokenize(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
    if (words.length === 0) return -1;
    if (words.length > MAX_WORDS) words = words.slice(0, MAX_WORDS);
    words = words.map((w) => (w.length > MAX_TOKEN ? w.slice(0, MAX_TOKEN) : w));
    const last = words.length - 1;
    const plans: WordPlan[] = [];
    const planned = new Set<string>();
    for (let i = 0; i <= last; i++) {
      const plan = this.plan(words[i]!, i === last);
      this.qExact[i] = plan.exact;
      this.qLo[i] = plan.lo;
      this.qHi[i] = plan.hi;
      const key = (i === last ? '>' : '=') + words[i];
      if (planned.has(key)) continue;
      planned.add(key);
      plans.push(plan);
    }
    this.qCount = words.length;
    this.qDistinct = plans.length;
    plans.sort((a, b) => a.cost - b.cost);
    const { stamp, wscore, acc, cand, offsets, postDoc, postMask } = this;
    if (this.round > 0xffff0000) {
      stamp.fill(0);
      this.round = 0;
    }
    const S: Scratch = { stamp, wscore, cand, m: 0 };
    for (let w = 0; w < plans.length; w++) {
      const plan = plans[w]!;
      const round = ++this.round;
      const visit = w === 0 ? unionFirst : intersectNext;
      if (plan.hi > plan.lo) visit(S, postDoc, postMask, offsets[plan.lo]!, offsets[plan.hi]!, plan.tables[1], round);
      if (plan.exact >= 0) visit(S, postDoc, postMask, offsets[plan.exact]!, offsets[plan.exact + 1]!, plan.tables[0], round);
      for (let f = 0; f < plan.fuzzy.length; f++) {
        const r = plan.fuzzy[f]!;
        visit(S, postDoc, postMask, offsets[r]!, offsets[r + 1]!, plan.fuzzyT[f]!, round);
      }
      if (plan.labelFuzzy.length) visit(S, plan.labelFuzzy, labelMask(plan.labelFuzzy.length), 0, plan.labelFuzzy.length, plan.tables[2], round);
      if (plan.labelPrefix.length) visit(S, plan.labelPrefix, labelMask(plan.labelPrefix.length), 0, plan.labelPrefix.length, plan.tables[1], round);
      if (plan.labelExact.length) visit(S, plan.labelExact, labelMask(plan.labelExact.length), 0, plan.labelExact.length, plan.tables[0], round);
      const m = S.m;
      if (w === 0) {
        for (let i = 0; i < m; i++) acc[cand[i]!] = wscore[cand[i]!]!;
      } else {
        let kept = 0;
        for (let i = 0; i < m; i++) {
          const d = cand[i]!;
          if (stamp[d] === round) {
            acc[d]! += wscore[d]!;
            cand[kept++] = d;
          }
        }
        S.m = kept;
      }
      if (S.m === 0) break;
    }
    const m = S.m;
    // A large result is re-listed in item order (the survivors carry the last round's stamp): the facet and sort
    // passes then read their per-item arrays sequentially instead of at random.
    if (m > 4096 && m > stamp.length >>> 4) {
      const round = this.round;
      let k = 0;
      for (let d = 0; d < stamp.length; d++) if (stamp[d] === round) cand[k++] = d;
    }
    return m;
  }

  /**
   * How close the query words stand in item `d`'s title, in query order (see SCORE_CEIL): per pair of neighbouring
   * query words, 2 when they are neighbours in the title, 1 with one word between them.
   */
  proximity(d: number): number {
    const { seqWords, qExact, qLo, qHi } = this;
    const from = this.seqOffsets[d]!;
    const to = this.seqOffsets[d + 1]!;
    const W = this.qCount;
    const is = (r: number, j: number) => r >= 0 && (r === qExact[j] || (r >= qLo[j]! && r < qHi[j]!));
    let total = 0;
    for (let j = 0; j + 1 < W; j++) {
      let best = 0;
      for (let p = from; p < to && best < 2; p++) {
        if (!is(seqWords[p]!, j)) continue;
        if (p + 1 < to && is(seqWords[p + 1]!, j + 1)) best = 2;
        else if (p + 2 < to && is(seqWords[p + 2]!, j + 1)) best = 1;
      }
      total += best;
    }
    return total;
  }
}
