/**
 * Every event the elements emit, in one place: each `detail` has a named type, `OppEventMap` maps event names to
 * them (the base class's typed `emit()` reads it), and `GlobalEventHandlersEventMap` gets typed `CustomEvent`s, so
 * a host page written in TypeScript has typed `addEventListener('opp-…')` on any element. All events bubble and are
 * composed. Adding an event: its detail type and its entry here, and an `@event` line in the element's JSDoc.
 */
import type { SourceStatus } from '../../sdk/client/index.js';
import type { RetryReason } from '../../sdk/apply/submit.js';
import type { ErrorInfo, SearchEventDetail } from '../finder/finder-controller.js';

export type { SearchEventDetail };

/** `opp-select`: a visitor chose an opportunity (a card's title). */
export interface SelectEventDetail {
  id: string;
}

/** `opp-detail-close`: the visitor closed the detail. */
export interface DetailCloseEventDetail {
  id: string;
}

/** `opp-apply-start`: the visitor started applying. */
export interface ApplyStartEventDetail {
  id: string;
  method: 'form' | 'link' | 'email';
}

/** `opp-calendar-download`: "Add to calendar" handed the browser an .ics file. */
export interface CalendarDownloadEventDetail {
  id: string;
  fileName: string;
}

/** `opp-load`: how each source fared and how many opportunities there are. */
export interface LoadEventDetail {
  sources: SourceStatus[];
  total: number;
}

/** `opp-error`: nothing could be loaded. */
export interface ErrorEventDetail {
  error: ErrorInfo;
  feeds: string[];
}

/** Why a submission did not go through, for `opp-apply-error`. */
export type ApplyErrorKind =
  /** Answers broke the form's rules (nothing was sent). */
  | 'invalid'
  /** Applications are not open (upcoming, closed, past, cancelled): nothing was sent. */
  | 'not-open'
  /** Timeout, network failure, 408/409/429/5xx after the automatic retries: a person can retry, same key. */
  | 'retryable'
  /** The endpoint refused some answers (4xx with `{ errors }`). */
  | 'fields'
  /** The endpoint refused the application for good (other 4xx). */
  | 'fatal'
  /** An anti-spam check tripped (honeypot filled, or sent too fast): nothing was sent. */
  | 'spam';

/** `opp-apply-submit`: an application is being sent (first send or a retry; the key is the same for every retry). */
export interface ApplySubmitEventDetail {
  id: string;
  idempotencyKey: string;
  retry: boolean;
}

/** `opp-apply-success`: the endpoint accepted the application (2xx). */
export interface ApplySuccessEventDetail {
  id: string;
  idempotencyKey: string;
  status: number;
  message?: string;
  reference?: string;
  /** The parsed JSON body of the response, if any. */
  response?: unknown;
}

/** `opp-apply-error`: the application was not sent or not accepted. Carries no answers (no personal data). */
export interface ApplyErrorEventDetail {
  id: string;
  kind: ApplyErrorKind;
  /** Names of the fields and consents in error (`invalid`, `fields`). */
  fields?: string[];
  /** `retryable`: why; `spam`: which trap. */
  reason?: RetryReason | 'honeypot' | 'too-fast';
  status?: number;
  /** When the server allows the next try (ms since epoch), from `Retry-After`. */
  retryAt?: number;
  idempotencyKey?: string;
  message?: string;
}

/** `opp-apply-retry`: an automatic retry is scheduled, with the same idempotency key, after `delay` ms. */
export interface ApplyRetryEventDetail {
  id: string;
  idempotencyKey: string;
  /** The number of the request that goes out after the wait (2 = the first automatic retry). */
  attempt: number;
  /** The wait in ms before it. */
  delay: number;
  /** Why the previous request failed: `server` (5xx, 409, 425), `rate-limit` (429), `timeout` (408 or no answer in time), `network`. */
  reason: RetryReason;
  /** The HTTP status of the failed request; absent for a network failure or a timeout without an answer. */
  status?: number;
}

/** The events every element may emit, by name → `detail` type. */
export interface OppEventMap {
  /**
   * A visitor chose an opportunity (a card's title). Cancelable: a finder cancels it to open the detail in place;
   * otherwise the link is followed.
   */
  'opp-select': SelectEventDetail;
  /** After every search (load, filter, text, page): the query and how many results it has. */
  'opp-search': SearchEventDetail;
  /** The feeds were loaded: how each source fared and how many opportunities there are. */
  'opp-load': LoadEventDetail;
  /** Nothing could be loaded (every feed failed and nothing was cached); `error.issues`: why an answer was not a feed. */
  'opp-error': ErrorEventDetail;
  /** The visitor closed the detail (its close button, or Escape). */
  'opp-detail-close': DetailCloseEventDetail;
  /** The visitor started applying: opened the form, or followed the application link or e-mail address. */
  'opp-apply-start': ApplyStartEventDetail;
  /** "Add to calendar" handed the browser an .ics file to download. */
  'opp-calendar-download': CalendarDownloadEventDetail;
  /** An application is being sent (first send or a retry; `idempotencyKey` is the same for every retry). */
  'opp-apply-submit': ApplySubmitEventDetail;
  /** The endpoint accepted the application (2xx). */
  'opp-apply-success': ApplySuccessEventDetail;
  /** The application was not sent or not accepted. Carries no answers (no personal data). */
  'opp-apply-error': ApplyErrorEventDetail;
  /**
   * An automatic retry is scheduled (before each one): the request failed for a temporary reason and goes out
   * again, with the same idempotency key, after `delay` ms.
   */
  'opp-apply-retry': ApplyRetryEventDetail;
}

/** Typed `addEventListener('opp-…')` on any element, for host pages written in TypeScript. */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends OppEventCustomMap {}
}
type OppEventCustomMap = { [K in keyof OppEventMap]: CustomEvent<OppEventMap[K]> };
export type { OppEventCustomMap };
