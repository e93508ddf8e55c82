/** `<opp-apply feed=… opportunity-id=…>`'s loader: any feed format, relative URLs against the page, not found vs down. */
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { loadOpportunity } from '../../src/elements/apply/apply.loader.js';

const BASE = 'https://feeds.example.eu';
const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

describe('loadOpportunity (the @lit/task behind <opp-apply feed>)', () => {
  it('finds the opportunity in a CSV feed (the format readers come in through formatsReader)', async () => {
    const csv = 'id,kind,title,provider.name,provider.country\r\nw1,course,Library week,Ghent University,BE\r\n';
    server.use(http.get(`${BASE}/weeks.csv`, () => new HttpResponse(csv, { headers: { 'content-type': 'text/csv' } })));
    const r = await loadOpportunity(`${BASE}/weeks.csv`, 'w1', new AbortController().signal);
    assert.equal(r.state, 'idle');
    assert.equal(r.opportunity?.id, 'w1');
  });

  it('says not-found when the feed loads without that id, error when the feed is down', async () => {
    server.use(
      http.get(`${BASE}/empty.json`, () => HttpResponse.json({ version: '1', opportunities: [] })),
      http.get(`${BASE}/down.json`, () => new HttpResponse(null, { status: 404 })),
    );
    assert.deepEqual(await loadOpportunity(`${BASE}/empty.json`, 'x', new AbortController().signal), { state: 'not-found' });
    await assert.rejects(loadOpportunity(`${BASE}/down.json`, 'x', new AbortController().signal), { name: 'FeedHttpError' });
  });

  it('resolves a relative feed URL against the page (baseUrl = location.href)', async () => {
    server.use(http.get(`${BASE}/site/feed.json`, () => HttpResponse.json({ version: '1', opportunities: [{ id: 'r', kind: 'course', title: { en: 'R' }, provider: { name: 'U', country: 'BE' } }] })));
    const g = globalThis as { location?: unknown };
    g.location = { href: `${BASE}/site/page.html` };
    try {
      const r = await loadOpportunity('feed.json', 'r', new AbortController().signal);
      assert.equal(r.opportunity?.id, 'r');
    } finally {
      delete g.location;
    }
  });
});
