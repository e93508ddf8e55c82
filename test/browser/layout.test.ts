/**
 * Shoelace's layout, at run time: importing an element's class (`x.component.js`) registers no tag; importing its
 * `opp-x.js` registers the tag for that very class. The package entries (`opportunity-kit/opp-card`, src/define/)
 * re-export the registering modules.
 */
import { expect } from '@open-wc/testing';
import { OppCard } from '../../src/elements/card/card.component.js';
import { OppStats } from '../../src/elements/stats/stats.component.js';
import { OppSearchBox } from '../../src/elements/parts/search-box.component.js';
import { OppPagination } from '../../src/elements/parts/pagination.component.js';
import { OppFilters } from '../../src/elements/parts/filters.component.js';
import { OppResults } from '../../src/elements/parts/results.component.js';

const ELEMENTS = [
  ['opp-card', OppCard, () => import('../../src/elements/card/opp-card.js'), () => import('../../src/define/opp-card.js')],
  ['opp-stats', OppStats, () => import('../../src/elements/stats/opp-stats.js'), () => import('../../src/define/opp-stats.js')],
  ['opp-search-box', OppSearchBox, () => import('../../src/elements/parts/opp-search-box.js'), () => import('../../src/define/opp-search-box.js')],
  ['opp-pagination', OppPagination, () => import('../../src/elements/parts/opp-pagination.js'), () => import('../../src/define/opp-pagination.js')],
  ['opp-filters', OppFilters, () => import('../../src/elements/parts/opp-filters.js'), () => import('../../src/define/opp-filters.js')],
  ['opp-results', OppResults, () => import('../../src/elements/parts/opp-results.js'), () => import('../../src/define/opp-results.js')],
] as const;

describe('x.component.js and x.js', () => {
  it('importing the classes registers no tag', () => {
    // Booleans, not the classes: a failure message that prints an element class hangs the runner.
    for (const [tag] of ELEMENTS) expect(customElements.get(tag) === undefined, `${tag} is registered`).to.equal(true);
  });

  it('importing opp-x.js registers the tag for the class (and the package entry re-exports it)', async () => {
    for (const [tag, cls, load, define] of ELEMENTS) {
      const mod: Record<string, unknown> = await load();
      expect(customElements.get(tag) === cls, `${tag} is registered for its class`).to.equal(true);
      expect(Object.values(mod).includes(cls), `${tag} re-exports its class`).to.equal(true);
      const entry: Record<string, unknown> = await define();
      expect(Object.values(entry).includes(cls), `src/define/${tag} re-exports the class`).to.equal(true);
    }
  });
});
