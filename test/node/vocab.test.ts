import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EU_LANGUAGES } from '../../src/i18n/index.js';
import '../../src/i18n/vocab-loaders.js';
import { fieldVocabularyLabel, loadAllVocabularies, loadVocabulary, topicLabel } from '../../src/i18n/vocab.js';
import { LABELLED_FIELDS, TOPIC_SLUGS, TOPICS } from '../../src/sdk/vocab/topics.js';
import { ISCED_F_CODES } from '../../src/sdk/feed/code-sets.js';
import en from '../../src/i18n/en/index.js';

test('every topic has a slug-shaped name and a one-sentence English definition', () => {
  for (const slug of TOPIC_SLUGS) {
    assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, slug);
    assert.match(TOPICS[slug], /^[A-Z].{10,}\.$/, slug);
  }
});

test('the labelled fields are ISCED-F 2013 codes: every broad, narrow and detailed field but …0/…8/…9', () => {
  for (const c of LABELLED_FIELDS) assert.ok(ISCED_F_CODES.has(c), c);
  const named = [...ISCED_F_CODES].filter((c) => c.length === 2 || !/[089]$/.test(c));
  assert.deepEqual([...LABELLED_FIELDS].sort(), named.filter((c) => !c.startsWith('99')).sort());
  assert.equal(LABELLED_FIELDS.filter((c) => c.length === 4).length, 80);
});

test('all 24 languages label every topic, every labelled field and every kind', async () => {
  const all = await loadAllVocabularies();
  assert.deepEqual([...all.keys()].sort(), [...EU_LANGUAGES].sort());
  for (const [lang, v] of all) {
    assert.deepEqual(Object.keys(v.topics), TOPIC_SLUGS, lang);
    assert.deepEqual(Object.keys(v.fields).sort(), [...LABELLED_FIELDS].sort(), lang);
    assert.deepEqual(Object.keys(v.kinds), Object.keys(en.finder.kinds), lang);
    for (const label of [...Object.values(v.topics), ...Object.values(v.fields), ...Object.values(v.kinds)]) {
      assert.ok(label.trim() === label && label.length > 1, `${lang}: '${label}'`);
    }
  }
  // Not copied from English by mistake (acronyms and loanwords aside, most labels differ).
  const english = all.get('en')!;
  for (const [lang, v] of all) {
    if (lang === 'en') continue;
    const same = TOPIC_SLUGS.filter((s) => v.topics[s] === english.topics[s]);
    assert.ok(same.length <= 3, `${lang}: ${same.join(', ')}`);
  }
});

test('broad fields and kinds are the UI catalogues\' own labels (no drift)', async () => {
  for (const lang of EU_LANGUAGES) {
    const v = (await loadVocabulary(lang))!;
    const cat = lang === 'en' ? en : (await import(`../../src/i18n/${lang}/index.js`)).default;
    assert.deepEqual(v.kinds, { ...cat.finder.kinds }, lang);
    for (const [code, label] of Object.entries(cat.finder.fieldsOfEducation)) assert.equal(v.fields[code], label, `${lang} ${code}`);
  }
});

test('labels in the language, English next, undefined for unknown slugs; fields by their nearest labelled ancestor', async () => {
  await loadVocabulary('pl');
  await loadVocabulary('en');
  assert.equal(topicLabel('libraries', 'pl'), 'Biblioteki i centra nauczania');
  assert.equal(topicLabel('libraries', 'xx'), 'Libraries and learning centres');
  assert.equal(topicLabel('zebra', 'pl'), undefined);
  assert.equal(topicLabel('constructor', 'pl'), undefined);
  assert.equal(fieldVocabularyLabel('023', 'pl'), 'Języki');
  assert.equal(fieldVocabularyLabel('0231', 'pl'), 'Nauka języków');
  assert.equal(fieldVocabularyLabel('0230', 'pl'), 'Języki · 0230'); // "not further defined": the narrow field's label
  assert.equal(fieldVocabularyLabel('0288', 'pl'), 'Sztuka i nauki humanistyczne · 0288'); // no narrow 028: the broad
  assert.equal(fieldVocabularyLabel('020', 'pl'), 'Sztuka i nauki humanistyczne · 020');
});

test('detailed (4-digit) fields have labels of their own: Polish and Finnish', async () => {
  await loadVocabulary('pl');
  await loadVocabulary('fi');
  assert.equal(fieldVocabularyLabel('0322', 'pl'), 'Bibliotekoznawstwo, informacja naukowa i archiwistyka');
  assert.equal(fieldVocabularyLabel('0322', 'fi'), 'Kirjasto-, informaatio- ja arkistoala');
  assert.equal(fieldVocabularyLabel('0613', 'pl'), 'Tworzenie i analiza oprogramowania i aplikacji');
  assert.equal(fieldVocabularyLabel('0613', 'fi'), 'Ohjelmistojen ja sovellusten kehittäminen ja analyysi');
  assert.equal(fieldVocabularyLabel('0913', 'fi'), 'Hoitotyö ja kätilötyö');
  // The only detailed field of a narrow one is named as the narrow field is (ISCED-F: 0421 Law under 042 Law).
  assert.equal(fieldVocabularyLabel('0421', 'pl'), fieldVocabularyLabel('042', 'pl'));
});

