/**
 * Europass (ELM 3): the optional ELM-aligned feed fields, `toElm` (checked by expanding its output with the `jsonld`
 * processor against a local copy of the ELM context: no network), and `elmReadiness`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ELM_CONTEXT, elmReadiness, toElm } from '../../src/formats/index.js';
import { EU_COUNTRY, EU_LANGUAGE, countryIri, languageIri } from '../../src/formats/elm-codes.js';
import { hoursToDuration, isoToXsdDuration } from '../../src/formats/elm-write.js';
import { COUNTRY_CODES } from '../../src/sdk/feed/code-sets.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import fc from 'fast-check';
import { params, rawItemArb } from './property-arbitraries.js';

type Node = Record<string, any>;
interface JsonLd {
  expand(doc: unknown, options: { documentLoader: (url: string) => Promise<unknown>; safe?: boolean }): Promise<Node[]>;
}
const jsonld = createRequire(import.meta.url)('jsonld') as JsonLd;

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const context = JSON.parse(read('../fixtures/elm/edc-ap-context.jsonld')) as Node;
const loaded: string[] = [];
const documentLoader = async (url: string) => {
  loaded.push(url);
  if (url === ELM_CONTEXT) return { contextUrl: null, documentUrl: url, document: context };
  throw new Error(`no network in tests: ${url}`);
};
/** Expanded in safe mode: a term the ELM context does not define (it would be dropped) fails the expansion. */
const expand = (doc: unknown) => jsonld.expand(doc, { documentLoader, safe: true });

const ELM = 'http://data.europa.eu/snb/model/elm/';
const DC = 'http://purl.org/dc/terms/';
const ids = (values: Node[] | undefined): string[] => (values ?? []).map((v) => v['@id']);
const one = (node: Node, property: string): Node => {
  const values = node[property] as Node[] | undefined;
  assert.ok(values?.length === 1, `${property}: expected one value, got ${JSON.stringify(values)}`);
  return values[0]!;
};

const university = parseFeed(read('../../demo/data/university.json'));

describe('the ELM-aligned feed fields', () => {
  const item = (extra: Record<string, unknown>) =>
    parseFeed({ version: '1', language: 'en', opportunities: [{ id: 'a', kind: 'course', title: 'T', provider: { name: 'U' }, ...extra }] });

  it('are optional, parsed and normalised (entryRequirements gets the item language)', () => {
    const r = item({ duration: 'p2w', volumeOfLearning: 37.5, learningSetting: 'non-formal', eqfLevel: 6, entryRequirements: 'English B2' });
    assert.deepEqual(r.issues, []);
    const o = r.opportunities[0]!;
    assert.deepEqual(
      [o.duration, o.volumeOfLearning, o.learningSetting, o.eqfLevel, o.entryRequirements],
      ['P2W', 37.5, 'non-formal', 6, { en: 'English B2' }],
    );
    assert.deepEqual(item({}).issues, []);
  });

  it('report a bad value and drop the item', () => {
    for (const [extra, message] of [
      [{ duration: '5 days' }, /duration: '5 days' is not an ISO 8601 duration such as 'P5D'/],
      [{ duration: 'PT' }, /is not an ISO 8601 duration/],
      [{ duration: 'P1.5DT2H' }, /is not an ISO 8601 duration/],
      [{ volumeOfLearning: 0 }, /volumeOfLearning: must be a number of hours greater than 0/],
      [{ learningSetting: 'informal' }, /learningSetting: .*'formal', 'non-formal'/],
      [{ eqfLevel: 9 }, /eqfLevel: must be an EQF level from 1 to 8/],
      [{ eqfLevel: 4.5 }, /eqfLevel/],
      [{ entryRequirements: '' }, /entryRequirements: must not be empty/],
    ] as const) {
      const r = item(extra);
      assert.equal(r.opportunities.length, 0, JSON.stringify(extra));
      assert.match(r.issues.map((i) => i.message).join('\n'), message);
    }
  });

  it('accepts the usual ISO 8601 durations', () => {
    for (const d of ['P5D', 'P2W', 'PT90M', 'P1Y6M', 'P3DT4H', 'PT1.5H', 'P0,5D']) {
      assert.deepEqual(item({ duration: d }).issues, [], d);
    }
  });
});

