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
 *
 * One job per module: `facets.ts` (the facet table), `facet-index.ts` (facet values per item, counts as results list
 * them), `selection.ts` (filters, disjunctive counts, the base filter), `text-build.ts` / `text-match.ts` (the
 * inverted index and matching words), `scoring.ts` (relevance), `ranks.ts` (orders and partial selection); this one
 * builds an index from them and answers a query.
 */
import { instantOf, isIsoDate } from '../feed/values.js';
import type { Opportunity } from '../feed/schema.js';
import { buildFacets, countList, facetCounts, flattenFacets } from './facet-index.js';
import type { Facet } from './facet-index.js';
import { buildRanks, LATE, selectSmallest, smallestByHeap, SORT_RANK } from './ranks.js';
import type { Ranks } from './ranks.js';
import { LOW_BITS, SCORE_CEIL, T_PREFIX } from './scoring.js';
import { select, withinBase } from './selection.js';
import type { SelectionInput } from './selection.js';
import { memoInstant, StatusTable } from './statuses.js';
import { indexLabels, indexTexts } from './text-build.js';
import { TextMatcher } from './text-match.js';
import type { FacetCount, FacetName, SearchIndex, SearchIndexOptions, SearchQuery, SearchResult } from './types.js';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './types.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** A moment from a Date, epoch milliseconds or ISO string; `undefined` when it is not one. */
function toTime(v: unknown): number | undefined {
  let t: number;
  if (v instanceof Date) t = v.getTime();
  else if (typeof v === 'number') t = v;
  else if (typeof v === 'string' && v.trim() !== '') t = isIsoDate(v.trim()) ? instantOf(v.trim(), false) : Date.parse(v);
  else return undefined;
  return Number.isFinite(t) ? Math.floor(t) : undefined;
}


class Index implements SearchIndex {
  readonly size: number;
  private readonly items: readonly Opportunity[];
  private readonly now: number | undefined;
  private readonly text: TextMatcher;
  private readonly facets: Facet[];
  private readonly statusFacet: Facet;
  private readonly selection: SelectionInput;
  /** The base filter's statuses (per status value number, 1 = inside), applied at each search's `now`. */
  private readonly gate: Uint8Array | undefined;
  private readonly statuses: StatusTable;
  private readonly ranks: Ranks;
  private readonly byId = new Map<string, number>();
  private readonly keys: Float64Array;
  private readonly heap = new Float64Array(256);
  /** 0, 1, … n - 1: the candidates of a query without text. */
  private readonly all: Int32Array;

  constructor(input: readonly Opportunity[], options: SearchIndexOptions = {}) {
    const objects = Array.isArray(input) ? input.filter((o) => o && typeof o === 'object') : [];
    const base = withinBase(objects, options?.filter);
    const items = (this.items = base.items);
    const n = (this.size = items.length);
    this.now = toTime(options?.now);
    const locale = typeof options?.locale === 'string' && options.locale ? options.locale : 'en';

    for (let i = 0; i < n; i++) if (!this.byId.has(items[i]!.id)) this.byId.set(items[i]!.id, i);

    this.text = new TextMatcher(indexTexts(items, locale), options?.labels ? indexLabels(items, options.labels) : undefined, n);

    // ---- facets, dates, ranks ----
    this.facets = buildFacets(items);
    const statusAt = this.facets.findIndex((f) => f.name === 'status');
    this.statusFacet = this.facets[statusAt]!;
    if (base.status) {
      this.gate = new Uint8Array(this.statusFacet.values.length);
      for (const v of base.status) {
        const k = this.statusFacet.lookup.get(v);
        if (k !== undefined) this.gate[k] = 1;
      }
    }
    const flat = flattenFacets(this.facets, n);
    const instant = memoInstant();
    this.statuses = new StatusTable(items, instant);
    const startAt = new Float64Array(n);
    const endAt = new Float64Array(n);
    const deadlineAt = new Float64Array(n);
    const updatedAt = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const o = items[i]!;
      startAt[i] = instant(o.start ?? o.end, false);
      endAt[i] = instant(o.end ?? o.start, true);
      deadlineAt[i] = instant(o.application?.deadline, true);
      updatedAt[i] = instant(o.updated, false);
    }
    this.ranks = buildRanks(items, locale, startAt, deadlineAt, updatedAt);
    this.selection = {
      facets: this.facets,
      base: flat.base,
      allOffsets: flat.offsets,
      allValues: flat.values,
      statusAt,
      statusValues: new Int32Array(0),
      startAt,
      endAt,
      matched: new Int32Array(n),
      failDoc: new Int32Array(n),
      failFacet: new Int32Array(n),
    };
    this.keys = new Float64Array(n);
    this.all = new Int32Array(n);
    for (let i = 0; i < n; i++) this.all[i] = i;
    const allCounts = new Int32Array(flat.base[this.facets.length]!);
    countList(flat.offsets, flat.values, this.all, n, allCounts);
    this.selection.allCounts = allCounts;
  }

  get(id: string): Opportunity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.items[i];
  }

  search(query: SearchQuery = {}): SearchResult {
    const q: SearchQuery = query && typeof query === 'object' ? query : {};
    const n = this.size;
    const now = toTime(q.now) ?? this.now ?? Date.now();
    const statusValues = this.statuses.at(now);
    this.statusFacet.single = statusValues;
    this.selection.statusValues = statusValues;

    // Text, then filters and counts.
    const text = typeof q.text === 'string' ? q.text : '';
    const m = text.trim() === '' ? -1 : this.text.match(text);
    const hasText = m >= 0;
    const { matched, total, counts, selected } = select(this.selection, q, hasText ? this.text.cand : this.all, hasText ? m : n, this.gate);

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
      const { acc, qCount, qDistinct } = this.text;
      const group = SCORE_CEIL * n;
      const allInTitle = qCount > 1 ? T_PREFIX * qDistinct : Infinity;
      for (let i = 0; i < total; i++) {
        const d = matched[i]!;
        const a = acc[d]!;
        // a = coverage × LOW + field score → (coverage × 32 + proximity) × LOW + field score
        const title = a >> LOW_BITS;
        let score = a + title * (31 << LOW_BITS);
        if (title >= allInTitle) score += this.text.proximity(d) << LOW_BITS;
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

    const facets = {} as Record<FacetName, FacetCount[]>;
    for (let f = 0; f < this.facets.length; f++) facets[this.facets[f]!.name] = facetCounts(this.facets[f]!, counts[f]!, selected[f]!);
    return { items, total, page, pageSize, facets };
  }
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
 *   language, English, any), and country names in text search. Default `en`;
 * - `filter`: a base filter (facets and dates) no search leaves: see `SearchIndexOptions.filter`.
 *
 * See `SearchQuery` for matching, filtering, ordering and clamping rules.
 */
export function createSearchIndex(opportunities: readonly Opportunity[], options: SearchIndexOptions = {}): SearchIndex {
  return new Index(opportunities, options);
}
