/**
 * Statuses of every indexed item at a moment, fast: `opportunityStatus` parses dates on every call, which costs
 * ~100 ms for 100,000 items; here the instants are parsed once and the status is a few comparisons.
 *
 * The comparisons mirror `opportunityStatus` in ../status.ts exactly (a test checks both agree on random items and
 * moments; change them together). Statuses only change at a few instants per item, so a computed array stays valid
 * for every `now` in `[lo, hi)` (between the nearest change points around the moment it was computed for); the last
 * few arrays are kept, so searching with `now = Date.now()` recomputes only when some item actually changes status.
 */
import { instantOf } from '../feed/values.js';
import type { Opportunity } from '../feed/schema.js';
import { CLOSING_SOON_DAYS, STATUSES } from '../status.js';

const S_UPCOMING = STATUSES.indexOf('upcoming') + 1;
const S_OPEN = STATUSES.indexOf('open') + 1;
const S_SOON = STATUSES.indexOf('closing-soon') + 1;
const S_CLOSED = STATUSES.indexOf('closed') + 1;
const S_FULL = STATUSES.indexOf('full') + 1;
const S_PAST = STATUSES.indexOf('past') + 1;
const S_CANCELLED = STATUSES.indexOf('cancelled') + 1;
const SOON_MS = CLOSING_SOON_DAYS * 86_400_000;

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
  /** 1 = cancelled, 2 = no places left. */
  private readonly flags: Uint8Array;
  private entries: Entry[] = [];

  constructor(items: readonly Opportunity[], instant = memoInstant()) {
    const n = items.length;
    this.endsAt = new Float64Array(n);
    this.opensAt = new Float64Array(n);
    this.deadlineAt = new Float64Array(n);
    this.flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const o = items[i]!;
      const ends = o.end ?? o.start;
      this.endsAt[i] = instant(ends, true);
      const app = o.application;
      this.opensAt[i] = instant(app?.opens, false);
      this.deadlineAt[i] = app?.deadline !== undefined ? instant(app.deadline, true) : instant(o.start, false);
      this.flags[i] = (o.status === 'cancelled' ? 1 : 0) | (app?.placesLeft === 0 ? 2 : 0);
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
    // Each comparison below flips at one instant c: the status is constant while no c is crossed.
    const point = (c: number) => {
      if (c <= t) {
        if (c > lo) lo = c;
      } else if (c < hi) hi = c;
    };
    for (let i = 0; i < n; i++) {
      const e = endsAt[i]!;
      const op = opensAt[i]!;
      const d = deadlineAt[i]!;
      if (e === e) point(e + 1); // `e < t` is true from t = e + 1
      if (op === op) point(op); // `op > t` is false from t = op
      if (d === d) {
        point(d + 1); // `d < t`
        point(d - SOON_MS); // `d - t <= SOON_MS` is true from t = d - SOON_MS
      }
      const f = flags[i]!;
      let s: number;
      if (f & 1) s = S_CANCELLED;
      else if (e < t) s = S_PAST;
      else if (op > t) s = S_UPCOMING;
      else if (d < t) s = S_CLOSED;
      else if (f & 2) s = S_FULL;
      else if (d !== d) s = S_OPEN;
      else if (d - t <= SOON_MS) s = S_SOON;
      else s = S_OPEN;
      values[i] = s;
    }
    return { lo, hi, values };
  }
}
