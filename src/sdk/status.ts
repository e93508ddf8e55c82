import { instantOf } from './feed/values.js';
import type { Opportunity } from './feed/schema.js';

export const STATUSES = ['upcoming', 'open', 'closing-soon', 'full', 'closed', 'past', 'cancelled'] as const;
export type OpportunityStatus = (typeof STATUSES)[number];

/** How close a deadline must be for an open opportunity to be `closing-soon`. */
export const CLOSING_SOON_DAYS = 14;
const SOON_MS = CLOSING_SOON_DAYS * 86_400_000;

/** `flags` of `StatusInstants`: the publisher cancelled it. */
export const STATUS_CANCELLED = 1;
/** `flags` of `StatusInstants`: no places are left (`placesLeft: 0`). */
export const STATUS_NO_PLACES = 2;

/**
 * What an opportunity's status turns on: three instants (ms since the epoch, `NaN` where absent or unreadable) and
 * two flags. The one reading of the dates behind `opportunityStatus` and the search's status table.
 */
export interface StatusInstants {
  /** Its `end`, else its `start` (a date-only value lasts to the end of that day, UTC): `past` after it. */
  ends: number;
  /** `application.opens`: `upcoming` before it. */
  opens: number;
  /** `application.deadline` (a date lasts to the end of that day), else the `start`: `closed` after it. */
  deadline: number;
  /** `STATUS_CANCELLED | STATUS_NO_PLACES`. */
  flags: number;
}

/** A date or date-time of the feed as an instant (`instantOf`), `NaN` when absent or unreadable. */
export type InstantReader = (value: string | undefined, endOfDay: boolean) => number;

const readInstant: InstantReader = (value, endOfDay) => (typeof value === 'string' ? instantOf(value, endOfDay) : NaN);

/** The instants and flags of `o`; the search passes a memoised `instant` (feeds repeat dates). */
export function statusInstants(o: Opportunity, instant: InstantReader = readInstant): StatusInstants {
  const app = o.application;
  return {
    ends: instant(o.end ?? o.start, true),
    opens: instant(app?.opens, false),
    deadline: app?.deadline !== undefined ? instant(app.deadline, true) : instant(o.start, false),
    flags: (o.status === 'cancelled' ? STATUS_CANCELLED : 0) | (app?.placesLeft === 0 ? STATUS_NO_PLACES : 0),
  };
}

const CANCELLED = STATUSES.indexOf('cancelled');
const PAST = STATUSES.indexOf('past');
const UPCOMING = STATUSES.indexOf('upcoming');
const CLOSED = STATUSES.indexOf('closed');
const FULL = STATUSES.indexOf('full');
const OPEN = STATUSES.indexOf('open');
const SOON = STATUSES.indexOf('closing-soon');

/**
 * The status (its index in `STATUSES`) at `t` (ms) of an item with these instants and flags: the rule itself, as
 * FEED-FORMAT.md defines it. Plain numbers, so the search can run it over typed arrays. `NaN` compares false, so a
 * missing instant never decides.
 */
export function statusIndexAt(ends: number, opens: number, deadline: number, flags: number, t: number): number {
  if (flags & STATUS_CANCELLED) return CANCELLED;
  if (ends < t) return PAST;
  if (opens > t) return UPCOMING;
  if (deadline < t) return CLOSED;
  if (flags & STATUS_NO_PLACES) return FULL;
  if (deadline !== deadline) return OPEN; // no deadline and no start: open
  if (deadline - t <= SOON_MS) return SOON;
  return OPEN;
}

/**
 * Hands `point` every instant at which `statusIndexAt` can change its answer for these instants: each comparison
 * above flips at one instant, so between two consecutive points the status stays the same. Beside the rule so that
 * the two change together.
 */
export function statusChanges(ends: number, opens: number, deadline: number, point: (t: number) => void): void {
  if (ends === ends) point(ends + 1); // `ends < t` is true from t = ends + 1
  if (opens === opens) point(opens); // `opens > t` is false from t = opens
  if (deadline === deadline) {
    point(deadline + 1); // `deadline < t`
    point(deadline - SOON_MS); // `deadline - t <= SOON_MS` is true from t = deadline - SOON_MS
  }
}

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
  const s = statusInstants(o);
  return STATUSES[statusIndexAt(s.ends, s.opens, s.deadline, s.flags, now.getTime())]!;
}

/** Whether a status lets a person apply (`open` or `closing-soon`). */
export const acceptsApplications = (status: OpportunityStatus): boolean => status === 'open' || status === 'closing-soon';

/** Whether a person can apply at `now` (`open` or `closing-soon`). */
export const canApply = (o: Opportunity, now?: Date): boolean => acceptsApplications(opportunityStatus(o, now));
