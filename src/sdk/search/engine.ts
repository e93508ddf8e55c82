/**
 * The search index: built once from opportunities, then answers queries (text, facet filters, date range, sort,
 * page) with disjunctive facet counts.
 *
 * Layout (all plain arrays and typed arrays, so it builds from structured-clone data inside a worker):
 * - an inverted index of folded words: a sorted dictionary (prefix = a contiguous range, found by binary search) and
 *   posting lists in one CSR block (`postDoc`: item numbers, ascending per word; `postMask`: in which fields the word
 *   occurs). Because the dictionary is sorted, all the postings of a prefix are one contiguous slice.
 * - fuzzy look-up scans only dictionary words of similar length, ruled out first by a 32-bit letter signature.
 * - facet values as small integers per item (one typed array per single-valued facet, CSR for list facets).
 * - per sort order a rank per item (ties resolved by the default order), so sorting a result is a numeric sort of
 *   float keys and a page needs only a partial selection. The key puts what can be applied for first.
 * - the title's words in order per item, for the phrase/proximity part of relevance (see SCORE_CEIL).
 */
import { instantOf, isIsoDate } from '../feed/values.js';
import type { Opportunity } from '../feed/schema.js';
import { COUNTRY_ALIASES } from '../feed/codes.js';
import { STATUSES } from '../status.js';
import { localized } from '../text/localize.js';
import { decodeEntities, tokenize } from './fold.js';
import { boundedDistance, signature, signatureBound } from './fuzzy.js';
import { MAX_TOKEN, TextIndexBuilder } from './text-index.js';
import type { TextIndex } from './text-index.js';
import { memoInstant, StatusTable } from './statuses.js';
import { FACET_NAMES } from './types.js';
import type { FacetCount, FacetName, SearchIndex, SearchIndexOptions, SearchLabels, SearchQuery, SearchResult } from './types.js';

// ---------- fields and scores ----------
/** Field bits of a posting's mask. */
const F_TITLE = 8;
const F_SUMMARY = 4;
const F_META = 2;
const F_DESCRIPTION = 1;
/** A label of the item's topics, fields, kind or country, in any language (`SearchIndexOptions.labels`). */
const F_LABEL = 16;
/**
 * Weight of each field: a word scores its best field's weight plus a quarter of its other fields'. A label weighs
 * less than the item's own text, so a match in the item's own words (even as a prefix) ranks above one through a label.
 */
const FIELD_WEIGHT = [
  [F_TITLE, 100],
  [F_SUMMARY, 40],
  [F_META, 25],
  [F_DESCRIPTION, 15],
  [F_LABEL, 10],
] as const;

/** Match quality, in tenths of the field weight. */
const Q_EXACT = 10;
const Q_PREFIX = 7;
const Q_FUZZY1 = 3;
const Q_FUZZY2 = 2;

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
const T_EXACT = 17;
const T_PREFIX = 16;
const LOW_BITS = 12;
const LOW = 1 << LOW_BITS;
/** Above any score: sort keys are SCORE_CEIL - score. */
const SCORE_CEIL = 1 << 26;

/** Limits that keep absurd input cheap. */
const MAX_TEXT = 500;
const MAX_WORDS = 16;
const MAX_VALUES = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

// ---------- growable typed buffers for the build ----------
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

// ---------- facets ----------
interface Facet {
  name: FacetName;
  /** Value number → value; 0 is "none". */
  values: string[];
  lookup: Map<string, number>;
  /** Single-valued: value number per item. (Int32Array throughout, so the hot loops see one array type.) */
  single?: Int32Array;
  /** List-valued (CSR): values of item i are list[offsets[i]] … list[offsets[i + 1] - 1]. */
  offsets?: Int32Array;
  list?: Int32Array;
  /** Normalises a query value to the form stored. */
  norm: (v: string) => string;
}

const baseLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();
const countryCode = (c: string) => {
  const up = c.toUpperCase();
  return COUNTRY_ALIASES[up] ?? up;
};

function facetNorm(name: FacetName): (v: string) => string {
  switch (name) {
    case 'country':
      return (v) => countryCode(v.trim());
    case 'language':
      return (v) => baseLanguage(v.trim());
    case 'topic':
    case 'audience':
    case 'kind':
    case 'direction':
    case 'providerType':
    case 'mode':
    case 'status':
      return (v) => v.trim().toLowerCase();
    default:
      return (v) => v.trim();
  }
}

/** A facet under construction: values numbered as they come. */
class FacetBuilder {
  readonly values = [''];
  readonly lookup = new Map<string, number>();
  private last = '';
  private lastK = 0;

