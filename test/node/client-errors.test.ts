/**
 * An answer that is not a feed is an error, not an empty list: an HTML page served with 200 (a CMS's "not found" page,
 * a sign-in page), JSON of another shape, an empty body. A valid feed with `opportunities: []` is an empty list. And a
 * failed feed is named so that two feeds on one host can be told apart.
 */
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  createClient,
  feedLabel,
  FeedLoadError,
  FeedUnreadableError,
  isFeedError,
  memoryCache,
  sourceNames,
} from '../../src/sdk/client/index.js';
import { createFormatsClient } from '../../src/formats/reader.js';

const BASE = 'https://feeds.example.eu';
const item = (id: string) => ({ id, kind: 'staff-week', title: { en: `Week ${id}` }, provider: { name: 'Ghent University', country: 'BE' } });
const feed = (ids: string[], extra: Record<string, unknown> = {}) => ({ version: '1', language: 'en', opportunities: ids.map(item), ...extra });
const fast = { retry: 0, cache: false as const };

const NOT_FOUND_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Page not found – Example University</title>' +
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Page not found"}</script>' +
  '</head><body><h1>Sorry, this page does not exist</h1></body></html>';
const LOGIN_PAGE = '<html><head><title>Sign in</title></head><body><form method="post"><input name="user"></form></body></html>';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

const html = (body: string, type = 'text/html; charset=utf-8') => new HttpResponse(body, { headers: { 'content-type': type } });

async function unreadable(feeds: string, options: Record<string, unknown> = {}): Promise<FeedUnreadableError> {
  let caught: unknown;
  await assert.rejects(createClient({ feeds, ...fast, ...options }).load(), (e: unknown) => ((caught = e), true));
  assert.ok(caught instanceof FeedUnreadableError, `expected FeedUnreadableError, got ${String(caught)}`);
  assert.equal(caught.name, 'FeedUnreadableError');
  assert.ok(isFeedError(caught));
  assert.equal(caught.url, feeds);
  assert.ok(caught.issues.length > 0, 'the issues say why');
  assert.ok(caught.issues.every((i) => i.path.length === 0));
  return caught;
}

