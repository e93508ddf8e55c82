/**
 * msw handlers that answer the feeds and the application endpoint inside Storybook (the worker is started by the
 * loader in .storybook/preview.ts; a story lists its handlers in `parameters.msw.handlers`).
 *
 * Each story uses its own feed URL: the feed client keeps the last good copy of every feed in the Cache API, which
 * outlives a story, so a shared URL would let one story's data leak into another's error state.
 */
import { delay, http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { FeedInput } from '../../src/sdk/index.js';
import { DEMO_FEED_TEXT } from './demo-feed.js';

const FEEDS = 'https://feeds.example.eu/';
export const APPLY_ENDPOINT = 'https://apply.example.eu/api/applications';

/** A feed URL of its own for one story. */
export const feedUrl = (name: string): string => `${FEEDS}${name}.json`;
/** An application endpoint of its own for one story. */
export const endpointUrl = (name: string): string => `${APPLY_ENDPOINT}/${name}`;

/**
 * URLs a handler answered with an HTTP error on purpose. Chrome logs "Failed to load resource: … status of 500" for
 * those; the accessibility sweep (test/node/storybook.test.ts) reads this list so that only these are excused.
 */
function expectFailure(url: string): void {
  const w = window as unknown as { __oppExpectedFailures?: string[] };
  (w.__oppExpectedFailures ??= []).push(url);
}

const json = (body: string, status = 200) =>
  new HttpResponse(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** Serve the demo feed (315 items) at `url`. */
export const demoFeed = (url: string): HttpHandler => http.get(url, () => json(DEMO_FEED_TEXT));

/** Serve `feed` at `url`. */
export const feed = (url: string, body: FeedInput | string): HttpHandler =>
  http.get(url, () => json(typeof body === 'string' ? body : JSON.stringify(body)));

/** Answer `url` with an HTTP error (only the first request with `once`; later ones go to the next handler). */
export const failing = (url: string, status: number, { once = false } = {}): HttpHandler =>
  http.get(
    url,
    () => {
      expectFailure(url);
      return new HttpResponse(`HTTP ${status}`, { status, headers: { 'content-type': 'text/plain' } });
    },
    { once },
  );

/** A request to `url` that never gets an answer (the loading state). */
export const hanging = (url: string): HttpHandler =>
  http.get(url, async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  });

/** The application endpoint answering once with `status` and `body` (JSON), with optional headers. */
export const endpoint = (url: string, status: number, body?: unknown, headers: Record<string, string> = {}): HttpHandler =>
  http.post(url, () => {
    if (status >= 400) expectFailure(url);
    return body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body as Record<string, unknown>, { status, headers });
  });
