/**
 * What a feed reader reports: the issue type and the one constructor for issues about the whole feed. Zod-free, so
 * the client, the format readers and the hub build issues without pulling the schema in.
 */

export type IssuePath = (string | number)[];

/**
 * A problem found in a feed. `error`: the item (or the whole feed, for path `[]`) was dropped. `warning`: something
 * was ignored or repaired and everything valid was kept.
 */
export interface FeedIssue {
  path: IssuePath;
  /** Starts with the path, then says what is wrong and what is expected: a publisher can act on it. */
  message: string;
  severity: 'error' | 'warning';
  /** Index of the item in `opportunities`, when the issue is about one item. */
  index?: number;
  /** The item's id, when it has one. */
  id?: string;
  /** Which source the issue came from, when a client merged several. */
  source?: string;
}

/** An issue about the whole feed (path `[]`): its message starts with `(feed): `. An error unless said otherwise. */
export const feedIssue = (message: string, severity: FeedIssue['severity'] = 'error'): FeedIssue => ({
  path: [],
  severity,
  message: `(feed): ${message}`,
});

/**
 * At most `limit` issues of one group, counted past the limit: the validator and the format readers keep the first
 * few of a repeated mistake and end with one line saying how many more there were, so that a feed that repeats a
 * mistake in 10,000 items still gives a readable report.
 */
export class IssueCap {
  private readonly counts = new Map<string, number>();
  constructor(readonly limit = 20) {}
  /** Count one more issue of `group`; whether it is within the limit (to be kept). */
  take(group: string): boolean {
    const n = (this.counts.get(group) ?? 0) + 1;
    this.counts.set(group, n);
    return n <= this.limit;
  }
  /** Whether the next issue of `group` would be over the limit. */
  full(group: string): boolean {
    return (this.counts.get(group) ?? 0) >= this.limit;
  }
  /** One feed-level warning per group that went over the limit, worded by `line`. */
  summary(line: (group: string, more: number) => string): FeedIssue[] {
    const out: FeedIssue[] = [];
    for (const [group, n] of this.counts) if (n > this.limit) out.push(feedIssue(line(group, n - this.limit), 'warning'));
    return out;
  }
}