describe('createClient: an answer that is not a feed', () => {
  it('rejects an HTML "not found" page served with 200 (with schema.org WebPage JSON-LD, as CMSs add)', async () => {
    server.use(http.get(`${BASE}/events.json`, () => html(NOT_FOUND_PAGE)));
    const e = await unreadable(`${BASE}/events.json`);
    assert.match(e.issues[0]!.message, /^\(feed\): the server sent a web page, not a feed/);
    assert.equal(e.issues[0]!.severity, 'error');
    assert.match(e.message, /events\.json returned something that is not a readable feed: \(feed\): the server sent a web page/);
  });

  it('rejects a sign-in page, also when the server calls it text/plain or JSON', async () => {
    for (const type of ['text/html', 'text/plain', 'application/json']) {
      server.resetHandlers();
      server.use(http.get(`${BASE}/login.json`, () => html(LOGIN_PAGE, type)));
      const e = await unreadable(`${BASE}/login.json`);
      assert.ok(e.issues.some((i) => i.severity === 'error'), type);
    }
  });

  it('rejects JSON that has no feed shape, and an empty body', async () => {
    server.use(
      http.get(`${BASE}/api.json`, () => HttpResponse.json({ error: 'not found', status: 404 })),
      http.get(`${BASE}/list.json`, () => HttpResponse.json([])),
      http.get(`${BASE}/empty.json`, () => new HttpResponse('', { headers: { 'content-type': 'application/json' } })),
      http.get(`${BASE}/truncated.json`, () => html('{"version":"1","opportunities":[', 'application/json')),
    );
    assert.match((await unreadable(`${BASE}/api.json`)).issues.find((i) => i.severity === 'error')!.message, /no 'opportunities' array/);
    assert.match((await unreadable(`${BASE}/list.json`)).message, /expected a JSON object/);
    assert.match((await unreadable(`${BASE}/empty.json`)).message, /empty/);
    assert.match((await unreadable(`${BASE}/truncated.json`)).message, /not valid JSON/);
  });

  it('keeps a valid empty feed an empty list, also when served as text/html', async () => {
    for (const type of ['application/json', 'text/html']) {
      server.resetHandlers();
      server.use(http.get(`${BASE}/none.json`, () => html(JSON.stringify(feed([])), type)));
      const res = await createClient({ feeds: `${BASE}/none.json`, ...fast }).load();
      assert.equal(res.opportunities.length, 0, type);
      assert.equal(res.sources[0]!.state, 'loaded', type);
      assert.equal(res.sources[0]!.error, undefined, type);
      assert.deepEqual(res.issues.filter((i) => i.severity === 'error'), [], type);
    }
  });

  it('reads a page that the source declares as one (format: html) as a page: no events is an empty list', async () => {
    server.use(http.get(`${BASE}/events/`, () => html(NOT_FOUND_PAGE)));
    const res = await createFormatsClient({ feeds: [{ url: `${BASE}/events/`, format: 'html' }], ...fast }).load();
    assert.equal(res.opportunities.length, 0);
    assert.equal(res.sources[0]!.state, 'loaded');
  });

  it('never caches what is not a feed, and shows the last good copy (stale) instead', async () => {
    let good = false;
    server.use(http.get(`${BASE}/flip.json`, () => (good ? HttpResponse.json(feed(['g1'])) : html(LOGIN_PAGE))));
    const cache = memoryCache();
    const client = createClient({ feeds: `${BASE}/flip.json`, retry: 0, cache });
    await assert.rejects(client.load(), FeedUnreadableError);
    assert.equal(await client.peek(), undefined, 'the page was not kept');
    good = true;
    await client.load();
    good = false;
    const res = await client.load();
    assert.deepEqual(res.opportunities.map((o) => o.id), ['g1']);
    assert.equal(res.sources[0]!.state, 'stale');
    assert.equal(res.sources[0]!.error?.name, 'FeedUnreadableError');
    assert.ok(res.sources[0]!.error?.issues?.some((i) => /web page/.test(i.message)));
  });
});

describe('createClient: several feeds, one is not a feed', () => {
  it('keeps the others: the page is a failed source (with its issues), not a total error', async () => {
    server.use(
      http.get(`${BASE}/a.json`, () => HttpResponse.json(feed(['a1', 'a2']))),
      http.get(`${BASE}/b.json`, () => html(NOT_FOUND_PAGE)),
    );
    const res = await createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast }).load();
    assert.equal(res.opportunities.length, 2);
    assert.deepEqual(res.sources.map((s) => s.state), ['loaded', 'failed']);
    const failed = res.sources[1]!;
    assert.equal(failed.error?.name, 'FeedUnreadableError');
    assert.match(failed.error!.issues![0]!.message, /web page, not a feed/);
    assert.equal(failed.count, 0);
    assert.ok(failed.errors >= 1);
    assert.equal(failed.title, undefined, "the page's <title> does not name the feed");
    const issue = res.issues.find((i) => /web page, not a feed/.test(i.message));
    assert.equal(issue?.source, `${BASE}/b.json`, 'the reason is among the issues, with its source');
  });

  it('rejects with every error when no feed is one', async () => {
    server.use(
      http.get(`${BASE}/a.json`, () => html(LOGIN_PAGE)),
      http.get(`${BASE}/b.json`, () => HttpResponse.json({ items: [] })),
    );
    await assert.rejects(createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast }).load(), (e: unknown) => {
      assert.ok(e instanceof FeedLoadError);
      assert.deepEqual(e.errors.map((x) => x.name), ['FeedUnreadableError', 'FeedUnreadableError']);
      return true;
    });
  });

  it('names a failed feed by its title and publisher from an earlier load of the same client', async () => {
    let up = true;
    server.use(
      http.get(`${BASE}/a.json`, () => HttpResponse.json(feed(['a1']))),
      http.get(`${BASE}/b.json`, () =>
        up ? HttpResponse.json(feed(['b1'], { title: 'Staff weeks', publisher: { name: 'Ghent University' } })) : new HttpResponse(null, { status: 500 }),
      ),
    );
    const client = createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast });
    const first = await client.load();
    assert.equal(first.sources[1]!.publisher, 'Ghent University');
    up = false;
    const res = await client.load();
    assert.equal(res.sources[1]!.state, 'failed');
    assert.equal(res.sources[1]!.title, 'Staff weeks');
    assert.equal(res.sources[1]!.publisher, 'Ghent University');
    const fresh = await createClient({ feeds: [`${BASE}/a.json`, `${BASE}/b.json`], ...fast }).load();
    assert.equal(fresh.sources[1]!.title, undefined, 'a client that never loaded it knows no name');
  });
});

