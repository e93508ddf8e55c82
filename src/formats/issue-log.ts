/**
 * Where a reader is in its source and what it found wrong there: line numbers for offsets, and a log of format-level
 * warnings that keeps a few of each kind and summarises the rest.
 */
import { IssueCap } from '../sdk/feed/issue-cap.js';
import { feedIssue } from '../sdk/feed/issues.js';
import type { FeedIssue } from '../sdk/feed/issues.js';
import { quote } from '../sdk/feed/describe.js';

/** Line numbers for character offsets; fast when asked in increasing order (the readers do). */
export class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    const end = Math.min(offset, this.text.length);
    let i = this.text.indexOf('\n', this.pos);
    while (i !== -1 && i < end) {
      this.line++;
      i = this.text.indexOf('\n', i + 1);
    }
    this.pos = end;
    return this.line;
  }
}

/** Collects format-level warnings, keeping at most `limit` of each kind and summarising the rest (`IssueCap`). */
export class IssueLog {
  readonly issues: FeedIssue[] = [];
  private readonly cap: IssueCap;
  constructor(limit = 20) {
    this.cap = new IssueCap(limit);
  }
  /** Whether another issue of `group` would only be counted (lets callers skip building its message). */
  full(group: string): boolean {
    if (!this.cap.full(group)) return false;
    this.cap.take(group);
    return true;
  }
  add(issue: FeedIssue, group?: string): void {
    if (group && !this.cap.take(group)) return;
    this.issues.push(issue);
  }
  feed(message: string, severity: FeedIssue['severity'] = 'warning', group?: string): void {
    this.add(feedIssue(message, severity), group);
  }
  item(index: number, message: string, severity: FeedIssue['severity'] = 'warning', group?: string): void {
    this.add({ path: ['opportunities', index], severity, index, message }, group);
  }
  /** Call once at the end: adds "… and N more" lines for groups over the limit. */
  finish(describe: (group: string) => string = (g) => g): FeedIssue[] {
    for (const i of this.cap.summary((group, more) => `… and ${more} more: ${describe(group)}`)) this.issues.push(i);
    return this.issues;
  }
}

/** A value from the source, quoted and clipped to `max` characters (the validator's own rule). */
export const quoteShort = (s: string, max = 60): string => quote(s, max);

