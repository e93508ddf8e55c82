/**
 * createRemoteSearch (the finder's hub backend) against a stand-in hub: a hub that is starting answers 503 with
 * Retry-After, and the search waits as told instead of failing; other failures are retried once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteSearch } from '../../src/sdk/search/remote.js';

const API = 'http://hub.test/api/v1';
const RESULT = { items: [], total: 0, page: 1, pageSize: 20, facets: {} };

/** A fetch answering `failures` times with `status` (and `headers`), then with a search result; counts the calls. */
function hub(failures: number, status: number, headers: Record<string, string> = {}) {
  const calls = { n: 0 };
  const fetch = (async () => {
    calls.n++;
    if (calls.n <= failures) return new Response(JSON.stringify({ error: 'starting' }), { status, headers: { 'Content-Type': 'application/json', ...headers } });
    return Response.json(RESULT);
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('createRemoteSearch: a hub that is not ready yet', () => {
  it('waits through several 503s with Retry-After (a hub starting up), then returns the results', async () => {
    const { calls, fetch } = hub(4, 503, { 'Retry-After': '0' });
    const result = await createRemoteSearch({ url: API, fetch }).search({ text: 'library' });
    assert.equal(result.total, 0);
    assert.equal(calls.n, 5);
  });

  it('gives up after eight waits', async () => {
    const { calls, fetch } = hub(Infinity, 503, { 'Retry-After': '0' });
    await assert.rejects(createRemoteSearch({ url: API, fetch }).search({}), (e: Error) => e.name === 'HTTPError');
    assert.equal(calls.n, 9);
  });

  it('retries a 500, or a 503 without Retry-After, only once', async () => {
    for (const [status, headers] of [[500, {}], [503, {}]] as const) {
      const { calls, fetch } = hub(Infinity, status, headers);
      await assert.rejects(createRemoteSearch({ url: API, fetch }).search({}));
      assert.equal(calls.n, 2, String(status));
    }
  });

  it('stops waiting when the search is aborted (a newer query overtook it)', async () => {
    const { calls, fetch } = hub(Infinity, 503, { 'Retry-After': '30' });
    const abort = new AbortController();
    const search = createRemoteSearch({ url: API, fetch }).search({}, { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    await assert.rejects(search, (e: Error) => e.name === 'AbortError');
    assert.equal(calls.n, 1);
  });
});
