import { expect, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/i18n/loaders.js';
import '../../src/index.js';
import '../../src/elements/apply/opp-apply.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import type { OppFinder, OppFinderProvider, OppStats } from '../../src/index.js';
import { startWorker, worker } from './support/msw.js';
import { byId, feed, feedUrl, NOW, serve } from './support/feeds.js';
import { opportunity } from './apply-fixtures.js';
import { contrastProblems, effectiveBackground } from './support/contrast.js';
import { deep, mount as mountBox, settled, unmountAll } from './support/dom.js';

const FAST = { retry: 0, cache: false as const };
const DARK_BG = [21, 23, 27];
const LIGHT_TEXT = 'rgb(233, 235, 238)';
const DARK_TEXT = 'rgb(27, 30, 35)';

type Loaded = HTMLElement & { controller: { status: string } };

/** Mount `template` inside a wrapper (on this plain white test page) and wait until the element loaded and settled. */
async function mount<T extends HTMLElement>(template: TemplateResult, selector: string): Promise<T> {
  // mountBox, not fixture(): fixture() of a plain <div> waits for an animation frame a background tab may never get.
  const wrapper = (await mountBox(html`<div>${template}</div>`)).firstElementChild as HTMLDivElement;
  const el = wrapper.querySelector<T>(selector)!;
  if ('controller' in el) {
    await waitUntil(() => ['ready', 'error'].includes((el as unknown as Loaded).controller.status), `${selector} did not load`, { timeout: 5000 });
  }
  await settled(wrapper);
  return el;
}

function feedAt(): string {
  const url = feedUrl('dark');
  serve(url, feed());
  return url;
}

/** Each element as a host page places it: alone, with its data. */
const ELEMENTS: [string, () => TemplateResult, string][] = [
  ['opp-card', () => html`<opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card>`, 'opp-card'],
  ['opp-detail', () => html`<opp-detail .opportunity=${byId('ugent-library-week')} now=${NOW} closable></opp-detail>`, 'opp-detail'],
  ['opp-apply', () => html`<opp-apply .opportunity=${opportunity()} .storage=${null} min-fill-time="0"></opp-apply>`, 'opp-apply'],
  ['opp-stats', () => html`<opp-stats feed=${feedAt()} now=${NOW} .clientOptions=${FAST}></opp-stats>`, 'opp-stats'],
  ['opp-finder', () => html`<opp-finder feed=${feedAt()} now=${NOW} no-url page-size="3" .clientOptions=${FAST}></opp-finder>`, 'opp-finder'],
  [
    'opp-finder-provider with opp-search-box, opp-filters, opp-results, opp-pagination, opp-detail, opp-stats',
    () => html`<opp-finder-provider feed=${feedAt()} now=${NOW} no-url page-size="3" .clientOptions=${FAST}>
      <opp-search-box></opp-search-box>
      <opp-filters facets="country,kind,status"></opp-filters>
      <opp-results heading-level="3"></opp-results>
      <opp-pagination></opp-pagination>
      <opp-stats limit="3" heading-level="2"></opp-stats>
    </opp-finder-provider>`,
    'opp-finder-provider',
  ],
];

const problems = (el: Element) => contrastProblems(el).map((p) => `"${p.text}" ${p.color} on ${p.background}: ${p.ratio}:1`);

describe('dark mode on a light page', () => {
  before(() => startWorker());
  afterEach(async () => {
    worker.resetHandlers();
    unmountAll();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('the test page is a plain page without a colour scheme of its own', () => {
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('normal');
    expect(effectiveBackground(document.body).slice(0, 3)).to.deep.equal([255, 255, 255]);
  });

  for (const [name, template, selector] of ELEMENTS) {
    it(`${name}: under prefers-color-scheme: dark, every text has 4.5:1 against what is painted behind it; axe-clean`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount<HTMLElement>(template(), selector);
      // The element follows the visitor (the page declares no scheme) and paints its own dark background.
      const text = el.localName === 'opp-finder-provider' ? el.querySelector('opp-results')! : el;
      expect(getComputedStyle(text).color).to.equal(LIGHT_TEXT);
      expect(effectiveBackground(text).slice(0, 3)).to.deep.equal(DARK_BG);
      expect(problems(el)).to.deep.equal([]);
      if (['opp-stats', 'opp-apply'].includes(el.localName)) {
        // Content that reaches the element's edges: the painted background reaches a little beyond them.
        expect(getComputedStyle(el).boxShadow).to.match(/^rgb\(21, 23, 27\) 0px 0px 0px \d+px$/);
      }
      if (el.localName === 'opp-apply') {
        // The error texts too.
        el.querySelector<HTMLFormElement>('form')!.requestSubmit();
        await waitUntil(() => el.querySelector('.opp-apply__summary'), 'error summary');
        await (el as OppApply).updateComplete;
        expect(problems(el)).to.deep.equal([]);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the same elements in light: dark text, still 4.5:1, and nothing painted over the page', async () => {
    for (const [, template, selector] of ELEMENTS) {
      const el = await mount<HTMLElement>(template(), selector);
      expect(problems(el), selector).to.deep.equal([]);
      const text = el.localName === 'opp-finder-provider' ? el.querySelector('opp-results')! : el;
      expect(getComputedStyle(text).color, selector).to.equal(DARK_TEXT);
      expect(getComputedStyle(text).backgroundColor, selector).to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('a page that declares color-scheme: light keeps the elements light under a dark preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = (await mountBox(html`<div style="color-scheme: light">
      <opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card>
      <opp-stats feed=${feedAt()} now=${NOW} .clientOptions=${FAST}></opp-stats>
    </div>`)).firstElementChild as HTMLDivElement;
    const stats = wrapper.querySelector<OppStats>('opp-stats')!;
    await waitUntil(() => stats.controller.status === 'ready');
    await settled(wrapper);
    for (const el of wrapper.querySelectorAll('opp-card, opp-stats')) {
      expect(getComputedStyle(el).colorScheme, el.localName).to.equal('light');
      expect(getComputedStyle(el).color, el.localName).to.equal(DARK_TEXT);
      expect(problems(el), el.localName).to.deep.equal([]);
    }
    // Down to the parts inside a finder.
    const finder = await mount<OppFinder>(html`<div style="color-scheme: light only"><opp-finder feed=${feedAt()} now=${NOW} no-url .clientOptions=${FAST}></opp-finder></div>`, 'opp-finder');
    const card = deep(finder, 'opp-results', 'opp-card', 'article')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(244, 245, 247)');
    expect(problems(finder)).to.deep.equal([]);
  });

  it('a page that declares color-scheme: dark gets dark elements even when the visitor prefers light', async () => {
    const el = await mount<OppFinderProvider>(html`<div style="color-scheme: dark; background: #000; color: #fff">
      <opp-finder-provider feed=${feedAt()} now=${NOW} no-url .clientOptions=${FAST}><opp-results></opp-results></opp-finder-provider>
    </div>`, 'opp-finder-provider');
    const results = el.querySelector('opp-results')!;
    expect(getComputedStyle(results).color).to.equal(LIGHT_TEXT);
    expect(problems(el)).to.deep.equal([]);
  });

  it('a page that follows the visitor (color-scheme: light dark) gets elements that follow the visitor', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const card = await mount<HTMLElement>(html`<div style="color-scheme: light dark"><opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card></div>`, 'opp-card');
    expect(getComputedStyle(card).color).to.equal(LIGHT_TEXT);
    expect(problems(card)).to.deep.equal([]);
  });

  it('theme and --opp-color-scheme still win over the page and the visitor', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await mount<HTMLElement>(html`<opp-card theme="light" .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card>`, 'opp-card');
    expect(getComputedStyle(light).color).to.equal(DARK_TEXT);
    const viaVar = await mount<HTMLElement>(html`<div style="--opp-color-scheme: light"><opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card></div>`, 'opp-card');
    expect(getComputedStyle(viaVar).color).to.equal(DARK_TEXT);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await mount<HTMLElement>(html`<div style="color-scheme: light"><opp-card theme="dark" .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card></div>`, 'opp-card');
    expect(getComputedStyle(dark).color).to.equal(LIGHT_TEXT);
    expect(problems(dark)).to.deep.equal([]);
  });
});
