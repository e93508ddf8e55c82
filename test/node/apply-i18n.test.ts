import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apply as en } from '../../src/i18n/en/apply.js';
import type { ApplyMessages } from '../../src/i18n/en/apply.js';

const LANGS = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const catalogues: [string, ApplyMessages][] = [['en', en]];
for (const lang of LANGS) catalogues.push([lang, ((await import(`../../src/i18n/${lang}/apply.ts`)) as { apply: ApplyMessages }).apply]);

/** Every key path of a catalogue, with its value. */
function leaves(o: object, prefix = ''): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}
const COUNTS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 102, 111, 2000];

describe('apply catalogues (24 EU languages)', () => {
  const reference = leaves(en).map(([k, v]) => [k, typeof v]);
  for (const [lang, cat] of catalogues) {
    it(`${lang}: same keys as English, every string filled in, every function answers for every plural form`, () => {
      assert.deepEqual(leaves(cat).map(([k, v]) => [k, typeof v]), reference);
      for (const [key, value] of leaves(cat)) {
        if (typeof value === 'string') {
          assert.ok(value.trim() !== '' || key === 'errorPrefix', `${lang} ${key} is empty`);
          continue;
        }
        const fn = value as (...a: unknown[]) => string;
        if (key === 'fileHint') {
          assert.equal(fn('', ''), '');
          for (const args of [['PDF', '5 MB'], ['PDF', ''], ['', '5 MB']]) {
            const s = fn(...args);
            for (const a of args) if (a) assert.ok(s.includes(a), `${lang} fileHint misses ${a}: ${s}`);
          }
          continue;
        }
        if (fn.length === 1 && /Left|summaryTitle|retrying|tryAgainIn|tooShort|tooLong/.test(key)) {
          for (const n of key === 'charactersLeft' ? [...COUNTS, -1, -2, -5, -22] : COUNTS) {
            const s = fn(n);
            assert.equal(typeof s, 'string');
            assert.doesNotMatch(s, /undefined|NaN|\$\{/, `${lang} ${key}(${n}): ${s}`);
            const shown = key === 'tryAgainIn' && n >= 90 ? Math.ceil(n / 60) : Math.abs(n);
            if (!(key === 'summaryTitle' && n === 1)) assert.ok(s.includes(String(shown)), `${lang} ${key}(${n}) does not show ${shown}: ${s}`);
          }
          continue;
        }
        const s = fn('«X»');
        assert.ok(s.includes('«X»'), `${lang} ${key} drops its argument: ${s}`);
      }
    });
  }
});
