/**
 * The custom-elements manifest is generated from the elements' JSDoc by the analyzer: the committed
 * custom-elements.json must be what `cem analyze` makes now (like the JSON Schema drift test), and every `*_PARTS`
 * list the elements export for `exportparts` must name exactly the parts the manifest documents.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error the analyzer's CLI module has no type declarations
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { CARD_PARTS } from '../../src/elements/card/card.component.js';
import { DETAIL_PARTS } from '../../src/elements/detail/detail-parts.js';
import { FILTERS_PARTS } from '../../src/elements/parts/filters.component.js';
import { PAGINATION_PARTS } from '../../src/elements/parts/pagination.component.js';
import { RESULTS_PARTS } from '../../src/elements/parts/results.component.js';
import { SEARCH_BOX_PARTS } from '../../src/elements/parts/search-box.component.js';
import { STATS_PARTS } from '../../src/elements/stats/stats.component.js';

type Manifest = { modules: { path: string; declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as Manifest;

/** What the analyzer makes from the sources now, with the project's config, written nowhere. */
async function generate(): Promise<Manifest> {
  const cwd = process.cwd();
  process.chdir(root); // the config's plugin reads the entry modules relative to the project
  try {
    const manifest = (await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true })) as Manifest;
    return JSON.parse(JSON.stringify(manifest)) as Manifest;
  } finally {
    process.chdir(cwd);
  }
}

const partsOf = (manifest: Manifest, tag: string): string[] => {
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName === tag) return (d.cssParts ?? []).map((p) => p.name);
  throw new Error(`<${tag}> is not in the manifest`);
};

describe('custom-elements.json', () => {
  it('is what the analyzer generates from the sources (no drift)', async () => {
    // The analyzer lists the modules in the order its file glob finds them, which varies: compare them by path.
    const byPath = (m: Manifest) => ({ ...m, modules: [...m.modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) });
    assert.deepStrictEqual(
      byPath(committed),
      byPath(await generate()),
      'custom-elements.json is out of date: run `npx cem analyze` and commit the result',
    );
  });

  const lists: [string, readonly string[]][] = [
    ['opp-card', CARD_PARTS],
    ['opp-detail', DETAIL_PARTS],
    ['opp-filters', FILTERS_PARTS],
    ['opp-pagination', PAGINATION_PARTS],
    // and each card as `card` (its own parts pass through as `card-title`, … : RESULT_CARD_PARTS, from CARD_PARTS)
    ['opp-results', [...RESULTS_PARTS, 'card']],
    ['opp-search-box', SEARCH_BOX_PARTS],
    ['opp-stats', STATS_PARTS],
  ];
  for (const [tag, parts] of lists) {
    it(`the parts <${tag}> exports are the parts its JSDoc documents`, () => {
      assert.equal(new Set(parts).size, parts.length, 'no part listed twice');
      assert.deepEqual([...parts].sort(), partsOf(committed, tag).sort());
    });
  }
});
