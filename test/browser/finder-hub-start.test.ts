/**
 * `<opp-finder api>` on a hub that is starting, as the demo's is (npm start serves pages at once; the hub answers
 * 503 with Retry-After until it has opened its database and harvested), and with a relative `api` URL on the page's
 * own origin, as the demo's network page uses it (`api="/hub/api/v1"`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import { createSearchIndex, parseFeed, queryFromParams } from '../../src/sdk/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, NOW } from './support/feeds.js';
import { deepAll, settled } from './support/dom.js';

const API = '/hub-start/api/v1';
const engine = () => createSearchIndex(parseFeed(feed()).opportunities, { now: NOW });
const cards = (el: OppFinder) => deepAll(el, 'opp-results', 'opp-card').length;

describe('<opp-finder api> on a hub that is starting', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('resolves a relative api URL against the page and searches on this origin', async () => {
    const index = engine();
    const asked: string[] = [];
    worker.use(http.get(`${API}/search`, ({ request }) => {
      asked.push(request.url);
      return HttpResponse.json(JSON.parse(JSON.stringify(index.search(queryFromParams(new URL(request.url).searchParams)))));
    }));
    const el = await fixture<OppFinder>(html`<opp-finder api=${API} now=${NOW} no-url></opp-finder>`);
    await waitUntil(() => el.controller.status !== 'loading', 'finder did not load', { timeout: 5000 });
    await settled(el);
    expect(el.controller.status).to.equal('ready');
    expect(new URL(asked[0]!).origin).to.equal(location.origin);
    expect(new URL(asked[0]!).pathname).to.equal(`${API}/search`);
    expect(cards(el)).to.be.greaterThan(0);
  });

  it('shows that it is loading while the hub answers 503 with Retry-After, then the results (no error state)', async () => {
    const index = engine();
    let asked = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    worker.use(http.get(`${API}/search`, async ({ request }) => {
      asked++;
      if (asked <= 3) return HttpResponse.json({ error: 'The hub is starting.' }, { status: 503, headers: { 'Retry-After': '0' } });
      await gate;
      return HttpResponse.json(JSON.parse(JSON.stringify(index.search(queryFromParams(new URL(request.url).searchParams)))));
    }));
    const errors: unknown[] = [];
    const el = await fixture<OppFinder>(html`<opp-finder api=${API} now=${NOW} no-url @opp-error=${(e: CustomEvent) => errors.push(e.detail)}></opp-finder>`);
    await waitUntil(() => asked === 4, 'the finder did not ask again after the 503s', { timeout: 5000 });
    await settled(el);
    expect(el.controller.status).to.equal('loading');
    const results = el.shadowRoot!.querySelector('opp-results')!;
    expect(results.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    open();
    await waitUntil(() => el.controller.status !== 'loading', 'finder did not load', { timeout: 5000 });
    await settled(el);
    expect(el.controller.status).to.equal('ready');
    expect(errors).to.deep.equal([]);
    expect(cards(el)).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
