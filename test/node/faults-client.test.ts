/**
 * Network faults against the feed client: timeouts, resets mid-body, truncated bodies, slow drips, 429 storms with
 * Retry-After, flapping 500/200, offline then online, and feeds that change between requests (ETags).
 *
 * Expected everywhere: the last good data is shown and marked stale (`state: 'stale'`), errors are named and their
 * messages carry the URL, retries are bounded (never more than limit + 1 requests per load), and nothing rejects
 * unhandled. msw answers most requests; a real node:http server on 127.0.0.1 does what msw cannot (reset a socket
 * mid-body, drip bytes). A model-based property replays generated fault scripts against the same rules.
 */
import { after, before, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import fc from 'fast-check';
import { createClient, memoryCache, isFeedError } from '../../src/sdk/client/index.js';
import type { ClientOptions, ClientResult, FeedClient, FeedUnreadableError } from '../../src/sdk/client/index.js';
import { params, Tally } from './property-arbitraries.js';

/** The platform fetch, kept before msw patches the global one: the real server is reached through it. */
const realFetch = globalThis.fetch.bind(globalThis);

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => void unhandled.push(e);
process.on('unhandledRejection', onUnhandled);

const tally = new Tally();
/** Loads where a good copy existed but was not shown (must stay 0). */
let lost = 0;
after(() => {
  process.off('unhandledRejection', onUnhandled);
  console.log(tally.line('faults-client', `faults injected=${tally.get('faults')}, requests=${tally.get('requests')}, unhandled rejections=${unhandled.length}, lost: ${lost}`));
});

const BASE = 'https://feeds.example.eu';
const msw = setupServer();
before(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => msw.resetHandlers());
after(() => msw.close());

// ---------- feeds ----------
const item = (id: string) => ({ id, kind: 'staff-week', title: { en: `Week ${id}` }, provider: { name: 'Ghent University', country: 'BE' } });
const feedOf = (...ids: string[]) => ({ version: '1', language: 'en', opportunities: ids.map(item) });
const GOOD = feedOf('g1', 'g2');
const GOOD_TEXT = JSON.stringify(GOOD);

const LIMIT = 2;
const fast = (extra: Partial<ClientOptions> = {}): Omit<ClientOptions, 'feeds'> => ({
  retry: { limit: LIMIT, delay: () => 1, backoffLimit: 5, maxRetryAfter: 50 },
  timeout: 2_000,
  ...extra,
});

const ids = (r: ClientResult) => r.opportunities.map((o) => o.id);

/** An error as the client reports it: a Feed*Error name and a message that names the URL. */
function assertClear(error: { name: string; message: string } | undefined, url: string, name?: string | RegExp): void {
  assert.ok(error, 'an error is reported');
  assert.match(error.name, /^Feed(Http|Network|Timeout|Abort|TooLarge|Load|Unreadable)Error$/);
  if (typeof name === 'string') assert.equal(error.name, name, error.message);
  else if (name) assert.match(error.name, name);
  assert.ok(error.message.includes(url), `the message names the URL: ${error.message}`);
}

/** The last good copy, shown and marked stale, with the error of the failed fetch. */
function assertStale(r: ClientResult, url: string, expected: string[], name?: string | RegExp): void {
  const s = r.sources[0]!;
  if (s.state !== 'stale' || JSON.stringify(ids(r)) !== JSON.stringify(expected)) lost++;
  assert.equal(s.state, 'stale');
  assert.equal(r.stale, true);
  assert.deepEqual(ids(r), expected, 'the last good data is shown');
  assertClear(s.error, url, name);
}

/** msw handler answering with `responses` in turn (the last one repeats), counting requests. */
function script(url: string, ...responses: ((req: Request) => Response | Promise<Response>)[]) {
  const seen: Request[] = [];
  msw.use(
    http.get(url, ({ request }) => {
      seen.push(request);
      tally.add('requests');
      return responses[Math.min(seen.length, responses.length) - 1]!(request);
    }),
  );
  return seen;
}
const ok = (body: unknown = GOOD, headers: Record<string, string> = {}) => () => HttpResponse.json(body as object, { headers });
const status = (s: number, headers: Record<string, string> = {}) => () => (tally.add('faults'), new HttpResponse(null, { status: s, headers }));
const offline = () => (tally.add('faults'), HttpResponse.error());

/** A client with a primed cache: the first load succeeded with GOOD. */
async function primed(url: string, extra: Partial<ClientOptions> = {}): Promise<{ client: FeedClient; seen: Request[] }> {
  const client = createClient({ feeds: url, cache: memoryCache(), ...fast(extra) });
  const seen = script(url, ok());
  const first = await client.load();
  assert.equal(first.sources[0]!.state, 'loaded');
  msw.resetHandlers();
  return { client, seen };
}

// ---------- a real server for socket-level faults ----------
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let real: Server;
let realBase = '';
let realHandler: Handler = (_req, res) => res.end();
const openSockets = new Set<import('node:net').Socket>();
before(async () => {
  real = createServer((req, res) => {
    tally.add('requests');
    realHandler(req, res);
  });
  real.on('connection', (s) => {
    openSockets.add(s);
    s.on('close', () => openSockets.delete(s));
  });
  await new Promise<void>((r) => real.listen(0, '127.0.0.1', r));
  realBase = `http://127.0.0.1:${(real.address() as AddressInfo).port}`;
});
after(async () => {
  for (const s of openSockets) s.destroy();
  await new Promise<void>((r) => real.close(() => r()));
});

/** Serve GOOD first, then `fault` for every later request; returns the request count. */
function realScript(fault: Handler): { count: () => number } {
  let n = 0;
  realHandler = (req, res) => {
    n++;
    if (n === 1) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(GOOD_TEXT) });
      res.end(GOOD_TEXT);
    } else {
      tally.add('faults');
      fault(req, res);
    }
  };
  return { count: () => n };
}