describe('the EU authority-table codes', () => {
  it('give every country code the feed accepts an alpha-3 code', () => {
    for (const code of COUNTRY_CODES) assert.match(EU_COUNTRY.get(code) ?? '', /^[A-Z0-9]{3}$/, code);
    assert.equal(countryIri('BE'), 'http://publications.europa.eu/resource/authority/country/BEL');
    assert.equal(countryIri('gr'), 'http://publications.europa.eu/resource/authority/country/GRC');
    assert.equal(countryIri('XK'), 'http://publications.europa.eu/resource/authority/country/1A0');
  });

  it('map ISO 639-1 to the EU language codes, the 24 official EU languages included', () => {
    assert.equal(EU_LANGUAGE.size, 183);
    const official = { bg: 'BUL', cs: 'CES', da: 'DAN', de: 'DEU', el: 'ELL', en: 'ENG', es: 'SPA', et: 'EST', fi: 'FIN', fr: 'FRA', ga: 'GLE', hr: 'HRV', hu: 'HUN', it: 'ITA', lt: 'LIT', lv: 'LAV', mt: 'MLT', nl: 'NLD', pl: 'POL', pt: 'POR', ro: 'RON', sk: 'SLK', sl: 'SLV', sv: 'SWE' };
    for (const [tag, code] of Object.entries(official)) assert.equal(EU_LANGUAGE.get(tag), code, tag);
    assert.equal(languageIri('nl-BE'), 'http://publications.europa.eu/resource/authority/language/NLD');
    assert.equal(languageIri('und'), undefined);
  });

  it('write hours and ISO durations as xsd:duration', () => {
    assert.deepEqual([40, 1.5, 0.25].map(hoursToDuration), ['PT40H', 'PT1H30M', 'PT15M']);
    assert.deepEqual(['P2W', 'P1W2D', 'P5D', 'PT1,5H'].map(isoToXsdDuration), ['P14D', 'P9D', 'P5D', 'PT1.5H']);
  });
});

