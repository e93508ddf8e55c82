/**
 * "Show N results" (the end of the folded filters) and the reversed-dates message exist in every language, the count
 * is in the text, and languages with several plural forms use the right one (Intl.PluralRules through `plural()`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/i18n/loaders.js';
import { EU_LANGUAGES, format, loadMessages } from '../../src/i18n/index.js';
import type { UiLanguage } from '../../src/i18n/index.js';

describe('showResults and datesReversed', () => {
  it('are translated in all 24 languages, with the count in the button', async () => {
    const en = await loadMessages('en');
    for (const lang of EU_LANGUAGES) {
      const t = (await loadMessages(lang)).finder;
      for (const n of [0, 1, 2, 5, 21, 1000]) assert.match(format(lang, t.showResults, { count: n }), new RegExp(`\\b${n}\\b`), `${lang} ${n}`);
      assert.ok(t.datesReversed.length > 10, lang);
      if (lang !== 'en') assert.notEqual(t.datesReversed, en.finder.datesReversed, `${lang} is translated`);
      if (lang !== 'en') assert.notEqual(format(lang, t.showResults, { count: 5 }), format('en', en.finder.showResults, { count: 5 }), `${lang} is translated`);
    }
  });

  it('picks the plural form of each language', async () => {
    const cases: [UiLanguage, number, string][] = [
      ['en', 1, 'Show 1 result'],
      ['en', 2, 'Show 2 results'],
      ['pl', 1, 'Pokaż 1 wynik'],
      ['pl', 3, 'Pokaż 3 wyniki'],
      ['pl', 5, 'Pokaż 5 wyników'],
      ['pl', 22, 'Pokaż 22 wyniki'],
      ['cs', 4, 'Zobrazit 4 výsledky'],
      ['cs', 5, 'Zobrazit 5 výsledků'],
      ['sl', 2, 'Prikaži 2 rezultata'],
      ['sl', 3, 'Prikaži 3 rezultate'],
      ['sl', 5, 'Prikaži 5 rezultatov'],
      ['lt', 1, 'Rodyti 1 rezultatą'],
      ['lt', 3, 'Rodyti 3 rezultatus'],
      ['lt', 10, 'Rodyti 10 rezultatų'],
      ['ro', 20, 'Afișează 20 de rezultate'],
      ['mt', 3, 'Uri 3 riżultati'],
      ['mt', 20, 'Uri 20 riżultat'],
      ['de', 1, '1 Ergebnis anzeigen'],
      ['fr', 0, 'Afficher 0 résultat'],
    ];
    for (const [lang, n, want] of cases) assert.equal(format(lang, (await loadMessages(lang)).finder.showResults, { count: n }), want, `${lang} ${n}`);
  });
});
