import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../src/sdk/search/engine.js';
import { searchLabels } from '../../src/sdk/vocab/labels.js';
import '../../src/i18n/vocab-loaders.js';
import { loadAllVocabularies } from '../../src/i18n/vocab.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

const item = (id: string, extra: Partial<Opportunity>): Opportunity =>
  ({
    id,
    kind: 'staff-week',
    title: { en: `Week ${id}` },
    provider: { name: { en: 'A university' }, country: 'BE' },
    language: 'en',
    start: '2027-01-01',
    ...extra,
  }) as Opportunity;

const items = [
  item('fi-libraries', { title: { fi: 'Kansainvälinen henkilöstöviikko' }, language: 'fi', topics: ['libraries'], provider: { name: { fi: 'Yliopisto' }, country: 'FI' } }),
  item('pl-hr', { topics: ['human-resources'], provider: { name: { en: 'Uniwersytet' }, country: 'PL' }, fields: ['0413'] }),
  item('at-ict', { topics: ['ict'], provider: { name: { en: 'Hochschule' }, country: 'AT' }, kind: 'course' }),
];

const labelled = async () => createSearchIndex(items, { labels: searchLabels((await loadAllVocabularies()).values()) });
const ids = (r: { items: Opportunity[] }) => r.items.map((o) => o.id);

test('a word in any language finds an item through its topic labels', async () => {
  const index = await labelled();
  for (const q of ['bibliotheek', 'kirjasto', 'Bibliothek', 'bibliothèque', 'biblioteka', 'knihovna']) {
    assert.deepEqual(ids(index.search({ text: q })), ['fi-libraries'], q);
  }
  // Without labels, none of them does.
  const plain = createSearchIndex(items);
  for (const q of ['bibliotheek', 'kirjasto', 'Bibliothek']) assert.deepEqual(ids(plain.search({ text: q })), [], q);
});

test('country names in every language and the endonyms find items in that country', async () => {
  const index = await labelled();
  assert.deepEqual(ids(index.search({ text: 'Polen' })), ['pl-hr']);
  assert.deepEqual(ids(index.search({ text: 'Polska' })), ['pl-hr']);
  assert.deepEqual(ids(index.search({ text: 'Suomi' })), ['fi-libraries']);
  assert.deepEqual(ids(index.search({ text: 'Österreich' })), ['at-ict']);
  assert.deepEqual(ids(index.search({ text: 'Rakousko' })), ['at-ict']);
});

test('fields (and their ancestors) and kinds match through their labels, and words combine (AND)', async () => {
  const index = await labelled();
  assert.deepEqual(ids(index.search({ text: 'Betriebswirtschaft' })), []);
  assert.deepEqual(ids(index.search({ text: 'Wirtschaft Verwaltung' })), ['pl-hr']); // 041 in German
  assert.deepEqual(ids(index.search({ text: 'prawo' })), ['pl-hr']); // 04 in Polish: "Biznes, administracja i prawo"
  assert.deepEqual(ids(index.search({ text: 'zarządzanie' })), ['pl-hr']); // 0413 in Polish: "Zarządzanie i administracja"
  assert.deepEqual(ids(index.search({ text: 'johtaminen' })), ['pl-hr']); // 0413 in Finnish: "Johtaminen ja hallinto"
  assert.deepEqual(ids(index.search({ text: 'Kurs' })), ['at-ict']);
  assert.deepEqual(ids(index.search({ text: 'kirjasto Suomi' })), ['fi-libraries']);
  assert.deepEqual(ids(index.search({ text: 'kirjasto Polska' })), []);
});

test("a match in the item's own text ranks above a match through a label", async () => {
  const own = item('own-text', { title: { en: 'Biblioteka week' }, topics: ['ict'] });
  const desc = item('own-description', { description: { en: 'Visit the Biblioteka Narodowa.' } });
  const index = createSearchIndex([items[0]!, desc, own], { labels: searchLabels((await loadAllVocabularies()).values()) });
  for (const sort of [undefined, 'relevance'] as const) {
    assert.deepEqual(ids(index.search({ text: 'biblioteka', ...(sort ? { sort } : {}) })).slice(0, 2).sort(), ['own-description', 'own-text'], String(sort));
    assert.equal(ids(index.search({ text: 'biblioteka', sort: 'relevance' })).at(-1), 'fi-libraries');
  }
});
