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

provideEnglish({ finder: { ...finderDetail, ...finderStats }, apply });

/** Every string a catalogue can produce: strings as they are, functions called with realistic arguments. */
function outputs(node: unknown, args: unknown[][], path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const out: [string, string][] = [];
    for (const a of args) {
      try {
        const r = (node as (...a: unknown[]) => unknown)(...a);
        out.push(...outputs(r, [], path));
      } catch {
        /* an argument of another type */
      }
    }
    return out;
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => outputs(v, args, `${path}.${k}`));
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
      const args: unknown[][] = [[time], [dateTime], [date], [2], [1, 2], [time, time], [date, date, date], ['Ghent University', 2]];
      for (const [path, text] of outputs(m, args)) {
        checked++;
        if (/[^.]\.\.$/.test(text.trim())) bad.push(`${lang}${path}: ${text}`);
      }
    }
    assert.ok(checked > 24 * 100, `checked ${checked} messages`);
    assert.deepEqual(bad, []);
  });
});
