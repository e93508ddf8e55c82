import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat, readFeed, toCsv, TEMPLATE_HEADER } from '../../src/formats/index.js';
import type { FeedIssue } from '../../src/sdk/feed/parse.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/formats', name), 'utf8');
const errors = (r: { issues: FeedIssue[] }) => r.issues.filter((i) => i.severity === 'error');

/** A JSON feed using every field the CSV columns hold, in two languages. */
export const FULL_FEED = {
  version: '1',
  language: 'en',
  opportunities: [
    {
      id: 'ugent-2027-library-week',
      kind: 'staff-week',
      direction: 'offer',
      title: { en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek' },
      summary: 'Five days on open science services; learning centres, "data stewards".',
      description: '<p>Programme:</p>\n<ul><li>Monday, welcome</li><li>Tuesday; workshops</li></ul>',
      url: 'https://www.ugent.be/staffweek/library',
      provider: {
        name: { en: 'Ghent University', nl: 'Universiteit Gent' },
        country: 'BE',
        city: 'Gent',
        url: 'https://www.ugent.be',
        erasmusCode: 'B GENT01',
        schac: 'ugent.be',
        pic: '999986096',
        type: 'hei',
      },
      location: { city: 'Gent', region: 'East Flanders', country: 'BE', lat: 51.0469, lon: -3.7276 },
      mode: 'onsite',
      start: '2027-05-10',
      end: '2027-05-14',
      application: {
        opens: '2026-12-01',
        deadline: '2027-02-28T23:59:00+01:00',
        url: 'https://www.ugent.be/staffweek/apply',
        email: 'staffweek@ugent.be',
        places: 25,
        placesLeft: 3,
        form: {
          endpoint: 'https://apply.example.eu/api/applications',
          fields: [{ name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true, autocomplete: 'given-name' }],
        },
      },
      audience: ['library-staff', 'administrative-staff'],
      topics: ['libraries', 'open-science'],
      fields: ['0322', '041'],
      languages: [{ lang: 'en', level: 'B2' }, { lang: 'nl' }],
      fee: { amount: 150.5, currency: 'EUR', covers: { en: 'Lunches, social programme', nl: 'Lunches' } },
      funding: ['erasmus-plus-ka1'],
      learningOutcomes: [
        { en: 'Compare open science services, in depth', nl: 'Open-science-diensten vergelijken' },
        { en: 'Plan a learning centre' },
      ],
      recognition: { ects: 1.5, ecvet: 2, note: { en: 'Certificate | transcript' } },
      contact: { name: 'International Office', email: 'staffweek@ugent.be', phone: '+32 9 264 00 00', url: 'https://www.ugent.be/contact' },
      image: 'https://www.ugent.be/staffweek/library.jpg',
      tags: ['=HYPERLINK("http://evil.example")', 'Boekentoren, summer'],
      status: 'scheduled',
      feedback: { rating: 4.5, count: 12 },
      updated: '2026-11-18T09:00:00Z',
    },
    {
      id: 'ugent-2027-shadowing',
      kind: 'job-shadowing',
      title: 'Job shadowing in the international office',
      provider: { name: 'Ghent University' },
      learningOutcomes: ['One outcome, with a comma\nand a line break'],
    },
  ],
};

describe('detectFormat', () => {
  it('recognises each format from the text', () => {
    assert.equal(detectFormat('\ufeff  {"version":"1"}'), 'json');
    assert.equal(detectFormat('[{"@context":"https://schema.org"}]'), 'json');
    assert.equal(detectFormat('BEGIN:VCALENDAR\r\nVERSION:2.0'), 'ics');
    assert.equal(detectFormat('<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">'), 'rss');
    assert.equal(detectFormat('<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">'), 'atom');
    assert.equal(detectFormat('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'), 'rss');
    assert.equal(detectFormat('<!DOCTYPE html><html lang="en">'), 'html');
    assert.equal(detectFormat('id;kind;title\nx;course;y'), 'csv');
    assert.equal(detectFormat('id\tkind\ttitle'), 'csv');
  });

  it('uses the content type when the text is not decisive, and the text when it is', () => {
    assert.equal(detectFormat('id', 'text/csv; charset=utf-8'), 'csv');
    assert.equal(detectFormat('<div>hi</div>', 'text/html'), 'html');
    assert.equal(detectFormat('<channel></channel>', 'application/rss+xml'), 'rss');
    assert.equal(detectFormat('<x/>', 'application/atom+xml'), 'atom');
    assert.equal(detectFormat('BEGIN:VCALENDAR', 'text/plain'), 'ics');
    assert.equal(detectFormat('{"version":"1"}', 'text/html'), 'json');
    assert.equal(detectFormat('<p>Hello</p>'), 'html');
  });

  it('returns undefined when nothing fits', () => {
    assert.equal(detectFormat(''), undefined);
    assert.equal(detectFormat('just some words'), undefined);
    assert.equal(detectFormat('<unknown-root/>'), undefined);
  });
});

describe('readFeed: JSON', () => {
  it('gives exactly what parseFeed gives', async () => {
    const text = JSON.stringify(FULL_FEED);
    assert.deepEqual(await readFeed(text), parseFeed(text));
    const broken = '{"version": "1", "opportunities": [';
    assert.deepEqual(await readFeed(broken), parseFeed(broken));
    const bad = JSON.stringify({ version: '1', opportunities: [{ id: 'x' }] });
    assert.deepEqual(await readFeed(bad, { format: 'json' }), parseFeed(bad));
  });

  it('merges defaults under each item', async () => {
    const text = JSON.stringify({ version: '1', opportunities: [{ id: 'a', title: 'A', provider: { country: 'BE' } }, { id: 'b', title: 'B', kind: 'course' }] });
    const r = await readFeed(text, { defaults: { kind: 'staff-week', provider: { name: 'Ghent University', country: 'NL' } } });
    assert.deepEqual(errors(r), []);
    assert.equal(r.opportunities[0]!.kind, 'staff-week');
    assert.equal(r.opportunities[0]!.provider.country, 'BE');
    assert.equal(r.opportunities[1]!.kind, 'course');
    assert.equal(r.opportunities[1]!.provider.country, 'NL');
  });

  it('reads schema.org JSON-LD served as JSON', async () => {
    const r = await readFeed(
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'Course', name: 'Moodle for teachers', provider: { '@type': 'Organization', name: 'Tampere University' } }),
      { contentType: 'application/ld+json' },
    );
    assert.deepEqual(errors(r), []);
    assert.equal(r.opportunities[0]!.kind, 'course');
    assert.deepEqual(r.opportunities[0]!.title, { und: 'Moodle for teachers' });
  });
});

