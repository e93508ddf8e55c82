/**
 * The hub against an embedded PGlite database (and, with DATABASE_URL, the same suite against a PostgreSQL server):
 * harvesting real HTTP feeds from a local server, search over HTTP with the SDK's engine, subscriptions, sources,
 * faults that must keep the last good items, and applications with idempotency.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { createHub, type Hub } from '../../src/hub/index.js';
import { harvestSource, isPrivateAddress, refuseUrl, type SourceRow } from '../../src/hub/harvest.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { readFeed } from '../../src/formats/index.js';
import { testPostgres, type TestPostgres } from './support/postgres.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const university = readFileSync(new URL('../../demo/data/university.json', import.meta.url), 'utf8');

const form = {
  endpoint: 'https://apply.example.org/applications',
  fields: [
    { name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true },
    { name: 'email', type: 'email', label: { en: 'E-mail' }, required: true },
  ],
};
const small = (extra: object[] = []) => JSON.stringify({
  version: '1', language: 'en',
  opportunities: [
    { id: 'library-week', kind: 'staff-week', title: { en: 'International Library Staff Week' },
      provider: { name: 'Helsinki University', country: 'FI' }, start: '2027-05-10', end: '2027-05-14',
      application: { deadline: '2027-03-01', form } },
    { id: 'closed-week', kind: 'staff-week', title: { en: 'Closed Week' },
      provider: { name: 'Helsinki University', country: 'FI' }, start: '2027-02-01', end: '2027-02-05',
      application: { deadline: '2027-01-01', form } },
    ...extra,
  ],
});

/** A feed server whose answers the tests change as they go. */
let answer: Record<string, (res: import('node:http').ServerResponse) => void> = {};
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const handler = answer[req.url ?? ''];
    if (handler) return handler(res);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server?.close());

