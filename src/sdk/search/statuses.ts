/**
 * Statuses of every indexed item at a moment, fast: `opportunityStatus` reads dates on every call, which costs
 * ~100 ms for 100,000 items; here the instants are read once (`statusInstants`, memoised per value) and the status is
 * the same rule (`statusIndexAt` in ../status.ts) over typed arrays. Statuses only change at a few instants per item
 * (`statusChanges`), so a computed array stays valid for every `now` in `[lo, hi)` (between the nearest change points
 * around the moment it was computed for); the last few arrays are kept, so searching with `now = Date.now()`
 * recomputes only when some item actually changes status.
 */
import { instantOf } from '../feed/values.js';
import type { Opportunity } from '../feed/schema.js';
import { statusChanges, statusIndexAt, statusInstants } from '../status.js';

/**
 * `instantOf` memoised per value (feeds repeat dates a lot), `NaN` for a missing or unreadable value.
 */
export function memoInstant(): (value: unknown, endOfDay: boolean) => number {
  const start = new Map<string, number>();
  const end = new Map<string, number>();
  return (value, endOfDay) => {
    if (typeof value !== 'string') return NaN;
    const memo = endOfDay ? end : start;
    let t = memo.get(value);
    if (t === undefined) {
      t = instantOf(value, endOfDay);
      if (!Number.isFinite(t)) t = NaN;
      memo.set(value, t);
    }
    return t;
  };
}

interface Entry {
  lo: number;
  hi: number;
  values: Int32Array;
}

export class StatusTable {
  private readonly endsAt: Float64Array;
  private readonly opensAt: Float64Array;
  private readonly deadlineAt: Float64Array;
  /** `STATUS_CANCELLED | STATUS_NO_PLACES` (../status.ts). */
  private readonly flags: Uint8Array;
  private entries: Entry[] = [];

  constructor(items: readonly Opportunity[], instant = memoInstant()) {
    const n = items.length;
    this.endsAt = new Float64Array(n);
    this.opensAt = new Float64Array(n);
    this.deadlineAt = new Float64Array(n);
    this.flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = statusInstants(items[i]!, instant);
      this.endsAt[i] = s.ends;
      this.opensAt[i] = s.opens;
      this.deadlineAt[i] = s.deadline;
      this.flags[i] = s.flags;
    }
  }

  /** Status per item (index into STATUSES, plus 1) at `t` (ms). The array is shared: do not modify it. */
  at(t: number): Int32Array {
    for (const e of this.entries) if (t >= e.lo && t < e.hi) return e.values;
    const e = this.compute(t);
    this.entries.unshift(e);
    if (this.entries.length > 4) this.entries.length = 4;
    return e.values;
  }

  private compute(t: number): Entry {
    const { endsAt, opensAt, deadlineAt, flags } = this;
    const n = flags.length;
    const values = new Int32Array(n);
    let lo = -Infinity;
    let hi = Infinity;
    // The status is constant while no change point is crossed.
    const point = (c: number) => {
      if (c <= t) {
        if (c > lo) lo = c;
      } else if (c < hi) hi = c;
    };
    for (let i = 0; i < n; i++) {
      const e = endsAt[i]!;
      const op = opensAt[i]!;
      const d = deadlineAt[i]!;
      statusChanges(e, op, d, point);
      values[i] = statusIndexAt(e, op, d, flags[i]!, t) + 1;
    }
    return { lo, hi, values };
  }
}