  number(v: string): number {
    if (v === this.last) return this.lastK;
    let k = this.lookup.get(v);
    if (k === undefined) {
      k = this.values.length;
      this.values.push(v);
      this.lookup.set(v, k);
    }
    this.last = v;
    this.lastK = k;
    return k;
  }
}

/** A list facet under construction (CSR). */
class ListBuilder extends FacetBuilder {
  readonly offsets: Int32Array;
  readonly flat: IntBuffer;
  private from = 0;

  constructor(n: number) {
    super();
    this.offsets = new Int32Array(n + 1);
    this.flat = new IntBuffer(n);
  }

  begin(): void {
    this.from = this.flat.length;
  }

  add(v: unknown): void {
    if (typeof v !== 'string' || v === '') return;
    const k = this.number(v);
    const { data, length } = this.flat;
    for (let p = this.from; p < length; p++) if (data[p] === k) return;
    this.flat.push(k);
  }

  end(d: number): void {
    this.offsets[d + 1] = this.flat.length;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Every facet's values as small integers per item, in one pass over the items (each item is read once, not once
 * per facet). `field` lists every level of each code, so `04` covers `041` and `0413`; `language` lists base
 * languages; `country` is the location's, else the provider's; `direction` defaults to `offer`.
 */
function buildFacets(items: readonly Opportunity[]): Facet[] {
  const n = items.length;
  const singles = { kind: new FacetBuilder(), direction: new FacetBuilder(), providerType: new FacetBuilder(), country: new FacetBuilder(), mode: new FacetBuilder() };
  const arrays = { kind: new Int32Array(n), direction: new Int32Array(n), providerType: new Int32Array(n), country: new Int32Array(n), mode: new Int32Array(n) };
  const lists = { topic: new ListBuilder(n), field: new ListBuilder(n), audience: new ListBuilder(n), language: new ListBuilder(n) };
  const countries = new Map<string, string>();
  for (let d = 0; d < n; d++) {
    const o = items[d]!;
    let v = str(o.kind);
    if (v) arrays.kind[d] = singles.kind.number(v);
    arrays.direction[d] = singles.direction.number(str(o.direction) ?? 'offer');
    if ((v = str(o.provider?.type))) arrays.providerType[d] = singles.providerType.number(v);
    if ((v = str(o.location?.country) ?? str(o.provider?.country))) {
      let c = countries.get(v);
      if (c === undefined) countries.set(v, (c = countryCode(v)));
      arrays.country[d] = singles.country.number(c);
    }
    if ((v = str(o.mode))) arrays.mode[d] = singles.mode.number(v);

    const { topic, field, audience, language } = lists;
    topic.begin();
    if (Array.isArray(o.topics)) for (const t of o.topics) topic.add(t);
    topic.end(d);
    audience.begin();
    if (Array.isArray(o.audience)) for (const t of o.audience) audience.add(t);
    audience.end(d);
    field.begin();
    if (Array.isArray(o.fields)) {
      for (const f of o.fields) if (typeof f === 'string') for (let len = 2; len <= f.length; len++) field.add(f.slice(0, len));
    }
    field.end(d);
    language.begin();
    if (Array.isArray(o.languages)) for (const l of o.languages) if (typeof l?.lang === 'string') language.add(baseLanguage(l.lang));
    language.end(d);
  }
  return FACET_NAMES.map((name): Facet => {
    const norm = facetNorm(name);
    if (name === 'status') {
      const b = new FacetBuilder();
      for (const st of STATUSES) b.number(st);
      return { name, values: b.values, lookup: b.lookup, norm };
    }
    if (name in singles) {
      const key = name as keyof typeof singles;
      return { name, values: singles[key].values, lookup: singles[key].lookup, norm, single: arrays[key] };
    }
    const l = lists[name as keyof typeof lists];
    return { name, values: l.values, lookup: l.lookup, norm, offsets: l.offsets, list: l.flat.data.slice(0, l.flat.length) };
  });
}

// ---------- helpers ----------
/** A moment from a Date, epoch milliseconds or ISO string; `undefined` when it is not one. */
function toTime(v: unknown): number | undefined {
  let t: number;
  if (v instanceof Date) t = v.getTime();
  else if (typeof v === 'number') t = v;
  else if (typeof v === 'string' && v.trim() !== '') t = isIsoDate(v.trim()) ? instantOf(v.trim(), false) : Date.parse(v);
  else return undefined;
  return Number.isFinite(t) ? Math.floor(t) : undefined;
}


/** Values of a query facet list: strings only, bounded. Accepts a lone string too. */
function listOf(v: unknown): string[] {
  if (typeof v === 'string') return v === '' ? [] : [v.slice(0, 100)];
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const x of v) {
    if (typeof x === 'string' && x !== '' && out.length < MAX_VALUES) out.push(x.slice(0, 100));
  }
  return out;
}

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

