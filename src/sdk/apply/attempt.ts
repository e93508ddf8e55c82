/**
 * The life of one application attempt, for any view (a Lit element, a React form, a CLI):
 *
 * ```
 * idle ──submit──► submitting ──► success
 *                    │  ▲ (automatic retry: tries, retryAt)
 *                    ▼  │
 *                  error: retryable ──retry──► submitting   (same idempotency key)
 *                  error: fields    ──submit─► submitting   (new key: the server refused those answers)
 *                  error: fatal     ──submit─► submitting   (new key)
 * ```
 * A pure reducer (`attemptReducer`) holds the rules; `createApplicationAttempt` runs it around a `send` function and
 * makes double submits harmless: while submitting, `submit()` returns the request already in flight.
 */
import { newIdempotencyKey, sleep } from './submit.js';
import type { RetryInfo, RetryReason, SubmitOutcome } from './submit.js';

export type AttemptState =
  | { status: 'idle' }
  | {
      status: 'submitting';
      key: string;
      /** Requests sent so far in this round (1 while the first is in flight). */
      tries: number;
      /** Set while waiting for an automatic retry: when the next request goes out (ms since epoch). */
      retryAt?: number;
      /** Why the previous request of this round failed, while waiting for a retry. */
      reason?: RetryReason;
    }
  | { status: 'success'; key: string; httpStatus: number; message?: string; reference?: string; data?: unknown }
  | {
      status: 'error';
      kind: 'retryable';
      key: string;
      reason: RetryReason;
      httpStatus?: number;
      /** The server asked to wait until then (ms since epoch), from `Retry-After`. */
      retryAt?: number;
    }
  | { status: 'error'; kind: 'fields'; httpStatus: number; errors: Record<string, string>; message?: string }
  | { status: 'error'; kind: 'fatal'; httpStatus?: number; message?: string };

export type AttemptEvent =
  | { type: 'start'; key: string }
  | { type: 'wait'; retryAt: number; info: RetryInfo }
  | { type: 'settle'; outcome: SubmitOutcome }
  | { type: 'reset' };

/**
 * The transition rules. Events that make no sense in the current state leave it unchanged (a second `start` while
 * submitting, a `settle` after a reset).
 */
export function attemptReducer(state: AttemptState, event: AttemptEvent): AttemptState {
  switch (event.type) {
    case 'reset':
      return { status: 'idle' };
    case 'start':
      if (state.status === 'submitting' || state.status === 'success') return state;
      return { status: 'submitting', key: event.key, tries: 1 };
    case 'wait':
      if (state.status !== 'submitting') return state;
      return {
        status: 'submitting',
        key: state.key,
        tries: event.info.tries + 1,
        retryAt: event.retryAt,
        reason: event.info.reason,
      };
    case 'settle': {
      if (state.status !== 'submitting') return state;
      const o = event.outcome;
      const st = (s: number | undefined) => (s !== undefined ? { httpStatus: s } : {});
      switch (o.kind) {
        case 'success':
          return {
            status: 'success',
            key: state.key,
            httpStatus: o.status,
            ...(o.message !== undefined ? { message: o.message } : {}),
            ...(o.reference !== undefined ? { reference: o.reference } : {}),
            ...(o.data !== undefined ? { data: o.data } : {}),
          };
        case 'retryable':
          return {
            status: 'error',
            kind: 'retryable',
            key: state.key,
            reason: o.reason,
            ...st(o.status),
            ...(o.retryAt !== undefined ? { retryAt: o.retryAt } : {}),
          };
        case 'fields':
          return { status: 'error', kind: 'fields', httpStatus: o.status, errors: o.errors, ...(o.message ? { message: o.message } : {}) };
        case 'fatal':
          return { status: 'error', kind: 'fatal', ...st(o.status), ...(o.message ? { message: o.message } : {}) };
      }
    }
  }
  return state;
}

/**
 * The idempotency key the next `start` must use: the current one while the application may have reached the server
 * (submitting, success, retryable error), a new one after the server refused it or before the first send.
 */
export function keyFor(state: AttemptState, fresh: () => string, kept?: string): string {
  if (state.status === 'submitting' || state.status === 'success') return state.key;
  if (state.status === 'error' && state.kind === 'retryable') return state.key;
  if (state.status === 'idle' && kept) return kept;
  return fresh();
}

export interface SendContext {
  key: string;
  signal: AbortSignal;
  onRetry: (info: RetryInfo) => void;
}