describe('feed names', () => {
  it('feedLabel: host and path, without www, query, fragment or credentials; a port is kept', () => {
    assert.equal(feedLabel('https://www.ugent.be/feeds/staff.json?key=s3cret&lang=en#x'), 'ugent.be/feeds/staff.json');
    assert.equal(feedLabel('https://user:pass@example.org/feed/'), 'example.org/feed');
    assert.equal(feedLabel('http://localhost:8001/a.json'), 'localhost:8001/a.json');
    assert.equal(feedLabel('https://example.org/'), 'example.org');
    assert.equal(feedLabel('https://example.org/f%C3%A9ed.json'), 'example.org/féed.json');
    assert.equal(feedLabel('not a url?token=1'), 'not a url');
  });

  it('sourceNames: two feeds on one host get two names', () => {
    assert.deepEqual(sourceNames([{ url: 'http://localhost:8000/a.json' }, { url: 'http://localhost:8000/b.json' }]), [
      'localhost:8000/a.json',
      'localhost:8000/b.json',
    ]);
  });

  it('sourceNames: a title or publisher when known, addresses when they would be the same', () => {
    assert.deepEqual(
      sourceNames([
        { url: 'https://uni.example/a.json', title: 'Staff weeks' },
        { url: 'https://uni.example/b.json', publisher: 'Uni Example' },
        { url: 'https://uni.example/c.json' },
      ]),
      ['Staff weeks', 'Uni Example', 'uni.example/c.json'],
    );
    assert.deepEqual(
      sourceNames([
        { url: 'https://uni.example/staff.json', publisher: 'Uni Example' },
        { url: 'https://uni.example/courses.json', publisher: 'Uni Example' },
      ]),
      ['uni.example/staff.json', 'uni.example/courses.json'],
    );
  });

  it('sourceNames: a long path is shortened unless that makes two names one; the same path is numbered', () => {
    const long = 'https://www.example.org/sites/default/files/international/mobility/';
    assert.deepEqual(sourceNames([{ url: `${long}staff.json` }]), ['example.org/…/staff.json']);
    assert.deepEqual(sourceNames([{ url: `${long}a/feed.json` }, { url: `${long}b/feed.json` }]), [
      'example.org/sites/default/files/international/mobility/a/feed.json',
      'example.org/sites/default/files/international/mobility/b/feed.json',
    ]);
    assert.deepEqual(sourceNames([{ url: 'https://x.example/feed.php?cat=1&key=a' }, { url: 'https://x.example/feed.php?cat=2&key=a' }]), [
      'x.example/feed.php (1)',
      'x.example/feed.php (2)',
    ]);
  });
});

