/**
 * How a filter group lays out its values from one search to the next, so that filters do not move under the
 * visitor's pointer. DOM-free: the view says what it knows (the engine's counts, the selection, whether the visitor is
 * using the filters) and keeps the returned memory for the next call.
 *
 * The rules:
 * - A selected value is always listed (count 0 if nothing has it) and keeps the place it had: it is never re-sorted
 *   to the bottom because its count fell.
 * - While a group has a selection, or while the visitor is using the filters (focus or pointer inside them), the group
 *   keeps the order it had; values that appear are added after it. Otherwise values are in the engine's order (count,
 *   then value).
 * - While the visitor is using the filters, a group that was shown keeps all its values (those nothing matches any
 *   more show 0) and stays shown: nothing above the focused control disappears or shrinks.
 * - Otherwise a group is shown when it has something to choose (two values or more) or a selection.
 */
import { instantOf, isIsoDate } from '../feed/values.js';
import type { FacetCount } from './types.js';

/** What a group remembers between two layouts (keep it, pass it back as `previous`). */
export interface FacetMemory {
  /** The values in the order last shown. */
  order: readonly string[];
  /** Whether the group was shown. */
  shown: boolean;
}

export interface FacetLayoutInput {
  /** The values with counts, in the order to use when nothing holds the group (the engine's: count, then value). */
  counts: readonly FacetCount[];
  /** The values the visitor selected in this group. */
  selected: readonly string[];
  /** The visitor is using the filters (focus or pointer inside them). */
  inUse?: boolean;
  /** The memory returned by the previous layout of this group. */
  previous?: FacetMemory;
}

export interface FacetLayout {
  /** The values to show, in order. */
  values: FacetCount[];
  /** Whether to show the group at all. */
  visible: boolean;
  /** Keep it for the next layout. */
  memory: FacetMemory;
}

export function layoutFacet({ counts, selected, inUse = false, previous }: FacetLayoutInput): FacetLayout {
  const byValue = new Map<string, FacetCount>();
  for (const c of counts) if (!byValue.has(c.value)) byValue.set(c.value, { value: c.value, count: c.count });
  for (const v of selected) if (!byValue.has(v)) byValue.set(v, { value: v, count: 0 });
  const fresh = [...byValue.values()];
  const hold = (inUse || selected.length > 0) && previous !== undefined;
  let values: FacetCount[];
  if (hold) {
    // Values nothing matches any more stay while the visitor is in the filters (and the group was shown).
    const keepGone = inUse && previous.shown;
    const kept = previous.order.filter((v) => byValue.has(v) || keepGone);
    const seen = new Set(kept);
    values = [
      ...kept.map((v) => byValue.get(v) ?? { value: v, count: 0 }),
      ...fresh.filter((c) => !seen.has(c.value)),
    ];
  } else {
    values = fresh;
  }
  const visible = values.length >= 2 || selected.length > 0 || (inUse && previous?.shown === true && values.length > 0);
  return { values, visible, memory: { order: values.map((v) => v.value), shown: visible } };
}

/**
 * A date window that can match nothing because it ends before it starts (`from` after `to`), read as the search
 * reads it: a date-only `to` lasts the whole day (UTC), so `from` = `to` is one day, not reversed.
 */
export function isReversedRange(from: string | undefined, to: string | undefined): boolean {
  const a = from?.trim();
  const b = to?.trim();
  if (!a || !b || !isIsoDate(a) || !isIsoDate(b)) return false;
  return instantOf(a, false) > instantOf(b, true);
}
