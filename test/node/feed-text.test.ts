/**
 * `textSchema` (Text, checked in one pass for speed) must accept exactly what `textShape` (its plain zod description,
 * the one the JSON Schema publishes) accepts, and give the same map.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { PLAIN_TEXT, textSchema, textShape } from '../../src/sdk/feed/schema.js';

const reference = z.pipe(
  textShape,
  z.transform((v): Record<string, string> => (typeof v === 'string' ? { [PLAIN_TEXT]: v } : v)),
);

const keys = fc.constantFrom('en', 'EN', ' nl ', 'pt-br', 'pt-BR', 'sr-Latn-RS', 'und', 'english', 'e', '', ' ', '12', 'en_GB', 'toString', 'constructor', 'x-private', 'de-');
const values = fc.oneof(
  fc.constantFrom('Week', ' Week ', '', '   ', '\n'),
  fc.string({ maxLength: 5 }),
  fc.constantFrom(null, 0, 5, true, [], {}, ['x'], { en: 'x' }),
);
const texts = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', ' ', 'Week', ' Week '),
  fc.dictionary(keys, values, { maxKeys: 4 }),
  fc.constantFrom(null, undefined, 0, 1, true, [], ['Week'], new Map(), new Date(0)),
);

describe('textSchema agrees with textShape', () => {
  it('on generated input', () => {
    fc.assert(
      fc.property(texts, (v) => {
        const fast = textSchema.safeParse(v);
        const slow = reference.safeParse(v);
        assert.equal(fast.success, slow.success, `success differs for ${JSON.stringify(v)}`);
        if (fast.success && slow.success) assert.deepEqual(fast.data, slow.data);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('on the cases that matter', () => {
    const cases: unknown[] = [
      'Week', ' Week ', '', ' ', { en: 'Week' }, { EN: 'Week', 'pt-br': 'Semana' }, { ' en ': ' Week ' }, {}, { en: '' },
      { en: 5 }, { english: 'Week' }, { en: 'a', EN: 'b' }, [], ['Week'], null, 5, undefined,
    ];
    for (const v of cases) {
      const fast = textSchema.safeParse(v);
      const slow = reference.safeParse(v);
      assert.equal(fast.success, slow.success, JSON.stringify(v));
      if (fast.success && slow.success) assert.deepEqual(fast.data, slow.data, JSON.stringify(v));
    }
  });

  it('except for a __proto__ key, which textSchema reports and zod skips', () => {
    const v = JSON.parse('{"en": "Week", "__proto__": "x"}');
    assert.equal(reference.safeParse(v).success, true);
    assert.equal(textSchema.safeParse(v).success, false);
  });
});