/** The whole suite, on one backend; `database` gives a fresh, empty database each time. */
function hubSuite(backend: string, database: () => Promise<{ dataDir?: string; databaseUrl?: string }>, skip: string | false = false) {
 describe(backend, { skip }, () => {
  let hub: Hub;
  before(async () => {
    answer = {
      '/uni.json': (res) => res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"u1"' }).end(university),
      '/fi.json': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(small()),
    };
    hub = await createHub({
      ...(await database()),
      sources: [{ id: 'uni', url: `${base}/uni.json`, name: 'Scheldeland University' }, { id: 'fi', url: `${base}/fi.json` }],
      harvestOptions: { allowPrivate: true, timeout: 10_000, maxBytes: 2 * 1024 * 1024 },
      adminToken: 'secret-admin-token', now: () => NOW, applicationRateLimit: 150, webhookDelays: [50, 200],
    });
    const outcomes = await hub.harvestNow({ force: true });
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['loaded', 'loaded'], JSON.stringify(outcomes));
  });
  after(async () => { await hub?.close(); });

  const get = (url: string, headers: Record<string, string> = {}) => hub.app.inject({ method: 'GET', url, headers });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/applications', payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

  describe(`the hub on ${backend}`, () => {
    it('harvests every source into the database and searches them with the SDK engine', async () => {
      const uniItems = parseFeed(university).opportunities.length;
      assert.equal(hub.state.size, uniItems + 2);
      const rows = await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM opportunities');
      assert.equal(rows[0]!.n, uniItems + 2);
      const r = await get('/api/v1/search?q=library&country=FI');
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.equal(body.total, 1);
      assert.match(body.items[0].id, /fi\.json#library-week$/); // several feeds: ids are namespaced by feed URL
      assert.ok(body.facets.country.some((f: { value: string }) => f.value === 'BE'), 'disjunctive facet counts');
      // The same query answered from the ETag.
      const again = await get('/api/v1/search?q=library&country=FI', { 'if-none-match': r.headers.etag as string });
      assert.equal(again.statusCode, 304);
      assert.match(String(r.headers['cache-control']), /max-age=\d+/);
    });

    it('answers 400 naming the parameter it cannot read', async () => {
      const r = await get('/api/v1/search?status=open,nonsense');
      assert.equal(r.statusCode, 400);
      assert.match(r.json().error, /'status'.*'nonsense'/);
      assert.equal((await get('/api/v1/search?sort=sideways')).statusCode, 400);
      assert.equal((await get('/api/v1/search?q=anything&utm_source=x')).statusCode, 200, 'unknown parameters are not ours');
    });

    it('returns one opportunity by id, and 404 with a message when there is none', async () => {
      const id = (await get('/api/v1/search?q=library&country=FI')).json().items[0].id;
      const r = await get(`/api/v1/opportunities/${encodeURIComponent(id)}`);
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().title.en, 'International Library Staff Week');
      const gone = await get('/api/v1/opportunities/nothing-here');
      assert.equal(gone.statusCode, 404);
      assert.match(gone.json().error, /nothing-here/);
    });

    it('offers any search as a JSON feed, a CSV file and a calendar', async () => {
      const total = (await get('/api/v1/search?kind=staff-week')).json().total;
      assert.ok(total >= 2);
      const json = await get('/api/v1/feed.json?kind=staff-week');
      assert.equal(parseFeed(json.body).opportunities.length, total, 'the JSON feed is a valid feed with every match');
      const ics = await get('/api/v1/feed.ics?kind=staff-week');
      assert.match(String(ics.headers['content-type']), /^text\/calendar/);
      const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
      assert.ok(events.length >= total, `${events.length} events for ${total} items`);
      const csv = await get('/api/v1/feed.csv?kind=staff-week');
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.equal((await get('/api/v1/feed.xml')).statusCode, 404);
    });

    it('offers any search as an Atom 1.0 feed that the SDK reads back', async () => {
      const total = (await get('/api/v1/search?kind=staff-week')).json().total;
      const atom = await get('/api/v1/feed.atom?kind=staff-week');
      assert.equal(atom.statusCode, 200);
      assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
      const read = await readFeed(atom.body, { format: 'atom' });
      assert.equal(read.opportunities.length, total, JSON.stringify(read.issues.slice(0, 3)));
      assert.ok(read.opportunities.every((o) => o.kind === 'staff-week' && o.provider.name), 'kind and provider come back');
      const library = read.opportunities.find((o) => Object.values(o.title).includes('International Library Staff Week'));
      assert.ok(library, 'the title comes back');
      assert.match(String(library.url), /^http:\/\/localhost(:\d+)?\/api\/v1\/opportunities\//, 'an item without a page links to the hub');
      const again = await get('/api/v1/feed.atom?kind=staff-week', { 'if-none-match': atom.headers.etag as string });
      assert.equal(again.statusCode, 304);
      assert.equal((await get('/api/v1/feed.atom?status=nonsense')).statusCode, 400);
    });

    it('keeps the last good items when a source fails, times out, sends HTML or too much, and records why', async () => {
      const count = async () => (await hub.db.query<{ n: number }>("SELECT count(*)::int AS n FROM opportunities WHERE source_id = 'fi'"))[0]!.n;
      assert.equal(await count(), 2);
      const faults: [string, (res: import('node:http').ServerResponse) => void, RegExp][] = [
        ['500', (res) => res.writeHead(500).end('oops'), /HTTP 500/],
        ['html', (res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><h1>Log in</h1></body></html>'), /Not an opportunity feed/],
        ['huge', (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(' '.repeat(3 * 1024 * 1024)), /larger than/],
        ['timeout', () => { /* never answers */ }, /in time/],
      ];
      const [fi] = await hub.db.query<SourceRow>("SELECT * FROM sources WHERE id = 'fi'");
      for (const [name, handler, message] of faults) {
        answer['/fi.json'] = handler;
        // A short timeout for this source alone (the hub's own is 10 s).
        const outcome = await harvestSource(hub.db, fi!, { allowPrivate: true, timeout: 300, maxBytes: 2 * 1024 * 1024 });
        assert.equal(outcome!.outcome, 'failed', name);
        assert.match(outcome!.error ?? '', message, name);
        assert.equal(await count(), 2, `${name}: the last good items are kept`);
      }
      const source = (await get('/api/v1/sources/fi')).json();
      assert.equal(source.state, 'failed');
      assert.equal(source.items, 2);
      assert.match(source.lastHarvest.error, /in time/);
      const harvests = await hub.db.query<{ outcome: string }>("SELECT outcome FROM harvests WHERE source_id = 'fi' ORDER BY id");
      assert.deepEqual(harvests.map((h) => h.outcome), ['loaded', 'failed', 'failed', 'failed', 'failed']);
      await hub.rebuild();
      assert.equal((await get('/api/v1/search?country=FI&status=all')).json().total, 2, 'still searchable');
      // Back to good, with one more item.
      answer['/fi.json'] = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(small([
        { id: 'course', kind: 'course', title: { en: 'Summer course' }, provider: { name: 'Helsinki University', country: 'FI' }, start: '2027-07-01', end: '2027-07-05' }]));
      await hub.harvestNow({ force: true });
      assert.equal(await count(), 3);
      assert.equal((await get('/api/v1/search?country=FI&status=all')).json().total, 3);
    });

    it('asks with the ETag it was given, and a 304 changes nothing', async () => {
      const before = hub.state.generation;
      let asked = '';
      answer['/uni.json'] = (res) => {
        asked = String(res.req.headers['if-none-match'] ?? '');
        res.writeHead(304).end();
      };
      answer['/fi.json'] = (res) => res.writeHead(304).end();
      const [outcome] = (await hub.harvestNow({ force: true })).filter((o) => o.source === 'uni');
      assert.equal(asked, '"u1"');
      assert.equal(outcome!.outcome, 'not-modified');
      assert.equal(hub.state.generation, before, 'no rebuild when nothing changed');
    });

    it('reports each source to its publisher as a plain HTML page, every value escaped', async () => {
      answer['/fi.json'] = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(small([
        { id: 'bad', kind: 'staff-week', title: { en: '<img src=x onerror=alert(1)>' }, provider: { name: 'X', country: 'Finland' }, start: '2027-07-01' }]));
      await hub.harvestNow({ force: true });
      const page = await get('/sources/fi');
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /^text\/html/);
      assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
      assert.match(page.body, /1 error/);
      assert.match(page.body, /Finland/);
      assert.doesNotMatch(page.body, /<img/);
      const list = (await get('/api/v1/sources')).json().sources;
      assert.deepEqual(list.map((s: { id: string }) => s.id), ['uni', 'fi']);
    });

    it('refuses feeds on private and loopback addresses unless allowed', async () => {
      for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', '::ffff:127.0.0.1', 'fd00::1']) assert.ok(isPrivateAddress(a), a);
      for (const a of ['193.190.80.1', '2001:67c:2e8::1']) assert.ok(!isPrivateAddress(a), a);
      assert.match((await refuseUrl('http://127.0.0.1:9/feed.json')) ?? '', /private or loopback/);
      assert.match((await refuseUrl('http://[::1]/feed.json')) ?? '', /private or loopback/);
      assert.match((await refuseUrl('file:///etc/passwd')) ?? '', /Only http/);
      assert.equal(await refuseUrl('http://127.0.0.1:9/feed.json', true), undefined);
    });

    it('guards the admin API with its bearer token', async () => {
      const add = (headers: Record<string, string>) => hub.app.inject({ method: 'POST', url: '/api/v1/sources', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ id: 'extra', url: `${base}/extra.json` }) });
      assert.equal((await add({})).statusCode, 401);
      assert.equal((await add({ authorization: 'Bearer wrong' })).statusCode, 401);
      assert.equal((await add({ authorization: 'Bearer secret-admin-token' })).statusCode, 201);
      assert.equal((await add({ authorization: 'Bearer secret-admin-token' })).statusCode, 409);
      assert.equal((await get('/api/v1/applications')).statusCode, 401);
    });

    it('stores texts with U+0000 (the database cannot), and records a source it cannot store as failed, keeping its items', async () => {
      await hub.db.query("INSERT INTO sources (id, url, position) VALUES ('nul', $1, 99)", [`${base}/nul.json`]);
      try {
        const feed = (items: object[]) => (res: import('node:http').ServerResponse) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ version: '1', language: 'en', opportunities: items }));
        const week = (id: string, title: string) => ({ id, kind: 'staff-week', title: { en: title }, provider: { name: 'Nul\u0000 University', country: 'FI' }, start: '2027-05-10' });
        answer['/nul.json'] = feed([week('a', 'Before'), week('b', 'A\u0000B')]);
        const harvest = async () => harvestSource(hub.db, (await hub.db.query<SourceRow>("SELECT * FROM sources WHERE id = 'nul'"))[0]!, { allowPrivate: true });
        const first = await harvest();
        assert.equal(first.outcome, 'loaded', first.error);
        const stored = await hub.db.query<{ item_id: string; title: string }>("SELECT item_id, data->'title'->>'en' AS title FROM opportunities WHERE source_id = 'nul' ORDER BY item_id");
        assert.deepEqual(stored, [{ item_id: 'a', title: 'Before' }, { item_id: 'b', title: 'AB' }]);
        // Two ids that differ only by U+0000 are one row to the database: it refuses the batch, which rolls back.
        answer['/nul.json'] = feed([week('c', 'New'), week('c\u0000', 'New too')]);
        const second = await harvest();
        assert.equal(second.outcome, 'failed');
        assert.match(second.error ?? '', /could not be stored/);
        assert.deepEqual((await hub.db.query<{ item_id: string }>("SELECT item_id FROM opportunities WHERE source_id = 'nul' ORDER BY item_id")).map((r) => r.item_id), ['a', 'b'], 'the last good items are kept');
        const [last] = await hub.db.query<{ outcome: string }>("SELECT outcome FROM harvests WHERE source_id = 'nul' ORDER BY id DESC LIMIT 1");
        assert.equal(last!.outcome, 'failed', 'the attempt is recorded');
      } finally {
        await hub.db.query("DELETE FROM sources WHERE id = 'nul'");
      }
    });
  });

  describe(`applications on the hub on ${backend}`, () => {
    let id = '';
    let closed = '';
    before(async () => {
      const items = (await get('/api/v1/search?country=FI&status=all')).json().items as { id: string }[];
      id = items.find((o) => o.id.endsWith('#library-week'))!.id;
      closed = items.find((o) => o.id.endsWith('#closed-week'))!.id;
    });
    const admin = { authorization: 'Bearer secret-admin-token' };
    let fiToken = '';
    let uniToken = '';
    const good = () => ({ opportunityId: id, values: { givenName: 'Aino', email: 'aino@example.fi' }, consents: {} });

    it('needs an Idempotency-Key and JSON', async () => {
      assert.equal((await post(good())).statusCode, 400);
      const form = await hub.app.inject({ method: 'POST', url: '/api/v1/applications', payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'k0' } });
      assert.equal(form.statusCode, 415);
    });

    it('stores one, replays it for the same key, refuses the key for another body', async () => {
      const first = await post(good(), { 'idempotency-key': 'key-1' });
      assert.equal(first.statusCode, 201, first.body);
      assert.match(first.json().reference, /^APP-/);
      const replay = await post(good(), { 'idempotency-key': 'key-1' });
      assert.equal(replay.statusCode, 201);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(replay.json().reference, first.json().reference);
      const other = await post({ ...good(), values: { givenName: 'Someone else', email: 'x@example.fi' } }, { 'idempotency-key': 'key-1' });
      assert.equal(other.statusCode, 409);
      const rows = await hub.db.query<{ n: number }>("SELECT count(*)::int AS n FROM applications WHERE idempotency_key = 'key-1'");
      assert.equal(rows[0]!.n, 1);
    });

    it('makes one row of 100 concurrent posts with one key, all answered with the same reference', async () => {
      const answers = await Promise.all(Array.from({ length: 100 }, () => post(good(), { 'idempotency-key': 'key-many' })));
      assert.deepEqual([...new Set(answers.map((a) => a.statusCode))], [201]);
      assert.equal(new Set(answers.map((a) => a.json().reference)).size, 1);
      const rows = await hub.db.query<{ n: number }>("SELECT count(*)::int AS n FROM applications WHERE idempotency_key = 'key-many'");
      assert.equal(rows[0]!.n, 1);
    });

    it('validates against the opportunity\'s own form, and says when it cannot take the application', async () => {
      const bad = await post({ ...good(), values: { givenName: '', email: 'not-an-address' } }, { 'idempotency-key': 'key-2' });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(Object.keys(bad.json().errors).sort(), ['email', 'givenName']);
      assert.equal((await post({ ...good(), opportunityId: 'nope' }, { 'idempotency-key': 'key-3' })).statusCode, 404);
      assert.equal((await post({ ...good(), opportunityId: closed }, { 'idempotency-key': 'key-4' })).statusCode, 410);
      // After a 422 the person corrects the form and sends again with the same key: it goes through.
      assert.equal((await post(good(), { 'idempotency-key': 'key-2' })).statusCode, 201);
    });

    it('lists applications to the coordinator with the token', async () => {
      const r = await get(`/api/v1/applications?opportunity=${encodeURIComponent(id)}`, { authorization: 'Bearer secret-admin-token' });
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().applications.length, 3); // key-1, key-many, key-2
      assert.equal(r.json().applications[0].values.givenName, 'Aino');
    });

    it('gives each source a coordinator token, shown once and stored as a hash', async () => {
      const make = (headers: Record<string, string>, source = 'fi') => hub.app.inject({ method: 'POST', url: `/api/v1/sources/${source}/token`, headers });
      assert.equal((await make({})).statusCode, 401);
      assert.equal((await make({ authorization: 'Bearer wrong' })).statusCode, 401);
      assert.equal((await make(admin, 'no-such-source')).statusCode, 404);
      const made = await make(admin);
      assert.equal(made.statusCode, 201);
      fiToken = made.json().token;
      assert.ok(fiToken.length >= 40);
      const [row] = await hub.db.query<{ coordinator_token_hash: string }>("SELECT coordinator_token_hash FROM sources WHERE id = 'fi'");
      assert.equal(row!.coordinator_token_hash, createHash('sha256').update(fiToken).digest('hex'), 'only the hash is stored');
      uniToken = (await make(admin, 'uni')).json().token;
      assert.notEqual(uniToken, fiToken);
    });

    it('lists applications to the source\'s coordinator only, and refuses without the right token', async () => {
      const list = (headers: Record<string, string>, query = `opportunity=${encodeURIComponent(id)}`) => get(`/api/v1/applications?${query}`, headers);
      assert.equal((await list({})).statusCode, 401);
      assert.equal((await list({ authorization: 'Bearer wrong' })).statusCode, 401);
      assert.equal((await list({ authorization: `Bearer ${fiToken}x` })).statusCode, 401);
      const mine = await list({ authorization: `Bearer ${fiToken}` });
      assert.equal(mine.statusCode, 200);
      assert.equal(mine.json().applications.length, 3);
      assert.equal((await list({ authorization: `Bearer ${uniToken}` })).statusCode, 403, 'another source\'s opportunity');
      const all = await list({ authorization: `Bearer ${uniToken}` }, '');
      assert.equal(all.statusCode, 200);
      assert.deepEqual(all.json().applications, [], 'a source token sees only its own source\'s applications');
      // A token made again replaces the first.
      const old = fiToken;
      fiToken = (await hub.app.inject({ method: 'POST', url: '/api/v1/sources/fi/token', headers: admin })).json().token;
      assert.equal((await list({ authorization: `Bearer ${old}` })).statusCode, 401);
    });

    it('gives the applications as CSV, formulas defused', async () => {
      const hostile = await post({ ...good(), values: { givenName: '=HYPERLINK("http://evil.example","x")', email: 'aino@example.fi' } }, { 'idempotency-key': 'key-csv' });
      assert.equal(hostile.statusCode, 201, hostile.body);
      const r = await get(`/api/v1/applications?opportunity=${encodeURIComponent(id)}&format=csv`, { authorization: `Bearer ${fiToken}` });
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /^text\/csv/);
      const rows = Papa.parse<string[]>(r.body.trim()).data;
      assert.deepEqual(rows[0], ['reference', 'receivedAt', 'opportunityId', 'givenName', 'email']);
      assert.equal(rows.length, 1 + 4);
      assert.ok(rows.slice(1).every((row) => row[2] === id && /^APP-/.test(row[0]!) && !Number.isNaN(Date.parse(row[1]!))));
      assert.equal(rows.at(-1)![3], '\'=HYPERLINK("http://evil.example","x")', 'a cell that starts with = is prefixed with \'');
      const byAccept = await get(`/api/v1/applications?opportunity=${encodeURIComponent(id)}`, { authorization: 'Bearer secret-admin-token', accept: 'text/csv' });
      assert.equal(byAccept.body, r.body);
      assert.equal((await get(`/api/v1/applications?format=xml`, admin)).statusCode, 400);
    });

    it('POSTs each new application to its source\'s webhook in the background, retried, never on a replay', async () => {
      const hits: { body: { reference: string; opportunityId: string; values: Record<string, string> }; key: string }[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => { release = r; });
      let firstArrived!: () => void;
      const arrived = new Promise<void>((r) => { firstArrived = r; });
      const hook = createServer((req, res) => {
        let text = '';
        req.on('data', (c) => { text += c; });
        req.on('end', () => {
          hits.push({ body: JSON.parse(text), key: String(req.headers['idempotency-key']) });
          if (hits.length === 1) { firstArrived(); void held.then(() => res.writeHead(500).end('not now')); } else res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
      try {
        const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
        const set = (headers: Record<string, string>, body: unknown) => hub.app.inject({ method: 'PUT', url: '/api/v1/sources/fi/webhook', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
        assert.equal((await set({}, { url })).statusCode, 401);
        assert.equal((await set(admin, { url: 'javascript:alert(1)' })).statusCode, 422);
        assert.equal((await set(admin, { url })).statusCode, 200);
        const first = await post(good(), { 'idempotency-key': 'key-hook' });
        assert.equal(first.statusCode, 201);
        await arrived;
        assert.equal(hits.length, 1, 'the applicant had the answer while the webhook\'s first attempt was still waiting');
        release();
        await hub.webhooksSettled();
        assert.equal(hits.length, 2, 'retried after the 500');
        assert.equal(hits[1]!.body.reference, first.json().reference);
        assert.equal(hits[1]!.key, first.json().reference, 'the reference as Idempotency-Key');
        assert.equal(hits[1]!.body.opportunityId, id);
        assert.equal(hits[1]!.body.values.givenName, 'Aino');
        const deliveries = await hub.db.query<{ attempt: number; ok: boolean; http_status: number }>(
          'SELECT d.attempt, d.ok, d.http_status FROM webhook_deliveries d JOIN applications a ON a.id = d.application_id WHERE a.idempotency_key = $1 ORDER BY d.attempt', ['key-hook']);
        assert.deepEqual(deliveries.map((d) => [d.attempt, d.ok, d.http_status]), [[1, false, 500], [2, true, 204]]);
        const replay = await post(good(), { 'idempotency-key': 'key-hook' });
        assert.equal(replay.headers['idempotent-replayed'], 'true');
        await hub.webhooksSettled();
        assert.equal(hits.length, 2, 'a replay does not fire the webhook again');
      } finally {
        await set0();
        hook.close();
      }
    });
    const set0 = () => hub.app.inject({ method: 'PUT', url: '/api/v1/sources/fi/webhook', headers: { 'content-type': 'application/json', ...admin }, payload: '{"url":null}' });

    it('limits how many applications one client may post a minute', async () => {
      const from = (remoteAddress: string) => hub.app.inject({ method: 'POST', url: '/api/v1/applications', remoteAddress, payload: '{}', headers: { 'content-type': 'application/json' } });
      const codes: number[] = [];
      for (let i = 0; i < 151; i++) codes.push((await from('203.0.113.9')).statusCode);
      assert.deepEqual([...new Set(codes.slice(0, 150))], [400]);
      assert.equal(codes[150], 429);
      assert.equal((await from('203.0.113.10')).statusCode, 400, 'another client is not limited');
    });

    it('answers health and readiness', async () => {
      assert.equal((await get('/healthz')).statusCode, 200);
      const ready = await get('/readyz');
      assert.equal(ready.statusCode, 200);
      assert.ok(ready.json().size > 0);
      const metrics = await get('/metrics');
      assert.match(metrics.body, /hub_http_requests_total\{method="GET",route="\/api\/v1\/search",status="200"\} \d+/);
      assert.match(metrics.body, /hub_harvests_total\{outcome="loaded"\} [1-9]/);
      assert.match(metrics.body, /hub_opportunities_indexed \d+/);
    });
  });
 });
}

hubSuite('PGlite (embedded)', async () => ({ dataDir: 'memory://', databaseUrl: '' }));

// The same suite against a PostgreSQL server: DATABASE_URL, or a throw-away cluster when the binaries are here.
const pg: TestPostgres | string = await testPostgres();
let databases = 0;
/** A new empty database on the server (each suite starts clean). */
async function freshDatabase(): Promise<{ databaseUrl: string }> {
  const server = pg as TestPostgres;
  const { default: PG } = await import('pg');
  const client = new PG.Client(server.url);
  await client.connect();
  const name = `opp_hub_test_${process.pid}_${++databases}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}
hubSuite('PostgreSQL', freshDatabase, typeof pg === 'string' ? pg : false);

describe('two hub processes on one PostgreSQL', { skip: typeof pg === 'string' ? pg : false }, () => {
  it('one harvests (the advisory lock); the other hears NOTIFY, rebuilds and serves the new items', async () => {
    answer = {
      '/uni.json': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(university),
      '/fi.json': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(small()),
    };
    const database = await freshDatabase();
    const config = { ...database, sources: [{ id: 'uni', url: `${base}/uni.json` }, { id: 'fi', url: `${base}/fi.json` }], harvestOptions: { allowPrivate: true }, now: () => NOW };
    const a = await createHub(config);
    const b = await createHub(config);
    try {
      const [ranA, ranB] = [await a.harvestNow({ force: true }), await b.harvestNow({ force: true })];
      assert.deepEqual([ranA.length, ranB.length], [2, 0], 'only the lock holder harvests');
      assert.deepEqual([a.state.harvester, b.state.harvester], [true, false]);
      const expected = a.state.size;
      for (let i = 0; i < 100 && b.state.size !== expected; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(b.state.size, expected, 'the second process rebuilt after NOTIFY');
      const fromB = await b.app.inject({ method: 'GET', url: '/api/v1/search?q=library&country=FI' });
      assert.equal(fromB.json().total, 1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
after(() => { if (typeof pg !== 'string') pg.stop(); });