describe('readFeed: CSV', () => {
  it("reads a Swedish centre's spreadsheet: BOM, ';', quoted multi-line cells, two languages", async () => {
    const r = await readFeed(fixture('folkhogskola.csv'));
    assert.equal(r.opportunities.length, 3);
    const [shadow, course, vet] = r.opportunities as [Opportunity, Opportunity, Opportunity];
    assert.equal(shadow.id, 'vfhs-2027-skuggning-vard');
    assert.deepEqual(shadow.title, { sv: 'Jobbskuggning inom vård och omsorg', en: 'Job shadowing in health and care' });
    assert.equal(shadow.language, 'sv');
    assert.match(shadow.description!.sv!, /<p>Programmet innehåller:<\/p>\r?\n<ul><li>studiebesök på äldreboende<\/li><li>"språkcafé" för nyanlända/);
    assert.deepEqual(shadow.location, { city: 'Västerås', country: 'SE', lat: 59.6099, lon: 16.5448 });
    assert.deepEqual(shadow.topics, ['health-care', 'language-integration']);
    assert.deepEqual(shadow.audience, ['teachers', 'adult-learners']);
    assert.deepEqual(shadow.languages, [{ lang: 'sv', level: 'B1' }, { lang: 'en', level: 'B2' }]);
    assert.deepEqual(shadow.fee, { amount: 0, currency: 'EUR', covers: { sv: 'Lunch och studiebesök' } });
    assert.deepEqual(shadow.learningOutcomes, [
      { sv: 'Planera lektioner i vårdsvenska', en: 'Plan lessons in Swedish for care' },
      { sv: 'Använda digitala verktyg', en: 'Use digital tools' },
    ]);
    assert.equal(shadow.application?.places, 4);
    assert.equal(course.description!.sv, 'Kursen ges på svenska och engelska;\r\nvi använder Moodle, Padlet och Kahoot.');
    assert.deepEqual(course.fee, { amount: 1500, currency: 'SEK', covers: { sv: 'Kursavgift, kaffe' } });
    assert.equal(course.application?.deadline, '2027-02-28T23:59:00+01:00');
    assert.deepEqual(course.tags, ['digitalisering', 'SFI']);
    assert.equal(vet.kind, 'vet-placement');
    assert.deepEqual(vet.location, { city: 'Sevilla', country: 'ES' });
  });

  it('points issues at the row and the line (multi-line cells counted) and warns about unknown columns', async () => {
    const r = await readFeed(fixture('folkhogskola.csv'));
    const bad = r.issues.find((i) => i.id === 'vfhs-2027-trasig');
    assert.ok(bad);
    assert.equal(bad.severity, 'error');
    assert.equal(bad.index, 2);
    assert.deepEqual(bad.path, ['opportunities', 2, 'provider', 'country']);
    assert.match(bad.message, /^row 3 \(line 7\): provider\.country: 'Sverige' is not an ISO 3166-1 alpha-2 code/);
    const unknown = r.issues.find((i) => i.message.includes('Anteckning'));
    assert.equal(unknown?.severity, 'warning');
    assert.deepEqual(unknown?.path, []);
  });

  it('reads the publisher template cleanly', async () => {
    const text = readFileSync(join(root, 'schema/opportunities-template.csv'), 'utf8');
    assert.deepEqual(text.split(/\r?\n/)[0]!.split(','), [...TEMPLATE_HEADER]);
    const r = await readFeed(text, { contentType: 'text/csv' });
    assert.deepEqual(r.issues, []);
    assert.equal(r.opportunities.length, 1);
    const o = r.opportunities[0]!;
    assert.equal(o.id, 'ugent-2027-library-week');
    assert.deepEqual(o.title, { en: 'International Library Staff Week' });
    assert.equal(o.application?.places, 25);
    assert.deepEqual(o.learningOutcomes, [{ en: 'Compare open science services' }, { en: 'Plan a learning centre redesign' }]);
    assert.deepEqual(o.fee, { amount: 150, currency: 'EUR', covers: { en: 'Lunches, social programme' } });
  });

  it('converts numbers, splits lists, treats empty cells as absent and passes bad values to validation', async () => {
    const csv = [
      'id,kind,title,provider.name,fee.amount,fee.currency,location.lat,topics,tags,application.places,Title.SV',
      'a,course,Course A,Tampere University,"12,5",eur,61.49,"ict, hr",one|two,,Kurs A',
      'b,course,Course B,Tampere University,abc,EUR,,,,7,',
    ].join('\n');
    const r = await readFeed(csv);
    const a = r.opportunities[0]!;
    assert.deepEqual(a.fee, { amount: 12.5, currency: 'EUR' });
    assert.equal(a.location?.lat, 61.49);
    assert.deepEqual(a.topics, ['ict', 'hr']);
    assert.deepEqual(a.tags, ['one', 'two']);
    assert.equal(a.application, undefined);
    assert.deepEqual(a.title, { und: 'Course A', sv: 'Kurs A' });
    const b = r.issues.find((i) => i.id === 'b');
    assert.match(b!.message, /^row 2 \(line 3\): fee\.amount: expected number/);
  });

  it('derives a stable id for rows without one, and warns', async () => {
    const csv = 'kind,title,provider.name,url\ncourse,A,Uni,https://uni.example/a\ncourse,B,Uni,\n';
    const r1 = await readFeed(csv);
    const r2 = await readFeed(csv);
    assert.equal(r1.opportunities[0]!.id, 'https://uni.example/a');
    assert.match(r1.opportunities[1]!.id, /^row-[0-9a-z]+$/);
    assert.equal(r1.opportunities[1]!.id, r2.opportunities[1]!.id);
    assert.equal(r1.issues.filter((i) => /has no id/.test(i.message)).length, 2);
  });

  it('reports a header that names no field, a file without rows and extra cells', async () => {
    const r1 = await readFeed('foo,bar\n1,2\n', { format: 'csv' });
    assert.equal(r1.opportunities.length, 0);
    assert.match(errors(r1)[0]!.message, /none of 2 names a field/);
    const r2 = await readFeed('\n\n', { format: 'csv' });
    assert.match(errors(r2)[0]!.message, /no rows/);
    const r3 = await readFeed('id,kind,title,provider.name\nx,course,T,U,extra\n', { language: 'en' });
    assert.equal(r3.opportunities.length, 1);
    assert.match(r3.issues[0]!.message, /^row 1 \(line 2\): has 5 cells but the header names 4 columns/);
  });

  it('hints at defaults when a column the format needs is missing', async () => {
    const r = await readFeed('id,title\na,A\n');
    assert.ok(r.issues.some((i) => i.path.length === 0 && /no kind: add a 'kind' column/.test(i.message)));
    assert.ok(r.issues.some((i) => i.path.length === 0 && /no provider: add a 'provider.name' column/.test(i.message)));
  });
});

