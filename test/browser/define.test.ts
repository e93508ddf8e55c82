/**
 * One element on its own (a per-element entry, without the `opportunity-kit` entry): an element registers the parts it
 * renders, so `OppFinder.define('opp-finder')` alone gives a working finder. The detail view is loaded (a lazy chunk)
 * and registered the first time a detail opens.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { OppFinder } from '../../src/elements/finder/opp-finder.js';
import { parsed, NOW } from './support/feeds.js';
import { deep } from './support/dom.js';

describe('registering one element', () => {
  it('registers the parts a finder renders', async () => {
    expect(customElements.get('opp-results')).to.equal(undefined);
    OppFinder.define('opp-finder');
    for (const tag of ['opp-finder', 'opp-search-box', 'opp-filters', 'opp-results', 'opp-pagination', 'opp-card']) {
      expect(customElements.get(tag), tag).to.exist;
    }
    expect(customElements.get('opp-detail'), 'opp-detail waits until a detail opens').to.equal(undefined);
    OppFinder.define('opp-finder'); // a second registration is harmless
    const el = await fixture<OppFinder>(html`<opp-finder no-url now=${NOW} .opportunities=${parsed()}></opp-finder>`);
    await waitUntil(() => deep(el, 'opp-results', 'opp-card', 'h2'), 'no card rendered');
    el.controller.select('helsinki-ir-week');
    await waitUntil(() => deep(el, 'opp-detail', 'h2'), 'the detail did not load and render');
    expect(customElements.get('opp-detail')).to.exist;
  });
});
