/**
 * Anti-spam without trackers, cookies or third parties: a honeypot field that people never see or reach, and a
 * minimum time between showing the form and sending it. Both run in the page; nothing is sent when they trip.
 *
 * The rule (see README, "Anti-spam"):
 * - a filled honeypot blocks (nothing is sent, ever);
 * - speed alone never blocks a person: a form filled by the browser's autofill is sent within seconds. A send sooner
 *   than `minFillTime` is held back only when no sign of a person came with it (`personal`: a real key press,
 *   pointer press, touch or autofill reached the form, which a script filling the page cannot fake), and only once
 *   (`held`): the next press always sends.
 */

/** The honeypot's field name. Deliberately unlike any autofill name, so a browser never fills it for a person. */
export const HONEYPOT_NAME = 'opp-hp-reference';

/** The default minimum time (ms) from showing a form to sending it. People need longer than this to fill one in. */
export const MIN_FILL_TIME = 3_000;

export type SpamVerdict =
  | { ok: true }
  /**
   * `honeypot`: the hidden field was filled (refuse); `too-fast`: sent sooner than `minFillTime` after the form
   * appeared, with no sign of a person (hold once: say so, and let the next press send).
   */
  | { ok: false; trap: 'honeypot' | 'too-fast' };

export interface SpamCheckInput {
  /** What the honeypot field holds. */
  honeypot?: string | null;
  /** When the form was shown (ms since epoch). */
  shownAt: number;
  now?: number;
  /** Default `MIN_FILL_TIME`; 0 switches the timing check off. */
  minFillTime?: number;
  /**
   * Whether a sign of a person reached the form before this send: a trusted key press, pointer press, touch, or
   * input/change event (`event.isTrusted`, which autofill and assistive technology give and page scripts cannot).
   * With it, speed alone is not suspicious. Unknown (`undefined`) counts as no sign.
   */
  personal?: boolean;
  /** An earlier press was held back as too fast: this one goes through (a person who presses again gets through). */
  held?: boolean;
}

/** Whether a submission looks like a bot's. */
export function spamCheck({
  honeypot,
  shownAt,
  now = Date.now(),
  minFillTime = MIN_FILL_TIME,
  personal = false,
  held = false,
}: SpamCheckInput): SpamVerdict {
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { ok: false, trap: 'honeypot' };
  if (minFillTime > 0 && now - shownAt < minFillTime && !personal && !held) return { ok: false, trap: 'too-fast' };
  return { ok: true };
}

export interface SpamGuardOptions {
  /** Default `MIN_FILL_TIME`; 0 switches the timing check off. */
  minFillTime?: number;
  now?: () => number;
}

/** The anti-spam state of one form, for any view: when it was shown, whether a person showed up, whether a send was held. */
export interface SpamGuard {
  /** The form is shown (again): starts the clock and forgets earlier signs and holds. */
  shown(): void;
  /** A sign of a person reached the form (call it for trusted key, pointer, touch, input and change events). */
  person(): void;
  /** Skip the timing check for this form (a restored draft: a person typed it earlier). */
  skipTiming(): void;
  /** The verdict for a press of Send now; a `too-fast` hold counts once, so the next press goes through. */
  check(honeypot: string | null | undefined, minFillTime?: number): SpamVerdict;
}

export function createSpamGuard(options: SpamGuardOptions = {}): SpamGuard {
  const clock = options.now ?? Date.now;
  let shownAt = clock();
  let personal = false;
  let held = false;
  let skip = false;
  return {
    shown() {
      shownAt = clock();
      personal = false;
      held = false;
      skip = false;
    },
    person() {
      personal = true;
    },
    skipTiming() {
      skip = true;
    },
    check(honeypot, minFillTime = options.minFillTime ?? MIN_FILL_TIME) {
      const verdict = spamCheck({ honeypot, shownAt, now: clock(), minFillTime: skip ? 0 : minFillTime, personal, held });
      if (!verdict.ok && verdict.trap === 'too-fast') held = true;
      return verdict;
    },
  };
}
