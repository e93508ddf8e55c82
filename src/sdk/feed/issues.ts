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