describe('toElm', () => {
  it('the university demo feed expands with the ELM context to the expected IRIs', async () => {
    assert.equal(university.opportunities.length, 13);
    const doc = toElm(university.opportunities);
    assert.deepEqual(doc['@context'], [ELM_CONTEXT, { id: '@id', type: '@type', defaultLanguage: { '@id': `${ELM}defaultLanguage`, '@type': '@id' } }]);
    loaded.length = 0;
    const expanded = await expand(doc);
    assert.deepEqual(loaded, [ELM_CONTEXT]);
    // A document that is only a top-level @graph expands to its nodes.
    const graph = expanded;
    assert.equal(graph.length, 13);
    const lo = graph.find((n) => n['@id'] === 'urn:opportunity-kit:scheldeland-research-support-2026')!;
    assert.deepEqual(lo['@type'], [`${ELM}LearningOpportunity`]);
    assert.deepEqual(lo[`${DC}title`], [
      { '@value': 'Research Support Staff Week 2026', '@language': 'en' },
      { '@value': 'Staff week onderzoeksondersteuning 2026', '@language': 'nl' },
    ]);
    const homepage = one(lo, 'http://xmlns.com/foaf/0.1/homepage');
    assert.deepEqual(homepage['@type'], [`${ELM}WebResource`]);
    assert.deepEqual(one(homepage, `${ELM}contentUrl`), {
      '@value': 'https://www.scheldeland.be/en/staff-weeks/research-support-2026',
      '@type': 'http://www.w3.org/2001/XMLSchema#anyURI',
    });
    assert.deepEqual(ids(lo[`${ELM}defaultLanguage`]), ['http://publications.europa.eu/resource/authority/language/ENG']);
    assert.deepEqual(ids(lo[`${ELM}mode`]), ['http://data.europa.eu/snb/learning-assessment/9191af2ed9']);

    const spec = one(lo, `${ELM}learningAchievementSpecification`);
    assert.deepEqual(spec['@type'], [`${ELM}LearningAchievementSpecification`]);
    assert.deepEqual(ids(spec[`${ELM}ISCEDFCode`]), ['http://data.europa.eu/snb/isced-f/0413']);
    assert.deepEqual(ids(one(spec, `${ELM}ISCEDFCode`)['http://www.w3.org/2004/02/skos/core#inScheme']), ['http://data.europa.eu/snb/isced-f/25831c2']);
    assert.deepEqual(ids(spec[`${DC}language`]), ['http://publications.europa.eu/resource/authority/language/ENG']);
    assert.ok(String(one(spec, `${DC}description`)['@value']).startsWith('Scheldeland University welcomes colleagues'), 'the description is plain text');

    const provider = one(lo, `${ELM}providedBy`);
    assert.deepEqual(provider['@type'], [`${ELM}Organisation`]);
    assert.deepEqual(provider['http://www.w3.org/ns/regorg#legalName'], [
      { '@value': 'Scheldeland University', '@language': 'en' },
      { '@value': 'Universiteit Scheldeland', '@language': 'nl' },
    ]);
    // The provider's identifiers from the feed (Erasmus code, PIC, SCHAC), each an adms:Identifier with its scheme.
    const ADMS = 'http://www.w3.org/ns/adms#';
    const identifiers = (provider[`${ADMS}identifier`] as Node[]).map((n) => [
      n['@id'],
      n['@type'],
      one(n, 'http://www.w3.org/2004/02/skos/core#notation')['@value'],
      one(n, `${ELM}schemeName`)['@value'],
    ]);
    const base = 'urn:opportunity-kit:scheldeland-research-support-2026#provider';
    assert.deepEqual(identifiers, [
      [`${base}-erasmus-code`, [`${ADMS}Identifier`], 'B GENT42', 'Erasmus institution code'],
      [`${base}-pic`, [`${ADMS}Identifier`], '999845126', 'Participant Identification Code (PIC)'],
      [`${base}-schac`, [`${ADMS}Identifier`], 'scheldeland.be', 'SCHAC home organisation'],
    ]);
    assert.deepEqual(ids(provider['http://xmlns.com/foaf/0.1/homepage']), [`${base}-homepage`]);
    const place = one(provider, `${ELM}location`);
    assert.deepEqual(place['@type'], [`${DC}Location`]);
    const address = one(place, `${ELM}address`);
    assert.deepEqual(address['@type'], [`${ELM}Address`]);
    assert.deepEqual(ids(address[`${ELM}countryCode`]), ['http://publications.europa.eu/resource/authority/country/BEL']);

    const period = one(lo, `${DC}temporal`);
    assert.deepEqual(period['@type'], [`${DC}PeriodOfTime`]);
    const xsd = (t: string) => `http://www.w3.org/2001/XMLSchema#${t}`;
    assert.deepEqual(one(period, `${ELM}startDate`), { '@value': '2026-06-15T00:00:00Z', '@type': xsd('dateTime') });
    assert.deepEqual(one(period, `${ELM}endDate`), { '@value': '2026-06-19T23:59:59Z', '@type': xsd('dateTime') });
    const deadline = one(lo, `${ELM}applicationDeadline`);
    assert.equal(deadline['@type'], xsd('dateTime'));
    assert.match(deadline['@value'], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);

    const price = one(lo, `${ELM}priceDetail`);
    assert.deepEqual(price['@type'], [`${ELM}PriceDetail`]);
    const amount = one(price, `${ELM}amount`);
    assert.deepEqual(ids(amount[`${ELM}unit`]), ['http://publications.europa.eu/resource/authority/currency/EUR']);
    assert.deepEqual(one(amount, `${ELM}value`), { '@value': '150', '@type': xsd('decimal') });
    assert.deepEqual(ids(one(lo, `${ELM}location`)[`${ELM}address`]?.[0]?.[`${ELM}countryCode`]), [
      'http://publications.europa.eu/resource/authority/country/BEL',
    ]);
  });

  it('writes the ELM-aligned fields as ELM values', async () => {
    const r = parseFeed({
      version: '1',
      language: 'nl',
      opportunities: [
        {
          id: 'https://www.example.eu/course/1',
          kind: 'course',
          title: 'Cursus',
          provider: { name: 'Hogeschool', country: 'NL' },
          languages: [{ lang: 'nl' }, { lang: 'en' }],
          learningOutcomes: ['Een les ontwerpen'],
          duration: 'P2W',
          volumeOfLearning: 56,
          learningSetting: 'formal',
          eqfLevel: 6,
          entryRequirements: 'Bachelor',
          mode: 'blended',
          fields: ['0114'],
        },
      ],
    });
    assert.deepEqual(r.issues, []);
    const [lo] = (await expand(toElm(r.opportunities, { idPrefix: 'https://elm.example.eu/' }))) as [Node];
    assert.equal(lo['@id'], 'https://elm.example.eu/https%3A%2F%2Fwww.example.eu%2Fcourse%2F1');
    assert.deepEqual(one(lo, `${ELM}duration`), { '@value': 'P14D', '@type': 'http://www.w3.org/2001/XMLSchema#duration' });
    const spec = one(lo, `${ELM}learningAchievementSpecification`);
    assert.deepEqual(one(spec, `${ELM}volumeOfLearning`)['@value'], 'PT56H');
    assert.deepEqual(ids(spec[`${ELM}educationLevel`]), ['http://data.europa.eu/snb/eqf/6']);
    assert.deepEqual(ids(spec[`${ELM}learningSetting`]), ['http://data.europa.eu/snb/learning-setting/6fd4685715']);
    assert.deepEqual(ids(spec[`${ELM}mode`]), ['http://data.europa.eu/snb/learning-assessment/e92d221e4d']);
    assert.deepEqual(ids(spec[`${DC}language`]), [
      'http://publications.europa.eu/resource/authority/language/NLD',
      'http://publications.europa.eu/resource/authority/language/ENG',
    ]);
    const note = one(spec, `${ELM}entryRequirement`);
    assert.deepEqual(note[`${ELM}noteLiteral`], [{ '@value': 'Bachelor', '@language': 'nl' }]);
    assert.deepEqual(one(spec, `${ELM}learningOutcome`)[`${DC}title`], [{ '@value': 'Een les ontwerpen', '@language': 'nl' }]);
    assert.deepEqual(elmReadiness(r.opportunities[0]!).map((g) => g.field), ['url']);
    // A provider without identifiers in the feed gets none (no empty list, no made-up one).
    assert.equal(one(lo, `${ELM}providedBy`)['http://www.w3.org/ns/adms#identifier'], undefined);
  });

  it("writes only the provider identifiers the feed has, and no legal identifier (the feed has no registration number)", () => {
    const r = parseFeed({
      version: '1',
      opportunities: [
        { id: 'a', kind: 'course', title: { en: 'A' }, provider: { name: { en: 'P' }, country: 'PL', pic: '123456789' }, start: '2027-01-01' },
        { id: 'b', kind: 'course', title: { en: 'B' }, provider: { name: { en: 'Q' }, erasmusCode: 'pl  krakow01' }, start: '2027-01-01' },
      ],
    });
    assert.deepEqual(r.issues, []);
    const [a, b] = toElm(r.opportunities)['@graph'] as [Node, Node];
    const provider = (n: Node) => n['providedBy'] as Record<string, unknown>;
    assert.deepEqual(provider(a)['identifier'], [
      { id: 'urn:opportunity-kit:a#provider-pic', type: 'Identifier', notation: '123456789', schemeName: 'Participant Identification Code (PIC)' },
    ]);
    assert.deepEqual(provider(b)['identifier'], [
      { id: 'urn:opportunity-kit:b#provider-erasmus-code', type: 'Identifier', notation: 'PL KRAKOW01', schemeName: 'Erasmus institution code' },
    ]);
    for (const n of [a, b]) assert.equal(provider(n)['registration'], undefined);
  });
});

