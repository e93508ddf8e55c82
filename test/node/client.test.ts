import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import {
  createClient,
  memoryCache,
  FeedHttpError,
  FeedLoadError,
  FeedUnreadableError,
  isFeedError,
} from '../../src/sdk/client/index.js';
import { createFormatsClient, formatsReader } from '../../src/formats/reader.js';

const BASE = 'https://feeds.example.eu';
const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'staff-week',
  title: { en: `Week ${id}` },
  provider: { name: 'Ghent University', country: 'BE' },
  ...extra,
});
const feed = (...ids: string[]) => ({ version: '1', language: 'en', publisher: { name: 'UGent', url: 'https://www.ugent.be' }, opportunities: ids.map((i) => item(i)) });

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** Fast retries for tests: no backoff wait. */
const fast = { retry: { limit: 2, delay: () => 1, backoffLimit: 5 }, cache: false as const };

describe('createClient', () => {
  it('loads one feed (200) and reports the source as loaded', async () => {
    server.use(http.get(`${BASE}/a.json`, () => HttpResponse.json(feed('x', 'y'))));
    const res = await createClient({ feeds: `${BASE}/a.json`, ...fast }).load();
    assert.deepEqual(res.opportunities.map((o) => o.id), ['x', 'y']);
    assert.equal(res.sources.length, 1);
    assert.equal(res.sources[0]!.state, 'loaded');
    assert.equal(res.sources[0]!.count, 2);
    assert.equal(res.sources[0]!.homepage, 'https://www.ugent.be');
    assert.equal(res.stale, false);
  });

  it('splits a space-separated feed list like the feed attribute', () => {
    const c = createClient({ feeds: `${BASE}/a.json   ${BASE}/b.json ${BASE}/a.json`, ...fast });
    assert.deepEqual(c.feeds, [`${BASE}/a.json`, `${BASE}/b.json`]);
  });

  it('rejects a 404 with an HTTP error naming the URL and status, without retrying', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/missing.json`, () => (calls++, new HttpResponse('nope', { status: 404, statusText: 'Not Found' }))));
    await assert.rejects(createClient({ feeds: `${BASE}/missing.json`, ...fast }).load(), (e: unknown) => {
      assert.ok(e instanceof FeedHttpError);
      assert.equal(e.name, 'FeedHttpError');
      assert.equal(e.status, 404);
      assert.match(e.message, /GET https:\/\/feeds\.example\.eu\/missing\.json failed with HTTP 404/);
      assert.ok(isFeedError(e));
      return true;
    });
    assert.equal(calls, 1);
  });

  it('retries a 500 and succeeds on the next 200', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/flaky.json`, () => (++calls === 1 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(feed('ok')))),
    );
    const res = await createClient({ feeds: `${BASE}/flaky.json`, ...fast }).load();
    assert.equal(calls, 2);
    assert.deepEqual(res.opportunities.map((o) => o.id), ['ok']);
  });

  it('honours Retry-After on 429 and gives up after the retry limit', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE}/busy.json`, () => {
        times.push(Date.now());
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } });
      }),
    );
    await assert.rejects(
      createClient({ feeds: `${BASE}/busy.json`, cache: false, retry: { limit: 1, delay: () => 1 } }).load(),
      (e: unknown) => e instanceof FeedHttpError && e.status === 429,
    );
    assert.equal(times.length, 2, 'one retry');
    assert.ok(times[1]! - times[0]! >= 900, `waited for Retry-After (waited ${times[1]! - times[0]!} ms)`);
  });

  it('tells a timeout apart from a network error', async () => {
    server.use(
      http.get(`${BASE}/slow.json`, async () => {
        await delay(500);
        return HttpResponse.json(feed('late'));
      }),
      http.get(`${BASE}/down.json`, () => HttpResponse.error()),
    );
    await assert.rejects(createClient({ feeds: `${BASE}/slow.json`, ...fast, timeout: 50 }).load(), { name: 'FeedTimeoutError' });
    await assert.rejects(createClient({ feeds: `${BASE}/down.json`, ...fast }).load(), (e: Error) => {
      assert.equal(e.name, 'FeedNetworkError');
      assert.match(e.message, /down\.json failed: network error/);
      return true;
    });
  });

  it('aborts when the signal aborts', async () => {
    server.use(http.get(`${BASE}/slow.json`, async () => (await delay(1000), HttpResponse.json(feed('x')))));
    const ctrl = new AbortController();
    const p = createClient({ feeds: `${BASE}/slow.json`, ...fast }).load({ signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    await assert.rejects(p, { name: 'FeedAbortError' });
  });

  it('keeps the other feeds when one fails, and reports the failure', async () => {
    server.use(
      http.get(`${BASE}/a.json`, () => HttpResponse.json(feed('a1', 'a2'))),
      http.get(`${BASE}/b.json`, () => new HttpResponse(null, { status: 503 })),
    );
    const res = await createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast }).load();
    assert.equal(res.opportunities.length, 2);
    assert.deepEqual(res.sources.map((s) => s.state), ['loaded', 'failed']);
    assert.equal(res.sources[1]!.error?.status, 503);
    assert.match(res.sources[1]!.error!.message, /b\.json failed with HTTP 503/);
  });

  it('rejects with every error when all feeds fail', async () => {
    server.use(
      http.get(`${BASE}/a.json`, () => new HttpResponse(null, { status: 404 })),
      http.get(`${BASE}/b.json`, () => HttpResponse.error()),
    );
    await assert.rejects(createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast }).load(), (e: unknown) => {
      assert.ok(e instanceof FeedLoadError);
      assert.deepEqual(e.errors.map((x) => x.name), ['FeedHttpError', 'FeedNetworkError']);
      return true;
    });
  });

  it('rejects invalid JSON as not a feed, with the issue, not a crash', async () => {
    server.use(http.get(`${BASE}/broken.json`, () => new HttpResponse('{"version":"1","opportunities":[', { headers: { 'content-type': 'application/json' } })));
    await assert.rejects(createClient({ feeds: `${BASE}/broken.json`, ...fast }).load(), (e: unknown) => {
      assert.ok(e instanceof FeedUnreadableError);
      assert.equal(e.issues[0]!.path.length, 0);
      assert.match(e.issues[0]!.message, /not valid JSON/);
      return true;
    });
  });

  it('decodes invalid UTF-8 with a warning and keeps the items', async () => {
    // An invalid byte inside a string value (as a Latin-1 export would leave): the JSON stays parseable.
    const text = JSON.stringify(feed('cafe'));
    const at = text.indexOf('Week') + 4;
    const enc = new TextEncoder();
    const body = new Uint8Array([...enc.encode(text.slice(0, at)), 0xe9, ...enc.encode(text.slice(at))]);
    server.use(http.get(`${BASE}/latin.json`, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } })));
    const res = await createClient({ feeds: `${BASE}/latin.json`, ...fast }).load();
    assert.equal(res.opportunities.length, 1);
    assert.ok(res.issues.some((i) => i.severity === 'warning' && /not valid UTF-8/.test(i.message)));
    assert.match(Object.values(res.opportunities[0]!.title)[0]!, /\uFFFD/);
  });

  it('refuses a feed over maxBytes', async () => {
    server.use(http.get(`${BASE}/huge.json`, () => HttpResponse.json(feed(...Array.from({ length: 500 }, (_, i) => `i${i}`)))));
    await assert.rejects(createClient({ feeds: `${BASE}/huge.json`, ...fast, maxBytes: 10_000 }).load(), { name: 'FeedTooLargeError' });
  });

  it('parses a large feed (10,000 items)', async () => {
    const big = feed(...Array.from({ length: 10_000 }, (_, i) => `i${i}`));
    server.use(http.get(`${BASE}/big.json`, () => HttpResponse.json(big)));
    const res = await createClient({ feeds: `${BASE}/big.json`, ...fast }).load();
    assert.equal(res.opportunities.length, 10_000);
  });
});

describe('stale-while-revalidate cache', () => {
  it('revalidates with If-None-Match and uses the cached copy on 304', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/etag.json`, ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        if (request.headers.get('if-none-match') === '"v1"') return new HttpResponse(null, { status: 304 });
        return HttpResponse.json(feed('e1'), { headers: { ETag: '"v1"' } });
      }),
    );
    const cache = memoryCache();
    const client = createClient({ feeds: `${BASE}/etag.json`, cache, retry: 0 });
    assert.equal(await client.peek(), undefined);
    const first = await client.load();
    const second = await client.load();
    assert.deepEqual(seen, [null, '"v1"']);
    assert.deepEqual(second.opportunities.map((o) => o.id), ['e1']);
    assert.equal(second.sources[0]!.state, 'loaded');
    assert.equal(first.stale, false);
  });

  it('shows the last good copy, marked stale, when the feed goes down', async () => {
    let up = true;
    server.use(
      http.get(`${BASE}/sometimes.json`, () => (up ? HttpResponse.json(feed('s1')) : new HttpResponse(null, { status: 500 }))),
    );
    const cache = memoryCache();
    const client = createClient({ feeds: `${BASE}/sometimes.json`, cache, retry: { limit: 1, delay: () => 1 } });
    await client.load();
    up = false;
    const res = await client.load();
    assert.equal(res.stale, true);
    assert.equal(res.sources[0]!.state, 'stale');
    assert.equal(res.sources[0]!.error?.status, 500);
    assert.deepEqual(res.opportunities.map((o) => o.id), ['s1']);
    const peeked = await client.peek();
    assert.equal(peeked?.sources[0]!.state, 'stale', 'a cached copy is never shown as fresh');
  });

  it('keeps showing the good copy, marked stale, when the feed comes back unreadable', async () => {
    let good = true;
    server.use(http.get(`${BASE}/flip.json`, () => (good ? HttpResponse.json(feed('g1')) : new HttpResponse('{"version":"1","opportunities":[{"id"', { headers: { 'content-type': 'application/json' } }))));
    const cache = memoryCache();
    const client = createClient({ feeds: `${BASE}/flip.json`, cache, retry: 0 });
    await client.load();
    good = false;
    const broken = await client.load();
    assert.deepEqual(broken.opportunities.map((o) => o.id), ['g1']);
    assert.equal(broken.sources[0]!.state, 'stale');
    assert.equal(broken.sources[0]!.error?.name, 'FeedUnreadableError');
    assert.match(broken.sources[0]!.error!.message, /flip\.json returned something that is not a readable feed.*not valid JSON/);
    assert.ok(broken.issues.some((i) => /not valid JSON/.test(i.message)), 'the reason is among the issues');
    const peeked = await client.peek();
    assert.deepEqual(peeked?.opportunities.map((o) => o.id), ['g1'], 'the good copy was not replaced');
  });

});

