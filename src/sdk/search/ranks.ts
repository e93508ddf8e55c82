/**
 * Orders: per sort order a rank per item, precomputed (ties resolved by the default order), so that sorting a result
 * is a numeric sort of float keys; and the partial selections that take a page's keys without sorting the rest.
 */
import type { Opportunity } from '../feed/schema.js';
import { STATUSES } from '../status.js';
import { localized } from '../text/localize.js';

/** 1 for a status (STATUSES index + 1) that can no longer be applied for: full, closed, past, cancelled. */
export const LATE = Int32Array.from([0, ...STATUSES.map((s) => (s === 'upcoming' || s === 'open' || s === 'closing-soon' ? 0 : 1))]);

/** Which precomputed rank serves a sort order (`start` is the default order; `relevance` is computed per query). */
export const SORT_RANK = { start: 'default', deadline: 'deadline', updated: 'updated', title: 'title' } as const;

export interface Ranks {
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
export function buildRanks(
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

export interface Order {
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

/**
 * The `k` smallest of `a[0 … m)`, unordered, in `heap` (a max-heap): one comparison for most values once the heap
 * is full, so a first page of a large result costs a single pass.
 */
export function smallestByHeap(a: Float64Array, m: number, k: number, heap: Float64Array): Float64Array {
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
export function selectSmallest(a: Float64Array, m: number, k: number): void {
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