describe('toElm on generated feeds', () => {
  it('every parsed item is written with terms of the ELM context only (safe-mode expansion) and gets a report', async () => {
    const elmFields = fc.record(
      {
        duration: fc.constantFrom('P5D', 'P2W', 'PT90M', 'P1Y6M', 'PT1,5H'),
        volumeOfLearning: fc.double({ min: 0.01, max: 2000, noNaN: true }),
        learningSetting: fc.constantFrom('formal', 'non-formal'),
        eqfLevel: fc.integer({ min: 1, max: 8 }),
        entryRequirements: fc.constantFrom('B2 English', { en: 'A bachelor', nl: 'Een bachelor' }),
      },
      { requiredKeys: [] },
    );
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(rawItemArb(fc.uuid()), elmFields), { minLength: 1, maxLength: 3 }), async (pairs) => {
        const r = parseFeed({ version: '1', opportunities: pairs.map(([raw, extra]) => ({ ...raw, ...extra })) });
        const expanded = await expand(toElm(r.opportunities));
        assert.equal(expanded.length, r.opportunities.length);
        for (const o of r.opportunities) assert.ok(Array.isArray(elmReadiness(o)));
        written += r.opportunities.length;
      }),
      params(60),
    );
    assert.ok(written > 20, `only ${written} items were valid: the generator no longer makes valid items`);
  });
});

