/**
 * Anti-spam without trackers, cookies or third parties: a honeypot field that people never see or reach, and a
 * minimum time between showing the form and sending it. Both run in the page; nothing is sent when they trip.
 */

/** The honeypot's field name. Deliberately unlike any autofill name, so a browser never fills it for a person. */
export const HONEYPOT_NAME = 'opp-hp-reference';

/** The default minimum time (ms) from showing a form to sending it. People need longer than this to fill one in. */
export const MIN_FILL_TIME = 3_000;

export type SpamVerdict =
  | { ok: true }
  /** `honeypot`: the hidden field was filled; `too-fast`: sent sooner than `minFillTime` after the form appeared. */
  | { ok: false; trap: 'honeypot' | 'too-fast' };

export interface SpamCheckInput {
  /** What the honeypot field holds. */
  honeypot?: string | null;
  /** When the form was shown (ms since epoch). */
  shownAt: number;
  now?: number;
  /** Default `MIN_FILL_TIME`; 0 switches the timing check off. */
  minFillTime?: number;
}

/** Whether a submission looks like a bot's. */
export function spamCheck({ honeypot, shownAt, now = Date.now(), minFillTime = MIN_FILL_TIME }: SpamCheckInput): SpamVerdict {
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { ok: false, trap: 'honeypot' };
  if (minFillTime > 0 && now - shownAt < minFillTime) return { ok: false, trap: 'too-fast' };
  return { ok: true };
}
