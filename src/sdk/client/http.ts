import ky from 'ky';
import type { Options } from 'ky';
/**
 * The feed client's GET, on ky: a timeout per attempt and bounded retries with backoff, honouring `Retry-After`:
 * - retries on 408, 429, 500, 502, 503, 504 and on network errors, never on a timeout, an abort or another status;
 * - wait before retry n (1, 2, …): `delay(n)`, default 0.3 s × 2^(n−1), capped at `backoffLimit`; on 429 and 503 with a
 *   `Retry-After` (seconds, an HTTP date, or a Unix time in seconds) that wait instead, capped at `maxRetryAfter`;
 * - a 2xx or 304 answer is returned; any other status rejects with ky's `HTTPError` (after the retries), a timeout
 *   with ky's `TimeoutError`: ky's errors are passed on as they are, and the client wraps each once in its own
 *   (`FeedHttpError`, `FeedTimeoutError`… with the ky error as `cause`).
 */
export interface RetryRules {
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
  delay?: ((attempt: number) => number) | undefined;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];
/** The largest delay `setTimeout` takes. */
const MAX_DELAY = 2_147_483_647;
/** A readable `Retry-After`-style value, else nothing (ky would wait `maxRetryAfter` for "soon"; the backoff is right). */
const RETRY_AFTER_HEADERS = ['retry-after', 'ratelimit-reset', 'x-ratelimit-retry-after', 'x-ratelimit-reset', 'x-rate-limit-reset'];
function readable(value: string): boolean {
  return Number.isFinite(Number(value)) || !Number.isNaN(Date.parse(value));
}

/**
 * GET `url` under the rules above, with ky doing the work (timeout per attempt, retries, backoff, `Retry-After`).
 * `fetcher` defaults to the global `fetch` at the time of each call.
 */
export async function getWithRetry(
  url: string,
  init: RequestInit,
  { fetcher, timeout, retry, signal }: { fetcher?: typeof fetch; timeout: number; retry: RetryRules; signal?: AbortSignal },
): Promise<Response> {
  return ky.get(url, {
    ...(init as Options),
    timeout: Math.min(timeout, MAX_DELAY),
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: retry.limit,
      methods: ['get'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_AFTER_STATUSES,
      backoffLimit: retry.backoffLimit,
      maxRetryAfter: retry.maxRetryAfter,
      ...(retry.delay ? { delay: retry.delay } : {}),
    },
    hooks: {
      afterResponse: [
        (_request, _options, response) => {
          const bad = RETRY_AFTER_HEADERS.filter((h) => {
            const v = response.headers.get(h);
            return v !== null && !readable(v.trim());
          });
          if (!bad.length) return response;
          const headers = new Headers(response.headers);
          for (const h of bad) headers.delete(h);
          return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
        },
      ],
    },
    fetch: (input, options) => (fetcher ?? globalThis.fetch)(input, options),
    ...(signal ? { signal } : {}),
  });
}
