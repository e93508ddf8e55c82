/**
 * No message, in any of the 24 languages, ends with two full stops — also when an argument (a date or time formatted
 * in that language, which may end in a stop: Greek "μ.μ.", Hungarian "2027. márc. 1.") ends a sentence.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/i18n/loaders.js';
import { EU_LANGUAGES, loadMessages } from '../../src/i18n/index.js';
import { finderDetail } from '../../src/i18n/en/finder-detail.js';
import { finderStats } from '../../src/i18n/en/finder-stats.js';
import { apply } from '../../src/i18n/en/apply.js';
import { provideEnglish } from '../../src/i18n/index.js';
import { format } from '../../src/i18n/format.js';
import type { Message } from '../../src/i18n/format.js';

provideEnglish({ finder: { ...finderDetail, ...finderStats }, apply });

/** A plural message: its keys are plural categories (a vocabulary such as `kinds` may have a key `other` too). */
const isPlural = (v: object) => Object.keys(v).every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k));
/** Every string a catalogue can produce: texts as they are, messages with placeholders formatted with realistic values. */
function outputs(lang: string, node: unknown, values: string[], path = ''): [string, string][] {
  if (typeof node === 'string' && !/\{\w+\}/.test(node)) return [[path, node]];
  if (typeof node === 'string' || (node && typeof node === 'object' && isPlural(node))) {
    const names = [...new Set(JSON.stringify(node).match(/\{\w+\}/g) ?? [])].map((n) => n.slice(1, -1));
    return values.flatMap((v) =>
      [1, 2].map((count): [string, string] => [path, format(lang, node as Message, { ...Object.fromEntries(names.map((n) => [n, v])), count })]),
    );
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => outputs(lang, v, values, `${path}.${k}`));
  return [];
}

describe('every catalogue', () => {
  it('ends no message with two full stops, in all 24 languages', async () => {
    let checked = 0;
    const bad: string[] = [];
    for (const lang of EU_LANGUAGES) {
      const m = await loadMessages(lang);
      const when = new Date('2027-03-01T22:59:00Z');
      const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(when);
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(when);
      const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' }).format(when);
      for (const [path, text] of outputs(lang, m, [time, dateTime, date, 'Ghent University'])) {
        checked++;
        if (/[^.]\.\.$/.test(text.trim())) bad.push(`${lang}${path}: ${text}`);
      }
    }
    assert.ok(checked > 24 * 100, `checked ${checked} messages`);
    assert.deepEqual(bad, []);
  });
});
