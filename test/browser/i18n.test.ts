import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../../src/index.js';
import '../../src/i18n/loaders.js';
import type { OppCard, OppFinder } from '../../src/index.js';
import { EU_LANGUAGES, format } from '../../src/i18n/index.js';
import { finder as en } from '../../src/i18n/en/finder.js';
import { startWorker, worker } from './support/msw.js';
import { byId, feed, feedUrl, NOW, serve } from './support/feeds.js';
import { deep, deepAll, settled, textOf } from './support/dom.js';

const BASE = location.href;

/** A plural message: its keys are plural categories (a vocabulary such as `kinds` may have a key `other` too). */
const isPlural = (v: object) => Object.keys(v).every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k));
/** Every key of the catalogue (a plural message counts as one message, whatever forms its language needs). */
function shape(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null && !isPlural(v)
      ? shape(v as object, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

describe('UI languages', () => {
  before(() => startWorker());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
  });

  it('switches the whole finder to Swedish when its lang attribute changes, loading only Swedish', async () => {
    performance.setResourceTimingBufferSize(10_000);
    const url = feedUrl();
    serve(url, feed());
    const el = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} no-url .clientOptions=${{ retry: 0, cache: false }}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'ready');
    await settled(el);
    expect(textOf(deep(el, 'opp-search-box', 'label'))).to.equal('Search opportunities');

    el.setAttribute('lang', 'sv');
    await waitUntil(() => textOf(deep(el, 'opp-search-box', 'label')) === 'Sök möjligheter', 'Swedish did not arrive');
    await settled(el);
    expect(textOf(deep(el, 'opp-results', '[part~="count"]'))).to.equal('6 möjligheter');
    expect(deepAll(el, 'opp-results', '[part~="chip"]')[0]!.getAttribute('aria-label')).to.equal('Ta bort filter: Visar möjligheter du fortfarande kan söka');
    const card = deepAll<OppCard>(el, 'opp-results', 'opp-card').find((c) => c.opportunity?.id === 'ugent-library-week')!;
    expect(textOf(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Personalvecka');
    expect(textOf(card.shadowRoot!.querySelector('[part~="place"] dd'))).to.equal('Gent, Belgien');
    expect(textOf(card.shadowRoot!.querySelector('[part~="deadline"] dd'))).to.match(/^Ansök senast .*feb/);
    // Content stays in its own language, marked as such.
    expect(card.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    const trainee = deepAll<OppCard>(el, 'opp-results', 'opp-card').find((c) => c.opportunity?.id === 'umea-traineeship')!;
    expect(textOf(trainee.shadowRoot!.querySelector('h2'))).to.equal('Praktik inom vård och omsorg');
    expect(trainee.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('sv');
    expect(textOf(deep(el, 'opp-filters', 'summary'))).to.equal('Typ');
    await expect(el).to.be.accessible();
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('/i18n/sv/'))).to.be.true;
    expect(loaded.some((n) => /\/i18n\/(de|fr|fi)\//.test(n))).to.be.false;
  });

  it("follows the page's <html lang> when the element has none", async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'sv';
    try {
      const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId('helsinki-ir-week')} now=${NOW}></opp-card>`);
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="badge"]')) === 'Stänger snart');
      expect(textOf(el.shadowRoot!.querySelector('[part~="deadline"] dd'))).to.match(/stänger om 5 dagar$/);
      expect(textOf(el.shadowRoot!.querySelector('[part~="fee"] dd'))).to.equal('Kostnadsfritt');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('has a complete catalogue in each of the 24 EU languages', async () => {
    const reference = shape(en).sort();
    for (const lang of EU_LANGUAGES) {
      if (lang === 'en') continue;
      const mod = ((await import(`../../src/i18n/${lang}/index.ts`)) as { default: { finder: typeof en } }).default;
      expect(shape(mod.finder).sort(), lang).to.deep.equal(reference);
      // Messages with placeholders give their values back.
      expect(format(lang, mod.finder.resultCount, { count: 3 }), lang).to.contain('3');
      expect(format(lang, mod.finder.resultCount, { count: 1 }), lang).to.contain('1');
      expect(format(lang, mod.finder.noResultsOfKind, { kind: mod.finder.kindsPlural['staff-week'] }), lang).to.contain(mod.finder.kindsPlural['staff-week']);
      expect(format(lang, mod.finder.closesIn, { when: 'X' }), lang).to.contain('X');
      expect(format(lang, mod.finder.removeFilter, { label: 'Y' }), lang).to.contain('Y');
      for (const [k, v] of Object.entries(mod.finder)) {
        if (typeof v === 'string') expect(v.trim(), `${lang}.${k}`).not.to.equal('');
      }
      // Translated, not copied from English.
      for (const k of ['loading', 'searchLabel', 'clearAll', 'backToResults', 'howToApply'] as const) {
        expect(mod.finder[k], `${lang}.${k} is still English`).not.to.equal(en[k]);
      }
    }
  });
});