describe('other encodings and formats', () => {
  it('decodes a feed that declares charset=windows-1252', async () => {
    const csv = 'id;kind;title;provider.name;provider.country\r\nw1;course;Caf\xe9 \x80 course;Göteborgs universitet;SE\r\n';
    const bytes = Uint8Array.from(csv, (c) => c.charCodeAt(0) & 0xff);
    server.use(http.get(`${BASE}/latin1.csv`, () => new HttpResponse(bytes, { headers: { 'content-type': 'text/csv; charset=windows-1252' } })));
    const res = await createFormatsClient({ feeds: `${BASE}/latin1.csv`, ...fast }).load();
    assert.equal(res.opportunities.length, 1, JSON.stringify(res.issues));
    assert.equal(Object.values(res.opportunities[0]!.title)[0], 'Café € course');
  });

  it('decodes a JSON feed in windows-1252 without the format readers (decodeText lives in the SDK)', async () => {
    const json = JSON.stringify(feed('w2')).replace('Week w2', 'Caf\xe9 \x80 week');
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0) & 0xff);
    server.use(http.get(`${BASE}/latin1.json`, () => new HttpResponse(bytes, { headers: { 'content-type': 'application/json; charset=windows-1252' } })));
    const res = await createClient({ feeds: `${BASE}/latin1.json`, ...fast }).load();
    assert.equal(Object.values(res.opportunities[0]!.title)[0], 'Café € week');
  });

  it('the SDK client reads JSON only: another format is unreadable, with the way to read it', async () => {
    server.use(http.get(`${BASE}/plain.csv`, () => new HttpResponse('id,kind\r\nx,course\r\n', { headers: { 'content-type': 'text/csv' } })));
    await assert.rejects(createClient({ feeds: `${BASE}/plain.csv`, ...fast }).load(), (e: Error) => {
      assert.equal(e.name, 'FeedUnreadableError');
      assert.match(e.message, /this is not JSON; this client reads JSON feeds only. For other formats use createFormatsClient\(\) from 'opportunity-kit\/formats'/);
      return true;
    });
    const res = await createClient({ feeds: `${BASE}/plain.csv`, ...fast, read: formatsReader }).load();
    assert.equal(res.sources[0]!.state, 'loaded');
  });

  it('reads an iCalendar feed through the lazily loaded format readers', async () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:ev-1@example.eu', 'DTSTAMP:20261101T000000Z',
      'DTSTART;VALUE=DATE:20270510', 'DTEND;VALUE=DATE:20270515', 'SUMMARY:Library staff week', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    server.use(http.get(`${BASE}/events.ics`, () => new HttpResponse(ics, { headers: { 'content-type': 'text/calendar' } })));
    const client = createFormatsClient({ feeds: `${BASE}/events.ics`, ...fast });
    const res = await client.load();
    assert.equal(res.issues.filter((i) => i.severity === 'error').length, 1, 'no provider in a calendar: reported');
    const withDefaults = await createFormatsClient({
      feeds: [{ url: `${BASE}/events.ics`, defaults: { kind: 'staff-week', provider: { name: 'Ghent University', country: 'BE' } } }],
      ...fast,
    }).load();
    assert.equal(withDefaults.opportunities.length, 1);
    assert.equal(withDefaults.opportunities[0]!.end, '2027-05-14');
  });
});