describe('elmReadiness', () => {
  it('a deliberately incomplete item: names each missing field', () => {
    const r = parseFeed({
      version: '1',
      opportunities: [{ id: 'bare', kind: 'staff-week', title: 'Library week', provider: { name: 'Some University' } }],
    });
    const o: Opportunity = r.opportunities[0]!;
    const gaps = elmReadiness(o);
    assert.deepEqual(
      gaps.map((g) => [g.field, g.property]),
      [
        ['language', 'LearningOpportunity.title'],
        ['url', 'LearningOpportunity.homepage'],
        ['language', 'LearningOpportunity.defaultLanguage'],
        ['fields', 'LearningAchievementSpecification.ISCEDFCode'],
        ['learningOutcomes', 'LearningAchievementSpecification.learningOutcome'],
        ['languages', 'LearningAchievementSpecification.language'],
        ['language', 'Organisation.legalName'],
        ['provider.country', 'Organisation.location → Address.countryCode'],
      ],
    );
    assert.match(gaps[1]!.message, /fill url/);
  });

  it('the university demo items lack only learning outcomes', () => {
    for (const o of university.opportunities) {
      assert.deepEqual(elmReadiness(o).map((g) => g.field), ['learningOutcomes'], o.id);
    }
  });

  it('an item with a language but no working languages falls back to it; an unknown language is named', () => {
    const base = { id: 'x', kind: 'course', title: 'T', url: 'https://x.eu', fields: ['0413'], learningOutcomes: ['L'], provider: { name: 'U', country: 'BE' } };
    const r = parseFeed({ version: '1', language: 'en', opportunities: [base, { ...base, id: 'y', languages: [{ lang: 'tlh' }, { lang: 'zxx' }] }] });
    assert.deepEqual(elmReadiness(r.opportunities[0]!), []);
    assert.deepEqual(elmReadiness(r.opportunities[1]!).map((g) => g.message), [
      "'zxx' has no code in the EU language table: use a language such as 'en'",
    ]);
  });
});

describe('the ELM-aligned fields in a spreadsheet', () => {
  it('are columns the CSV writer adds when used and the reader reads back (the template keeps its columns)', async () => {
    const { readFeed, toCsv, TEMPLATE_HEADER } = await import('../../src/formats/index.js');
    const r = parseFeed({
      version: '1',
      language: 'en',
      opportunities: [
        { id: 'c1', kind: 'course', title: 'Course', provider: { name: 'U' }, duration: 'P5D', volumeOfLearning: 37.5, learningSetting: 'non-formal', eqfLevel: 5, entryRequirements: { en: 'Staff of a partner', nl: 'Personeel van een partner' } },
      ],
    });
    const csv = toCsv(r.opportunities);
    const header = csv.split('\r\n')[0]!.split(',');
    for (const column of ['duration', 'volumeOfLearning', 'learningSetting', 'eqfLevel', 'entryRequirements.en', 'entryRequirements.nl']) {
      assert.ok(header.includes(column), column);
    }
    assert.ok(!TEMPLATE_HEADER.includes('duration'));
    const back = await readFeed(csv, { format: 'csv' });
    assert.deepEqual(back.issues, []);
    const o = back.opportunities[0]!;
    assert.deepEqual(
      [o.duration, o.volumeOfLearning, o.learningSetting, o.eqfLevel, o.entryRequirements],
      ['P5D', 37.5, 'non-formal', 5, { en: 'Staff of a partner', nl: 'Personeel van een partner' }],
    );
  });
});
