/**
 * A cap on repeated issues, shared by the validator and the format readers. Its own module: the page's first render
 * loads ./issues.ts (the client builds issues) and has no use for this.
 */
import { feedIssue } from './issues.js';
import type { FeedIssue } from './issues.js';

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
