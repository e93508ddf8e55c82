/**
 * One element on its own (a per-element entry, without the `opportunity-kit` entry): an element registers the parts it
 * renders, so `OppFinder.define('opp-finder')` alone gives a working finder. The detail view is loaded (a lazy chunk)
 * and registered the first time a detail opens.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
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

describe('defining a tag twice', () => {
  const KEY = Symbol.for('opportunity-kit.version');
  const warnings = (run: () => void): unknown[][] => {
    const seen: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args);
    try {
      run();
    } finally {
      console.warn = original;
    }
    return seen;
  };

  it('is silent for the same class, and for another copy of the same version', async () => {
    const { OppElement } = await import('../../src/elements/base/opp-element.js');
    class A extends OppElement {}
    class SameVersionCopy extends OppElement {}
    const seen = warnings(() => {
      A.define('opp-test-same');
      A.define('opp-test-same');
      SameVersionCopy.define('opp-test-same');
    });
    expect(seen).to.deep.equal([]);
    expect(customElements.get('opp-test-same')).to.equal(A);
  });

  it('warns once when another version (or another script) defined the tag first; the first definition stays', async () => {
    const { OppElement } = await import('../../src/elements/base/opp-element.js');
    class Old extends HTMLElement {
      static readonly [KEY] = '0.0.1-old';
    }
    customElements.define('opp-test-old-a', Old);
    customElements.define('opp-test-old-b', class extends Old {});
    class Ours extends OppElement {}
    const seen = warnings(() => {
      Ours.define('opp-test-old-a');
      Ours.define('opp-test-old-b'); // the same other version: no second warning
    });
    expect(seen.length).to.equal(1);
    expect(String(seen[0]![0])).to.contain('<opp-test-old-a>').and.contain('0.0.1-old');
    expect(customElements.get('opp-test-old-a')).to.equal(Old);

    customElements.define('opp-test-foreign', class extends HTMLElement {});
    const foreign = warnings(() => Ours.define('opp-test-foreign'));
    expect(foreign.length).to.equal(1);
    expect(String(foreign[0]![0])).to.contain('another script');
  });
});
