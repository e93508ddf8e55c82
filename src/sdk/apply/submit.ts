/**
 * Sending an application to `application.form.endpoint` so that nothing is lost and nothing is sent twice.
 *
 * ## The request
 * `POST <endpoint>` with headers `Accept: application/json` and `Idempotency-Key: <uuid>` (one key per application:
 * every automatic and manual retry of it carries the same key). The body is an {@link ApplicationBody}:
 * - without files: `Content-Type: application/json`, the body as JSON;
 * - with files: `multipart/form-data`: a part named `application` holding the same JSON (file answers appear in
 *   `values` as `{ name, size, type }`), plus one part per file, named after its field, with the file name.
 *
 * ## What the endpoint answers
 * - `2xx`: accepted. Optional JSON `{ "message": "…", "reference": "…" }`: `message` (plain text, shown as text) says
 *   what happens next; `reference` is the applicant's reference number. A repeat of a key the server has already
 *   accepted should answer 2xx again (with the original result), so a retry after a lost response never duplicates.
 * - `4xx` with JSON `{ "errors": { "<field or consent name>": "message" | ["message", …] }, "message"?: "…" }`:
 *   the answers were refused; each message belongs to its field (`outcome.kind === 'fields'`).
 * - `408`, `409` (the same key is still being processed), `425`, `429`, `5xx` (but `501`, `505`), a network failure or
 *   a timeout: temporary
 *   (`'retryable'`). `Retry-After` (seconds or an HTTP date) is honoured. Retried automatically a bounded number of
 *   times with exponential backoff, then handed back so a person can retry (with the same key).
 * - any other `4xx`: refused for good (`'fatal'`), with the body's `message` (or RFC 9457 `detail`, or a string
 *   `error`) when there is one.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { isFileLike } from './values.js';
import type { ApplicationValues, ConsentValues, FileLike } from './values.js';

/**
 * The JSON body of an application (also the `application` part of a multipart body).
 * ```json
 * { "opportunityId": "ugent-2027-library-week",
 *   "values": { "givenName": "Ana", "email": "ana@example.eu", "topics": ["ict"], "agree": true, "age": 34,
 *               "cv": { "name": "cv.pdf", "size": 48213, "type": "application/pdf" } },
 *   "consents": { "newsletter": false },
 *   "idempotencyKey": "5b0c1d3e-…", "submittedAt": "2027-01-10T09:30:00.000Z", "language": "nl" }
 * ```
 */
export interface ApplicationBody {
  /** The opportunity's `id` in the feed. */
  opportunityId: string;
  /** Answers by field name: strings, numbers, booleans, string lists; files as `{ name, size, type }`. */
  values: Record<string, unknown>;
  /** One boolean per consent of the form (`false` when not ticked). */
  consents: ConsentValues;
  /** The same value as the `Idempotency-Key` header (for servers that cannot read headers). */
  idempotencyKey?: string;
  /** When the person pressed Send (ISO 8601 date-time, UTC). The same across automatic retries. */
  submittedAt: string;
  /** The applicant's UI language (BCP 47), so the host can answer in it. */
  language?: string;
}

export interface ApplicationRequest {
  endpoint: string;
  opportunityId: string;
  /** Answers, preferably cleaned by `validateApplication`; files as `File`/`Blob` objects. */
  values: ApplicationValues | Record<string, unknown>;
  consents?: ConsentValues;
  /** One per application: make it with `newIdempotencyKey()` when the attempt starts, keep it for every retry. */
  idempotencyKey: string;
  language?: string;
}

export type RetryReason = 'timeout' | 'network' | 'server' | 'rate-limit';

/** How a submission ended. Never thrown: only an abort through `signal` rejects. */
export type SubmitOutcome =
  | { kind: 'success'; status: number; message?: string; reference?: string; data?: unknown }
  | { kind: 'fields'; status: number; errors: Record<string, string>; message?: string }
  | { kind: 'retryable'; reason: RetryReason; status?: number; retryAt?: number; tries: number }
  | { kind: 'fatal'; status: number; message?: string };