function countSingle(values: Int32Array, docs: Int32Array, total: number, c: Int32Array): void {
  for (let i = 0; i < total; i++) c[values[docs[i]!]!]!++;
}

function countList(offsets: Int32Array, list: Int32Array, docs: Int32Array, total: number, c: Int32Array): void {
  for (let i = 0; i < total; i++) {
    const d = docs[i]!;
    for (let p = offsets[d]!, e = offsets[d + 1]!; p < e; p++) c[list[p]!]!++;
  }
}

/**
 * The `k` smallest of `a[0 … m)`, unordered, in `heap` (a max-heap): one comparison for most values once the heap
 * is full, so a first page of a large result costs a single pass.
 */
function smallestByHeap(a: Float64Array, m: number, k: number, heap: Float64Array): Float64Array {
  for (let i = 0; i < k; i++) {
    // sift up
    let c = i;
    const v = a[i]!;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (heap[parent]! >= v) break;
      heap[c] = heap[parent]!;
      c = parent;
    }
    heap[c] = v;
  }
  for (let i = k; i < m; i++) {
    const v = a[i]!;
    if (v >= heap[0]!) continue;
    // replace the largest, sift down
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= k) break;
      const r = l + 1;
      const big = r < k && heap[r]! > heap[l]! ? r : l;
      if (heap[big]! <= v) break;
      heap[c] = heap[big]!;
      c = big;
    }
    heap[c] = v;
  }
  return heap.subarray(0, k);
}

/** Rearrange `a[0 … m)` so that its `k` smallest values come first (in any order). Average O(m). */
function selectSmallest(a: Float64Array, m: number, k: number): void {
  let lo = 0;
  let hi = m - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as pivot
    let x = a[lo]!;
    let y = a[mid]!;
    let z = a[hi]!;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}

// ---------- the index ----------
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
  tables: [Int32Array, Int32Array, Int32Array, Int32Array];
}