describe('toCsv', () => {
  it('round-trips JSON → CSV → JSON with every field CSV holds', async () => {
    const json = parseFeed(FULL_FEED);
    assert.deepEqual(json.issues, []);
    for (const delimiter of [',', ';', '\t'] as const) {
      const csv = toCsv(json.opportunities, { delimiter, bom: delimiter === ';' });
      const back = await readFeed(csv, { format: 'csv' });
      assert.deepEqual(back.issues, []);
      assert.deepEqual(back.opportunities, json.opportunities);
    }
  });

  it('writes one column per language, guards formula-like cells and quotes what needs it', () => {
    const csv = toCsv(parseFeed(FULL_FEED).opportunities);
    const header = csv.split('\r\n')[0]!.split(',');
    assert.ok(header.includes('title.en') && header.includes('title.nl') && header.includes('learningOutcomes.nl'));
    assert.ok(header.includes('application.form') && header.includes('feedback.rating'));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"")|Boekentoren, summer"`));
    assert.ok(csv.includes(`'+32 9 264 00 00`));
    assert.ok(csv.endsWith('\r\n'));
  });

  it('writes the template columns for an empty list', () => {
    assert.equal(toCsv([]), TEMPLATE_HEADER.join(',') + '\r\n');
  });
});

describe('lazy loading', () => {
  it('the formats entry imports no parser statically', () => {
    const heavy = /^(papaparse|ical\.js|htmlparser2)$/;
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      // Static imports and re-exports only (`import type` is erased; dynamic import() is what we want).
      for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
        const spec = m[1] ?? m[2]!;
        assert.ok(!heavy.test(spec), `${file} imports ${spec} statically`);
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(root, 'src/formats/index.ts'));
    assert.ok(seen.size > 3);
    const index = readFileSync(join(root, 'src/formats/index.ts'), 'utf8');
    for (const mod of ['csv', 'ical', 'rss', 'html']) assert.ok(index.includes(`import('./${mod}.js')`));
  });
});