export interface RetryInfo {
  /** Requests sent so far. */
  tries: number;
  /** Wait before the next request, in ms. */
  delay: number;
  reason: RetryReason;
  status?: number;
}

export interface SubmitOptions {
  /** A fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Give up on one request after this many ms (default 30 000); a timeout is retryable. */
  timeout?: number;
  /** Automatic retries after a retryable failure (default 2, so at most 3 requests). */
  retries?: number;
  /** Backoff before the first automatic retry in ms; doubles each time, with ±20 % jitter (default 1 000). */
  retryDelay?: number;
  /**
   * The longest automatic wait in ms (default 30 000). A `Retry-After` beyond it ends the automatic retries: the
   * outcome carries `retryAt` and a person decides.
   */
  maxRetryDelay?: number;
  /** Abort everything (rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Extra request headers (e.g. a CSRF token). */
  headers?: Record<string, string>;
  /** `credentials` for fetch (default `'same-origin'`). */
  credentials?: RequestCredentials;
  /** Called before each automatic retry, e.g. to show "trying again in 4 s". */
  onRetry?: (info: RetryInfo) => void;
  /** The clock (ms since epoch), for `submittedAt` and HTTP-date `Retry-After` values. */
  now?: () => number;
}

/** A fresh idempotency key: `crypto.randomUUID()`, or a v4 UUID from `getRandomValues` where that is missing (http pages). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      /* insecure context in some browsers */
    }
  }
  const b = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * `Retry-After` as a delay in ms from `now`: delta-seconds (`"120"`) or an HTTP date. `undefined` when missing or
 * unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (!/[a-z]/i.test(v) || Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

const isBlob = (v: unknown): v is Blob => typeof Blob !== 'undefined' && v instanceof Blob;

/**
 * Build the body of a request: JSON, or multipart when any answer is a `Blob`/`File`. Exposed for hosts that send
 * it themselves and for tests.
 */
export function buildApplicationBody(
  request: ApplicationRequest,
  submittedAt: string,
): { body: ApplicationBody; init: { body: string | FormData; contentType?: string } } {
  const values: Record<string, unknown> = {};
  const files: [string, Blob & Partial<FileLike>][] = [];
  for (const [name, v] of Object.entries(request.values)) {
    if (v === undefined || v === null) continue;
    if (isBlob(v)) {
      files.push([name, v]);
      values[name] = { name: (v as Partial<FileLike>).name ?? name, size: v.size, type: v.type };
    } else if (isFileLike(v)) {
      values[name] = { name: v.name, size: v.size, type: v.type };
    } else {
      values[name] = v;
    }
  }
  const body: ApplicationBody = {
    opportunityId: request.opportunityId,
    values,
    consents: { ...(request.consents ?? {}) },
    idempotencyKey: request.idempotencyKey,
    submittedAt,
    ...(request.language ? { language: request.language } : {}),
  };
  const json = JSON.stringify(body);
  if (files.length === 0) return { body, init: { body: json, contentType: 'application/json' } };
  const fd = new FormData();
  fd.set('application', json);
  for (const [name, file] of files) fd.set(name, file, file.name ?? name);
  return { body, init: { body: fd } };
}

type Single =
  | { kind: 'done'; outcome: Exclude<SubmitOutcome, { kind: 'retryable' }> }
  | { kind: 'retry'; reason: RetryReason; status?: number; after?: number };

async function readJson(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) return undefined;
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A refusal's text: `message`, else RFC 9457 `detail`, else a string `error`. */
function messageOf(data: unknown): string | undefined {
  const d = data as { message?: unknown; detail?: unknown; error?: unknown } | undefined;
  return str(d?.message) ?? str(d?.detail) ?? str(d?.error);
}

/** `{ errors: { field: "msg" | ["msg", …] } }` → `{ field: "msg" }`, or `undefined` when the body has no such map. */
export function fieldErrorsOf(data: unknown): Record<string, string> | undefined {
  const errors = (data as { errors?: unknown } | undefined)?.errors;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) {
    const m = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : str(v);
    if (m) out[k] = m;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

async function classify(res: Response, now: number): Promise<Single> {
  const s = res.status;
  if (s >= 200 && s < 300) {
    const data = await readJson(res);
    const d = data as { message?: unknown; reference?: unknown } | undefined;
    const ref = typeof d?.reference === 'number' ? String(d.reference) : str(d?.reference);
    return {
      kind: 'done',
      outcome: {
        kind: 'success',
        status: s,
        ...(str(d?.message) ? { message: str(d?.message)! } : {}),
        ...(ref ? { reference: ref } : {}),
        ...(data !== undefined ? { data } : {}),
      },
    };
  }
  // Drain the body so the connection is freed (ignored when there is none).
  // Temporary: 408, 409, 425, 429 and 5xx but 501 (not implemented) and 505 (HTTP version): those never get better.
  if (s === 408 || s === 409 || s === 425 || s === 429 || (s >= 500 && s !== 501 && s !== 505)) {
    void res.body?.cancel().catch(() => {});
    const after = parseRetryAfter(res.headers.get('retry-after'), now);
    return {
      kind: 'retry',
      reason: s === 429 ? 'rate-limit' : s === 408 ? 'timeout' : 'server',
      status: s,
      ...(after !== undefined ? { after } : {}),
    };
  }
  const data = await readJson(res);
  const message = messageOf(data);
  const errors = s >= 400 && s < 500 ? fieldErrorsOf(data) : undefined;
  if (errors) return { kind: 'done', outcome: { kind: 'fields', status: s, errors, ...(message ? { message } : {}) } };
  return { kind: 'done', outcome: { kind: 'fatal', status: s, ...(message ? { message } : {}) } };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The application was not sent: aborted.', 'AbortError');
}

/** Wait `ms`, or reject as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Temporary statuses: 408, 409, 425, 429 and 5xx but 501 (not implemented) and 505 (HTTP version). */
const isTemporary = (s: number) => s === 408 || s === 409 || s === 425 || s === 429 || (s >= 500 && s < 600 && s !== 501 && s !== 505);
const TEMPORARY_STATUSES = [408, 409, 425, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i).filter(isTemporary)];
/** The largest delay `setTimeout` takes (ky refuses a larger timeout). */
const MAX_DELAY = 2_147_483_647;

/** Why a request that failed may be retried: its status, or the kind of failure when there was no answer. */
function failureOf(error: unknown, now: number): { reason: RetryReason; status?: number; after?: number } {
  if (error instanceof HTTPError) {
    const s = error.response.status;
    const after = parseRetryAfter(error.response.headers.get('retry-after'), now);
    return { reason: s === 429 ? 'rate-limit' : s === 408 ? 'timeout' : 'server', status: s, ...(after !== undefined ? { after } : {}) };
  }
  return { reason: error instanceof TimeoutError ? 'timeout' : 'network' };
}

/**
 * Send one application, retrying temporary failures, and say how it ended (see the module notes for the contract).
 * Every request carries `Idempotency-Key: request.idempotencyKey`.
 *
 * The requests go through ky (the feed client's HTTP stack): ky's per-request `timeout`, its retry loop
 * (`retry.methods: ['post']`, the temporary `statusCodes`, `delay` doubling from `retryDelay`, `backoffLimit`
 * = `maxRetryDelay`, ±20 % `jitter`) and `shouldRetry`, which ends the automatic retries on an abort or a
 * `Retry-After` beyond `maxRetryDelay` (read with `options.now`, so the outcome's `retryAt` says when to try again).
 *
 * ```ts
 * const key = newIdempotencyKey();
 * const outcome = await submitApplication({ endpoint, opportunityId, values, consents, idempotencyKey: key });
 * if (outcome.kind === 'retryable') // keep `key` and offer a retry
 * ```
 */
export async function submitApplication(request: ApplicationRequest, options: SubmitOptions = {}): Promise<SubmitOutcome> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  // A number that is not one (`<opp-apply retries="two">` gives NaN) means the default: retries stay bounded and
  // waits stay waits (NaN retries retried without end; a NaN delay, at once).
  const opt = (v: number | undefined, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const timeout = Math.min(MAX_DELAY, Math.max(1, opt(options.timeout, 30_000)));
  const retries = Math.max(0, Math.floor(opt(options.retries, 2)));
  const base = opt(options.retryDelay, 1_000);
  const maxDelay = Math.min(MAX_DELAY, opt(options.maxRetryDelay, 30_000));
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const { init } = buildApplicationBody(request, new Date(now()).toISOString());
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(options.headers ?? {}),
    'Idempotency-Key': request.idempotencyKey,
  };
  if (init.contentType) headers['Content-Type'] = init.contentType;

  let tries = 0;
  /** The failure being retried, from `shouldRetry`: what the wait announced before it is about. */
  let failure: ReturnType<typeof failureOf> | undefined;
  let res: Response;
  try {
    res = await ky.post(request.endpoint, {
      headers,
      body: init.body,
      credentials: options.credentials ?? 'same-origin',
      redirect: 'follow',
      timeout,
      throwHttpErrors: isTemporary,
      ...(signal ? { signal } : {}),
      fetch: (input, fetchInit) => (tries++, doFetch(input, fetchInit)),
      retry: {
        limit: retries,
        methods: ['post'],
        statusCodes: TEMPORARY_STATUSES,
        // Retry-After is read by `shouldRetry` (with `options.now`) and becomes the least wait (`jitter` below):
        // ky's own reading would cap a long wait at `maxRetryAfter` where this contract stops and says when.
        afterStatusCodes: [],
        retryOnTimeout: true,
        backoffLimit: maxDelay,
        delay: (attempt) => base * 2 ** (attempt - 1),
        // ±20 %, never shorter than the server's Retry-After; the wait ky then makes is announced here, as it starts
        // (`onRetry`, the attempt's "trying again in 4 s"). Not in `hooks.beforeRetry`: ky 1.14 runs that hook after
        // the wait, when announcing it would be too late; `jitter` is the last step of ky's delay before it waits.
        jitter: (ms) => {
          const wait = Math.min(maxDelay, Math.max(failure?.after ?? 0, ms * (0.8 + Math.random() * 0.4)));
          options.onRetry?.({ tries, delay: wait, reason: failure!.reason, ...(failure!.status !== undefined ? { status: failure!.status } : {}) });
          return wait;
        },
        shouldRetry: ({ error }) => {
          if (signal?.aborted) return false;
          failure = failureOf(error, now());
          // A wait longer than the ceiling is left to the person: the outcome carries `retryAt`.
          if (failure.after !== undefined && failure.after > maxDelay) return false;
          // Temporary statuses (the only ones thrown), timeouts and network failures.
          return true;
        },
      },
    });
  } catch (e) {
    if (signal?.aborted) throw abortError(signal);
    const f = failureOf(e, now());
    return {
      kind: 'retryable',
      reason: f.reason,
      tries: Math.max(1, tries),
      ...(f.status !== undefined ? { status: f.status } : {}),
      ...(f.after !== undefined ? { retryAt: now() + f.after } : {}),
    };
  }
  const single = await classify(res, now());
  if (single.kind === 'done') return single.outcome;
  // Not reached: temporary statuses are thrown (and retried) by ky.
  return { kind: 'retryable', reason: single.reason, tries, ...(single.status !== undefined ? { status: single.status } : {}) };
}