/** A word's score tables by field mask (see SCORE_CEIL), for a word in `df` of `n` items. */
function scoreTables(df: number, n: number): WordPlan['tables'] {
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

class Index implements SearchIndex {
  readonly size: number;
  private readonly items: readonly Opportunity[];
  private readonly now: number | undefined;

  // text
  private readonly words: string[];
  private readonly wordSig: Uint32Array;
  private readonly byLength: Int32Array[];
  private readonly offsets: Uint32Array;
  private readonly postDoc: Int32Array;
  private readonly postMask: Uint8Array;
  private readonly seqOffsets: Uint32Array;
  private readonly seqWords: Int32Array;
  /** The last text query: its distinct words and, per word in query order, its exact word and prefix range. */
  private qDistinct = 0;
  private qExact = new Int32Array(MAX_WORDS);
  private qLo = new Int32Array(MAX_WORDS);
  private qHi = new Int32Array(MAX_WORDS);
  private qCount = 0;
  private planCache = new Map<string, WordPlan>();
  /** The labels' own small index (one "document" per labelled value) and, per value, the items that have it. */
  private readonly labels?: { text: TextIndex; offsets: Int32Array; items: Int32Array };

  // filters, facets, sorting
  private readonly facets: Facet[];
  private readonly statusFacet: Facet;
  /** Facet f's values are numbered facetBase[f] + value in `allValues` and in the count array. */
  private readonly facetBase: Int32Array;
  private readonly allOffsets: Int32Array;
  private readonly allValues: Int32Array;
  private readonly statuses: StatusTable;
  private readonly startAt: Float64Array;
  private readonly endAt: Float64Array;
  private readonly ranks: Ranks;
  private readonly byId = new Map<string, number>();

  // per-query scratch (search is synchronous, so one set is enough)
  private readonly stamp: Uint32Array;
  private round = 0;
  private readonly wscore: Int32Array;
  private readonly acc: Int32Array;
  private readonly cand: Int32Array;
  private readonly matched: Int32Array;
  private readonly failDoc: Int32Array;
  private readonly failFacet: Int32Array;
  private readonly keys: Float64Array;
  private readonly heap = new Float64Array(256);
  /** 0, 1, … n - 1: the candidates of a query without text. */
  private readonly all: Int32Array;

  constructor(input: readonly Opportunity[], options: SearchIndexOptions = {}) {
    const items = Array.isArray(input) ? input.filter((o) => o && typeof o === 'object') : [];
    this.items = items;
    const n = (this.size = items.length);
    this.now = toTime(options?.now);
    const locale = typeof options?.locale === 'string' && options.locale ? options.locale : 'en';

    for (let i = 0; i < n; i++) if (!this.byId.has(items[i]!.id)) this.byId.set(items[i]!.id, i);

    // ---- inverted index ----
    ({
      words: this.words,
      wordSig: this.wordSig,
      byLength: this.byLength,
      offsets: this.offsets,
      postDoc: this.postDoc,
      postMask: this.postMask,
      seqOffsets: this.seqOffsets,
      seqWords: this.seqWords,
    } = indexTexts(items, locale));
    if (options?.labels) this.labels = indexLabels(items, options.labels);

    // ---- facets, dates, ranks ----
    this.facets = buildFacets(items);
    this.statusFacet = this.facets.find((f) => f.name === 'status')!;
    // Every static facet value of an item in one list, numbered globally (facet base + value), so counting a
    // result is one loop per item instead of one per facet.
    this.facetBase = new Int32Array(this.facets.length + 1);
    this.facets.forEach((f, i) => (this.facetBase[i + 1] = this.facetBase[i]! + f.values.length));
    const singles = this.facets.filter((f) => f.single);
    const lists = this.facets.filter((f) => f.offsets);
    const singleBase = singles.map((f) => this.facetBase[this.facets.indexOf(f)]!);
    const listBase = lists.map((f) => this.facetBase[this.facets.indexOf(f)]!);
    let size = n * singles.length;
    for (const f of lists) size += f.list!.length;
    const allOffsets = (this.allOffsets = new Int32Array(n + 1));
    const allValues = new Int32Array(size);
    let at = 0;
    for (let d = 0; d < n; d++) {
      for (let i = 0; i < singles.length; i++) {
        const v = singles[i]!.single![d]!;
        if (v > 0) allValues[at++] = singleBase[i]! + v;
      }
      for (let i = 0; i < lists.length; i++) {
        const { offsets, list } = lists[i]!;
        for (let p = offsets![d]!, e = offsets![d + 1]!; p < e; p++) allValues[at++] = listBase[i]! + list![p]!;
      }
      allOffsets[d + 1] = at;
    }
    this.allValues = allValues.slice(0, at);
    const instant = memoInstant();
    this.statuses = new StatusTable(items, instant);
    this.startAt = new Float64Array(n);
    this.endAt = new Float64Array(n);
    const deadlineAt = new Float64Array(n);
    const updatedAt = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const o = items[i]!;
      this.startAt[i] = instant(o.start ?? o.end, false);
      this.endAt[i] = instant(o.end ?? o.start, true);
      deadlineAt[i] = instant(o.application?.deadline, true);
      updatedAt[i] = instant(o.updated, false);
    }
    this.ranks = buildRanks(items, locale, this.startAt, deadlineAt, updatedAt);

    this.stamp = new Uint32Array(n);
    this.wscore = new Int32Array(n);
    this.acc = new Int32Array(n);
    this.cand = new Int32Array(n);
    this.matched = new Int32Array(n);
    this.failDoc = new Int32Array(n);
    this.failFacet = new Int32Array(n);
    this.keys = new Float64Array(n);
    this.all = new Int32Array(n);
    for (let i = 0; i < n; i++) this.all[i] = i;
  }

  get(id: string): Opportunity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.items[i];
  }

  // ---------- text ----------
  /** First dictionary position whose word is >= `w`. */
  private lowerBound(w: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    const L = word.length;
    const k = L >= 9 ? 2 : L >= 5 ? 1 : 0;
    if (k > 0) {
      const sig = signature(word);
      for (let l = Math.max(1, L - k); l <= L + k && l < this.byLength.length; l++) {
        const bucket = this.byLength[l];
        if (!bucket) continue;
        for (let b = 0; b < bucket.length; b++) {
          const r = bucket[b]!;
          if (r === exact || (r >= lo && r < hi)) continue;
          if (signatureBound(sig, this.wordSig[r]!) > k) continue;
          const d = boundedDistance(word, words[r]!, k);
          if (d <= k) {
            fuzzy.push(r);
            fuzzyD.push(d);
            cost += offsets[r + 1]! - offsets[r]!;
          }
        }
      }
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
    const bound = (w: string) => {
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid]! < w) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const at = bound(word);
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
    const n = word.length;
    const k = n >= 9 ? 2 : n >= 5 ? 1 : 0;
    const near: number[] = [];
    if (k > 0) {
      const sig = signature(word);
      for (let l = Math.max(1, n - k); l <= n + k && l < L.text.byLength.length; l++) {
        const bucket = L.text.byLength[l];
        if (!bucket) continue;
        for (let b = 0; b < bucket.length; b++) {
          const r = bucket[b]!;
          if (r === exact || (r >= at && r < hi)) continue;
          if (signatureBound(sig, L.text.wordSig[r]!) > k) continue;
          if (boundedDistance(word, words[r]!, k) <= k) near.push(r);
        }
      }
    }
    return { exactItems, prefixItems, fuzzyItems: collect(near) };
  }

  /**
   * Items containing every word (AND), with their relevance in `acc`. Returns how many are in `cand`, or -1 when
   * there is no word to look for (then every item is a candidate).
   */
  private matchText(text: string): number {
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
  private proximity(d: number): number {
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

  // ---------- search ----------
  search(query: SearchQuery = {}): SearchResult {
    const q: SearchQuery = query && typeof query === 'object' ? query : {};
    const n = this.size;
    const now = toTime(q.now) ?? this.now ?? Date.now();
    const statusValues = this.statuses.at(now);
    this.statusFacet.single = statusValues;

    // Text.
    const text = typeof q.text === 'string' ? q.text : '';
    const m = text.trim() === '' ? -1 : this.matchText(text);
    const hasText = m >= 0;

    // Facet filters: per active facet, which value numbers are allowed.
    const F = this.facets.length;
    const selected: string[][] = [];
    const active: number[] = [];
    const allowed: (Uint8Array | undefined)[] = [];
    for (let f = 0; f < F; f++) {
      const facet = this.facets[f]!;
      const values = [...new Set(listOf((q as Record<string, unknown>)[facet.name]).map(facet.norm))];
      selected.push(values);
      if (values.length === 0) continue;
      const set = new Uint8Array(facet.values.length);
      for (const v of values) {
        const k = facet.lookup.get(v);
        if (k !== undefined) set[k] = 1;
      }
      active.push(f);
      allowed[f] = set;
    }

    // Date range.
    const from = typeof q.from === 'string' && isIsoDate(q.from.trim()) ? instantOf(q.from.trim(), false) : NaN;
    const to = typeof q.to === 'string' && isIsoDate(q.to.trim()) ? instantOf(q.to.trim(), true) : NaN;
    const hasFrom = from === from;
    const hasTo = to === to;
    // A window that ends before it starts matches nothing (not the long items that happen to span both ends).
    const reversed = hasFrom && hasTo && from > to;
    const { startAt, endAt } = this;

    // Filter: an item failing no facet is a result; one failing exactly one facet still counts in that facet
    // (disjunctive counting). Counting is then done facet by facet over the lists, in tight loops.
    const counted = new Int32Array(this.facetBase[F]!);
    const counts = this.facets.map((_, f) => counted.subarray(this.facetBase[f]!, this.facetBase[f + 1]!));
    const limit = hasText ? m : n;
    const source = hasText ? this.cand : this.all;
    let matched = source;
    let total = limit;
    let failed = 0;
    const A = active.length;
    if (A > 0 || hasFrom || hasTo) {
      matched = this.matched;
      total = 0;
      const { failDoc, failFacet } = this;
      const activeSingle = active.map((f) => this.facets[f]!.single);
      const activeOffsets = active.map((f) => this.facets[f]!.offsets);
      const activeList = active.map((f) => this.facets[f]!.list);
      const activeAllowed = active.map((f) => allowed[f]!);
      for (let i = 0, end = reversed ? 0 : limit; i < end; i++) {
        const d = source[i]!;
        if (hasFrom && !(endAt[d]! >= from)) continue;
        if (hasTo && !(startAt[d]! <= to)) continue;
        let fails = 0;
        let which = -1;
        for (let a = 0; a < A; a++) {
          const ok = activeAllowed[a]!;
          const single = activeSingle[a];
          let hit = false;
          if (single !== undefined) hit = ok[single[d]!] === 1;
          else {
            const off = activeOffsets[a]!;
            const list = activeList[a]!;
            for (let p = off[d]!, e = off[d + 1]!; p < e; p++) {
              if (ok[list[p]!] === 1) {
                hit = true;
                break;
              }
            }
          }
          if (!hit) {
            fails++;
            which = a;
            if (fails > 1) break;
          }
        }
        if (fails === 0) matched[total++] = d;
        else if (fails === 1) {
          failDoc[failed] = d;
          failFacet[failed++] = active[which]!;
        }
      }
    }
    countList(this.allOffsets, this.allValues, matched, total, counted);
    countSingle(statusValues, matched, total, counts[this.facets.indexOf(this.statusFacet)]!);
    for (let k = 0; k < failed; k++) {
      const facet = this.facets[this.failFacet[k]!]!;
      const c = counts[this.failFacet[k]!]!;
      const d = this.failDoc[k]!;
      if (facet.single) c[facet.single[d]!]!++;
      else for (let p = facet.offsets![d]!, e = facet.offsets![d + 1]!; p < e; p++) c[facet.list![p]!]!++;
    }

    // Page.
    let pageSize = DEFAULT_PAGE_SIZE;
    if (typeof q.pageSize === 'number' && Number.isFinite(q.pageSize)) {
      pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(q.pageSize)));
    }
    const lastPage = Math.max(1, Math.ceil(total / pageSize));
    let page = 1;
    if (typeof q.page === 'number' && Number.isFinite(q.page)) page = Math.min(lastPage, Math.max(1, Math.floor(q.page)));
    const begin = (page - 1) * pageSize;
    const end = Math.min(total, begin + pageSize);

    // Order: a unique numeric key per result; the page is a partial selection of the smallest keys.
    const sort = typeof q.sort === 'string' && Object.hasOwn(SORT_RANK, q.sort) ? (q.sort as keyof typeof SORT_RANK) : undefined;
    const keys = this.keys;
    let perm: Int32Array;
    // In every order, what can still be applied for (upcoming, open, closing soon) comes first.
    const late = LATE;
    if (hasText && sort === undefined) {
      const { rank } = this.ranks.default;
      perm = this.ranks.default.perm;
      const acc = this.acc;
      const group = SCORE_CEIL * n;
      const allInTitle = this.qCount > 1 ? T_PREFIX * this.qDistinct : Infinity;
      for (let i = 0; i < total; i++) {
        const d = matched[i]!;
        const a = acc[d]!;
        // a = coverage × LOW + field score → (coverage × 32 + proximity) × LOW + field score
        const title = a >> LOW_BITS;
        let score = a + title * (31 << LOW_BITS);
        if (title >= allInTitle) score += this.proximity(d) << LOW_BITS;
        keys[i] = late[statusValues[d]!]! * group + (SCORE_CEIL - score) * n + rank[d]!;
      }
    } else {
      const r = sort === 'title' ? this.ranks.title() : this.ranks[sort === undefined ? 'default' : SORT_RANK[sort]];
      perm = r.perm;
      const rank = r.rank;
      for (let i = 0; i < total; i++) {
        const d = matched[i]!;
        keys[i] = late[statusValues[d]!]! * n + rank[d]!;
      }
    }
    const items: Opportunity[] = [];
    if (end > begin) {
      let head: Float64Array;
      if (total <= 1024 || end * 4 >= total) head = keys.subarray(0, total);
      else if (end <= 256) head = smallestByHeap(keys, total, end, this.heap);
      else {
        selectSmallest(keys, total, end);
        head = keys.subarray(0, end);
      }
      head.sort();
      for (let i = begin; i < end; i++) items.push(this.items[perm[head[i]! % n]!]!);
    }

    // Facet lists.
    const facets = {} as Record<FacetName, FacetCount[]>;
    for (let f = 0; f < F; f++) {
      const facet = this.facets[f]!;
      const c = counts[f]!;
      const out: FacetCount[] = [];
      for (let k = 1; k < c.length; k++) if (c[k]! > 0) out.push({ value: facet.values[k]!, count: c[k]! });
      for (const v of selected[f]!) {
        const k = facet.lookup.get(v);
        if (k === undefined || c[k] === 0) out.push({ value: v, count: 0 });
      }
      out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      facets[facet.name] = out;
    }
    return { items, total, page, pageSize, facets };
  }
}

