/**
 * localize: picks the best language of a Text along the chain requested (exact, then base language) → content
 * language → English → any, and says which language it picked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localize, localized } from '../../src/sdk/text/localize.js';

const text = { nl: 'Bibliotheekweek', en: 'Library week', 'pt-BR': 'Semana da biblioteca', 'sv-SE': 'Biblioteksvecka' };

describe('localize', () => {
  it('takes the first requested language that is there, exactly (case-insensitive)', () => {
    assert.deepEqual(localize(text, ['nl']), { value: 'Bibliotheekweek', lang: 'nl' });
    assert.deepEqual(localize(text, ['de', 'nl', 'en']), { value: 'Bibliotheekweek', lang: 'nl' });
    assert.deepEqual(localize(text, ['PT-br']), { value: 'Semana da biblioteca', lang: 'pt-BR' });
  });

  it('then the same base language: a region finds the bare language and the other way round', () => {
    assert.deepEqual(localize(text, ['nl-BE']), { value: 'Bibliotheekweek', lang: 'nl' });
    assert.deepEqual(localize(text, ['pt']), { value: 'Semana da biblioteca', lang: 'pt-BR' });
    assert.deepEqual(localize(text, ['sv-FI']), { value: 'Biblioteksvecka', lang: 'sv-SE' });
  });

  it('prefers the bare base language to another region', () => {
    assert.deepEqual(localize({ 'en-US': 'Color', en: 'Colour' }, ['en-GB']), { value: 'Colour', lang: 'en' });
    assert.deepEqual(localize({ 'en-US': 'Color', 'en-GB': 'Colour' }, ['en-IE']), { value: 'Color', lang: 'en-US' });
  });

  it('an exact match on a later requested language does not beat a base match on an earlier one', () => {
    assert.deepEqual(localize(text, ['nl-BE', 'en']), { value: 'Bibliotheekweek', lang: 'nl' });
  });

  it('then the content language (the item or feed language)', () => {
    assert.deepEqual(localize(text, ['de'], 'nl'), { value: 'Bibliotheekweek', lang: 'nl' });
    assert.deepEqual(localize(text, ['de'], 'pt'), { value: 'Semana da biblioteca', lang: 'pt-BR' });
  });

  it('then English', () => {
    assert.deepEqual(localize(text, ['de']), { value: 'Library week', lang: 'en' });
    assert.deepEqual(localize(text, ['de'], 'fr'), { value: 'Library week', lang: 'en' });
    assert.deepEqual(localize({ fr: 'Semaine', 'en-GB': 'Week' }, ['de']), { value: 'Week', lang: 'en-GB' });
  });

  it('then whatever there is (the first language)', () => {
    assert.deepEqual(localize({ fr: 'Semaine', de: 'Woche' }, ['pl']), { value: 'Semaine', lang: 'fr' });
    assert.deepEqual(localize({ und: 'Week' }, ['pl']), { value: 'Week', lang: 'und' });
    assert.deepEqual(localize({ fr: 'Semaine' }, []), { value: 'Semaine', lang: 'fr' });
  });

  it('a plain string is in the content language, else und', () => {
    assert.deepEqual(localize('Week', ['nl'], 'en'), { value: 'Week', lang: 'en' });
    assert.deepEqual(localize('Week', ['nl']), { value: 'Week', lang: 'und' });
  });

  it('nothing to pick from: undefined', () => {
    assert.equal(localize(undefined, ['en']), undefined);
    assert.equal(localize({}, ['en']), undefined);
    assert.equal(localize(null as unknown as undefined, ['en']), undefined);
  });

  it('skips empty requested languages', () => {
    assert.deepEqual(localize(text, ['', 'nl']), { value: 'Bibliotheekweek', lang: 'nl' });
  });
});

describe('localized', () => {
  it('returns the picked string, or an empty string', () => {
    assert.equal(localized(text, ['nl-BE']), 'Bibliotheekweek');
    assert.equal(localized(undefined, ['nl']), '');
  });
});