test('a detailed label is not its narrow field\'s label copied (apart from the only detailed field of a narrow one)', async () => {
  const all = await loadAllVocabularies();
  const only = new Set(LABELLED_FIELDS.filter((c) => c.length === 4 && LABELLED_FIELDS.filter((d) => d.length === 4 && d.startsWith(c.slice(0, 3))).length === 1));
  assert.deepEqual([...only].sort(), ['0011', '0021', '0031', '0421', '0821', '0831', '0841', '1041']);
  for (const [lang, v] of all) {
    const copied = LABELLED_FIELDS.filter((c) => c.length === 4 && !only.has(c) && v.fields[c] === v.fields[c.slice(0, 3)]);
    // A language may name one detailed field as its narrow one (Italian and Dutch: 0111 as 011).
    assert.ok(copied.length <= 1, `${lang}: ${copied.join(', ')}`);
    const english = all.get('en')!;
    if (lang !== 'en') {
      const same = LABELLED_FIELDS.filter((c) => c.length === 4 && v.fields[c] === english.fields[c]);
      assert.ok(same.length <= 3, `${lang} copies English: ${same.join(', ')}`);
    }
  }
});

test('the validator warns about a topic outside the vocabulary, with the closest slug, and keeps the item', async () => {
  const { parseFeed } = await import('../../src/sdk/feed/parse.js');
  const item = (topics: string[]) => ({
    id: 'a', kind: 'staff-week', title: { en: 'T' }, provider: { name: { en: 'P' }, country: 'BE' }, language: 'en', start: '2027-01-01', topics,
  });
  const res = parseFeed({ version: '1', opportunities: [item(['libraries', 'librairies', 'human-resource', 'zebra-crossings'])] });
  assert.equal(res.opportunities.length, 1);
  assert.deepEqual(res.opportunities[0]!.topics, ['libraries', 'librairies', 'human-resource', 'zebra-crossings']);
  assert.deepEqual(
    res.issues.map((i) => [i.severity, i.message]),
    [
      ['warning', "opportunities[0].topics[1]: 'librairies' is not in the topic vocabulary; did you mean 'libraries'?"],
      ['warning', "opportunities[0].topics[2]: 'human-resource' is not in the topic vocabulary; did you mean 'human-resources'?"],
      ['warning', "opportunities[0].topics[3]: 'zebra-crossings' is not in the topic vocabulary; it is kept as a topic of your own"],
    ],
  );
  // Every slug of the vocabulary passes.
  assert.deepEqual(parseFeed({ version: '1', opportunities: [item([...TOPIC_SLUGS])] }).issues, []);
});

test('kinds, audiences and modes each have a one-sentence English definition, for every value of the feed format', async () => {
  const { KIND_DEFINITIONS, AUDIENCES, AUDIENCE_SLUGS, MODE_DEFINITIONS, isAudienceSlug } = await import('../../src/sdk/vocab/terms.js');
  const { KINDS, MODES } = await import('../../src/sdk/feed/codes.js');
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(new URL('../../schema/opportunity-feed.schema.json', import.meta.url), 'utf8'));
  const item = schema.properties.opportunities.items.properties;
  // Kinds and modes: the enums of the zod schema's code lists and of the published JSON Schema, in their order.
  assert.deepEqual(Object.keys(KIND_DEFINITIONS), [...KINDS]);
  assert.deepEqual(Object.keys(KIND_DEFINITIONS), item.kind.enum);
  assert.deepEqual(Object.keys(MODE_DEFINITIONS), [...MODES]);
  assert.deepEqual(Object.keys(MODE_DEFINITIONS), item.mode.enum);
  // Audiences are free slugs in the schema: the list is the one FEED-FORMAT.md recommends and the UI catalogues label.
  const row = readFileSync(new URL('../../docs/FEED-FORMAT.md', import.meta.url), 'utf8').split('\n').find((l) => l.startsWith('| `audience` |'))!;
  const documented = [...row.split('|')[4]!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
  assert.deepEqual(AUDIENCE_SLUGS, documented);
  assert.deepEqual(AUDIENCE_SLUGS, Object.keys(en.finder.audiences));
  for (const slug of AUDIENCE_SLUGS) assert.match(slug, new RegExp(item.audience.items.pattern), slug);
  assert.ok(isAudienceSlug('library-staff') && !isAudienceSlug('constructor') && !isAudienceSlug('librarians'));
  for (const [what, table] of [['kind', KIND_DEFINITIONS], ['audience', AUDIENCES], ['mode', MODE_DEFINITIONS]] as const) {
    for (const [value, definition] of Object.entries(table)) {
      // One sentence: a capital, at least a few words, a full stop at the end and none before it.
      assert.match(definition, /^[A-Z][^.]{10,}\.$/, `${what} ${value}: ${definition}`);
    }
  }
});