/**
 * The inverted index of every item's searchable texts: title, summary, description (tags skipped), provider name
 * and city, location city and region, topics, tags, and the country's name in English and `locale`.
 */
function indexTexts(items: readonly Opportunity[], locale: string): TextIndex {
  const builder = new TextIndexBuilder(F_TITLE);
  const countryNames = countryNamer(locale);
  for (let doc = 0; doc < items.length; doc++) {
    const o = items[doc]!;
    builder.startDoc(doc);
    addLocalized(builder, o.title, F_TITLE, false);
    addLocalized(builder, o.summary, F_SUMMARY, false);
    addLocalized(builder, o.description, F_DESCRIPTION, true);
    addLocalized(builder, o.provider?.name, F_META, false);
    addText(builder, o.provider?.city, F_META, false);
    addText(builder, o.location?.city, F_META, false);
    addText(builder, o.location?.region, F_META, false);
    if (Array.isArray(o.topics)) for (const t of o.topics) addText(builder, t, F_META, false);
    if (Array.isArray(o.tags)) for (const t of o.tags) addText(builder, t, F_META, false);
    const c = o.location?.country ?? o.provider?.country;
    if (typeof c === 'string') addText(builder, countryNames(countryCode(c)), F_META, false);
  }
  return builder.finish(items.length);
}