export interface ApplicationAttemptOptions {
  /** Sends the application: usually `(ctx) => submitApplication({ ...request, idempotencyKey: ctx.key }, ctx)`. */
  send: (ctx: SendContext) => Promise<SubmitOutcome>;
  /** The key of an earlier, unconfirmed send of the same application (e.g. from a draft): reused by the first submit. */
  initialKey?: string;
  newKey?: () => string;
  now?: () => number;
  /** Called after every state change. */
  onChange?: (state: AttemptState) => void;
  /**
   * Called before each automatic retry, as it is scheduled: which request comes next (`attempt`: 2 for the first
   * retry), the wait in ms, why (`reason`) and the HTTP status when there was one. The state is `submitting` with
   * `retryAt` set by then.
   */
  onRetry?: (retry: AttemptRetry) => void;
}

/** An automatic retry about to happen (see `ApplicationAttemptOptions.onRetry`). */
export interface AttemptRetry {
  key: string;
  /** The number of the request that goes out after the wait (2 = the first automatic retry). */
  attempt: number;
  /** The wait before it, in ms. */
  delay: number;
  /** When it goes out (ms since epoch). */
  retryAt: number;
  reason: RetryReason;
  /** The HTTP status of the failed request; absent for a network failure or a timeout without an answer. */
  status?: number;
}

export interface ApplicationAttempt {
  readonly state: AttemptState;
  /** The key in use or kept for the next send (`undefined` before the first send, and after a refusal). */
  readonly key: string | undefined;
  /**
   * Send (or re-send). While submitting, returns the request in flight (a double click sends once); after success,
   * does nothing. After a retryable error with `retryAt` in the future, waits until then before sending.
   */
  submit(): Promise<AttemptState>;
  /** Same as `submit()`: reads better after a retryable error. */
  retry(): Promise<AttemptState>;
  /** Abort anything in flight and go back to idle; the next submit uses a new key. */
  reset(): void;
  subscribe(fn: (state: AttemptState) => void): () => void;
}

export function createApplicationAttempt(options: ApplicationAttemptOptions): ApplicationAttempt {
  const fresh = options.newKey ?? newIdempotencyKey;
  const now = options.now ?? Date.now;
  let state: AttemptState = { status: 'idle' };
  let kept = options.initialKey;
  let inFlight: Promise<AttemptState> | undefined;
  let ctl: AbortController | undefined;
  const listeners = new Set<(s: AttemptState) => void>();
  if (options.onChange) listeners.add(options.onChange);

  const dispatch = (event: AttemptEvent) => {
    const next = attemptReducer(state, event);
    if (next === state) return;
    state = next;
    if (state.status === 'error' && state.kind !== 'retryable') kept = undefined;
    for (const fn of [...listeners]) fn(state);
  };

  const run = async (key: string, waitUntil: number | undefined, signal: AbortSignal): Promise<AttemptState> => {
    try {
      if (waitUntil !== undefined && waitUntil > now()) await sleep(waitUntil - now(), signal);
      const outcome = await options.send({
        key,
        signal,
        onRetry: (info) => {
          if (signal.aborted) return;
          const retryAt = now() + info.delay;
          dispatch({ type: 'wait', retryAt, info });
          options.onRetry?.({
            key,
            attempt: info.tries + 1,
            delay: info.delay,
            retryAt,
            reason: info.reason,
            ...(info.status !== undefined ? { status: info.status } : {}),
          });
        },
      });
      if (!signal.aborted) dispatch({ type: 'settle', outcome });
    } catch (e) {
      if (!signal.aborted) {
        // `send` broke its promise never to throw: treat it as a network failure, keeping the key.
        dispatch({ type: 'settle', outcome: { kind: 'retryable', reason: 'network', tries: 1 } });
        void e;
      }
    }
    return state;
  };

  const submit = (): Promise<AttemptState> => {
    if (state.status === 'submitting' && inFlight) return inFlight;
    if (state.status === 'success') return Promise.resolve(state);
    const waitUntil = state.status === 'error' && state.kind === 'retryable' ? state.retryAt : undefined;
    const key = keyFor(state, fresh, kept);
    kept = key;
    ctl = new AbortController();
    dispatch({ type: 'start', key });
    if (waitUntil !== undefined && waitUntil > now() && state.status === 'submitting') {
      state = { ...state, retryAt: waitUntil };
      for (const fn of [...listeners]) fn(state);
    }
    const p = run(key, waitUntil, ctl.signal).finally(() => {
      if (inFlight === p) inFlight = undefined;
    });
    inFlight = p;
    return p;
  };

  return {
    get state() {
      return state;
    },
    get key() {
      return state.status === 'submitting' || state.status === 'success' ? state.key : kept;
    },
    submit,
    retry: submit,
    reset() {
      ctl?.abort();
      ctl = undefined;
      inFlight = undefined;
      kept = undefined;
      dispatch({ type: 'reset' });
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
