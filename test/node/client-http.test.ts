/**
 * The feed client's own GET with retries (src/sdk/client/http.ts, which replaced ky): the retry rules in detail —
 * what is retried, how long it waits, `Retry-After` in its forms and its cap, aborts during the wait.
 */
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import { createClient } from '../../src/sdk/client/index.js';

const BASE = 'https://http.example.eu';
const feed = { version: '1', opportunities: [{ id: 'x', kind: 'staff-week', title: 'X', provider: { name: 'P' } }] };

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** Serve `url` with `answers` in turn (the last repeats); returns the times of the requests. */
function answers(path: string, ...list: (() => Response | Promise<Response>)[]): number[] {
  const times: number[] = [];
  server.use(http.get(`${BASE}${path}`, () => (times.push(Date.now()), list[Math.min(times.length, list.length) - 1]!())));
  return times;
}

describe('feed client: retries', () => {
  it('retries network errors up to the limit, then reports a network error', async () => {
    const times = answers('/down.json', () => HttpResponse.error());
    await assert.rejects(createClient({ feeds: `${BASE}/down.json`, cache: false, retry: { limit: 2, delay: () => 1 } }).load(), {
      name: 'FeedNetworkError',
    });
    assert.equal(times.length, 3);
  });

  it('does not retry a timeout', async () => {
    const times = answers('/slow.json', async () => (await delay(300), HttpResponse.json(feed)));
    await assert.rejects(createClient({ feeds: `${BASE}/slow.json`, cache: false, timeout: 30, retry: { limit: 2, delay: () => 1 } }).load(), {
      name: 'FeedTimeoutError',
    });
    assert.equal(times.length, 1);
  });

  it('waits 0.3 s before the first retry by default, and honours backoffLimit', async () => {
    let times = answers('/flaky.json', () => new HttpResponse(null, { status: 502 }), () => HttpResponse.json(feed));
    await createClient({ feeds: `${BASE}/flaky.json`, cache: false }).load();
    assert.equal(times.length, 2);
    assert.ok(times[1]! - times[0]! >= 280, `waited ${times[1]! - times[0]!} ms`);
    times = answers('/flaky2.json', () => new HttpResponse(null, { status: 502 }), () => HttpResponse.json(feed));
    await createClient({ feeds: `${BASE}/flaky2.json`, cache: false, retry: { backoffLimit: 10 } }).load();
    assert.ok(times[1]! - times[0]! < 200, `backoffLimit 10 ms, waited ${times[1]! - times[0]!} ms`);
  });

  it('reads Retry-After as an HTTP date on 503, capped by maxRetryAfter', async () => {
    const later = new Date(Date.now() + 60_000).toUTCString();
    const times = answers(
      '/busy.json',
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': later } }),
      () => HttpResponse.json(feed),
    );
    const res = await createClient({ feeds: `${BASE}/busy.json`, cache: false, retry: { limit: 1, delay: () => 1, maxRetryAfter: 150 } }).load();
    assert.equal(res.opportunities.length, 1);
    const waited = times[1]! - times[0]!;
    assert.ok(waited >= 130 && waited < 1000, `waited ${waited} ms (cap 150)`);
  });

  it('ignores Retry-After on a status that is not 429 or 503 (uses the backoff)', async () => {
    const times = answers(
      '/gateway.json',
      () => new HttpResponse(null, { status: 504, headers: { 'Retry-After': '5' } }),
      () => HttpResponse.json(feed),
    );
    await createClient({ feeds: `${BASE}/gateway.json`, cache: false, retry: { limit: 1, delay: () => 1 } }).load();
    assert.ok(times[1]! - times[0]! < 1000);
  });

  it('does not retry other error statuses (400, 410)', async () => {
    for (const status of [400, 410]) {
      const times = answers(`/s${status}.json`, () => new HttpResponse(null, { status }));
      await assert.rejects(createClient({ feeds: `${BASE}/s${status}.json`, cache: false, retry: { limit: 2, delay: () => 1 } }).load(), {
        name: 'FeedHttpError',
      });
      assert.equal(times.length, 1, `HTTP ${status}`);
    }
  });

  it('stops at once when aborted during the wait before a retry', async () => {
    answers('/wait.json', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '10' } }));
    const ctrl = new AbortController();
    const t0 = Date.now();
    const p = createClient({ feeds: `${BASE}/wait.json`, cache: false, retry: { limit: 1 } }).load({ signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 50);
    await assert.rejects(p, { name: 'FeedAbortError' });
    assert.ok(Date.now() - t0 < 2000);
  });

  it('calls the fetch given in the options with a GET Request (no-cache, the accept header)', async () => {
    const seen: { url: string; method: string; cache: string; accept: string | null }[] = [];
    const fetcher = (async (req: Request) => {
      seen.push({ url: req.url, method: req.method, cache: req.cache, accept: req.headers.get('accept') });
      return Response.json(feed);
    }) as typeof fetch;
    const res = await createClient({ feeds: `${BASE}/custom.json`, cache: false, fetch: fetcher }).load();
    assert.equal(res.opportunities.length, 1);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.method, 'GET');
    assert.equal(seen[0]!.cache, 'no-cache');
    assert.match(seen[0]!.accept ?? '', /^application\/json/);
  });
});
