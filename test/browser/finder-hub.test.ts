/**
 * `<opp-finder api=…>`: searches answered by a hub. msw stands in for the hub, answering with the SDK's own engine
 * over the test feed (as the real hub does), and records what the finder asked. The page downloads no feed; the
 * visitor's query and the host's pre-filter travel as the finder's URL parameters; a slow, superseded answer never
 * replaces a newer one; what the hub sends is validated before it is shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { delay, http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import { createSearchIndex, parseFeed, queryFromParams } from '../../src/sdk/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, NOW, serve } from './support/feeds.js';
import { deep, deepAll, settled, textOf } from './support/dom.js';

const API = 'https://hub.test/api/v1';
const index = () => createSearchIndex(parseFeed(feed()).opportunities, { now: NOW });

/** The hub stand-in; returns the list of search parameter strings it was asked. */
function hub(options: { slow?: (params: URLSearchParams) => number; tamper?: (body: Record<string, unknown>) => void } = {}): string[] {
  const asked: string[] = [];
  const engine = index();
  worker.use(
    http.get(`${API}/search`, async ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params.toString());
      const wait = options.slow?.(params) ?? 0;
      if (wait) await delay(wait);
      const body = JSON.parse(JSON.stringify(engine.search(queryFromParams(params)))) as Record<string, unknown>;
      options.tamper?.(body);
      return HttpResponse.json(body);
    }),
    http.get(`${API}/opportunities/:id`, ({ params }) => {
      const o = engine.get(decodeURIComponent(String(params.id)));
      return o ? HttpResponse.json(o) : HttpResponse.json({ error: 'gone' }, { status: 404 });
    }),
  );
  return asked;
}

async function ready(template: ReturnType<typeof html>): Promise<OppFinder> {
  const el = await fixture<OppFinder>(template);
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error', 'finder did not load', { timeout: 5000 });
  await settled(el);
  return el;
}
const titles = (el: OppFinder) => deepAll(el, 'opp-results', 'opp-card').map((c) => textOf(c.shadowRoot!.querySelector('[part~="title"]')));