const realClient = (path: string, extra: Partial<ClientOptions> = {}) =>
  createClient({ feeds: realBase + path, cache: memoryCache(), fetch: realFetch, ...fast(extra) });

// ---------- scenarios ----------
describe('faults: timeouts, resets, truncation, drips (real sockets)', () => {
  it('a connection reset mid-body shows the last good copy, stale, with a network error; no retry storm', async () => {
    const body = JSON.stringify(feedOf(...Array.from({ length: 200 }, (_, i) => `n${i}`)));
    const srv = realScript((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.write(body.slice(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 5));
    });
    const url = realBase + '/reset.json';
    const client = realClient('/reset.json');
    await client.load();
    const r = await client.load();
    assertStale(r, url, ['g1', 'g2'], 'FeedNetworkError');
    assert.ok(srv.count() - 1 <= LIMIT + 1, `requests for the failing load: ${srv.count() - 1}`);
  });

  it('a reset before any byte is retried (bounded) and then shown stale', async () => {
    const srv = realScript((req) => req.socket.destroy());
    const url = realBase + '/drop.json';
    const client = realClient('/drop.json');
    await client.load();
    const r = await client.load();
    assertStale(r, url, ['g1', 'g2'], 'FeedNetworkError');
    assert.equal(srv.count() - 1, LIMIT + 1, 'a network error is retried up to the limit');
  });

  it('a body shorter than its Content-Length (connection closed early) is a network error, not a broken feed', async () => {
    realScript((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(GOOD_TEXT) + 100 });
      res.write(GOOD_TEXT.slice(0, 40), () => res.socket?.end());
    });
    const url = realBase + '/short.json';
    const client = realClient('/short.json');
    await client.load();
    assertStale(await client.load(), url, ['g1', 'g2'], 'FeedNetworkError');
  });

  it('a slow drip (each byte in time, the whole body too late) times out, stale, and the connection is closed', async () => {
    let closed: Promise<void> = Promise.resolve();
    const srv = realScript((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let i = 0;
      const timer = setInterval(() => res.write(GOOD_TEXT[i++ % GOOD_TEXT.length]!), 20);
      closed = new Promise((resolve) => res.on('close', () => (clearInterval(timer), resolve())));
    });
    const url = realBase + '/drip.json';
    const client = realClient('/drip.json', { timeout: 150 });
    await client.load();
    const started = Date.now();
    const r = await client.load();
    assert.ok(Date.now() - started < 1_500, `gave up in time (${Date.now() - started} ms)`);
    assertStale(r, url, ['g1', 'g2'], 'FeedTimeoutError');
    assert.match(r.sources[0]!.error!.message, /timed out after 150 ms/);
    assert.equal(srv.count() - 1, 1, 'a body timeout is not retried');
    await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the client left the drip connection open')), 1_000))]);
  });

  it('headers that never come time out, stale', async () => {
    realScript(() => undefined); // never answers
    const url = realBase + '/hang.json';
    const client = realClient('/hang.json', { timeout: 80 });
    await client.load();
    assertStale(await client.load(), url, ['g1', 'g2'], 'FeedTimeoutError');
  });
});