const NONE = new Int32Array(0);
let maskBuffer = new Uint8Array(0);
/** A posting mask of `n` label matches (shared, grown on demand). */
function labelMask(n: number): Uint8Array {
  if (maskBuffer.length < n) maskBuffer = new Uint8Array(Math.max(n, maskBuffer.length * 2)).fill(F_LABEL);
  return maskBuffer;
}

/**
 * The labels as a small index of their own: one document per labelled value (a topic, an ISCED-F code and each of its
 * ancestors, a kind, a country), holding its labels in every language; and per value, the items that have it. A query
 * word found there reaches the items through that list, so 24 languages of labels cost the index a few integers per
 * item, not hundreds of postings.
 */
function indexLabels(items: readonly Opportunity[], labels: SearchLabels): { text: TextIndex; offsets: Int32Array; items: Int32Array } {
  const keys = new Map<string, number>();
  const texts: string[] = [];
  for (const [facet, table] of [['t', labels.topics], ['f', labels.fields], ['k', labels.kinds], ['c', labels.countries]] as const) {
    if (!table) continue;
    for (const value of Object.keys(table)) {
      const t = table[value];
      const text = Array.isArray(t) ? t.join(' \n ') : t;
      if (typeof text !== 'string' || !text) continue;
      keys.set(facet + ':' + value, texts.length);
      texts.push(text);
    }
  }
  const builder = new TextIndexBuilder(0);
  for (let v = 0; v < texts.length; v++) {
    builder.startDoc(v);
    builder.add(texts[v]!, F_LABEL);
  }
  const text = builder.finish(texts.length);
  // Items per value (CSR): count, then fill.
  const perItem: number[][] = [];
  const counts = new Int32Array(texts.length + 1);
  for (let d = 0; d < items.length; d++) {
    const o = items[d]!;
    const own = new Set<number>();
    const add = (k: string) => {
      const v = keys.get(k);
      if (v !== undefined) own.add(v);
    };
    if (Array.isArray(o.topics)) for (const t of o.topics) add('t:' + t);
    if (Array.isArray(o.fields)) for (const f of o.fields) if (typeof f === 'string') for (let n = 2; n <= f.length; n++) add('f:' + f.slice(0, n));
    if (typeof o.kind === 'string') add('k:' + o.kind);
    const c = o.location?.country ?? o.provider?.country;
    if (typeof c === 'string') add('c:' + countryCode(c));
    const list = [...own];
    perItem.push(list);
    for (const v of list) counts[v + 1]!++;
  }
  for (let v = 0; v < texts.length; v++) counts[v + 1]! += counts[v]!;
  const fill = counts.slice(0, texts.length);
  const out = new Int32Array(counts[texts.length]!);
  for (let d = 0; d < perItem.length; d++) for (const v of perItem[d]!) out[fill[v]!++] = d;
  return { text, offsets: counts, items: out };
}

