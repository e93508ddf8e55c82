/**
 * The facets side of an index: every facet's values as small integers per item, built in one pass over the items from
 * the facet table (`facets.ts`), and everything counted over them in one list per item; then a result's counts as
 * `SearchResult.facets`.
 */
import type { Opportunity } from '../feed/schema.js';
import { STATUSES } from '../status.js';
import { FACETS } from './facets.js';
import type { FacetName, FacetSpec } from './facets.js';
import type { FacetCount } from './types.js';

export class IntBuffer {
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

export interface Facet {
  name: FacetName;
  spec: FacetSpec<FacetName>;
  /** Value number → value; 0 is "none". */
  values: string[];
  lookup: Map<string, number>;
  /** Single-valued: value number per item. (Int32Array throughout, so the hot loops see one array type.) */
  single?: Int32Array;
  /** List-valued (CSR): values of item i are list[offsets[i]] … list[offsets[i + 1] - 1]. */
  offsets?: Int32Array;
  list?: Int32Array;
  /** Normalises a query value to the form stored (the table's `key`). */
  norm: (v: string) => string;
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

/**
 * Every facet's values as small integers per item, in one pass over the items (each item is read once, not once per
 * facet), with the table's `values`. `status` has its values (every status) but no per-item numbers: they depend on
 * `now` (`StatusTable`), and are set on the facet at each search.
 */
export function buildFacets(items: readonly Opportunity[]): Facet[] {
  const n = items.length;
  const specs = FACETS as readonly FacetSpec<FacetName>[];
  const builders = specs.map((spec) => (spec.values === undefined ? undefined : spec.single ? new FacetBuilder() : new ListBuilder(n)));
  const singles = specs.map((spec) => (spec.values !== undefined && spec.single ? new Int32Array(n) : undefined));
  // One `add` per facet, bound once: it numbers the value into the item `d` being read.
  let d = 0;
  const adders = specs.map((_, f) => {
    const b = builders[f];
    if (b instanceof ListBuilder) return (v: string) => b.add(v);
    const single = singles[f]!;
    return (v: string) => {
      if (b && v !== '') single[d] = b.number(v);
    };
  });
  const read = specs.map((spec) => spec.values);
  const lists = builders.map((b) => (b instanceof ListBuilder ? b : undefined));
  for (d = 0; d < n; d++) {
    const o = items[d]!;
    for (let f = 0; f < specs.length; f++) {
      const values = read[f];
      if (values === undefined) continue;
      const list = lists[f];
      if (list !== undefined) {
        list.begin();
        values(o, adders[f]!);
        list.end(d);
      } else values(o, adders[f]!);
    }
  }
  return specs.map((spec, f): Facet => {
    const base = { name: spec.name, spec, norm: spec.key };
    const b = builders[f];
    if (b === undefined) {
      const s = new FacetBuilder();
      for (const st of STATUSES) s.number(st);
      return { ...base, values: s.values, lookup: s.lookup };
    }
    if (b instanceof ListBuilder) return { ...base, values: b.values, lookup: b.lookup, offsets: b.offsets, list: b.flat.data.slice(0, b.flat.length) };
    return { ...base, values: b.values, lookup: b.lookup, single: singles[f]! };
  });
}

/**
 * Every static facet value of every item in one list (CSR), numbered globally (`base[f]` + value number), so that
 * counting a result is one loop per item instead of one per facet. `base[F]` is the size of a count array.
 */
export function flattenFacets(facets: readonly Facet[], n: number): { base: Int32Array; offsets: Int32Array; values: Int32Array } {
  const base = new Int32Array(facets.length + 1);
  facets.forEach((f, i) => (base[i + 1] = base[i]! + f.values.length));
  const singles = facets.filter((f) => f.single);
  const lists = facets.filter((f) => f.offsets);
  const singleBase = singles.map((f) => base[facets.indexOf(f)]!);
  const listBase = lists.map((f) => base[facets.indexOf(f)]!);
  let size = n * singles.length;
  for (const f of lists) size += f.list!.length;
  const offsets = new Int32Array(n + 1);
  const values = new Int32Array(size);
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (let i = 0; i < singles.length; i++) {
      const v = singles[i]!.single![d]!;
      if (v > 0) values[at++] = singleBase[i]! + v;
    }
    for (let i = 0; i < lists.length; i++) {
      const { offsets: off, list } = lists[i]!;
      for (let p = off![d]!, e = off![d + 1]!; p < e; p++) values[at++] = listBase[i]! + list![p]!;
    }
    offsets[d + 1] = at;
  }
  return { base, offsets, values: values.slice(0, at) };
}

export function countSingle(values: Int32Array, docs: Int32Array, total: number, c: Int32Array): void {
  for (let i = 0; i < total; i++) c[values[docs[i]!]!]!++;
}

export function countList(offsets: Int32Array, list: Int32Array, docs: Int32Array, total: number, c: Int32Array): void {
  for (let i = 0; i < total; i++) {
    const d = docs[i]!;
    for (let p = offsets[d]!, e = offsets[d + 1]!; p < e; p++) c[list[p]!]!++;
  }
}

/**
 * A facet's counts as `SearchResult.facets` lists them: values with a count, then the selected values nothing has (count
 * 0), in the table's order (by count, descending, then value; or by value).
 */
export function facetCounts(facet: Facet, c: Int32Array, selected: readonly string[]): FacetCount[] {
  const out: FacetCount[] = [];
  for (let k = 1; k < c.length; k++) if (c[k]! > 0) out.push({ value: facet.values[k]!, count: c[k]! });
  for (const v of selected) {
    const k = facet.lookup.get(v);
    if (k === undefined || c[k] === 0) out.push({ value: v, count: 0 });
  }
  const byValue = (a: FacetCount, b: FacetCount) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  if (facet.spec.order === 'value') out.sort(byValue);
  else out.sort((a, b) => b.count - a.count || byValue(a, b));
  return out;
}
