/**
 * The finder's "Subscribe: calendar · feed" links (on a hub): in every language, each format the finder offers has a
 * visible word and an accessible name, and the name contains the word (WCAG 2.5.3, label in name: a voice-control
 * user says what they see).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBSCRIBE_FORMATS } from '../../src/elements/finder/finder-controller.js';
import { finder as en } from '../../src/i18n/en/finder.js';

const langs = readdirSync(fileURLToPath(new URL('../../src/i18n/', import.meta.url)), { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => d.name);

describe('subscribe links in every catalogue', () => {
  it('has 24 languages', () => assert.equal(langs.length, 24));
  for (const lang of langs) {
    it(`${lang}: a word and a name that contains it, for each format`, async () => {
      const t = lang === 'en' ? en : ((await import(`../../src/i18n/${lang}/index.js`)) as { default: { finder: typeof en } }).default.finder;
      assert.ok(t.subscribe.trim(), 'the "Subscribe:" label');
      for (const f of SUBSCRIBE_FORMATS) {
        const word = t.subscribeFormat[f];
        const name = t.subscribeName[f];
        assert.ok(word?.trim() && name?.trim(), `${f}: missing`);
        assert.ok(name.toLocaleLowerCase(lang).includes(word.toLocaleLowerCase(lang)), `${f}: '${name}' does not contain '${word}'`);
        if (lang !== 'en') assert.notEqual(name, en.subscribeName[f], `${f}: not translated`);
      }
    });
  }
});
