import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OppStats } from '../../src/index.js';
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
});
