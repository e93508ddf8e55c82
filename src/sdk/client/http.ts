/**
 * The feed client's GET: a timeout per attempt and bounded retries with backoff, honouring `Retry-After`. It keeps the
 * rules of ky (which the client used before; ky cost ~4.5 KB gzip in the script-tag bundle, this ~0.6 KB), limited to
 * what the client needs:
 * - retries on 408, 429, 500, 502, 503, 504 and on network errors, never on a timeout, an abort or another status;
 * - wait before retry n (1, 2, …): `delay(n)`, default 0.3 s × 2^(n−1), capped at `backoffLimit`; on 429 and 503 with a
 *   `Retry-After` (seconds, an HTTP date, or a Unix time in seconds) that wait instead, capped at `maxRetryAfter`;
 * - a 2xx or 304 answer is returned; any other status becomes an `HttpStatusError` (after the retries).
 */
export interface RetryRules {
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
  delay?: ((attempt: number) => number) | undefined;
}

/** The server answered with an error status (after the retries). */
export class HttpStatusError extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/** No answer within the timeout. */
export class HttpTimeoutError extends Error {}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];
/** The largest delay `setTimeout` takes. */
const MAX_DELAY = 2_147_483_647;
/** Retry-After numbers at or above this (ms since 1970, 2024-01-01) are a Unix time, not a number of seconds. */
const TIMESTAMP_FROM = 1_704_067_200_000;

/** The wait a rate-limited answer asks for, in ms, capped at `max`; undefined when it asks for none. */
function retryAfter(res: Response, max: number): number | undefined {
  const h =
    res.headers.get('retry-after') ??
    res.headers.get('ratelimit-reset') ??
    res.headers.get('x-ratelimit-retry-after') ??
    res.headers.get('x-ratelimit-reset') ??
    res.headers.get('x-rate-limit-reset');
  if (!h || !RETRY_AFTER_STATUSES.includes(res.status)) return undefined;
  let after = Number(h) * 1000;
  if (Number.isNaN(after)) after = Date.parse(h) - Date.now();
  else if (after >= TIMESTAMP_FROM) after -= Date.now();
  // Unreadable (`Retry-After: soon`): the usual backoff, not an immediate retry.
  if (Number.isNaN(after)) return undefined;
  return Math.min(after, max);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One attempt: rejects with `HttpTimeoutError` when no answer arrives within `timeout` ms (and aborts the request). */
function attempt(
  url: string,
  init: RequestInit,
  fetcher: typeof fetch,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => {
      ctrl.abort();
      reject(new HttpTimeoutError(`GET ${url} timed out`));
    }, Math.min(timeout, MAX_DELAY));
    // A Request, as ky passed to a custom `fetch`. Inside a promise: `new Request` (or a custom fetch) may throw at
    // once (a URL it cannot parse), and the timer and the abort listener must be released then too.
    Promise.resolve()
      .then(() => fetcher(new Request(url, { ...init, signal: ctrl.signal })))
      .then(resolve, reject)
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      });
  });
}

/** GET `url` under the rules above. `fetcher` defaults to the global `fetch` at the time of each call. */
export async function getWithRetry(
  url: string,
  init: RequestInit,
  { fetcher, timeout, retry, signal }: { fetcher?: typeof fetch; timeout: number; retry: RetryRules; signal?: AbortSignal },
): Promise<Response> {
  for (let retries = 0; ; ) {
    let wait: number | undefined;
    let error: unknown;
    try {
      const res = await attempt(url, { ...init, method: 'GET' }, fetcher ?? globalThis.fetch, timeout, signal);
      if (res.ok || res.status === 304) return res;
      error = new HttpStatusError(res);
      if (RETRY_STATUSES.includes(res.status)) {
        wait = retryAfter(res, retry.maxRetryAfter);
        void res.body?.cancel().catch(() => undefined);
      } else retries = Infinity;
    } catch (e) {
      error = e;
      if (e instanceof HttpTimeoutError || signal?.aborted) retries = Infinity;
    }
    if (++retries > retry.limit) throw error;
    wait ??= Math.min(retry.delay ? retry.delay(retries) : 300 * 2 ** (retries - 1), retry.backoffLimit);
    await sleep(Math.min(Math.max(0, wait), MAX_DELAY), signal);
  }
}