describe('faults: HTTP storms (msw)', () => {
  it('a timeout (msw delay) shows the last good copy, stale', async () => {
    const url = `${BASE}/slow.json`;
    const { client } = await primed(url, { timeout: 40 });
    const seen = script(url, async () => (tally.add('faults'), await delay(400), HttpResponse.json(GOOD)));
    assertStale(await client.load(), url, ['g1', 'g2'], 'FeedTimeoutError');
    assert.ok(seen.length <= LIMIT + 1);
  });

  it('a 429 storm with Retry-After: bounded retries, the 429 reported with the URL, stale', async () => {
    for (const retryAfter of ['0', '1', new Date(Date.now() - 60_000).toUTCString(), new Date(Date.now() + 3_600_000).toUTCString(), '3600', 'soon']) {
      const url = `${BASE}/busy-${encodeURIComponent(retryAfter)}.json`;
      const { client } = await primed(url);
      const seen = script(url, status(429, { 'Retry-After': retryAfter }));
      const started = Date.now();
      const r = await client.load();
      assert.ok(Date.now() - started < 1_000, `Retry-After ${retryAfter} is capped by maxRetryAfter (${Date.now() - started} ms)`);
      assertStale(r, url, ['g1', 'g2'], 'FeedHttpError');
      assert.equal(r.sources[0]!.error!.status, 429);
      assert.equal(seen.length, LIMIT + 1, `requests for Retry-After ${retryAfter}`);
    }
  });

  it('a 503 storm with Retry-After, and every retryable status, stop at limit + 1 requests', async () => {
    for (const s of [408, 500, 502, 503, 504]) {
      const url = `${BASE}/down-${s}.json`;
      const { client } = await primed(url);
      const seen = script(url, status(s, { 'Retry-After': '0' }));
      const r = await client.load();
      assertStale(r, url, ['g1', 'g2'], 'FeedHttpError');
      assert.equal(r.sources[0]!.error!.status, s);
      assert.equal(seen.length, LIMIT + 1, `status ${s}`);
    }
  });

  it('flapping 500/200: every load ends loaded within limit + 1 requests', async () => {
    const url = `${BASE}/flap.json`;
    const client = createClient({ feeds: url, cache: memoryCache(), ...fast() });
    let n = 0;
    const seen = script(url, () => (++n % 2 ? (tally.add('faults'), new HttpResponse(null, { status: 500 })) : HttpResponse.json(GOOD)));
    for (let load = 0; load < 6; load++) {
      const before = seen.length;
      const r = await client.load();
      assert.equal(r.sources[0]!.state, 'loaded');
      assert.deepEqual(ids(r), ['g1', 'g2']);
      assert.ok(seen.length - before <= LIMIT + 1);
    }
  });

  it('offline then online: rejects clearly without a cache, stale with one, then loaded again', async () => {
    const url = `${BASE}/offline.json`;
    let online = false;
    const seen = script(url, () => (online ? HttpResponse.json(GOOD) : offline()));
    const bare = createClient({ feeds: url, cache: false, ...fast() });
    await assert.rejects(bare.load(), (e: unknown) => {
      assert.ok(isFeedError(e));
      assertClear(e as Error, url, 'FeedNetworkError');
      return true;
    });
    assert.equal(seen.length, LIMIT + 1);
    online = true;
    assert.deepEqual(ids(await bare.load()), ['g1', 'g2']);

    const cached = createClient({ feeds: url, cache: memoryCache(), ...fast() });
    await cached.load();
    online = false;
    assertStale(await cached.load(), url, ['g1', 'g2'], 'FeedNetworkError');
    const peeked = await cached.peek();
    assert.equal(peeked?.sources[0]!.state, 'stale');
    online = true;
    const back = await cached.load();
    assert.equal(back.sources[0]!.state, 'loaded');
    assert.equal(back.stale, false);
  });

  it('a feed that changes between requests: If-None-Match carries the last ETag, 304 keeps the copy, a change replaces it', async () => {
    const url = `${BASE}/etag.json`;
    const versions = [feedOf('v1'), feedOf('v2a', 'v2b'), feedOf('v3')];
    let current = 0;
    const etag = () => `W/"v${current + 1}"`;
    const seen = script(url, (req) =>
      req.headers.get('if-none-match') === etag() ? new HttpResponse(null, { status: 304, headers: { ETag: etag() } }) : HttpResponse.json(versions[current]!, { headers: { ETag: etag() } }),
    );
    const client = createClient({ feeds: url, cache: memoryCache(), ...fast() });
    assert.deepEqual(ids(await client.load()), ['v1']);
    assert.deepEqual(ids(await client.load()), ['v1'], '304: the cached copy');
    current = 1;
    tally.add('faults');
    assert.deepEqual(ids(await client.load()), ['v2a', 'v2b'], 'a new ETag: the new feed');
    assert.deepEqual(ids(await client.load()), ['v2a', 'v2b']);
    current = 2;
    tally.add('faults');
    assert.deepEqual(ids(await client.load()), ['v3']);
    assert.deepEqual(
      seen.map((r) => r.headers.get('if-none-match')),
      [null, 'W/"v1"', 'W/"v1"', 'W/"v2"', 'W/"v2"'],
      'each request revalidates the copy it has',
    );
    assert.deepEqual((await client.peek())?.opportunities.map((o) => o.id), ['v3']);
  });

  it('the feed changes during a retry sequence: the data shown is the version that finally arrived', async () => {
    const url = `${BASE}/midretry.json`;
    const { client } = await primed(url);
    script(url, status(503), status(502), () => HttpResponse.json(feedOf('new'), { headers: { ETag: '"new"' } }));
    const r = await client.load();
    assert.equal(r.sources[0]!.state, 'loaded');
    assert.deepEqual(ids(r), ['new']);
  });

  it('a 304 when nothing is cached is a clear HTTP error', async () => {
    const url = `${BASE}/bogus304.json`;
    script(url, status(304));
    await assert.rejects(createClient({ feeds: url, cache: false, ...fast() }).load(), (e: Error) => {
      assertClear(e, url, 'FeedHttpError');
      return true;
    });
  });

  it('one source of each fault never sinks the good one', async () => {
    const good = `${BASE}/multi-good.json`;
    const urls = [`${BASE}/multi-429.json`, `${BASE}/multi-off.json`, `${BASE}/multi-404.json`, `${BASE}/multi-slow.json`];
    script(good, ok(feedOf('m1')));
    script(urls[0]!, status(429, { 'Retry-After': '0' }));
    script(urls[1]!, offline);
    script(urls[2]!, status(404));
    script(urls[3]!, async () => (tally.add('faults'), await delay(300), HttpResponse.json(GOOD)));
    const r = await createClient({ feeds: [good, ...urls], cache: false, ...fast({ timeout: 40 }) }).load();
    assert.deepEqual(ids(r), [`${good}#m1`], 'ids are namespaced by source when a client has several');
    assert.deepEqual(r.sources.map((s) => s.state), ['loaded', 'failed', 'failed', 'failed', 'failed']);
    r.sources.slice(1).forEach((s, i) => assertClear(s.error, urls[i]!));
    assert.deepEqual(r.sources.slice(1).map((s) => s.error!.name), ['FeedHttpError', 'FeedNetworkError', 'FeedHttpError', 'FeedTimeoutError']);
  });

  it('a feed that grew past maxBytes (no Content-Length) is refused, stale', async () => {
    const url = `${BASE}/grown.json`;
    const { client } = await primed(url, { maxBytes: 2_000 });
    const big = JSON.stringify(feedOf(...Array.from({ length: 100 }, (_, i) => `big${i}`)));
    script(url, () => (tally.add('faults'), new HttpResponse(new Blob([big]).stream(), { headers: { 'content-type': 'application/json' } })));
    assertStale(await client.load(), url, ['g1', 'g2'], 'FeedTooLargeError');
  });

  it('an abort while waiting to retry rejects at once with FeedAbortError, and sends nothing more', async () => {
    const url = `${BASE}/abort-wait.json`;
    const client = createClient({ feeds: url, cache: memoryCache(), retry: { limit: 5, delay: () => 10_000, backoffLimit: 10_000 } });
    const seen = script(url, status(503));
    const ctl = new AbortController();
    const started = Date.now();
    const p = client.load({ signal: ctl.signal });
    setTimeout(() => ctl.abort(), 30);
    await assert.rejects(p, (e: Error) => {
      assertClear(e, url, 'FeedAbortError');
      return true;
    });
    assert.ok(Date.now() - started < 1_000, 'did not wait for the backoff');
    await delay(20);
    assert.equal(seen.length, 1);
  });

  it('an unreadable Retry-After on a 503 storm falls back to the backoff (no immediate retries)', async () => {
    const url = `${BASE}/retry-after-soon.json`;
    const times: number[] = [];
    script(url, () => (times.push(Date.now()), tally.add('faults'), new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'soon' } })));
    await assert.rejects(createClient({ feeds: url, cache: false, retry: { limit: 2, delay: () => 40, backoffLimit: 1_000 } }).load(), { name: 'FeedHttpError' });
    assert.equal(times.length, 3);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 35, `waited the backoff before retry ${i} (${times[i]! - times[i - 1]!} ms)`);
  });

  it('a URL fetch cannot even start (relative, no page) fails fast and leaves no timer running', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const started = Date.now();
    await assert.rejects(createClient({ feeds: 'relative/feed.json', cache: false, timeout: 60_000, retry: { limit: 1, delay: () => 1 } }).load(), (e: Error) => {
      assertClear(e, 'relative/feed.json', 'FeedNetworkError');
      return true;
    });
    assert.ok(Date.now() - started < 1_000);
    await delay(5);
    assert.ok(timers() <= before, `timers before ${before}, after ${timers()}: a 60 s timeout was left behind`);
  });

  it('retry limits and timeouts that are not numbers (NaN, Infinity) keep retries bounded', async () => {
    const odd = fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1, 2.5, undefined);
    await fc.assert(
      fc.asyncProperty(odd, odd, odd, fc.boolean(), async (limit, timeout, backoffLimit, asNumber) => {
        tally.add('odd-options');
        let requests = 0;
        const f = async () => (requests++, tally.add('requests'), tally.add('faults'), new Response(null, { status: 503 }));
        const ctl = new AbortController();
        const stop = setTimeout(() => ctl.abort(), 120);
        const retry = asNumber ? limit : { limit, delay: () => 1, ...(backoffLimit !== undefined ? { backoffLimit } : {}) };
        await createClient({ feeds: `${BASE}/odd.json`, cache: false, fetch: f as typeof fetch, retry: retry as never, timeout: timeout as never })
          .load({ signal: ctl.signal })
          .catch((e: Error) => assert.match(e.name, /^Feed(Http|Abort|Timeout)Error$/));
        clearTimeout(stop);
        const bound = typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 2;
        assert.ok(requests <= bound + 1, `retry ${String(limit)} (${asNumber ? 'number' : 'object'}), timeout ${timeout}: ${requests} requests`);
      }),
      params(40),
    );
  });

  it('a cache store that fails (quota, private mode, a broken custom store) never fails a load', async () => {
    const url = `${BASE}/badcache.json`;
    script(url, ok());
    const refuse = async () => {
      tally.add('faults');
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const stores = [
      { get: refuse, set: refuse },
      { get: async () => undefined, set: refuse },
      {
        get: () => {
          throw new Error('sync get');
        },
        set: () => {
          throw new Error('sync set');
        },
      },
    ];
    for (const cache of stores) {
      const client = createClient({ feeds: url, cache: cache as never, ...fast() });
      const r = await client.load();
      assert.equal(r.sources[0]!.state, 'loaded');
      assert.deepEqual(ids(r), ['g1', 'g2']);
      assert.equal(await client.peek().catch((e) => e), undefined, 'peek: nothing readable, no throw');
    }
  });

  it('a truncated JSON body (complete HTTP response) keeps the good copy cached and reports the JSON error', async () => {
    const url = `${BASE}/truncated.json`;
    const { client } = await primed(url);
    script(url, () => (tally.add('faults'), new HttpResponse(GOOD_TEXT.slice(0, GOOD_TEXT.length - 20), { headers: { 'content-type': 'application/json' } })));
    const r = await client.load();
    assert.ok(r.issues.some((i) => i.path.length === 0 && i.severity === 'error' && /not valid JSON/.test(i.message)));
    assert.deepEqual((await client.peek())?.opportunities.map((o) => o.id), ['g1', 'g2'], 'the broken copy did not replace the good one');
  });

  it(
    'a truncated JSON body (complete HTTP response) shows the last good copy, marked stale',
    async () => {
      const url = `${BASE}/truncated-stale.json`;
      const { client } = await primed(url);
      script(url, () => new HttpResponse(GOOD_TEXT.slice(0, GOOD_TEXT.length - 20), { headers: { 'content-type': 'application/json' } }));
      const r = await client.load();
      assert.equal(r.sources[0]!.state, 'stale');
      assert.deepEqual(ids(r), ['g1', 'g2']);
    },
  );
});

