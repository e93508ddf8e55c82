/**
 * Selection: which items a query's facet filters and date range keep, with the disjunctive facet counts of the result
 * (a facet's counts apply every filter but its own); and the base filter of an index (`SearchIndexOptions.filter`),
 * which items never leave.
 */
import { instantOf, isIsoDate } from '../feed/values.js';
import type { Opportunity } from '../feed/schema.js';
import { FACETS } from './facets.js';
import type { FacetName, FacetSpec } from './facets.js';
import { countList, countSingle } from './facet-index.js';
import type { Facet } from './facet-index.js';
import { memoInstant } from './statuses.js';
import type { SearchFilter, SearchQuery } from './types.js';

const MAX_VALUES = 100;

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

/** A query's facet values as the index matches them (the table's `key`), de-duplicated. */
export function selectedValues(query: object, name: FacetName, key: (v: string) => string): string[] {
  return [...new Set(listOf((query as Record<string, unknown>)[name]).map(key))];
}

/** A date range as instants (NaN when a side is absent or not an ISO date); `reversed` when it ends before it starts. */
export function dateRange(q: Pick<SearchQuery, 'from' | 'to'>): { from: number; to: number; reversed: boolean } {
  const from = typeof q.from === 'string' && isIsoDate(q.from.trim()) ? instantOf(q.from.trim(), false) : NaN;
  const to = typeof q.to === 'string' && isIsoDate(q.to.trim()) ? instantOf(q.to.trim(), true) : NaN;
  // A window that ends before it starts matches nothing (not the long items that happen to span both ends).
  return { from, to, reversed: from === from && to === to && from > to };
}

/** The facet data a selection reads (the index's). */
export interface SelectionInput {
  facets: readonly Facet[];
  /** `flattenFacets`: every static value of each item, numbered `base[f]` + value. */
  base: Int32Array;
  allOffsets: Int32Array;
  allValues: Int32Array;
  /** Index of the status facet, and the status value number of each item at this search's `now`. */
  statusAt: number;
  statusValues: Int32Array;
  startAt: Float64Array;
  endAt: Float64Array;
  /**
   * The static facets' counts over every item (`allValues` counted once at build), read by a selection of all the
   * items with no filter: the finder's first page, and every page of it.
   */
  allCounts?: Int32Array;
  /** Scratch, one slot per item. */
  matched: Int32Array;
  failDoc: Int32Array;
  failFacet: Int32Array;
}

export interface Selection {
  /** The results: `matched[0 … total)`, in candidate order. */
  matched: Int32Array;
  total: number;
  /** Per facet, its counts by value number. */
  counts: Int32Array[];
  /** Per facet, the query's values (`key` form). */
  selected: string[][];
}

/**
 * Filter the candidates `source[0 … limit)` by the query's facets and date range, and count every facet
 * disjunctively: an item failing no facet is a result; one failing exactly one facet still counts in that facet.
 * Counting is then done facet by facet over the lists, in tight loops. `gate` (per status value number, 1 = inside),
 * when given, drops the items whose status at `now` is outside the index's base filter before anything is counted.
 */
export function select(X: SelectionInput, q: SearchQuery, source: Int32Array, limit: number, gate: Uint8Array | undefined): Selection {
  const { facets, statusValues, startAt, endAt } = X;
  const F = facets.length;
  // Per active facet, which value numbers are allowed.
  const selected: string[][] = [];
  const active: number[] = [];
  const allowed: (Uint8Array | undefined)[] = [];
  for (let f = 0; f < F; f++) {
    const facet = facets[f]!;
    const values = selectedValues(q, facet.name, facet.norm);
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
  const { from, to, reversed } = dateRange(q);
  const hasFrom = from === from;
  const hasTo = to === to;

  const counted = new Int32Array(X.base[F]!);
  const counts = facets.map((_, f) => counted.subarray(X.base[f]!, X.base[f + 1]!));
  let matched = source;
  let total = limit;
  let failed = 0;
  const A = active.length;
  if (A > 0 || hasFrom || hasTo || gate !== undefined) {
    matched = X.matched;
    total = 0;
    const { failDoc, failFacet } = X;
    const activeSingle = active.map((f) => facets[f]!.single);
    const activeOffsets = active.map((f) => facets[f]!.offsets);
    const activeList = active.map((f) => facets[f]!.list);
    const activeAllowed = active.map((f) => allowed[f]!);
    for (let i = 0, end = reversed ? 0 : limit; i < end; i++) {
      const d = source[i]!;
      if (gate !== undefined && gate[statusValues[d]!] !== 1) continue;
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
  if (X.allCounts !== undefined && matched === source && total === X.startAt.length) counted.set(X.allCounts);
  else countList(X.allOffsets, X.allValues, matched, total, counted);
  countSingle(statusValues, matched, total, counts[X.statusAt]!);
  for (let k = 0; k < failed; k++) {
    const facet = facets[X.failFacet[k]!]!;
    const c = counts[X.failFacet[k]!]!;
    const d = X.failDoc[k]!;
    if (facet.single) c[facet.single[d]!]!++;
    else for (let p = facet.offsets![d]!, e = facet.offsets![d + 1]!; p < e; p++) c[facet.list![p]!]!++;
  }
  return { matched, total, counts, selected };
}

/**
 * The items within a base filter's facets (but `status`) and dates, in input order: what an index keeps. The same rules
 * as a query's filters (values in the table's `key` form, hierarchical `field`, date overlap). `status` depends on the
 * moment of each search, so it is returned apart (`status`: the values, in `key` form, or undefined when not given).
 */
export function withinBase(items: readonly Opportunity[], filter: SearchFilter | undefined): { items: readonly Opportunity[]; status: string[] | undefined } {
  if (!filter || typeof filter !== 'object') return { items, status: undefined };
  const tests: { values: NonNullable<FacetSpec['values']>; allowed: Set<string> }[] = [];
  let status: string[] | undefined;
  for (const spec of FACETS as readonly FacetSpec<FacetName>[]) {
    const values = selectedValues(filter, spec.name, spec.key);
    if (values.length === 0) continue;
    if (spec.values === undefined) status = values;
    else tests.push({ values: spec.values, allowed: new Set(values) });
  }
  const { from, to, reversed } = dateRange(filter);
  const hasFrom = from === from;
  const hasTo = to === to;
  if (tests.length === 0 && !hasFrom && !hasTo) return { items, status };
  if (reversed) return { items: [], status };
  const instant = memoInstant();
  const kept = items.filter((o) => {
    if (!o || typeof o !== 'object') return false;
    if (hasFrom && !(instant(o.end ?? o.start, true) >= from)) return false;
    if (hasTo && !(instant(o.start ?? o.end, false) <= to)) return false;
    for (const { values, allowed } of tests) {
      let hit = false;
      values(o, (v) => {
        if (v !== '' && allowed.has(v)) hit = true;
      });
      if (!hit) return false;
    }
    return true;
  });
  return { items: kept, status };
}
