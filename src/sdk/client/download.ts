/**
 * Downloading one feed over the client's HTTP stack (ky, `./http.ts`): a timeout per attempt and for the body,
 * bounded retries, a size limit, decoding, and errors wrapped once in the client's own. `createClient` uses these
 * pieces; `downloadFeed` is the same path for one URL without caching or reading (the command line uses it).
 */
import { HTTPError, TimeoutError } from 'ky';
import { feedIssue } from '../feed/issues.js';
import type { FeedIssue } from '../feed/issues.js';
import { FeedAbortError, FeedError, FeedHttpError, FeedNetworkError, FeedTimeoutError, FeedTooLargeError } from './errors.js';
import { getWithRetry } from './http.js';
import type { RetryRules } from './http.js';

/** Milliseconds to wait for each attempt's response, and again for its body. */
export const DEFAULT_TIMEOUT = 15_000;
/** The largest feed accepted, in bytes: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** The `Accept` header of a feed request: every format a reader may know, JSON first. */
export const FEED_ACCEPT = 'application/json, text/csv, text/calendar, application/rss+xml, application/atom+xml, text/html;q=0.8, */*;q=0.5';

/** A number that is not one (NaN from a parsed attribute, Infinity) means the default: retries stay bounded. */
export const num = (v: number | undefined, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export type RetryOption = number | { limit?: number; backoffLimit?: number; maxRetryAfter?: number; delay?: (attempt: number) => number };

/** The client's `retry` option as rules for `getWithRetry`: default 2 retries, backoff capped at 5 s, Retry-After at 30 s. */
export function retryRules(option: RetryOption | undefined): RetryRules {
  const o = typeof option === 'number' ? { limit: option } : (option ?? {});
  return {
    limit: Math.max(0, Math.floor(num(o.limit, 2))),
    backoffLimit: num(o.backoffLimit, 5_000),
    maxRetryAfter: num(o.maxRetryAfter, 30_000),
    delay: o.delay,
  };
}


export async function readBody(res: Response, url: string, maxBytes: number, timeout: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw new FeedTooLargeError(url, maxBytes);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FeedTimeoutError(url, timeout)), timeout);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new FeedTooLargeError(url, maxBytes);
      chunks.push(value);
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    if (e instanceof FeedError) throw e;
    throw new FeedNetworkError(url, e);
  } finally {
    clearTimeout(timer);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Bytes to text. UTF-8 (the feed format's encoding): invalid bytes become U+FFFD and a warning says so, nothing valid
 * is lost. A feed that declares another charset (or has a UTF-16 byte-order mark) goes through `decodeText`
 * (`../text/decode.ts`), loaded lazily.
 */
export async function decode(bytes: Uint8Array, contentType: string | undefined): Promise<{ text: string; issues: FeedIssue[] }> {
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
    const { decodeText } = await import('../text/decode.js');
    return decodeText(bytes, contentType);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), issues: [] };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      issues: [
        feedIssue('the feed is not valid UTF-8; invalid bytes were replaced with "\uFFFD". Save the file as UTF-8', 'warning'),
      ],
    };
  }
}

export function toFeedError(e: unknown, url: string, timeout: number, signal?: AbortSignal): FeedError {
  if (e instanceof FeedError) return e;
  // ky's errors, wrapped once: the client's error says what failed, ky's (the `cause`) how.
  if (e instanceof HTTPError) return new FeedHttpError(url, e.response.status, e.response.statusText, { cause: e });
  if (e instanceof TimeoutError) return new FeedTimeoutError(url, timeout, { cause: e });
  if (signal?.aborted || (e as { name?: string })?.name === 'AbortError') return new FeedAbortError(url, e);
  return new FeedNetworkError(url, e);
}


export interface DownloadOptions {
  /** Milliseconds for each attempt's response, and again for its body (default: the client's, 15,000). */
  timeout?: number;
  /** Largest feed accepted, in bytes (default: the client's, 50 MiB). */
  maxBytes?: number;
  /** As the client's `retry` (default 2 retries on 408, 429, 5xx and network errors). */
  retry?: RetryOption;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

export interface DownloadedFeed {
  url: string;
  status: number;
  contentType?: string;
  /** The body as text (`decodeText` for declared charsets and UTF-16). */
  text: string;
  /** Decoding warnings (bytes that were not valid UTF-8). */
  issues: FeedIssue[];
}

/**
 * GET one feed the way the client does — ky with a timeout per attempt, retries with backoff honouring `Retry-After`,
 * `maxBytes`, decoding — and hand back its text, unread. Rejects with a `FeedError` (`FeedHttpError`,
 * `FeedTimeoutError`, `FeedTooLargeError`, `FeedNetworkError`, `FeedAbortError`) whose `cause` is the underlying error.
 */
export async function downloadFeed(url: string, options: DownloadOptions = {}): Promise<DownloadedFeed> {
  const timeout = num(options.timeout, DEFAULT_TIMEOUT);
  const maxBytes = num(options.maxBytes, DEFAULT_MAX_BYTES);
  const { signal } = options;
  try {
    const res = await getWithRetry(
      url,
      { headers: { accept: FEED_ACCEPT, ...(options.headers ?? {}) } },
      { timeout, retry: retryRules(options.retry), ...(options.fetch ? { fetcher: options.fetch } : {}), ...(signal ? { signal } : {}) },
    );
    const contentType = res.headers.get('content-type') ?? undefined;
    const { text, issues } = await decode(await readBody(res, url, maxBytes, timeout), contentType);
    return { url, status: res.status, text, issues, ...(contentType ? { contentType } : {}) };
  } catch (e) {
    throw toFeedError(e, url, timeout, signal);
  }
}