// ---------- model-based property ----------
type Step = 'ok-same' | 'ok-new' | 'revalidate' | '408' | '429' | '500' | '503' | '404' | '403' | 'offline' | 'slow' | 'truncated' | 'html' | 'empty';
const STEPS: readonly Step[] = ['ok-same', 'ok-new', 'revalidate', '408', '429', '500', '503', '404', '403', 'offline', 'slow', 'truncated', 'html', 'empty'];
const RETRYABLE = new Set<Step>(['408', '429', '500', '503', 'offline']);
const HTTP_ERROR = new Set<Step>(['408', '429', '500', '503', '404', '403']);

describe('faults: generated scripts against a model of the client', () => {
  it('every load ends as the model says: loaded / stale with the last good copy / rejected; requests <= limit + 1', async () => {
    let runNo = 0;
    const stepArb = fc.oneof({ weight: 1, arbitrary: fc.constant<Step>('slow') }, { weight: 12, arbitrary: fc.constantFrom(...STEPS.filter((s) => s !== 'slow')) });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.array(fc.array(stepArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        async (limit, withCache, loads) => {
          tally.add('scripts');
          const url = `${BASE}/model-${runNo++}.json`;
          // Server state: the feed's current version; a step is consumed per request.
          let version = 1;
          let queue: Step[] = [];
          const served: Step[] = [];
          const feedFor = (v: number) => feedOf(`v${v}-a`, `v${v}-b`);
          msw.resetHandlers();
          msw.use(
            http.get(url, async ({ request }) => {
              tally.add('requests');
              const step = queue.shift() ?? 'ok-same';
              served.push(step);
              if (step !== 'ok-same' && step !== 'ok-new' && step !== 'revalidate') tally.add('faults');
              const tag = `"v${version}"`;
              switch (step) {
                case 'ok-new':
                  version++;
                  return HttpResponse.json(feedFor(version), { headers: { ETag: `"v${version}"` } });
                case 'ok-same':
                  return HttpResponse.json(feedFor(version), { headers: { ETag: tag } });
                case 'revalidate':
                  return request.headers.get('if-none-match') === tag
                    ? new HttpResponse(null, { status: 304, headers: { ETag: tag } })
                    : HttpResponse.json(feedFor(version), { headers: { ETag: tag } });
                case 'offline':
                  return HttpResponse.error();
                case 'slow':
                  await delay(120);
                  return HttpResponse.json(feedFor(version), { headers: { ETag: tag } });
                case 'truncated':
                  return new HttpResponse(JSON.stringify(feedFor(version)).slice(0, 30), { headers: { 'content-type': 'application/json' } });
                case 'html':
                  return new HttpResponse('<html><body>Maintenance</body></html>', { headers: { 'content-type': 'text/html' } });
                case 'empty':
                  return new HttpResponse('', { headers: { 'content-type': 'application/json' } });
                default:
                  return new HttpResponse(null, { status: Number(step), headers: step === '429' || step === '503' ? { 'Retry-After': '0' } : {} });
              }
            }),
          );
          const client = createClient({
            feeds: url,
            cache: withCache ? memoryCache() : false,
            retry: { limit, delay: () => 1, backoffLimit: 2, maxRetryAfter: 10 },
            timeout: 40,
          });
          // The model's view of the cache: the ids and ETag of the last good copy.
          let cached: { ids: string[]; etag?: string } | undefined;
          for (const steps of loads) {
            queue = [...steps];
            served.length = 0;
            // What the model expects, request by request.
            let requests = 0;
            let final: Step = 'ok-same';
            let v = version;
            for (;;) {
              const step = steps[requests] ?? 'ok-same';
              requests++;
              if (step === 'ok-new') v++;
              if (RETRYABLE.has(step) && requests <= limit) continue;
              final = step;
              break;
            }
            let result: ClientResult | undefined;
            let error: unknown;
            try {
              result = await client.load();
            } catch (e) {
              error = e;
            }
            assert.equal(served.length, requests, `requests for ${JSON.stringify(steps)} (limit ${limit})`);
            assert.ok(served.length <= limit + 1);
            const fresh = [`v${v}-a`, `v${v}-b`];
            const failed = HTTP_ERROR.has(final) || final === 'offline' || final === 'slow';
            const notModified = final === 'revalidate' && cached?.etag === `"v${v}"`;
            if (failed) {
              if (cached) {
                assert.ok(result, `a cached copy exists, so ${final} must not reject`);
                assertStale(result, url, cached.ids, final === 'offline' ? 'FeedNetworkError' : final === 'slow' ? 'FeedTimeoutError' : 'FeedHttpError');
              } else {
                assert.ok(error, `no cache: ${final} rejects`);
                assertClear(error as Error, url, final === 'offline' ? 'FeedNetworkError' : final === 'slow' ? 'FeedTimeoutError' : 'FeedHttpError');
              }
            } else if (final === 'truncated' || final === 'html' || final === 'empty') {
              // Not a feed: an error (never an empty list), or the last good copy, marked stale, saying why.
              if (cached) {
                assert.ok(result, `${final}: a cached copy exists, so it must not reject`);
                assert.ok(result.issues.some((i) => i.severity === 'error' && i.path.length === 0), `${final}: a feed-level error`);
                assertStale(result, url, cached.ids, 'FeedUnreadableError');
              } else {
                assert.ok(error, `no cache: ${final} rejects`);
                assertClear(error as Error, url, 'FeedUnreadableError');
                assert.ok((error as FeedUnreadableError).issues.some((i) => i.severity === 'error' && i.path.length === 0), `${final}: a feed-level error`);
              }
            } else {
              assert.ok(result, `${final} loads`);
              assert.equal(result.sources[0]!.state, 'loaded');
              assert.deepEqual(ids(result), notModified ? cached!.ids : fresh);
              if (withCache) cached = { ids: notModified ? cached!.ids : fresh, etag: `"v${v}"` };
            }
          }
          // The cache holds the last good copy.
          const peeked = await client.peek();
          assert.deepEqual(peeked?.opportunities.map((o) => o.id), cached?.ids);
        },
      ),
      params(60),
    );
  });
});

describe('faults: the end', () => {
  it('no unhandled rejection happened', async () => {
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(unhandled, []);
  });
});
