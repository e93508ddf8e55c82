import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apply as en } from '../../src/i18n/en/apply.js';
import { format } from '../../src/i18n/format.js';
import type { Message } from '../../src/i18n/format.js';
import type { ApplyMessages } from '../../src/i18n/messages.js';

const LANGS = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const catalogues: [string, ApplyMessages][] = [['en', en]];
for (const lang of LANGS) catalogues.push([lang, ((await import(`../../src/i18n/${lang}/index.ts`)) as { default: { apply: ApplyMessages } }).default.apply]);

/** A plural message: its keys are plural categories (a vocabulary such as `kinds` may have a key `other` too). */
const isPlural = (v: object) => Object.keys(v).every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k));
/** Every key path of a catalogue, with its message (a plural message is one message). */
function leaves(o: object, prefix = ''): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' && !isPlural(v) ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}
const placeholders = (m: Message) => [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...s!.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))];
const COUNTS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 102, 111, 2000];

describe('apply catalogues (24 EU languages)', () => {
  const reference = leaves(en).map(([k]) => k);
  for (const [lang, cat] of catalogues) {
    it(`${lang}: same keys as English, every string filled in, every message shows its values for every count`, () => {
      assert.deepEqual(leaves(cat).map(([k]) => k), reference);
      for (const [key, value] of leaves(cat)) {
        const m = value as Message;
        if (typeof m === 'string' && !placeholders(m).length) {
          assert.ok(m.trim() !== '' || key === 'errorPrefix', `${lang} ${key} is empty`);
          continue;
        }
        const names = placeholders(m);
        const values = Object.fromEntries(names.filter((n) => n !== 'count').map((n) => [n, `«${n}»`]));
        for (const n of names.includes('count') ? COUNTS : [0]) {
          const s = format(lang, m, { ...values, count: n });
          assert.doesNotMatch(s, /undefined|NaN|\{\w+\}/, `${lang} ${key}(${n}): ${s}`);
          for (const v of Object.values(values)) assert.ok(s.includes(v), `${lang} ${key} drops ${v}: ${s}`);
          // The error summary never shows for zero problems; its one-problem title may say "a problem".
          if (names.includes('count') && !(key === 'summaryTitle' && n <= 1)) assert.ok(s.includes(String(n)), `${lang} ${key}(${n}) does not show ${n}: ${s}`);
        }
      }
    });
  }
});