function addText(builder: TextIndexBuilder, text: unknown, bit: number, html: boolean): void {
  if (typeof text === 'string' && text !== '') builder.add(html ? decodeEntities(text) : text, bit, html);
}

/** A Text map (every language), or a plain string. */
function addLocalized(builder: TextIndexBuilder, text: unknown, bit: number, html: boolean): void {
  if (!text || typeof text !== 'object') return addText(builder, text, bit, html);
  for (const k in text as Record<string, unknown>) addText(builder, (text as Record<string, unknown>)[k], bit, html);
}

/** 1 for a status (STATUSES index + 1) that can no longer be applied for: full, closed, past, cancelled. */
const LATE = Int32Array.from([0, ...STATUSES.map((s) => (s === 'upcoming' || s === 'open' || s === 'closing-soon' ? 0 : 1))]);

/** Which precomputed rank serves a sort order (`start` is the default order; `relevance` is computed per query). */
const SORT_RANK = { start: 'default', deadline: 'deadline', updated: 'updated', title: 'title' } as const;

interface Ranks {
  default: Order;
  deadline: Order;
  updated: Order;
  /** Computed on first use: a full collator sort is the costliest part of a build (~0.2 s per 100,000 items). */
  title: () => Order;
}

/**
 * Precompute a rank per item for each order. Missing values last; ties by the default order, which is start
 * (earliest first, undated last), then title (Intl.Collator of the locale), then id, then input position.
 */
