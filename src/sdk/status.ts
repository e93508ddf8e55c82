import { instantOf } from './feed/values.js';
import type { Opportunity } from './feed/schema.js';

export const STATUSES = ['upcoming', 'open', 'closing-soon', 'full', 'closed', 'past', 'cancelled'] as const;
export type OpportunityStatus = (typeof STATUSES)[number];

/** How close a deadline must be for an open opportunity to be `closing-soon`. */
export const CLOSING_SOON_DAYS = 14;

/**
 * Where an opportunity stands at `now`, as FEED-FORMAT.md defines it:
 * - `cancelled`: the publisher cancelled it;
 * - `past`: it has ended (its `end`, else its `start`; a date-only value lasts to the end of that day, UTC);
 * - `upcoming`: applications open later (`application.opens`);
 * - `closed`: the deadline passed, and it is not over yet. Without a deadline, applications close when it starts;
 * - `full`: applications are still open by date, but no places are left (`placesLeft: 0`) — "Fully booked";
 * - `closing-soon`: open, and the deadline is within 14 days;
 * - `open`: anyone can apply now (also when it has no deadline and no dates).
 */
export function opportunityStatus(o: Opportunity, now: Date = new Date()): OpportunityStatus {
  if (o.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  const ends = o.end ?? o.start;
  if (ends !== undefined && instantOf(ends, true) < t) return 'past';
  const app = o.application;
  if (app?.opens !== undefined && instantOf(app.opens, false) > t) return 'upcoming';
  const deadline = app?.deadline !== undefined ? instantOf(app.deadline, true) : o.start !== undefined ? instantOf(o.start, false) : undefined;
  if (deadline !== undefined && deadline < t) return 'closed';
  if (app?.placesLeft === 0) return 'full';
  if (deadline === undefined) return 'open';
  if (deadline - t <= CLOSING_SOON_DAYS * 86_400_000) return 'closing-soon';
  return 'open';
}

/** Whether a person can apply at `now` (`open` or `closing-soon`). */
export const canApply = (o: Opportunity, now?: Date): boolean => {
  const s = opportunityStatus(o, now);
  return s === 'open' || s === 'closing-soon';
};
