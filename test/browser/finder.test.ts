import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import { memoryCache } from '../../src/sdk/client/index.js';
import { FACETS } from '../../src/sdk/search/facets.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, items, many, NOW, serve } from './support/feeds.js';
import { deep, deepAll, focused, mount, settled, textOf, unmountAll } from './support/dom.js';

const BASE = location.href;
const FAST = { retry: 0, cache: false as const };

async function finder(template: ReturnType<typeof html>): Promise<OppFinder> {
  const el = await fixture<OppFinder>(template);
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error', 'finder did not load', { timeout: 5000 });
  await settled(el);
  return el;
}

const count = (el: OppFinder) => textOf(deep(el, 'opp-results', '[part~="count"]'));
const live = (el: OppFinder) => textOf(deep(el, 'opp-results', '[part~="live"]'));
const titles = (el: OppFinder) => deepAll(el, 'opp-results', 'opp-card').map((c) => textOf(c.shadowRoot!.querySelector('h2')));
const chips = (el: OppFinder) => deepAll(el, 'opp-results', '[part~="chip"]').map((c) => c.getAttribute('aria-label'));
const checkbox = (el: OppFinder, facet: string, value: string) =>
  deepAll<HTMLInputElement>(el, 'opp-filters', `input[name="${facet}"]`).find((i) => i.value === value)!;
const params = () => new URLSearchParams(location.search);