function buildRanks(
  items: readonly Opportunity[],
  locale: string,
  startAt: Float64Array,
  deadlineAt: Float64Array,
  updatedAt: Float64Array,
): Ranks {
  const n = items.length;
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { numeric: true });
  } catch {
    collator = new Intl.Collator('en', { numeric: true });
  }
  const titles = items.map((o) => localized(o.title, [locale], o.language));
  const ids = items.map((o) => String(o.id));
  const byTitle = (a: number, b: number) =>
    collator.compare(titles[a]!, titles[b]!) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b);
  // Default order: by start (input order for now), then each run of equal starts by title: collator comparisons
  // only within runs.
  const identity: Order = { rank: new Int32Array(n), perm: new Int32Array(n) };
  for (let i = 0; i < n; i++) identity.rank[i] = identity.perm[i] = i;
  const defPerm = orderByValue(startAt, 1, identity);
  for (let r = 0; r < n; ) {
    const x = startAt[defPerm[r]!]!;
    let e = r + 1;
    while (e < n && (startAt[defPerm[e]!] === x || (x !== x && startAt[defPerm[e]!] !== startAt[defPerm[e]!]))) e++;
    if (e - r > 1) defPerm.subarray(r, e).sort(byTitle);
    r = e;
  }
  const def = withRank(defPerm);
  let title: Order | undefined;
  return {
    default: def,
    deadline: withRank(orderByValue(deadlineAt, 1, def)),
    updated: withRank(orderByValue(updatedAt, -1, def)),
    title: () => {
      if (!title) {
        // Alphabetical; equal titles in default order.
        const perm = Int32Array.from(Array.from({ length: n }, (_, i) => i).sort(byTitle));
        for (let r = 0; r < n; ) {
          let e = r + 1;
          while (e < n && collator.compare(titles[perm[r]!]!, titles[perm[e]!]!) === 0) e++;
          if (e - r > 1) perm.subarray(r, e).sort((a, b) => def.rank[a]! - def.rank[b]!);
          r = e;
        }
        title = withRank(perm);
      }
      return title;
    },
  };
}

interface Order {
  /** Position of each item. */
  rank: Int32Array;
  /** Item at each position. */
  perm: Int32Array;
}

function withRank(perm: Int32Array): Order {
  const rank = new Int32Array(perm.length);
  for (let r = 0; r < perm.length; r++) rank[perm[r]!] = r;
  return { rank, perm };
}

/**
 * Items by a numeric value (ascending, or descending with `dir` -1), items without it (NaN) last, ties in `tie`
 * order. Packs (value number, tie rank) into one float per item so only native numeric sorts run.
 */
function orderByValue(v: Float64Array, dir: 1 | -1, tie: Order): Int32Array {
  const n = v.length;
  const distinct = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (v[i] === v[i]) distinct[m++] = dir * v[i]!;
  distinct.subarray(0, m).sort();
  let u = 0;
  for (let i = 0; i < m; i++) if (u === 0 || distinct[i] !== distinct[u - 1]) distinct[u++] = distinct[i]!;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    let k = u;
    if (x === x) {
      const want = dir * x;
      let lo = 0;
      let hi = u - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (distinct[mid]! < want) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    }
    keys[i] = k * n + tie.rank[i]!;
  }
  keys.sort();
  const perm = new Int32Array(n);
  for (let r = 0; r < n; r++) perm[r] = tie.perm[keys[r]! % n]!;
  return perm;
}

/** Country names (English and the locale) for a code, memoised; empty when Intl.DisplayNames is unavailable. */
function countryNamer(locale: string): (code: string) => string {
  const memo = new Map<string, string>();
  let namers: Intl.DisplayNames[] = [];
  try {
    namers = [new Intl.DisplayNames(['en'], { type: 'region' })];
    if (baseLanguage(locale) !== 'en') namers.push(new Intl.DisplayNames([locale], { type: 'region' }));
  } catch {
    /* no region names: search by code only */
  }
  return (code) => {
    let hit = memo.get(code);
    if (hit === undefined) {
      hit = '';
      for (const dn of namers) {
        try {
          const name = dn.of(code);
          if (name && name !== code) hit += ' ' + name;
        } catch {
          /* not a region */
        }
      }
      memo.set(code, hit);
    }
    return hit;
  };
}

/**
 * Build a search index over opportunities (as `parseFeed` returns them, or plain structured-clone copies of them).
 * Building is linear in the text: about 0.3 s and 12 MB for 10,000 items with 80-word descriptions, 3 s and 70 MB
 * for 100,000 (bench/search.bench.ts, 2-core machine). A query with all facets counted then takes well under a
 * millisecond at 10,000 items and a few at 100,000. The items are kept by reference, not copied. A big index is
 * better built in a worker (see `serveSearchIndex`).
 *
 * - `now`: default moment for statuses when a query gives none (else the current time, read at each search);
 * - `locale`: for `sort: 'title'` and the title used for it (`localize` of the title in that locale, else the item's
 *   language, English, any), and country names in text search. Default `en`.
 *
 * See `SearchQuery` for matching, filtering, ordering and clamping rules.
 */
export function createSearchIndex(opportunities: readonly Opportunity[], options: SearchIndexOptions = {}): SearchIndex {
  return new Index(opportunities, options);
}
