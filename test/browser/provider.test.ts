import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OppFinderProvider } from '../../src/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, NOW, serve } from './support/feeds.js';
import { deep, deepAll, focused, settled, textOf } from './support/dom.js';

const BASE = location.href;

describe('<opp-finder-provider> with parts laid out by the host', () => {
  before(() => startWorker());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
  });

  async function layout(): Promise<OppFinderProvider> {
    const url = feedUrl();
    serve(url, feed());
    const el = await fixture<OppFinderProvider>(html`
      <opp-finder-provider feed=${url} now=${NOW} no-url .clientOptions=${{ retry: 0, cache: false }}>
        <header><opp-search-box></opp-search-box></header>
        <div>
          <aside><opp-filters facets="country,kind"></opp-filters></aside>
          <main>
            <opp-results heading-level="3"></opp-results>
            <opp-pagination></opp-pagination>
            <opp-detail heading-level="2"></opp-detail>
          </main>
          <opp-stats limit="3" heading-level="2"></opp-stats>
        </div>
      </opp-finder-provider>
    `);
    await waitUntil(() => el.controller.status === 'ready');
    await settled(el);
    return el;
  }

  it('wires every part to one shared controller', async () => {
    const el = await layout();
    const results = el.querySelector('opp-results')!;
    expect(textOf(deep(results, '[part~="count"]'))).to.equal('6 opportunities');
    // Cards get the heading level the host chose.
    expect(deepAll(results, 'opp-card').every((c) => c.shadowRoot!.querySelector('h3'))).to.be.true;
    // Only the facets asked for.
    const groups = deepAll(el.querySelector('opp-filters')!, 'summary').map(textOf);
    expect(groups).to.deep.equal(['Country', 'Type', 'Dates']);
    // The search box drives the results.
    deep<HTMLInputElement>(el.querySelector('opp-search-box')!, 'input')!.focus();
    await sendKeys({ type: 'helsinki' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(textOf(deep(results, '[part~="count"]'))).to.equal('1 opportunity');
    // Stats describe the collection, not the visitor's search.
    expect(textOf(deep(el.querySelector('opp-stats')!, 'dd'))).to.equal('7');
    await expect(el).to.be.accessible();
  });

  it('opens the selected opportunity in the host-placed <opp-detail> and restores focus on close', async () => {
    const el = await layout();
    const results = el.querySelector('opp-results')!;
    const detail = el.querySelector('opp-detail')!;
    expect(detail.shadowRoot!.querySelector('article')).to.equal(null);
    const link = deep<HTMLElement>(results, 'opp-card', '[part~="link"]')!;
    link.focus();
    link.click();
    await settled(el);
    const heading = deep(detail, 'h2')!;
    expect(focused()).to.equal(heading);
    // Without a URL (no-url) the card title is a button.
    expect(link.tagName).to.equal('BUTTON');
    await expect(el).to.be.accessible();
    deep<HTMLButtonElement>(detail, '[part~="close"]')!.click();
    await settled(el);
    await aTimeout(0);
    expect(detail.shadowRoot!.querySelector('article')).to.equal(null);
    expect(focused()).to.equal(link);
  });

  it('shows the search box with a visible label', async () => {
    const el = await layout();
    const box = el.querySelector('opp-search-box')!;
    const input = deep<HTMLInputElement>(box, 'input')!;
    expect(input.labels![0]!.textContent).to.equal('Search opportunities');
    expect(deep(box, 'form')!.getAttribute('role')).to.equal('search');
  });
});
