/**
 * Items as a format reader finds them, before defaults and validation, and the plain-object helpers the readers and
 * `readFeed` build them with (merge, set by path, prune).
 */
import type { FeedIssue } from '../sdk/feed/issues.js';

export type Json = Record<string, unknown>;

/** One item as a reader found it, before defaults and validation. */
export interface RawItem {
  /** What the source says (wins over `defaults`). */
  data: Json;
  /** Guesses (e.g. a kind from a schema.org type): used only where neither the source nor `defaults` say anything. */
  soft?: Json;
  /** Where the item is in the source, put in front of its issues: `row 4 (line 5)`. */
  where?: string;
}

/** What a format reader hands back to `readFeed`. */
export interface Extracted {
  /** Feed-level fields (`title`, `language`, `updated`, `publisher`). */
  feed: Json;
  items: RawItem[];
  /** Format-level problems: path `[]` for the file, `index` set for one item (its `where` is added). */
  issues: FeedIssue[];
}

export interface ReaderContext {
  baseUrl?: string | undefined;
  maxItems: number;
  /** The language the caller gave for texts without one (`readFeed`'s `language`), canonical. */
  language?: string | undefined;
}

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `over` deep-merged onto `base`: plain objects merge key by key, anything else in `over` replaces. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isObject(base) || !isObject(over)) return over;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    // An own `__proto__` key (JSON.parse makes one) is no field: assigning it would set the copy's prototype, and the
    // schema would then read the fields it carries as if the item had them.
    if (k === '__proto__') continue;
    out[k] = deepMerge(Object.hasOwn(base, k) ? base[k] : undefined, v);
  }
  return out;
}

/** Set `obj.a.b.c = value`, creating objects on the way. */
export function setPath(obj: Json, path: readonly string[], value: unknown): void {
  // `__proto__` is no field, and following it would write to Object.prototype (`--default __proto__.x=1`).
  if (path.includes('__proto__')) return;
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (!isObject(cur[k])) cur[k] = {};
    cur = cur[k] as Json;
  }
  cur[path[path.length - 1]!] = value;
}

/** Drop `undefined` values and empty objects, recursively (keeps raw items small and their issues to the point). */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const p = prune(v);
    if (isObject(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out as T;
}

