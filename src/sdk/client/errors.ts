import type { FeedIssue } from '../feed/parse.js';

/**
 * Errors of the feed client, in ky's style: one class per failure kind, a message that names the method, the URL and
 * (for HTTP errors) the status, and `name` set so type guards work across realms (instanceof fails across iframes).
 */

/** The `name` of every client error class: what the `is…` guards below test (also across bundle copies and realms). */
export const FEED_ERROR_NAMES = [
  'FeedHttpError',
  'FeedNetworkError',
  'FeedTimeoutError',
  'FeedAbortError',
  'FeedTooLargeError',
  'FeedLoadError',
  'FeedUnreadableError',
  'FeedConfigError',
] as const;

export type FeedErrorName = (typeof FEED_ERROR_NAMES)[number];

export class FeedError extends Error {
  override name: FeedErrorName = 'FeedNetworkError';
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server answered with an HTTP error status (after retries, for 408/429/5xx). */
export class FeedHttpError extends FeedError {
  override name = 'FeedHttpError' as const;
  constructor(
    url: string,
    readonly status: number,
    statusText: string,
    options?: { cause?: unknown },
  ) {
    super(
      `GET ${url} failed with HTTP ${status}${statusText ? ' ' + statusText : ''}: ${
        status === 404
          ? 'the feed is not at this address; check the feed URL'
          : status === 401 || status === 403
            ? 'the server refuses access; the feed must be public'
            : status === 429
              ? 'the server is rate-limiting requests; try again later'
              : status >= 500
                ? 'the server had an error; try again later'
                : 'the server rejected the request'
      }`,
      url,
      options,
    );
  }
}

/** The request never got an answer: offline, DNS failure, connection reset, or CORS refused by the feed's server. */
export class FeedNetworkError extends FeedError {
  override name = 'FeedNetworkError' as const;
  constructor(url: string, cause?: unknown) {
    super(
      `GET ${url} failed: network error (offline, unreachable server, or the server does not allow cross-origin requests with CORS)`,
      url,
      { cause },
    );
  }
}

/** The server took longer than the timeout to answer (or to send the whole feed). */
export class FeedTimeoutError extends FeedError {
  override name = 'FeedTimeoutError' as const;
  constructor(
    url: string,
    readonly timeout: number,
    options?: { cause?: unknown },
  ) {
    super(`GET ${url} timed out after ${timeout} ms`, url, options);
  }
}

/** The caller aborted the load (e.g. the element was removed from the page). */
export class FeedAbortError extends FeedError {
  override name = 'FeedAbortError' as const;
  constructor(url: string, cause?: unknown) {
    super(`GET ${url} was aborted`, url, { cause });
  }
}

/** The feed is larger than `maxBytes`. */
export class FeedTooLargeError extends FeedError {
  override name = 'FeedTooLargeError' as const;
  constructor(
    url: string,
    readonly maxBytes: number,
  ) {
    super(`GET ${url} failed: the feed is larger than ${maxBytes} bytes (raise maxBytes or split the feed)`, url);
  }
}

/** The server answered, but what it sent is not a readable feed (truncated JSON, an HTML error page…). */
export class FeedUnreadableError extends FeedError {
  override name = 'FeedUnreadableError' as const;
  constructor(
    url: string,
    readonly issues: FeedIssue[],
  ) {
    super(`GET ${url} returned something that is not a readable feed: ${issues[0]?.message ?? 'no opportunities'}`, url);
  }
}

/** Every feed of a client failed (and none had a cached copy): `errors` holds each one. */
export class FeedLoadError extends FeedError {
  override name = 'FeedLoadError' as const;
  constructor(readonly errors: FeedError[]) {
    super(`All ${errors.length} feeds failed: ${errors.map((e) => e.message).join('; ')}`, errors[0]?.url ?? '');
  }
}

/**
 * The client was set up wrongly, so nothing was fetched: no feed URL, or a URL whose scheme fetch cannot load
 * (`ftp:`, `javascript:`, a typo such as `htps:`). Fix the page or the options; retrying does not help.
 */
export class FeedConfigError extends FeedError {
  override name = 'FeedConfigError' as const;
}

const isNamed = (error: unknown, names: readonly string[]): boolean =>
  typeof error === 'object' && error !== null && names.includes((error as { name?: unknown }).name as string);

/** A guard for one kind, by its `name`: true also for an error from another copy of this package or another realm. */
const guard =
  <T extends FeedError>(name: T['name']) =>
  (error: unknown): error is T =>
    isNamed(error, [name]);

/** True for any client error, also across realms and bundle copies (instanceof fails across iframes). */
export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError || isNamed(error, FEED_ERROR_NAMES);
}
export const isFeedHttpError = guard<FeedHttpError>('FeedHttpError');
export const isFeedNetworkError = guard<FeedNetworkError>('FeedNetworkError');
export const isFeedTimeoutError = guard<FeedTimeoutError>('FeedTimeoutError');
export const isFeedAbortError = guard<FeedAbortError>('FeedAbortError');
export const isFeedTooLargeError = guard<FeedTooLargeError>('FeedTooLargeError');
export const isFeedUnreadableError = guard<FeedUnreadableError>('FeedUnreadableError');
export const isFeedLoadError = guard<FeedLoadError>('FeedLoadError');
export const isFeedConfigError = guard<FeedConfigError>('FeedConfigError');
