/**
 * `<opp-apply>` posts to the hub when the opportunity came from it: the hub serves every item that has an application
 * form with its own `POST /api/v1/applications` as the form's endpoint (search, opportunities/:id, feed.json), at
 * `publicUrl` or the request's own origin, and the SDK's `submitApplication` to that endpoint is answered 201.
 * `receiveApplications: false` serves the institution's endpoint unchanged. PGlite in memory, a local feed server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHub, type Hub, type HubOptions } from '../../src/hub/index.js';
import { submitApplication } from '../../src/sdk/apply/submit.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const INSTITUTION = 'https://apply.example.org/applications';
const feed = JSON.stringify({
  version: '1', language: 'en',
  opportunities: [
    { id: 'library-week', kind: 'staff-week', title: { en: 'International Library Staff Week' }, topics: ['libraries'],
      provider: { name: 'Helsinki University', country: 'FI' }, start: '2027-05-10', end: '2027-05-14',
      application: { deadline: '2027-03-01', form: { endpoint: INSTITUTION, fields: [
        { name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true },
        { name: 'email', type: 'email', label: { en: 'E-mail' }, required: true },
      ] } } },
    { id: 'by-mail', kind: 'course', title: { en: 'Summer course' }, provider: { name: 'Helsinki University', country: 'FI' },
      start: '2027-07-01', end: '2027-07-10', application: { deadline: '2027-05-01', email: 'apply@example.org' } },
  ],
});

let server: Server;
let feedUrl = '';
before(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(feed));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fi.json`;
});
after(() => server?.close());

async function startHub(extra: Partial<HubOptions> = {}): Promise<{ hub: Hub; url: string }> {
  const hub = await createHub({
    dataDir: 'memory://', databaseUrl: '', sources: [{ id: 'fi', url: feedUrl }],
    harvestOptions: { allowPrivate: true }, now: () => NOW, ...extra,
  });
  await hub.harvestNow({ force: true });
  return { hub, url: await hub.listen(0) };
}

/** Every form endpoint the hub serves for the form item, by route. */
async function servedEndpoints(url: string): Promise<Record<string, string | undefined>> {
  const json = async (path: string) => (await fetch(`${url}${path}`)).json() as Promise<Record<string, unknown>>;
  const search = await json('/api/v1/search?status=all');
  const items = search.items as { id: string; application?: { form?: { endpoint?: string } } }[];
  const item = items.find((o) => o.id.endsWith('library-week'))!;
  const one = (await json(`/api/v1/opportunities/${encodeURIComponent(item.id)}`)) as typeof item;
  const feedItems = parseFeed(await (await fetch(`${url}/api/v1/feed.json?status=all`)).text()).opportunities;
  return {
    search: item.application?.form?.endpoint,
    opportunity: one.application?.form?.endpoint,
    feed: feedItems.find((o) => o.id === item.id)?.application?.form?.endpoint,
  };
}

