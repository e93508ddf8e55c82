/**
 * The hub's rebuild reads again only the sources whose rows changed since the last one: any change to a source's
 * rows (a harvest, or an edit straight in the database that keeps the row count and `last_seen`) must reach the
 * index, on PGlite and on a PostgreSQL server; and a rebuild from the cache answers as one that reads everything.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHub, type Hub } from '../../src/hub/index.js';
import { testPostgres, type TestPostgres } from './support/postgres.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const feed = (country: string, n: number) => JSON.stringify({
  version: '1', language: 'en',
  opportunities: Array.from({ length: n }, (_, i) => ({
    id: `week-${i}`, kind: 'staff-week', title: { en: `Staff week ${i} in ${country}` },
    provider: { name: `University ${country}`, country }, start: '2027-05-10', end: '2027-05-14',
  })),
});

let server: Server;
let base = '';
before(async () => {
  const feeds: Record<string, string> = { '/fi.json': feed('FI', 30), '/se.json': feed('SE', 20) };
  server = createServer((req, res) => {
    const body = feeds[req.url ?? ''];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server?.close());

function suite(backend: string, database: () => Promise<{ dataDir?: string; databaseUrl?: string }>, skip: string | false = false) {
  describe(backend, { skip }, () => {
    let hub: Hub;
    before(async () => {
      hub = await createHub({
        ...(await database()), now: () => NOW,
        sources: [{ id: 'fi', url: `${base}/fi.json` }, { id: 'se', url: `${base}/se.json` }],
        harvestOptions: { allowPrivate: true },
      });
      await hub.harvestNow({ force: true });
    });
    after(async () => { await hub?.close(); });
    const search = async (query: string) => (await hub.app.inject(`/api/v1/search?${query}&status=all&size=100`)).json() as { total: number; items: { id: string; title: { en: string } }[] };

    it('sees an edit that keeps the row count and last_seen, and a deleted row', async () => {
      const before = await search('');
      assert.equal(before.total, 50);
      await hub.db.query(`UPDATE opportunities SET data = jsonb_set(data, '{title,en}', '"Renamed week"') WHERE source_id = 'fi' AND item_id = 'week-3'`);
      await hub.rebuild();
      assert.deepEqual((await search('q=renamed')).items.map((o) => o.title.en), ['Renamed week']);
      await hub.db.query(`DELETE FROM opportunities WHERE source_id = 'se' AND item_id = 'week-7'`);
      await hub.rebuild();
      assert.equal((await search('')).total, 49);
      assert.equal((await search('country=SE')).total, 19);
    });

    it('answers the same from the cache as after reading every source again', async () => {
      await hub.rebuild();
      const cached = await search('');
      await hub.rebuild({ reread: true });
      assert.deepEqual(await search(''), cached);
      assert.equal(cached.items.length, 49);
      assert.equal((await search('country=FI&sort=title')).items.length, 30);
    });

    it('drops a source whose rows are all gone', async () => {
      await hub.db.query(`DELETE FROM opportunities WHERE source_id = 'se'`);
      await hub.rebuild();
      assert.equal((await search('country=SE')).total, 0);
      assert.equal((await search('')).total, 30);
    });
  });
}

suite('PGlite (embedded)', async () => ({ dataDir: 'memory://', databaseUrl: '' }));

const pg: TestPostgres | string = await testPostgres();
after(() => { if (typeof pg !== 'string') pg.stop(); });
async function freshDatabase(): Promise<{ databaseUrl: string }> {
  const server = pg as TestPostgres;
  const { default: PG } = await import('pg');
  const client = new PG.Client(server.url);
  await client.connect();
  const name = `opp_hub_rebuild_${process.pid}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}
suite('PostgreSQL', freshDatabase, typeof pg === 'string' ? pg : false);