describe('<opp-finder api> (searches on a hub)', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows the hub\'s results and facets, asking with the finder\'s parameters, downloading no feed', async () => {
    const asked = hub();
    const feeds: string[] = [];
    worker.events.on('request:start', ({ request }) => { if (!request.url.startsWith(API)) feeds.push(request.url); });
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url></opp-finder>`);
    expect(el.controller.status).to.equal('ready');
    expect(asked[0]).to.contain('status=upcoming%2Copen%2Cclosing-soon');
    expect(asked[0]).to.contain('size=20');
    const expected = index().search({ status: ['upcoming', 'open', 'closing-soon'], now: NOW });
    expect(titles(el).length).to.equal(expected.items.length);
    expect(el.controller.result!.total).to.equal(expected.total);
    expect(el.controller.result!.facets.country.map((f) => f.value)).to.deep.equal(expected.facets.country.map((f) => f.value));
    expect(feeds.filter((u) => /\.json|\.csv|\.ics/.test(u))).to.deep.equal([]);
    await expect(el).to.be.accessible();
    worker.events.removeAllListeners();
  });

  it('sends the visitor\'s query within the host\'s pre-filter', async () => {
    const asked = hub();
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url kind="staff-week,course"></opp-finder>`);
    expect(new URLSearchParams(asked[0]).get('kind')).to.equal('staff-week,course');
    el.controller.update({ kind: ['course'], text: 'online' });
    await waitUntil(() => asked.length === 2);
    const second = new URLSearchParams(asked[1]);
    expect(second.get('kind')).to.equal('course');
    expect(second.get('q')).to.equal('online');
    await waitUntil(() => el.controller.result!.items.every((o) => o.kind === 'course'));
  });

  it('drops a slow answer that a newer query overtook', async () => {
    const asked = hub({ slow: (p) => (p.get('q') === 'library' ? 400 : 0) });
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url></opp-finder>`);
    el.controller.update({ text: 'library' }, { kind: 'text' });
    await waitUntil(() => asked.length === 2, 'the hub was not asked for library'); // on its way, slowly
    el.controller.update({ text: 'relations' }, { kind: 'text' });
    await waitUntil(() => asked.length === 3);
    await new Promise((r) => setTimeout(r, 600)); // the slow 'library' answer has arrived (and was aborted) by now
    await settled(el);
    expect(el.controller.query.text).to.equal('relations');
    const want = (text: string) => index().search({ text, status: ['upcoming', 'open', 'closing-soon'], now: NOW }).items.map((o) => o.id);
    expect(want('library')).to.not.deep.equal(want('relations'));
    expect(el.controller.result!.items.map((o) => o.id)).to.deep.equal(want('relations'));
  });

  it('validates what the hub sends: an invalid item is dropped, no script link is rendered', async () => {
    hub({
      tamper: (body) => {
        const items = body.items as Record<string, unknown>[];
        items[0]!.url = 'javascript:alert(1)';
        items.push({ id: 'broken', title: 'No kind, no provider' });
        body.facets = { country: [{ value: 'BE', count: 'lots' }, { nonsense: true }] };
      },
    });
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url></opp-finder>`);
    expect(el.controller.result!.items.some((o) => o.id === 'broken')).to.equal(false);
    const hrefs = deepAll(el, 'opp-results', 'opp-card').flatMap((c) => [...c.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => /^javascript:/i.test(h))).to.equal(false);
    expect(el.controller.result!.facets.country).to.deep.equal([{ value: 'BE', count: 0 }]);
  });

  it('opens a detail that is not on the current page by asking the hub for it', async () => {
    hub();
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url></opp-finder>`);
    const notShown = index().search({ status: ['past'], now: NOW }).items[0]!;
    expect(el.controller.result!.items.some((o) => o.id === notShown.id)).to.equal(false);
    el.controller.select(notShown.id);
    await waitUntil(() => el.controller.selected?.id === notShown.id, 'the hub was not asked for the item');
  });

  it('shows the error state, with Try again, when the hub cannot answer', async () => {
    worker.use(http.get(`${API}/search`, () => HttpResponse.json({ error: 'down' }, { status: 503 })));
    const errors: unknown[] = [];
    const el = await fixture<OppFinder>(html`<opp-finder api=${API} now=${NOW} no-url .clientOptions=${{ timeout: 2000 }} @opp-error=${(e: CustomEvent) => errors.push(e.detail)}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'error', 'no error state', { timeout: 8000 });
    expect(errors.length).to.equal(1);
    hub();
    await el.controller.retry();
    expect(el.controller.status).to.equal('ready');
  });

  it('offers the current search as a calendar and a feed to subscribe to, with what the finder sends but no paging', async () => {
    const asked = hub();
    const el = await ready(html`<opp-finder api=${API} now=${NOW} no-url kind="staff-week,course"></opp-finder>`);
    const links = () => deepAll<HTMLAnchorElement>(el, 'opp-results', '[part~="subscribe-link"]');
    expect(textOf(deep(el, 'opp-results', '[part~="subscribe"]'))).to.equal('Subscribe: calendar · feed');
    expect(links().map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Subscribe to this search in a calendar', 'Subscribe to this search as a feed']);
    expect(links().map((a) => new URL(a.href).pathname)).to.deep.equal(['/api/v1/feed.ics', '/api/v1/feed.json']);
    expect(links().map((a) => a.type)).to.deep.equal(['text/calendar', 'application/json']);
    expect(deep(el, 'opp-results', '[part~="subscribe-ics"]')).to.equal(links()[0]);
    expect(deep(el, 'opp-results', '[part~="subscribe-json"]')).to.equal(links()[1]);
    // The visitor ticks a country: both links follow, with the parameters the finder sent to /search minus page/size.
    const fi = deepAll<HTMLInputElement>(el, 'opp-filters', 'input[name="country"]').find((i) => i.value === 'FI')!;
    fi.click();
    await waitUntil(() => asked.length === 2 && links()[0]?.href.includes('country=FI'), 'the links did not follow the filter');
    await settled(el);
    const sent = new URLSearchParams(asked[1]);
    sent.delete('page');
    sent.delete('size');
    for (const a of links()) {
      const got = new URL(a.href);
      expect(got.origin).to.equal('https://hub.test');
      expect(got.searchParams.get('country')).to.equal('FI');
      expect(got.searchParams.get('kind')).to.equal('staff-week,course');
      expect(got.searchParams.has('size')).to.equal(false);
      expect(got.searchParams.has('page')).to.equal(false);
      // The calendar also says which language to name the categories in.
      expect(got.searchParams.get('lang')).to.equal(got.pathname.endsWith('.ics') ? 'en' : null);
      got.searchParams.delete('lang');
      expect([...got.searchParams].sort()).to.deep.equal([...sent].sort());
    }
    await expect(el).to.be.accessible();
  });

  it('offers no subscribe links without a hub, or when the hub is not an http(s) address', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await ready(html`<opp-finder feed=${url} now=${NOW} no-url .clientOptions=${{ retry: 0, cache: false }}></opp-finder>`);
    expect(el.controller.status).to.equal('ready');
    expect(deep(el, 'opp-results', '[part~="subscribe"]')).to.equal(null);
    expect(el.controller.subscribeLinks()).to.deep.equal([]);
    // A host-set `api` that is not http(s) (here a data: URL the test answers through `fetch`) never becomes a link.
    const engine = index();
    const fetchHub: typeof fetch = async (input) => {
      const u = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return Response.json(engine.search(queryFromParams(u.search)));
    };
    const odd = await ready(html`<opp-finder api="javascript:alert(1)//" now=${NOW} no-url .clientOptions=${{ fetch: fetchHub }}></opp-finder>`);
    expect(odd.controller.status).to.equal('ready');
    expect(odd.controller.subscribeLinks()).to.deep.equal([]);
    expect(deep(odd, 'opp-results', '[part~="subscribe"]')).to.equal(null);
  });
});