describe('one error model: configuration mistakes, per-kind guards, ky errors wrapped once', () => {
  it('no feed URL is a FeedConfigError, not a network error', async () => {
    const { FeedConfigError, isFeedConfigError, isFeedNetworkError } = await import('../../src/sdk/client/index.js');
    await assert.rejects(createClient({ feeds: '  ', ...fast }).load(), (e: unknown) => {
      assert.ok(e instanceof FeedConfigError);
      assert.equal((e as Error).name, 'FeedConfigError');
      assert.ok(isFeedConfigError(e) && isFeedError(e) && !isFeedNetworkError(e));
      assert.match((e as Error).message, /no feed URL given/);
      return true;
    });
  });

  it('a URL with a scheme fetch cannot load is a FeedConfigError for that source; the others still load', async () => {
    const { isFeedConfigError } = await import('../../src/sdk/client/index.js');
    let requests = 0;
    server.use(http.get(`${BASE}/ok.json`, () => (requests++, HttpResponse.json(feed(['a'])))));
    await assert.rejects(createClient({ feeds: 'ftp://feeds.example.eu/x.json', ...fast }).load(), (e: unknown) => {
      assert.ok(isFeedConfigError(e));
      assert.match((e as Error).message, /must start with https:\/\/ or http:\/\/ \(not ftp:\)/);
      return true;
    });
    const r = await createClient({ feeds: ['htps://feeds.example.eu/typo.json', `${BASE}/ok.json`], ...fast }).load();
    assert.equal(r.opportunities.length, 1);
    assert.equal(r.sources[0]!.state, 'failed');
    assert.equal(r.sources[0]!.error!.name, 'FeedConfigError');
    assert.equal(requests, 1);
  });

  it('guards work by name, so an error from another copy of the package (or another realm) is recognised', async () => {
    const guards = await import('../../src/sdk/client/index.js');
    const foreign = Object.assign(new Error('GET x failed with HTTP 500'), { name: 'FeedHttpError', status: 500 });
    assert.ok(guards.isFeedHttpError(foreign));
    assert.ok(guards.isFeedError(foreign));
    assert.ok(!guards.isFeedTimeoutError(foreign));
    for (const name of guards.FEED_ERROR_NAMES) {
      const key = `is${name}` as keyof typeof guards;
      assert.equal(typeof guards[key], 'function', `${key} exists`);
      assert.ok((guards[key] as (e: unknown) => boolean)({ name }), `${key} recognises ${name}`);
      assert.ok(!(guards[key] as (e: unknown) => boolean)({ name: 'Error' }));
    }
    assert.ok(!guards.isFeedError(new Error('x')));
    assert.ok(!guards.isFeedError(null));
  });

  /** The chain of `cause`s, by name. */
  const chain = (e: unknown): string[] => {
    const out: string[] = [];
    for (let c = e; c && typeof c === 'object' && out.length < 10; c = (c as { cause?: unknown }).cause) out.push((c as Error).name);
    return out;
  };

  it('an HTTP error is the client error with ky\'s HTTPError as its cause: wrapped once', async () => {
    server.use(http.get(`${BASE}/gone.json`, () => new HttpResponse(null, { status: 404 })));
    await assert.rejects(createClient({ feeds: `${BASE}/gone.json`, ...fast }).load(), (e: unknown) => {
      assert.deepEqual(chain(e), ['FeedHttpError', 'HTTPError']);
      assert.equal(((e as Error).cause as { response: Response }).response.status, 404);
      return true;
    });
  });

  it('a timeout is FeedTimeoutError caused by ky\'s TimeoutError; a network failure FeedNetworkError caused by fetch\'s error', async () => {
    server.use(
      http.get(`${BASE}/slow.json`, async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json(feed(['late']));
      }),
      http.get(`${BASE}/down.json`, () => HttpResponse.error()),
    );
    await assert.rejects(createClient({ feeds: `${BASE}/slow.json`, ...fast, timeout: 30 }).load(), (e: unknown) => {
      assert.deepEqual(chain(e), ['FeedTimeoutError', 'TimeoutError']);
      return true;
    });
    await assert.rejects(createClient({ feeds: `${BASE}/down.json`, ...fast }).load(), (e: unknown) => {
      const names = chain(e);
      assert.equal(names[0], 'FeedNetworkError');
      assert.equal(names[1], 'TypeError');
      assert.ok(!names.slice(1).some((n) => /^Feed|HTTPError|TimeoutError/.test(n)), `one wrapper: ${names.join(' ← ')}`);
      return true;
    });
  });
});
