import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { createSearchIndex, createWorkerSearch, serveSearchIndex } from '../../src/sdk/search/index.js';
import type { MessageEndpoint } from '../../src/sdk/search/index.js';

const { opportunities } = parseFeed({
  version: '1',
  language: 'en',
  opportunities: [
    { id: 'a', kind: 'staff-week', title: 'Library week in Borås', provider: { name: 'HB', country: 'SE' }, start: '2027-05-10' },
    { id: 'b', kind: 'course', title: 'Course in Łódź', provider: { name: 'UŁ', country: 'PL' }, start: '2027-02-01' },
    { id: 'c', kind: 'course', title: 'Library course', provider: { name: 'UGent', country: 'BE' } },
  ],
});

/** A connected pair of ports, as a page and its worker would have. */
function pair() {
  const { port1, port2 } = new MessageChannel();
  return { server: port1 as unknown as MessageEndpoint, client: port2 as unknown as MessageEndpoint, close: () => (port1.close(), port2.close()) };
}

describe('search in a worker', () => {
  it('loads plain data and answers queries like a local index', async () => {
    const { server, client, close } = pair();
    const stop = serveSearchIndex(server);
    const search = createWorkerSearch(client);
    try {
      const options = { now: new Date('2027-01-01'), locale: 'sv' };
      assert.equal(await search.load(opportunities, options), 3);
      const local = createSearchIndex(opportunities, options);
      for (const q of [{}, { text: 'boras' }, { text: 'library', country: ['SE', 'BE'] }, { kind: ['course' as const], sort: 'title' as const }]) {
        assert.deepEqual(await search.search(q), JSON.parse(JSON.stringify(local.search(q))));
      }
    } finally {
      search.close();
      stop();
      close();
    }
  });

  it('answers concurrent queries each with its own result', async () => {
    const { server, client, close } = pair();
    const stop = serveSearchIndex(server);
    const search = createWorkerSearch(client);
    try {
      await search.load(opportunities);
      const [x, y, z] = await Promise.all([search.search({ text: 'lodz' }), search.search({ text: 'library' }), search.search()]);
      assert.deepEqual(x.items.map((o) => o.id), ['b']);
      assert.deepEqual(y.items.map((o) => o.id).sort(), ['a', 'c']);
      assert.equal(z.total, 3);
    } finally {
      search.close();
      stop();
      close();
    }
  });

  it('reports a search before load as an error, and rejects pending requests on close', async () => {
    const { server, client, close } = pair();
    const stop = serveSearchIndex(server);
    const search = createWorkerSearch(client);
    try {
      await assert.rejects(search.search({ text: 'x' }), /search before load/);
      const pending = search.search({});
      search.close();
      await assert.rejects(pending, /closed/);
    } finally {
      stop();
      close();
    }
  });

  it('ignores stray messages', async () => {
    const { server, client, close } = pair();
    const stop = serveSearchIndex(server);
    const search = createWorkerSearch(client);
    try {
      client.postMessage(null);
      client.postMessage('hello');
      client.postMessage({ type: 'search' });
      server.postMessage({ type: 'result', id: 999 });
      assert.equal(await search.load(opportunities), 3);
    } finally {
      search.close();
      stop();
      close();
    }
  });
});