describe('createClient: one request for identical loads in flight', () => {
  // No custom retry delay and no custom fetch: the conditions under which downloads are shared.
  const plain = { retry: { limit: 0 }, cache: false as const };

  it('serves clients that load the same feed at once with one request, each with its own result', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/shared.json`, async () => (calls++, await delay(30), HttpResponse.json(feed('x', 'y')))));
    const clients = Array.from({ length: 5 }, () => createClient({ feeds: `${BASE}/shared.json`, ...plain }));
    const results = await Promise.all(clients.map((c) => c.load()));
    assert.equal(calls, 1);
    for (const r of results) assert.deepEqual(r.opportunities.map((o) => o.id), ['x', 'y']);
    // Separate objects: one view changing its copy does not change another's.
    assert.notEqual(results[0]!.opportunities[0], results[1]!.opportunities[0]);
  });

  it('does not share across time: a later load makes its own request', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/later.json`, () => (calls++, HttpResponse.json(feed('x')))));
    await createClient({ feeds: `${BASE}/later.json`, ...plain }).load();
    await createClient({ feeds: `${BASE}/later.json`, ...plain }).load();
    assert.equal(calls, 2);
  });

  it('one caller aborting leaves the others their result; the last one leaving aborts the request', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/slow-shared.json`, async () => (calls++, await delay(150), HttpResponse.json(feed('x')))));
    const stay = createClient({ feeds: `${BASE}/slow-shared.json`, ...plain }).load();
    const ctrl = new AbortController();
    const leave = createClient({ feeds: `${BASE}/slow-shared.json`, ...plain }).load({ signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    await assert.rejects(leave, { name: 'FeedAbortError' });
    assert.deepEqual((await stay).opportunities.map((o) => o.id), ['x']);
    assert.equal(calls, 1);

    // Both leave: the shared request is aborted and dropped, and the next load starts a new one instead of joining it.
    const aborted: boolean[] = [];
    server.use(
      http.get(`${BASE}/slow-shared.json`, async ({ request }) => {
        calls++;
        await delay(150);
        aborted.push(request.signal.aborted);
        return HttpResponse.json(feed('x'));
      }),
    );
    const a = new AbortController();
    const b = new AbortController();
    const pa = createClient({ feeds: `${BASE}/slow-shared.json`, ...plain }).load({ signal: a.signal });
    const pb = createClient({ feeds: `${BASE}/slow-shared.json`, ...plain }).load({ signal: b.signal });
    setTimeout(() => (a.abort(), b.abort()), 20);
    await assert.rejects(pa, { name: 'FeedAbortError' });
    await assert.rejects(pb, { name: 'FeedAbortError' });
    const next = await createClient({ feeds: `${BASE}/slow-shared.json`, ...plain }).load();
    assert.deepEqual(next.opportunities.map((o) => o.id), ['x']);
    assert.equal(calls, 3);
    assert.deepEqual(aborted, [true, false], 'the request both callers left was aborted; the next one was not');
  });

  it('a caller without a signal keeps the request alive when callers with signals leave', async () => {
    let calls = 0;
    const aborted: boolean[] = [];
    server.use(
      http.get(`${BASE}/kept.json`, async ({ request }) => {
        calls++;
        await delay(100);
        aborted.push(request.signal.aborted);
        return HttpResponse.json(feed('x'));
      }),
    );
    const ctrl = new AbortController();
    const leave = createClient({ feeds: `${BASE}/kept.json`, ...plain }).load({ signal: ctrl.signal });
    const stay = createClient({ feeds: `${BASE}/kept.json`, ...plain }).load();
    setTimeout(() => ctrl.abort(), 20);
    await assert.rejects(leave, { name: 'FeedAbortError' });
    assert.deepEqual((await stay).opportunities.map((o) => o.id), ['x']);
    assert.equal(calls, 1);
    assert.deepEqual(aborted, [false]);
  });

  it('does not share between clients whose cached copies differ (different If-None-Match)', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/etag.json`, async ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        await delay(20);
        return HttpResponse.json(feed('x'), { headers: { etag: '"v2"' } });
      }),
    );
    const cached = (etag: string) => {
      const cache = memoryCache();
      void cache.set(`${BASE}/etag.json`, { text: JSON.stringify(feed('old')), fetchedAt: '2026-01-01T00:00:00Z', etag });
      return cache;
    };
    await Promise.all([
      createClient({ feeds: `${BASE}/etag.json`, retry: { limit: 0 }, cache: cached('"v1"') }).load(),
      createClient({ feeds: `${BASE}/etag.json`, retry: { limit: 0 }, cache: cached('"v0"') }).load(),
    ]);
    assert.deepEqual(seen.sort(), ['"v0"', '"v1"']);
  });

  it('shares a failure too, each caller getting the error (or its own cached copy)', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/down.json`, async () => (calls++, await delay(20), new HttpResponse(null, { status: 404 }))));
    const results = await Promise.allSettled([1, 2].map(() => createClient({ feeds: `${BASE}/down.json`, ...plain }).load()));
    assert.equal(calls, 1);
    for (const r of results) assert.ok(r.status === 'rejected' && r.reason instanceof FeedHttpError && r.reason.status === 404);
  });

  it('does not share with a custom fetch or custom retry timing', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/own.json`, async () => (calls++, await delay(20), HttpResponse.json(feed('x')))));
    const own = { ...plain, fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init) };
    await Promise.all([1, 2].map(() => createClient({ feeds: `${BASE}/own.json`, ...own }).load()));
    assert.equal(calls, 2);
    await Promise.all([1, 2].map(() => createClient({ feeds: `${BASE}/own.json`, ...fast }).load()));
    assert.equal(calls, 4);
  });
});
