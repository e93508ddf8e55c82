/**
 * The English `finder` strings are split by the elements that use them (src/i18n/index.ts): `finder-core.ts` is bundled
 * with the finder, `finder-detail.ts` and `finder-stats.ts` travel with `<opp-detail>` and `<opp-stats>`, which hand
 * them to `provideEnglish`. A string read by an element whose module does not provide it would show as "undefined" in
 * English, so: every `t.key` / `msg.finder.key` an element's source reads is in the parts that element has.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finder } from '../../src/i18n/en/finder.js';
import { finderCore } from '../../src/i18n/en/finder-core.js';
import { finderDetail } from '../../src/i18n/en/finder-detail.js';
import { finderStats } from '../../src/i18n/en/finder-stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../src/elements');
const keysRead = (file: string): string[] => [
  ...new Set([...readFileSync(file, 'utf8').matchAll(/\b(?:t|msg\.finder)\.([a-zA-Z]+)/g)].map((m) => m[1]!)),
];
const filesIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(root, dir, f));

describe('English finder strings, split by element', () => {
  it('core, detail and stats parts are disjoint and make up the whole section', () => {
    const parts = [finderCore, finderDetail, finderStats].map((p) => Object.keys(p));
    const all = parts.flat();
    assert.equal(new Set(all).size, all.length, 'a key in two parts');
    assert.deepEqual([...all].sort(), Object.keys(finder).sort());
  });

  const cases: [string, string[], object[]][] = [
    ['finder, parts, card, shared', ['finder', 'parts', 'card', 'shared', 'base'], [finderCore]],
    ['<opp-detail>', ['detail'], [finderCore, finderDetail]],
    ['<opp-stats>', ['stats'], [finderCore, finderStats]],
  ];
  it('<opp-apply> reads from the finder section only strings bundled with every element (the core)', () => {
    const files = filesIn('apply');
    const read = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bmsg\.finder\.([a-zA-Z]+)/g)].map((m) => m[1]!));
    assert.ok(read.length > 0);
    assert.deepEqual(read.filter((k) => !(k in finderCore)), []);
  });

  for (const [what, dirs, parts] of cases) {
    it(`${what} read only strings their modules have`, () => {
      const have = new Set(parts.flatMap((p) => Object.keys(p)));
      const files = dirs.flatMap(filesIn);
      assert.ok(files.length > 0);
      for (const file of files) {
        const missing = keysRead(file).filter((k) => !have.has(k));
        assert.deepEqual(missing, [], `${file.slice(root.length + 1)} reads English strings it does not load`);
      }
    });
  }
});
