import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppFinderProvider, OppStats } from '../../src/index.js';
import { createSearchIndex, parseFeed, queryFromParams } from '../../src/sdk/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, NOW, serve } from './support/feeds.js';
import { textOf } from './support/dom.js';

const FAST = { retry: 0, cache: false as const };

async function stats(template: ReturnType<typeof html>): Promise<OppStats> {
  const el = await fixture<OppStats>(template);
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error');
  await el.updateComplete;
  return el;
}

const rows = (el: OppStats, caption: string) => {
  const table = [...el.shadowRoot!.querySelectorAll('table')].find((t) => textOf(t.caption) === caption)!;
  return [...table.querySelectorAll('tbody tr')].map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('.num'))]);
};

describe('<opp-stats>', () => {
  before(() => startWorker());
  afterEach(() => worker.resetHandlers());

  it('counts upcoming and open opportunities and charts top countries and areas as a table', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await stats(html`<opp-stats feed=${url} now=${NOW} .clientOptions=${FAST}></opp-stats>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('Opportunities at a glance');
    const figures = [...root.querySelectorAll('[part~="figure"]')].map((f) => [textOf(f.querySelector('dt')), textOf(f.querySelector('dd'))]);
    expect(figures).to.deep.equal([
      ['Upcoming', '7'],
      ['Open for applications', '5'],
    ]);
    expect(rows(el, 'Top countries').slice(0, 2)).to.deep.equal([
      ['Finland', '2'],
      ['Sweden', '2'],
    ]);
    expect(rows(el, 'Top areas of expertise')[0]).to.deep.equal(['International relations', '3']);
    const table = root.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    // Bars are decoration (SVG, no style attribute): the numbers are text.
    const bar = table.querySelector('[part~="bar"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(table.querySelector('rect')!.getAttribute('width')).to.equal('100.00');
    expect(table.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('honours the finder pre-filter attributes', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await stats(html`<opp-stats feed=${url} kind="staff-week" limit="1" now=${NOW} .clientOptions=${FAST}></opp-stats>`);
    const dds = [...el.shadowRoot!.querySelectorAll('dd')].map(textOf);
    expect(dds).to.deep.equal(['3', '2']);
    expect(rows(el, 'Top countries')).to.deep.equal([['Finland', '2']]);
  });

  it('shows loading, then an error with retry', async () => {
    const url = feedUrl();
    serve(url, 500, 200);
    const el = await fixture<OppStats>(html`<opp-stats feed=${url} .clientOptions=${FAST}></opp-stats>`);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('says so when nothing is upcoming', async () => {
    const url = feedUrl();
    serve(url, feed([]));
    const el = await stats(html`<opp-stats feed=${url} now=${NOW} .clientOptions=${FAST}></opp-stats>`);
    expect(textOf(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No upcoming opportunities at the moment.');
  });

  describe('on a hub (api)', () => {
    const API = 'https://hub.test/api/v1';
    /** The hub stand-in (the SDK engine over the test feed, as the real hub); returns the searches it was asked. */
    function hub(): URLSearchParams[] {
      const asked: URLSearchParams[] = [];
      const engine = createSearchIndex(parseFeed(feed()).opportunities, { now: NOW });
      worker.use(
        http.get(`${API}/search`, ({ request }) => {
          const params = new URL(request.url).searchParams;
          asked.push(params);
          return HttpResponse.json(JSON.parse(JSON.stringify(engine.search(queryFromParams(params)))));
        }),
      );
      return asked;
    }
    const figures = (el: OppStats) => [...el.shadowRoot!.querySelectorAll('dd')].map(textOf);

    it('asks the hub for the totals and facets (status=…&size=1), downloading no feed', async () => {
      const asked = hub();
      const other: string[] = [];
      worker.events.on('request:start', ({ request }) => { if (!request.url.startsWith(API)) other.push(request.url); });
      const el = await fixture<OppStats>(html`<opp-stats api=${API} now=${NOW}></opp-stats>`);
      await waitUntil(() => el.shadowRoot!.querySelector('dd'), 'no figures', { timeout: 5000 });
      worker.events.removeAllListeners();
      expect(figures(el)).to.deep.equal(['7', '5']); // the same figures as from the feed itself (first test)
      expect(rows(el, 'Top countries').slice(0, 2)).to.deep.equal([['Finland', '2'], ['Sweden', '2']]);
      expect(rows(el, 'Top areas of expertise')[0]).to.deep.equal(['International relations', '3']);
      const counts = asked.find((p) => p.get('status') === 'upcoming,open,closing-soon,full,closed');
      expect(counts, asked.map(String).join(' | ')).to.exist;
      expect(counts!.get('size')).to.equal('1');
      expect(asked.every((p) => p.get('size') === '1')).to.equal(true);
      expect(other.filter((u) => /\.(json|csv|ics)(\?|$)/.test(u))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('inside a finder on a hub, counts within its own pre-filter', async () => {
      const asked = hub();
      const provider = await fixture<OppFinderProvider>(html`
        <opp-finder-provider api=${API} now=${NOW} no-url>
          <opp-stats kind="staff-week" limit="1"></opp-stats>
        </opp-finder-provider>
      `);
      const el = provider.querySelector('opp-stats')!;
      await waitUntil(() => el.shadowRoot!.querySelector('dd'), 'no figures', { timeout: 5000 });
      expect(figures(el)).to.deep.equal(['3', '2']); // as `kind="staff-week"` on a feed (second test)
      expect(rows(el, 'Top countries')).to.deep.equal([['Finland', '2']]);
      expect(asked.some((p) => p.get('kind') === 'staff-week' && p.get('size') === '1')).to.equal(true);
    });

    it('shows the error with Try again when the hub cannot count', async () => {
      let fail = true;
      const engine = createSearchIndex(parseFeed(feed()).opportunities, { now: NOW });
      worker.use(
        http.get(`${API}/search`, ({ request }) => {
          const params = new URL(request.url).searchParams;
          if (fail && params.get('status')?.includes('full')) return HttpResponse.json({ error: 'down' }, { status: 503 });
          return HttpResponse.json(JSON.parse(JSON.stringify(engine.search(queryFromParams(params)))));
        }),
      );
      const el = await fixture<OppStats>(html`<opp-stats api=${API} now=${NOW} .clientOptions=${{ timeout: 2000 }}></opp-stats>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error', { timeout: 8000 });
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dd'), 'no figures after retry', { timeout: 5000 });
      expect(figures(el)).to.deep.equal(['7', '5']);
    });
  });
});