describe('<opp-finder>', () => {
  before(() => startWorker());
  afterEach(() => {
    unmountAll();
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
  });

  it('shows a loading skeleton, then the results with past items hidden by a removable chip', async () => {
    const url = feedUrl();
    serve(url, feed(), 300);
    const el = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    await settled(el);
    expect(el.controller.status).to.equal('loading');
    expect(deep(el, 'opp-results', '[aria-busy="true"]')).to.exist;
    expect(deepAll(el, 'opp-results', '[part~="skeleton"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await waitUntil(() => el.controller.status === 'ready');
    await settled(el);
    expect(count(el)).to.equal('6 opportunities');
    expect(titles(el)).not.to.include('Erasmus Staff Week 2026');
    expect(chips(el)).to.deep.equal(['Remove filter: Showing opportunities you can still apply for']);
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(el, 'opp-results', '[part~="chip"]')!.click();
    await settled(el);
    expect(count(el)).to.equal('9 opportunities');
    expect(titles(el)).to.include('Erasmus Staff Week 2026');
    expect(params().get('status')).to.equal('all');
  });

  it('shows the default status filter as a default: no ticked box, one chip; ticking "Open" shows only open items', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const boxes = () => deepAll<HTMLInputElement>(el, 'opp-filters', 'input[name="status"]');
    expect(boxes().length).to.be.greaterThan(2);
    expect(boxes().filter((b) => b.checked).map((b) => b.value)).to.deep.equal([]);
    expect(chips(el)).to.deep.equal(['Remove filter: Showing opportunities you can still apply for']);
    // Closed, cancelled and past are hidden by default; upcoming stays (it can be applied for later).
    expect(titles(el)).to.include('Human Resources Week');
    for (const hidden of ['Job shadowing in the international office', 'Cancelled Staff Week', 'Erasmus Staff Week 2026'])
      expect(titles(el)).not.to.include(hidden);

    checkbox(el, 'status', 'open').click();
    await settled(el);
    expect(params().get('status')).to.equal('open');
    expect(count(el)).to.equal('4 opportunities');
    expect(titles(el)).to.have.members(['International Library Staff Week', 'Digital teaching online', 'Looking for a host library', 'Traineeship in health and care']);
    expect(boxes().filter((b) => b.checked).map((b) => b.value)).to.deep.equal(['open']);
    expect(chips(el)).to.have.length(1);
    expect(chips(el)[0]).to.contain('Open');

    checkbox(el, 'status', 'past').click();
    await settled(el);
    expect(params().get('status')).to.equal('open,past');
    expect(count(el)).to.equal('5 opportunities');
    expect(chips(el)).to.have.length(2);

    // Unticking every box goes back to the default.
    checkbox(el, 'status', 'open').click();
    await settled(el);
    checkbox(el, 'status', 'past').click();
    await settled(el);
    expect(params().has('status')).to.be.false;
    expect(count(el)).to.equal('6 opportunities');
    expect(chips(el)).to.deep.equal(['Remove filter: Showing opportunities you can still apply for']);
    await expect(el).to.be.accessible();
  });

  it('announces the result count politely, once typing pauses', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    await aTimeout(800);
    expect(live(el)).to.equal('6 opportunities');
    const region = deep(el, 'opp-results', '[part~="live"]')!;
    expect(region.getAttribute('role')).to.equal('status');

    const input = deep<HTMLInputElement>(el, 'opp-search-box', 'input')!;
    input.focus();
    await sendKeys({ type: 'we' });
    await aTimeout(100);
    await sendKeys({ type: 'ek' });
    await aTimeout(400);
    // The results follow the typing, but the count is not said until the visitor pauses.
    expect(el.controller.query.text).to.equal('week');
    expect(live(el), 'nothing said mid-typing').to.equal('');
    await aTimeout(1000);
    expect(live(el)).to.equal('3 opportunities');
  });

  it('searches as you type, in one history entry per typing burst', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const before = history.length;
    const input = deep<HTMLInputElement>(el, 'opp-search-box', 'input')!;
    input.focus();
    await sendKeys({ type: 'lib' });
    await aTimeout(400);
    await sendKeys({ type: 'rary' });
    await aTimeout(400);
    await settled(el);
    expect(titles(el)).to.have.members(['Looking for a host library', 'International Library Staff Week']);
    expect(params().get('q')).to.equal('library');
    expect(history.length).to.equal(before + 1);
    expect(chips(el)).to.include('Remove filter: “library”');
    // Enter searches at once.
    input.select();
    await sendKeys({ type: 'helsinki' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(titles(el)).to.deep.equal(['International Relations Week']);
  });

  it('keeps the search box in step with the query: chip removed, back, forward, typed again', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const input = deep<HTMLInputElement>(el, 'opp-search-box', 'input')!;
    input.focus();
    await sendKeys({ type: 'library' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.controller.query.text).to.equal('library');
    // Remove the text chip: the box empties.
    deepAll<HTMLButtonElement>(el, 'opp-results', '[part~="chip"]').find((c) => /library/.test(c.getAttribute('aria-label')!))!.click();
    await settled(el);
    expect(el.controller.query.text).to.equal(undefined);
    expect(input.value).to.equal('');
    // Back brings the text (and the box) back; forward empties it again.
    history.back();
    await waitUntil(() => el.controller.query.text === 'library', 'back restored the text');
    await settled(el);
    expect(input.value).to.equal('library');
    history.forward();
    await waitUntil(() => el.controller.query.text === undefined, 'forward removed the text');
    await settled(el);
    expect(input.value).to.equal('');
    // The same word typed again is searched again.
    input.focus();
    await sendKeys({ type: 'library' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.controller.query.text).to.equal('library');
    expect(input.value).to.equal('library');
  });

  it('filters with counts from facets, shows chips and clears all', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const searchEvents: number[] = [];
    el.addEventListener('opp-search', (e) => searchEvents.push(e.detail.total));
    const fi = checkbox(el, 'country', 'FI');
    const label = fi.closest('label')!;
    expect(textOf(label.querySelector('.name'))).to.equal('Finland');
    expect(textOf(label.querySelector('[part~="count"]'))).to.equal('2');
    expect(textOf(label.querySelector('.visually-hidden'))).to.equal('Finland, 2 opportunities');

    fi.click();
    await settled(el);
    expect(count(el)).to.equal('2 opportunities');
    expect(params().get('country')).to.equal('FI');
    expect(chips(el)).to.include('Remove filter: Finland');
    expect(searchEvents).to.deep.equal([2]);
    // Disjunctive counts: Sweden still shows what choosing it too would add.
    expect(textOf(checkbox(el, 'country', 'SE').closest('label')!.querySelector('[part~="count"]'))).to.equal('1');

    checkbox(el, 'topic', 'human-resources').click();
    await settled(el);
    expect(count(el)).to.equal('1 opportunity');
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(el, 'opp-results', '[part~="clear-all"]')!.click();
    await settled(el);
    expect(count(el)).to.equal('6 opportunities');
    expect(chips(el)).to.deep.equal(['Remove filter: Showing opportunities you can still apply for']);
    expect(params().has('country')).to.be.false;
  });

  it('filters by a date window', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const from = deep<HTMLInputElement>(el, 'opp-filters', 'input[name="from"]')!;
    const to = deep<HTMLInputElement>(el, 'opp-filters', 'input[name="to"]')!;
    expect(from.labels?.[0]?.textContent).to.contain('From');
    from.value = '2027-05-01';
    from.dispatchEvent(new Event('change'));
    to.value = '2027-05-31';
    to.dispatchEvent(new Event('change'));
    await settled(el);
    expect(params().get('from')).to.equal('2027-05-01');
    expect(params().get('to')).to.equal('2027-05-31');
    expect(titles(el)).to.have.members(['International Library Staff Week', 'Traineeship in health and care']);
    expect(chips(el).some((c) => /From/.test(c ?? ''))).to.be.true;
  });

  it('shows the empty state with the kind in the plural, and clears filters', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} kind="staff-week" now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    // The kind is fixed by the host: no kind filter group, no kind chip.
    expect(deepAll(el, 'opp-filters', 'input[name="kind"]').length).to.equal(0);
    el.controller.setText('zzzzqqq');
    await settled(el);
    const empty = deep(el, 'opp-results', '[part~="empty"]')!;
    expect(textOf(empty)).to.contain('No staff weeks match your search.');
    await expect(el).to.be.accessible();
    (empty.querySelector('button') as HTMLButtonElement).click();
    await settled(el);
    expect(count(el)).to.equal('3 opportunities');
    expect(chips(el)).to.deep.equal(['Remove filter: Showing opportunities you can still apply for']);
  });

  it('shows a feed error with retry and a link to the site, then recovers', async () => {
    const url = 'https://feeds.example.eu/broken.json';
    serve(url, 500);
    const errors: string[] = [];
    const el = await fixture<OppFinder>(html`<opp-finder feed=${url} .clientOptions=${FAST} @opp-error=${(e: CustomEvent) => errors.push(e.detail.error.name)}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'error');
    await settled(el);
    const box = deep(el, 'opp-results', '[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('The opportunities could not be loaded');
    expect(textOf(box.querySelector('details'))).to.contain('HTTP 500');
    const site = box.querySelector('a')!;
    expect(site.getAttribute('href')).to.equal('https://feeds.example.eu/');
    expect(textOf(site)).to.equal('Visit feeds.example.eu');
    expect(errors).to.deep.equal(['FeedHttpError']);
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    serve(url, feed());
    (box.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => el.controller.status === 'ready');
    await settled(el);
    expect(count(el)).to.equal('7 opportunities');
  });

  it('shows what loaded when one of several feeds fails, with a quiet note naming it', async () => {
    const good = feedUrl('good');
    const bad = 'https://down.example.org/feed.json';
    serve(good, feed(items.slice(0, 3)));
    serve(bad, 404);
    const loads: unknown[] = [];
    const el = await fixture<OppFinder>(
      html`<opp-finder feed="${good} ${bad}" now=${NOW} .clientOptions=${FAST} @opp-load=${(e: CustomEvent) => loads.push(e.detail)}></opp-finder>`,
    );
    await waitUntil(() => el.controller.status === 'ready');
    await settled(el);
    expect(count(el)).to.equal('3 opportunities');
    const note = deep(el, 'opp-results', '[part~="note"]')!;
    expect(textOf(note)).to.equal('Some opportunities may be missing: down.example.org/feed.json could not be loaded.');
    expect(note.getAttribute('role')).to.equal(null);
    expect((loads[0] as { sources: { state: string }[] }).sources.map((s) => s.state)).to.deep.equal(['loaded', 'failed']);
    await expect(el).to.be.accessible();
  });

  it('shows a saved copy with a note when the feed is down', async () => {
    const url = feedUrl();
    serve(url, feed());
    const cache = memoryCache();
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${{ retry: 0, cache }}></opp-finder>`);
    expect(count(el)).to.equal('6 opportunities');
    worker.resetHandlers();
    serve(url, 503);
    await el.controller.retry();
    await settled(el);
    expect(count(el)).to.equal('6 opportunities');
    expect(textOf(deep(el, 'opp-results', '[part~="note"]'))).to.match(/^Showing a saved copy from .*: the latest list could not be loaded\.$/);
    await expect(el).to.be.accessible();
  });

  it('shows the saved copy at once on a later visit while the feed refreshes', async () => {
    const url = feedUrl();
    serve(url, feed());
    const cache = memoryCache();
    const first = await finder(html`<opp-finder no-url feed=${url} now=${NOW} .clientOptions=${{ retry: 0, cache }}></opp-finder>`);
    first.remove();
    worker.resetHandlers();
    serve(url, feed(items.slice(0, 3)), 400);
    const loads: number[] = [];
    const el = await fixture<OppFinder>(
      html`<opp-finder no-url feed=${url} now=${NOW} .clientOptions=${{ retry: 0, cache }} @opp-load=${(e: CustomEvent) => loads.push(e.detail.total)}></opp-finder>`,
    );
    await waitUntil(() => el.controller.status === 'ready', 'saved copy not shown', { timeout: 300 });
    await settled(el);
    expect(count(el)).to.equal('6 opportunities');
    expect(!!deep(el, 'opp-results', '[part~="note"]'), 'no stale note while refreshing').to.be.false;
    expect(loads).to.deep.equal([]);
    await waitUntil(() => loads.length === 1, 'fresh feed not loaded', { timeout: 2000 });
    await settled(el);
    expect(count(el)).to.equal('3 opportunities');
  });

  it('pages through results, focusing the count and keeping the page in the URL', async () => {
    const url = feedUrl();
    serve(url, feed(many(45)));
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} sort="title" .clientOptions=${FAST}></opp-finder>`);
    expect(count(el)).to.equal('45 opportunities · 1–20 of 45');
    const nav = deep(el, 'opp-pagination', 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    expect(nav.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    (nav.querySelector('[part~="next"]') as HTMLElement).click();
    await settled(el);
    expect(count(el)).to.equal('45 opportunities · 21–40 of 45');
    expect(titles(el)[0]).to.equal('Week 021');
    expect(params().get('page')).to.equal('2');
    expect(focused()).to.equal(deep(el, 'opp-results', '[part~="count"]'));
    expect(deep(el, 'opp-pagination', '[aria-current="page"]')!.textContent!.trim()).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('opens the detail in place, focuses its heading, and Escape returns focus to the card', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const selects: string[] = [];
    const closes: string[] = [];
    el.addEventListener('opp-select', (e) => selects.push(e.detail.id));
    el.addEventListener('opp-detail-close', (e) => closes.push(e.detail.id));
    const card = deepAll(el, 'opp-results', 'opp-card').find((c) => /Library Staff/.test(textOf(c.shadowRoot!.querySelector('h2'))))!;
    const link = card.shadowRoot!.querySelector('a')!;
    expect(new URL(link.href).searchParams.get('opp')).to.equal('ugent-library-week');
    link.focus();
    link.click();
    await settled(el);
    expect(selects).to.deep.equal(['ugent-library-week']);
    expect(params().get('opp')).to.equal('ugent-library-week');
    const detail = deep(el, 'opp-detail')!;
    expect(detail.hidden).to.be.false;
    expect(deep(el, 'opp-results')!.closest('[hidden]')).to.exist;
    const heading = deep(el, 'opp-detail', 'h2')!;
    expect(focused()).to.equal(heading);
    expect(textOf(heading)).to.equal('International Library Staff Week');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await settled(el);
    await aTimeout(0);
    expect(closes).to.deep.equal(['ugent-library-week']);
    expect(detail.hidden).to.be.true;
    expect(params().has('opp')).to.be.false;
    expect(focused()).to.equal(link);
  });

  it('restores the view in one step with the back button', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    checkbox(el, 'country', 'FI').click();
    await settled(el);
    checkbox(el, 'country', 'SE').click();
    await settled(el);
    expect(params().get('country')).to.equal('FI,SE');
    expect(count(el)).to.equal('3 opportunities');

    let pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await settled(el);
    expect(params().get('country')).to.equal('FI');
    expect(count(el)).to.equal('2 opportunities');
    expect(checkbox(el, 'country', 'SE').checked).to.be.false;

    // Open a detail, then one "back" closes it.
    el.controller.select('helsinki-ir-week');
    await settled(el);
    expect(deep(el, 'opp-detail')!.hidden).to.be.false;
    pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await settled(el);
    expect(deep(el, 'opp-detail')!.hidden).to.be.true;
    expect(count(el)).to.equal('2 opportunities');

    pop = oneEvent(window, 'popstate');
    history.forward();
    await pop;
    await settled(el);
    expect(deep(el, 'opp-detail')!.hidden).to.be.false;
    expect(focused()).to.equal(deep(el, 'opp-detail', 'h2'));
  });

  it('opens a deep link: the query and the detail from the URL', async () => {
    const url = feedUrl();
    serve(url, feed());
    history.replaceState(null, '', `${BASE}&country=BE&opp=ugent-library-week`);
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    expect(el.controller.query.country).to.deep.equal(['BE']);
    expect(deep(el, 'opp-detail')!.hidden).to.be.false;
    expect(textOf(deep(el, 'opp-detail', 'h2'))).to.equal('International Library Staff Week');
    // A stale link says so, with a way back.
    history.replaceState(null, '', `${BASE}&opp=gone`);
    const el2 = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    expect(textOf(deep(el2, 'opp-detail', '[part~="not-found"]'))).to.contain('This opportunity is no longer listed.');
    await expect(el2).to.be.accessible();
  });

  it('with url-prefix, two finders on one page keep their own parameters and leave the page\'s alone', async () => {
    const url = feedUrl();
    serve(url, feed());
    history.replaceState(null, '', `${BASE.split('?')[0]}?page=7&country=XX`); // a CMS's own ?page= and ?country=
    const wrap = await mount(html`
      <opp-finder url-prefix="a-" feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>
      <opp-finder url-prefix="b_" feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>
    `);
    const [a, b] = [...wrap.querySelectorAll('opp-finder')] as OppFinder[];
    await waitUntil(() => a!.controller.status === 'ready' && b!.controller.status === 'ready', 'both loaded', { timeout: 5000 });
    await settled(a!);
    await settled(b!);
    expect(count(a!)).to.equal(count(b!)); // the page's ?country=XX is not theirs
    checkbox(a!, 'country', 'FI').click();
    await settled(a!);
    checkbox(b!, 'country', 'SE').click();
    await settled(b!);
    expect(params().get('a-country')).to.equal('FI');
    expect(params().get('b_country')).to.equal('SE');
    expect(params().get('page')).to.equal('7');
    expect(params().get('country')).to.equal('XX');
    expect(count(a!)).to.equal('2 opportunities');
    // Back undoes b's change only; a keeps its own.
    const pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await settled(a!);
    await settled(b!);
    expect(params().get('b_country')).to.equal(null);
    expect(b!.controller.query.country).to.equal(undefined);
    expect(a!.controller.query.country).to.deep.equal(['FI']);
    // A deep link from one finder opens only in that finder.
    const link = a!.controller.hrefFor('helsinki-ir-week')!;
    expect(new URL(link).searchParams.get('a-opp')).to.equal('helsinki-ir-week');
    expect(new URL(link).searchParams.get('page')).to.equal('7');
  });

  it('leaves the URL alone with no-url', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder no-url feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const before = location.href;
    checkbox(el, 'country', 'FI').click();
    el.controller.select('helsinki-ir-week');
    await settled(el);
    expect(location.href).to.equal(before);
    expect(deep(el, 'opp-detail')!.hidden).to.be.false;
  });

  it('keeps host pre-filters fixed: visitor filters narrow within them and are the only chips', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} country="FI,SE" status="open,closing-soon,upcoming,closed" page-size="12" now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    expect(count(el)).to.equal('4 opportunities');
    // The host fixed the status: no "hiding past" chip.
    expect(chips(el)).to.deep.equal([]);
    const countries = deepAll<HTMLInputElement>(el, 'opp-filters', 'input[name="country"]').map((i) => i.value);
    expect(countries).to.have.members(['FI', 'SE']);
    checkbox(el, 'country', 'SE').click();
    await settled(el);
    expect(count(el)).to.equal('2 opportunities');
    expect(chips(el)).to.deep.equal(['Remove filter: Sweden']);
    expect(el.controller.result!.pageSize).to.equal(12);
  });

  it('has a pre-filter attribute for every facet of the SDK facet table, named as the table says', () => {
    for (const tag of ['opp-finder', 'opp-finder-provider']) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      for (const f of FACETS) expect(observed, `${tag} ${f.name}`).to.include(f.attribute);
    }
  });

  it('reads pre-filter attributes as the feed format writes codes (lists by comma or space, case normalised)', async () => {
    const el = await fixture<OppFinder>(
      html`<opp-finder no-url kind="Staff-Week, COURSE" provider-type="HEI" country="fi se" field="0413" language="pt-BR" status="Open" from="2027-01-01"></opp-finder>`,
    );
    expect(el.prefilter()).to.deep.equal({
      kind: ['staff-week', 'course'],
      providerType: ['hei'],
      country: ['FI', 'SE'],
      field: ['0413'],
      language: ['pt-BR'],
      status: ['open'],
      from: '2027-01-01',
    });
  });

  it('sorts by the order the visitor picks', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const select = deep<HTMLSelectElement>(el, 'opp-results', 'select')!;
    expect(select.labels?.[0]?.textContent).to.contain('Sort by');
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    const t = titles(el);
    expect(t).to.deep.equal([...t].sort((a, b) => a.localeCompare(b, 'en')));
    expect(params().get('sort')).to.equal('title');

    select.value = 'deadline';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(params().get('sort')).to.equal('deadline');
    // Back: the results are in title order again, and the box says so (it had kept "Deadline").
    const pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await settled(el);
    expect(params().get('sort')).to.equal('title');
    expect(titles(el)).to.deep.equal(t);
    expect(deep<HTMLSelectElement>(el, 'opp-results', 'select')!.value).to.equal('title');
  });

  it('in deadline order the cards lead with the deadline, and what can be applied for comes first', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    const cards = () => deepAll(el, 'opp-results', 'opp-card') as (HTMLElement & { opportunity: { application?: { deadline?: string } } })[];
    expect(cards().every((c) => c.getAttribute('sort') !== 'deadline')).to.be.true;
    const select = deep<HTMLSelectElement>(el, 'opp-results', 'select')!;
    select.value = 'deadline';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(cards().length).to.be.greaterThan(1);
    for (const card of cards()) {
      expect(card.getAttribute('sort')).to.equal('deadline');
      if (!card.opportunity.application?.deadline) continue;
      expect(card.shadowRoot!.querySelector('[part~="facts"]')!.firstElementChild!.getAttribute('part')).to.equal('deadline');
    }
    // With closed items shown too, every card that can be applied for comes before every one that cannot.
    for (const status of ['closed', 'open', 'closing-soon']) {
      checkbox(el, 'status', status).click();
      await settled(el);
    }
    const badges = cards().map((c) => c.shadowRoot!.querySelector('[part~="badge"]')!.getAttribute('part')!);
    expect(badges.some((b) => b.includes('status-closed'))).to.be.true;
    expect(badges.some((b) => b.includes('status-open'))).to.be.true;
    const late = badges.map((b) => /status-(closed|full|past|cancelled)/.test(b));
    expect(late.slice(late.indexOf(true)).every(Boolean), badges.join()).to.be.true;
    const closed = cards().find((c) => c.shadowRoot!.querySelector('[part~="status-closed"]'))!;
    expect(textOf(closed.shadowRoot!.querySelector('[part~="deadline"] dt'))).to.equal('Application deadline');
  });

  it('honours the page size in the URL (?size=5&page=2 shows 6–10) and keeps it in links', async () => {
    const url = feedUrl();
    serve(url, feed(many(30)));
    history.replaceState(null, '', `${BASE.split('?')[0]}?size=5&page=2&status=all`);
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    expect(el.controller.result!.pageSize).to.equal(5);
    expect(el.controller.result!.page).to.equal(2);
    expect(deepAll(el, 'opp-results', 'opp-card').length).to.equal(5);
    el.controller.setPage(3);
    await settled(el);
    expect(params().get('size')).to.equal('5');
    expect(params().get('page')).to.equal('3');
  });

  it('works by keyboard alone: type, tab to a filter, toggle it with Space', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST} style="display:block;width:1000px"></opp-finder>`);
    // Wide enough for the filters to sit beside the results (no "Filters" toggle to pass first).
    await waitUntil(() => !!deep(el, '.finder.wide') && !!deep(el, 'opp-filters', 'details'));
    deep<HTMLInputElement>(el, 'opp-search-box', 'input')!.focus();
    await sendKeys({ type: 'library' });
    await sendKeys({ press: 'Enter' }); // search now (two kinds match: the "Type" group stays)
    await settled(el);
    expect(el.controller.query.text).to.equal('library');
    await sendKeys({ press: 'Tab' }); // search button
    await sendKeys({ press: 'Tab' }); // first filter group's summary
    expect(textOf(focused())).to.equal('Type');
    await sendKeys({ press: 'Enter' }); // open it
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).type).to.equal('checkbox');
    const value = (focused() as HTMLInputElement).value;
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.controller.query.kind).to.deep.equal([value]);
  });

  it('fits a 320 px screen: filters fold behind a toggle, nothing overflows, dark scheme is accessible', async () => {
    await setViewport({ width: 320, height: 640 });
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const url = feedUrl();
      serve(url, feed());
      const el = await finder(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
      await aTimeout(50);
      await settled(el);
      const toggle = deep(el, '[part~="filters-toggle"]')!;
      expect(textOf(toggle)).to.equal('Filters');
      checkbox(el, 'country', 'FI').click();
      await settled(el);
      expect(textOf(deep(el, '[part~="filters-toggle"]'))).to.equal('Filters (1 active)');
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
      const base = deep(el, '[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 23, 27)');
      await expect(el).to.be.accessible();
      // `theme="light"` wins over the visitor's preference, down to the cards.
      el.setAttribute('theme', 'light');
      await settled(el);
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      const card = deep(el, 'opp-results', 'opp-card', 'article')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(244, 245, 247)');
    } finally {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
