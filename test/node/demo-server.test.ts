/**
 * demo/server.mjs: static pages under a strict CSP, feeds with ETag/304 and gzip and the origin rewritten, no path
 * traversal, and the application endpoint's contract (Idempotency-Key, 201/422, replays, multipart uploads).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { CSP, HUB_FEEDS, PLACEHOLDER_ORIGIN, THANK_YOU, startServer } from '../../demo/server.mjs';
import type { DemoServer } from '../../demo/server.mjs';
import { APPLY_DEMO_ID } from '../../demo/generate.mjs';
import type { SearchResult } from '../../src/sdk/index.js';

const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));

/** A raw request: the path is sent exactly as given (fetch would normalise `..` away). */
function raw(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const lines = (dir: string): Record<string, unknown>[] => {
  const file = join(dir, 'applications.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
};

describe('demo server', () => {
  let demo: DemoServer;
  let received: string;
  const post = (body: unknown, headers: Record<string, string> = {}, query = '') =>
    fetch(`${demo.origin}/api/applications${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const application = (values: Record<string, unknown>) => ({
    opportunityId: APPLY_DEMO_ID,
    values,
    consents: { newsletter: false },
    submittedAt: '2026-11-23T10:00:00.000Z',
    language: 'en',
  });

  before(async () => {
    received = mkdtempSync(join(tmpdir(), 'opp-demo-received-'));
    demo = await startServer({ port: 0, receivedDir: received, hub: false });
  });
  after(async () => {
    await demo.close();
    rmSync(received, { recursive: true, force: true });
  });

  describe('pages', () => {
    it('serves the index with the strict CSP and the bundle as a module script', async () => {
      const res = await fetch(`${demo.origin}/`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/html; charset=utf-8/);
      const csp = res.headers.get('content-security-policy')!;
      assert.equal(csp, CSP);
      for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' https: data:", "connect-src 'self'"]) {
        assert.ok(csp.includes(d), d);
      }
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(await res.text(), /<script type="module" src="\/dist\/opportunity-kit\.js"><\/script>/);
    });

    const pages = readdirSync(DEMO).filter((f) => f.endsWith('.html'));
    it('has the pages the demo promises', () => {
      for (const p of ['index', 'university', 'network', 'partner', 'apply', 'sv', 'nl', 'large', 'cards']) {
        assert.ok(pages.includes(`${p}.html`), `${p}.html`);
      }
    });
    for (const page of pages) {
      it(`${page}: no inline script or style, a language, landmarks and one h1`, async () => {
        const res = await fetch(`${demo.origin}/${page}`);
        assert.equal(res.status, 200);
        const html = await res.text();
        for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\//, `inline script in ${page}: ${tag}`);
        assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/, 'script with a body');
        assert.doesNotMatch(html, /<style\b/i, 'inline <style>');
        assert.doesNotMatch(html, /\sstyle=/i, 'style attribute');
        assert.doesNotMatch(html, /\son[a-z]+=/i, 'inline event handler');
        assert.match(html, /<html lang="(en|sv|nl)">/);
        assert.match(html, /<main\b/);
        assert.equal(html.match(/<h1\b/g)?.length, 1);
        for (const asset of html.match(/(?:src|href)="\/[^"]*\.(?:css|js|svg)"/g) ?? []) {
          const path = asset.replace(/^(?:src|href)="|"$/g, '');
          if (path.startsWith('/dist/')) continue; // built separately
          assert.equal((await fetch(`${demo.origin}${path}`)).status, 200, `${page} links ${path}`);
        }
      });
    }

    it('serves scripts and styles with their types', async () => {
      assert.match((await fetch(`${demo.origin}/cards.js`)).headers.get('content-type')!, /^text\/javascript/);
      assert.match((await fetch(`${demo.origin}/demo.css`)).headers.get('content-type')!, /^text\/css/);
      assert.match((await fetch(`${demo.origin}/favicon.svg`)).headers.get('content-type')!, /^image\/svg\+xml/);
    });
  });

  describe('feeds', () => {
    it('rewrites the placeholder origin to the origin of the request', async () => {
      const text = await (await fetch(`${demo.origin}/data/opportunities.json`)).text();
      assert.ok(!text.includes(PLACEHOLDER_ORIGIN));
      assert.ok(text.includes(`"${demo.origin}/api/applications"`));
      const viaHost = await raw(demo.origin, '/data/university.json', { Host: `localhost:${demo.port}` });
      assert.ok(viaHost.body.toString().includes(`"http://localhost:${demo.port}/api/applications"`));
      const badHost = await raw(demo.origin, '/data/university.json', { Host: 'evil"host' });
      assert.ok(badHost.body.toString().includes(`"${demo.origin}/api/applications"`), 'an odd Host header is not reflected');
    });

    it('answers If-None-Match with 304 and sets Cache-Control', async () => {
      const first = await fetch(`${demo.origin}/data/university.json`);
      const etag = first.headers.get('etag');
      assert.ok(etag);
      assert.equal(first.headers.get('cache-control'), 'no-cache');
      assert.match(first.headers.get('content-type')!, /^application\/json/);
      await first.arrayBuffer();
      const again = await raw(demo.origin, '/data/university.json', { 'If-None-Match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, etag);
      const changed = await raw(demo.origin, '/data/university.json', { 'If-None-Match': '"something-else"' });
      assert.equal(changed.status, 200);
    });

    it('gzips when the client accepts it', async () => {
      const res = await raw(demo.origin, '/data/network.json', { 'Accept-Encoding': 'gzip, deflate' });
      assert.equal(res.headers['content-encoding'], 'gzip');
      assert.equal(res.headers.vary, 'Accept-Encoding');
      assert.equal(JSON.parse(gunzipSync(res.body).toString()).version, '1');
      const plain = await raw(demo.origin, '/data/network.json');
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(JSON.parse(plain.body.toString()).version, '1');
    });
  });

  describe('path traversal and private files', () => {
    const blocked = [
      '/dist/../package.json',
      '/data/../generate.mjs',
      '/data/..%2f..%2fpackage.json',
      '/%2e%2e/package.json',
      '/..%5c..%5cpackage.json',
      '/data/%00.json',
      '/received/applications.jsonl',
      '/server.mjs',
      '/generate.mjs',
      '/content.mjs',
      '/data/',
      '/.gitignore',
    ];
    for (const path of blocked) {
      it(`refuses ${path}`, async () => {
        const res = await raw(demo.origin, path);
        assert.ok([400, 403, 404].includes(res.status), `${path} → ${res.status}`);
        assert.ok(!res.body.toString().includes('"name": "opportunity-kit"'));
      });
    }
  });

  describe('POST /api/applications', () => {
    it('requires an Idempotency-Key (400)', async () => {
      const res = await post(application({ givenName: 'Ana', email: 'ana@example.eu' }));
      assert.equal(res.status, 400);
      assert.match((await res.json()).error, /Idempotency-Key/);
      assert.equal(lines(received).length, 0);
    });

    it('accepts JSON (201) and records one line', async () => {
      const res = await post(application({ givenName: 'Ana', familyName: 'Silva', email: 'ana@example.eu', motivation: 'Open science.' }), {
        'Idempotency-Key': 'key-json-1',
      });
      assert.equal(res.status, 201);
      const body = await res.json();
      assert.match(body.id, /^app-/);
      assert.equal(body.message, THANK_YOU);
      const recorded = lines(received).filter((l) => l.idempotencyKey === 'key-json-1');
      assert.equal(recorded.length, 1);
      assert.equal(recorded[0]!.id, body.id);
      assert.equal(recorded[0]!.opportunityId, APPLY_DEMO_ID);
      assert.deepEqual((recorded[0]!.values as Record<string, string>).givenName, 'Ana');
    });

    it('answers a repeated key with the first response and records it once', async () => {
      const payload = application({ givenName: 'Jan', email: 'jan@example.eu' });
      const first = await post(payload, { 'Idempotency-Key': 'key-twice' });
      const second = await post(payload, { 'Idempotency-Key': 'key-twice' });
      assert.equal(first.status, 201);
      assert.ok([200, 201].includes(second.status));
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await second.json(), await first.json());
      assert.equal(lines(received).filter((l) => l.idempotencyKey === 'key-twice').length, 1);
    });

    it('sends one response to two concurrent requests with the same key', async () => {
      const payload = application({ givenName: 'Eva', email: 'eva@example.eu' });
      const [a, b] = await Promise.all([post(payload, { 'Idempotency-Key': 'key-race' }), post(payload, { 'Idempotency-Key': 'key-race' })]);
      assert.deepEqual(await a.json(), await b.json());
      assert.equal(lines(received).filter((l) => l.idempotencyKey === 'key-race').length, 1);
    });

    it('refuses missing required answers with 422 {errors: {field: message}}, and accepts the corrected retry', async () => {
      const res = await post(application({ givenName: ' ', email: 'not-an-address' }), { 'Idempotency-Key': 'key-422' });
      assert.equal(res.status, 422);
      const { errors } = await res.json();
      assert.equal(typeof errors.givenName, 'string');
      assert.equal(typeof errors.email, 'string');
      assert.equal(lines(received).filter((l) => l.idempotencyKey === 'key-422').length, 0);
      const fixed = await post(application({ givenName: 'Ana', email: 'ana@example.eu' }), { 'Idempotency-Key': 'key-422' });
      assert.equal(fixed.status, 201);
    });

    it('also takes a flat JSON object of answers', async () => {
      const res = await post({ givenName: 'Flat', email: 'flat@example.eu', opportunityId: 'x' }, { 'Idempotency-Key': 'key-flat' });
      assert.equal(res.status, 201);
      const line = lines(received).find((l) => l.idempotencyKey === 'key-flat')!;
      assert.equal(line.opportunityId, 'x');
      assert.deepEqual(line.values, { givenName: 'Flat', email: 'flat@example.eu' });
    });

    it('saves a file sent as multipart/form-data (the shape submitApplication sends)', async () => {
      const pdf = Buffer.from('%PDF-1.4\n% demo CV\n%%EOF\n');
      const form = new FormData();
      form.set('application', JSON.stringify(application({ givenName: 'Mia', email: 'mia@example.eu', cv: { name: 'Mia CV.pdf', size: pdf.length, type: 'application/pdf' } })));
      form.set('cv', new Blob([pdf], { type: 'application/pdf' }), 'Mia CV.pdf');
      const res = await fetch(`${demo.origin}/api/applications`, { method: 'POST', headers: { 'Idempotency-Key': 'key-multipart' }, body: form });
      assert.equal(res.status, 201);
      const line = lines(received).find((l) => l.idempotencyKey === 'key-multipart')!;
      assert.equal((line.values as Record<string, string>).givenName, 'Mia');
      const [file] = line.files as { field: string; filename: string; bytes: number; savedAs: string }[];
      assert.equal(file!.field, 'cv');
      assert.equal(file!.filename, 'Mia CV.pdf');
      assert.equal(file!.bytes, pdf.length);
      assert.match(file!.savedAs, /^files\/app-[\w-]+-cv-Mia_CV\.pdf$/);
      assert.deepEqual(readFileSync(join(received, file!.savedAs)), pdf);
    });

    it('takes flat multipart fields too, and refuses a file over 5 MB with 422', async () => {
      const form = new FormData();
      form.set('givenName', 'Big');
      form.set('email', 'big@example.eu');
      form.set('cv', new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'application/pdf' }), 'big.pdf');
      const res = await fetch(`${demo.origin}/api/applications`, { method: 'POST', headers: { 'Idempotency-Key': 'key-big' }, body: form });
      assert.equal(res.status, 422);
      assert.equal(typeof (await res.json()).errors.cv, 'string');
    });

    it('refuses other content types (415) and other methods (405)', async () => {
      const text = await fetch(`${demo.origin}/api/applications`, { method: 'POST', headers: { 'Idempotency-Key': 'key-text', 'Content-Type': 'text/plain' }, body: 'hi' });
      assert.equal(text.status, 415);
      assert.equal((await fetch(`${demo.origin}/api/applications`)).status, 405);
    });

    it('simulates 503 and 429 for retry demos (?fail=…&times=N, or X-Demo-Fail)', async () => {
      const payload = application({ givenName: 'Rita', email: 'rita@example.eu' });
      const busy = await post(payload, { 'Idempotency-Key': 'key-503' }, '?fail=503&times=1');
      assert.equal(busy.status, 503);
      assert.equal(busy.headers.get('retry-after'), '1');
      const ok = await post(payload, { 'Idempotency-Key': 'key-503' }, '?fail=503&times=1');
      assert.equal(ok.status, 201);
      const limited = await post(payload, { 'Idempotency-Key': 'key-429', 'X-Demo-Fail': '429' });
      assert.equal(limited.status, 429);
      assert.equal(lines(received).filter((l) => l.idempotencyKey === 'key-429').length, 0);
    });

    it('still knows accepted keys after a restart', async () => {
      const again = await startServer({ port: 0, receivedDir: received, hub: false });
      try {
        const res = await fetch(`${again.origin}/api/applications`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-json-1' },
          body: JSON.stringify(application({ givenName: 'Ana', email: 'ana@example.eu' })),
        });
        assert.equal(res.headers.get('idempotent-replayed'), 'true');
        assert.equal(lines(received).filter((l) => l.idempotencyKey === 'key-json-1').length, 1);
      } finally {
        await again.close();
      }
    });
  });
});

describe('demo server: start-up', () => {
  it('falls back to a free port when the port is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const busy = (blocker.address() as { port: number }).port;
    const received = mkdtempSync(join(tmpdir(), 'opp-demo-port-'));
    const demo = await startServer({ port: busy, receivedDir: received, hub: false });
    try {
      assert.notEqual(demo.port, busy);
      assert.equal(demo.url, `http://localhost:${demo.port}/`);
      assert.equal((await fetch(`${demo.origin}/`)).status, 200);
    } finally {
      await demo.close();
      blocker.close();
      rmSync(received, { recursive: true, force: true });
    }
  });

  it('generates large.json on first request when it is missing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'opp-demo-root-'));
    mkdirSync(join(root, 'data'));
    copyFileSync(join(DEMO, 'index.html'), join(root, 'index.html'));
    const demo = await startServer({ port: 0, root, receivedDir: join(root, 'received'), largeCount: 40, hub: false });
    try {
      const res = await fetch(`${demo.origin}/data/large.json`);
      assert.equal(res.status, 200);
      const feed = await res.json();
      assert.equal(feed.opportunities.length, 40);
      assert.ok(existsSync(join(root, 'data', 'large.json')));
    } finally {
      await demo.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// The one hub of this file (PGlite takes seconds to start): the demo server's /hub/, on its own feeds.
describe('demo server: the hub under /hub/', () => {
  let demo: DemoServer;
  let received: string;
  let open!: () => void;
  /** The hub starts only when the test says so, so "before it is ready" is a state, not a race. */
  const gate = new Promise<void>((resolve) => (open = resolve));
  before(async () => {
    received = mkdtempSync(join(tmpdir(), 'opp-demo-hub-'));
    // The TypeScript source (the worker thread inherits tsx from this process), so the test needs no build.
    const module = new URL('../../src/hub/index.ts', import.meta.url).href;
    demo = await startServer({ port: 0, receivedDir: received, hub: { module, waitFor: gate, hold: 120_000 } });
  });
  after(async () => {
    open();
    await demo.close();
    rmSync(received, { recursive: true, force: true });
  });

  it('serves pages at once; /hub/readyz answers 503 until the hub is ready, and a search waits for it', async () => {
    assert.equal((await fetch(`${demo.origin}/network.html`)).status, 200);
    let answered = false;
    const search = fetch(`${demo.origin}/hub/api/v1/search?q=library`).finally(() => (answered = true));
    const probe = await fetch(`${demo.origin}/hub/readyz`);
    assert.equal(probe.status, 503);
    assert.equal(probe.headers.get('retry-after'), '2');
    assert.match((await probe.json()).error, /starting/);
    assert.equal(answered, false, 'the search waits for the hub');
    open();
    const held = await search;
    assert.equal(held.status, 200);
    assert.ok(((await held.json()) as SearchResult).total > 0);
    const hub = await demo.hubReady();
    assert.equal(hub?.sources, Object.keys(HUB_FEEDS).length);
    const ready = await fetch(`${demo.origin}/hub/readyz`);
    assert.equal(ready.status, 200);
    assert.ok((await ready.json()).size > 300);
  });

  it('answers /hub/api/v1/search with results from the demo feeds, facets included', async () => {
    open(); // (already open, unless the first test failed before opening it)
    await demo.hubReady();
    const res = await fetch(`${demo.origin}/hub/api/v1/search?q=library&country=FI,SE`);
    assert.equal(res.status, 200);
    const result = (await res.json()) as SearchResult;
    assert.ok(result.total > 0 && result.items.length > 0);
    for (const o of result.items) assert.ok(['FI', 'SE'].includes(o.provider.country!), o.id);
    // Both feeds of the network page are its sources.
    const all = (await (await fetch(`${demo.origin}/hub/api/v1/search?status=all&size=100&kind=staff-week`)).json()) as SearchResult;
    for (const path of Object.values(HUB_FEEDS)) assert.ok(all.items.some((o) => o.id.includes(`${path}#`)), path);
    assert.ok(result.facets.country.length > 0);
    // A bad parameter is the hub's own 400, through the mount.
    assert.equal((await fetch(`${demo.origin}/hub/api/v1/search?kind=nonsense`)).status, 400);
    const sources = await (await fetch(`${demo.origin}/hub/api/v1/sources`)).json();
    assert.deepEqual(sources.sources.map((s: { id: string; state: string }) => [s.id, s.state]), Object.keys(HUB_FEEDS).map((id) => [id, 'ok']));
  });

  it("gives the hub's items forms that post to the hub at the address people open, and takes an application there", async () => {
    open(); // (already open, unless the first test failed before opening it)
    await demo.hubReady();
    const result = (await (await fetch(`${demo.origin}/hub/api/v1/search?status=all&size=100`)).json()) as SearchResult;
    const endpoints = new Set(result.items.map((o) => o.application?.form?.endpoint).filter(Boolean));
    assert.deepEqual([...endpoints], [`http://localhost:${demo.port}/hub/api/v1/applications`]);
    const withForm = result.items.find((o) => o.application?.form)!;
    const post = (key: string, opportunityId: string, values: Record<string, string>) =>
      fetch(`${demo.origin}/hub/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ opportunityId, values, consents: {} }),
      });
    // Through the pass-through: the hub's own validation answers (422 names the missing answers), not the demo server.
    const refused = await post('demo-hub-1', withForm.id, {});
    assert.equal(refused.status, 422, await refused.clone().text());
    assert.ok(((await refused.json()) as { errors?: object }).errors);
    // A complete application for an open one is stored by the hub (201 with its reference).
    const openNow = (await (await fetch(`${demo.origin}/hub/api/v1/search?status=open&size=100`)).json()) as SearchResult;
    const target = openNow.items.find((o) => o.application?.form?.fields.some((f) => f.name === 'languageLevel'))!;
    const values = { givenName: 'Aino', familyName: 'Virtanen', email: 'aino@example.fi', institution: 'Example University', country: 'FI', role: 'library', languageLevel: 'B2', motivation: 'To learn how your library runs its exchange.' };
    const accepted = await post('demo-hub-2', target.id, values);
    assert.equal(accepted.status, 201, await accepted.clone().text());
    assert.match(((await accepted.json()) as { reference?: string }).reference ?? '', /^APP-/);
    // Visitors' own feed requests keep the origin they used.
    const feed = await (await fetch(`${demo.origin}/data/opportunities.json`)).text();
    assert.ok(feed.includes(`${demo.origin}/api/applications`));
  });
});

describe('demo server: a hub that does not get ready', () => {
  it('answers a search with 503 and Retry-After once it has waited `hold` ms', async () => {
    const received = mkdtempSync(join(tmpdir(), 'opp-demo-slowhub-'));
    // The hub never starts (so no database is opened): searches get their 503 after the hold.
    const demo = await startServer({ port: 0, receivedDir: received, hub: { waitFor: new Promise(() => undefined), hold: 50 } });
    try {
      const res = await fetch(`${demo.origin}/hub/api/v1/search?q=library`);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '2');
    } finally {
      await demo.close();
      rmSync(received, { recursive: true, force: true });
    }
  });
});

describe('demo server: without a hub', () => {
  it('answers /hub/ with 503 and no Retry-After', async () => {
    const received = mkdtempSync(join(tmpdir(), 'opp-demo-nohub-'));
    const demo = await startServer({ port: 0, receivedDir: received, hub: false });
    try {
      const res = await fetch(`${demo.origin}/hub/api/v1/search`);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), null);
      assert.equal(await demo.hubReady(), undefined);
    } finally {
      await demo.close();
      rmSync(received, { recursive: true, force: true });
    }
  });
});