describe('the hub receives applications for what it serves', () => {
  let hubs: Hub[] = [];
  after(async () => { for (const h of hubs) await h.close(); hubs = []; });

  it('serves its own endpoint (the request\'s origin) in search, opportunities/:id and feed.json; posting there answers 201', async () => {
    const { hub, url } = await startHub();
    hubs.push(hub);
    assert.ok(hub.state.size === 2, `harvested ${hub.state.size}`);
    const endpoint = `${url}/api/v1/applications`;
    assert.deepEqual(await servedEndpoints(url), { search: endpoint, opportunity: endpoint, feed: endpoint });
    // The item without a form is served as it is (no form appears).
    const ids = ((await (await fetch(`${url}/api/v1/search?status=all`)).json()) as { items: { id: string }[] }).items.map((o) => o.id);
    const [id, mailId] = [ids.find((i) => i.endsWith('library-week'))!, ids.find((i) => i.endsWith('by-mail'))!];
    const mail = ((await (await fetch(`${url}/api/v1/opportunities/${encodeURIComponent(mailId)}`)).json()) as { application: Record<string, unknown> }).application;
    assert.deepEqual(mail, { deadline: '2027-05-01', email: 'apply@example.org' });
    // What <opp-apply> does with the served item: the SDK's submit to the served endpoint.
    const outcome = await submitApplication({
      endpoint, opportunityId: id, idempotencyKey: 'hub-apply-1',
      values: { givenName: 'Aino', email: 'aino@example.fi' }, consents: {},
    }, { retries: 0, timeout: 10_000 });
    assert.equal(outcome.kind, 'success', JSON.stringify(outcome));
    assert.equal((outcome as { status: number }).status, 201);
    assert.match(String((outcome as { reference?: string }).reference), /^APP-/);
    const rows = await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications WHERE opportunity_id = $1', [id]);
    assert.equal(rows[0]!.n, 1);
  });

  it('serves `publicUrl` when it is given, and the institution\'s endpoint with receiveApplications: false', async () => {
    const pub = await startHub({ publicUrl: 'https://hub.example.eu/' });
    hubs.push(pub.hub);
    const at = 'https://hub.example.eu/api/v1/applications';
    assert.deepEqual(await servedEndpoints(pub.url), { search: at, opportunity: at, feed: at });
    const off = await startHub({ receiveApplications: false });
    hubs.push(off.hub);
    assert.deepEqual(await servedEndpoints(off.url), { search: INSTITUTION, opportunity: INSTITUTION, feed: INSTITUTION });
  });

  it('behind a proxy it trusts, rate-limits each forwarded client on its own (not everyone as the proxy)', async () => {
    const post = (url: string, client: string, n: number) =>
      fetch(`${url}/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `proxy-${client}-${n}`, 'X-Forwarded-For': client },
        body: JSON.stringify({ opportunityId: 'x', values: {} }),
      }).then((r) => r.status);
    const behind = await startHub({ trustProxy: '127.0.0.1', applicationRateLimit: 2 });
    hubs.push(behind.hub);
    const first = [await post(behind.url, '203.0.113.1', 1), await post(behind.url, '203.0.113.1', 2), await post(behind.url, '203.0.113.1', 3)];
    assert.notEqual(first[0], 429);
    assert.equal(first[2], 429, `statuses ${first}`);
    assert.notEqual(await post(behind.url, '203.0.113.2', 1), 429, 'another visitor behind the same proxy has their own limit');
    // Without trustProxy, the header is not believed: the second visitor shares the proxy's (exhausted) limit.
    const plain = await startHub({ applicationRateLimit: 2 });
    hubs.push(plain.hub);
    await post(plain.url, '203.0.113.1', 1);
    await post(plain.url, '203.0.113.1', 2);
    assert.equal(await post(plain.url, '203.0.113.2', 1), 429);
  });

  it('searches across languages by default ("Suomi", "Finnland", "kirjasto", "Bibliothek"); searchLabels: false does not', async () => {
    const total = async (url: string, q: string) =>
      ((await (await fetch(`${url}/api/v1/search?status=all&q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;
    const on = await startHub();
    hubs.push(on.hub);
    assert.equal(await total(on.url, 'Suomi'), 2);
    assert.equal(await total(on.url, 'Finnland'), 2);
    // Through the topic's labels in other languages (the title says "Library").
    assert.equal(await total(on.url, 'kirjasto'), 1);
    assert.equal(await total(on.url, 'Bibliothek'), 1);
    const off = await startHub({ searchLabels: false });
    hubs.push(off.hub);
    assert.equal(await total(off.url, 'Suomi'), 0);
    assert.equal(await total(off.url, 'Helsinki'), 2, 'its own text still matches');
  });

  it('writes feed.ics and feed.atom in the language asked for: the kind and topics as that language\'s labels', async () => {
    const { hub, url } = await startHub();
    hubs.push(hub);
    const text = async (path: string) => (await fetch(`${url}${path}`)).text();
    const ics = (await text('/api/v1/feed.ics?status=all&q=library&lang=pl')).replace(/\r\n /g, '');
    assert.match(ics, /\r\nCATEGORIES:[^\r]*Biblioteki/, 'Polish topic label');
    assert.doesNotMatch(ics, /CATEGORIES:[^\r]*\blibraries\b/);
    const en = (await text('/api/v1/feed.ics?status=all&q=library')).replace(/\r\n /g, '');
    assert.match(en, /\r\nCATEGORIES:[^\r]*Libraries/, 'English by default');
    const atom = await text('/api/v1/feed.atom?status=all&q=library&lang=fi');
    assert.match(atom, /<category term="libraries" label="Kirjastot[^"]*"\/>/);
    assert.match(atom, /<category term="staff-week" label="[^"]+"\/>/);
    // An unknown language is English, not an error.
    assert.match(await text('/api/v1/feed.atom?status=all&q=library&lang=xx'), /<category term="libraries" label="Libraries/);
  });

  it('refuses a publicUrl that is not an http(s) base URL', async () => {
    await assert.rejects(createHub({ dataDir: 'memory://', databaseUrl: '', publicUrl: 'javascript:alert(1)' }), /publicUrl/);
  });
});
