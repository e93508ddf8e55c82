/**
 * What the validator can tell a publisher beyond "invalid": unknown fields with the field meant, the fix for a
 * value it can know (a country's name, a code written with spaces, a day-first date, the shape of a list entry),
 * and contradictions inside a valid item. Warnings keep the item.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { closest, editDistance } from '../../src/sdk/feed/suggest.js';
import { suggestColumn } from '../../src/formats/csv-columns.js';
import { runCli } from '../../src/formats/cli.js';
import { readFeed } from '../../src/formats/index.js';
import type { CliIo } from '../../src/formats/cli.js';
import { item, feed } from '../fixtures/feeds/helpers.js';

const messages = (r: ReturnType<typeof parseFeed>, severity?: 'error' | 'warning') =>
  r.issues.filter((i) => !severity || i.severity === severity).map((i) => i.message);

describe('the suggester', () => {
  it('counts a swap of two neighbouring letters as one edit (Damerau–Levenshtein)', () => {
    assert.equal(editDistance('titel', 'title'), 1);
    assert.equal(editDistance('deadine', 'deadline'), 1);
    assert.equal(editDistance('application.dealine', 'application.deadline'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 1), 2, 'gives up past the limit');
  });

  it('suggests only what is close for the length of the name', () => {
    assert.equal(closest('sumary', ['title', 'summary', 'description']), 'summary');
    assert.equal(closest('staff week', ['job-shadowing', 'staff-week']), 'staff-week');
    assert.equal(closest('Staff_Week', ['staff-week']), 'staff-week');
    assert.equal(closest('url', ['uri', 'id']), 'uri');
    assert.equal(closest('ab', ['xy']), undefined);
    assert.equal(closest('colour', ['title', 'summary', 'kind']), undefined);
  });

  it('one suggester serves CSV columns and JSON fields: application.dealine → application.deadline', () => {
    assert.equal(suggestColumn('application.dealine'), 'application.deadline');
    assert.equal(suggestColumn('Application.Deadine'), 'application.deadline');
    assert.equal(suggestColumn('deadline'), 'application.deadline');
    assert.equal(suggestColumn('titel'), 'title');
    assert.equal(suggestColumn('from'), 'start', "a spreadsheet's word wins over a near miss ('form')");
    assert.equal(suggestColumn('Price'), 'fee.amount');
    const r = parseFeed(feed(item({ application: { dealine: '2027-02-01' } })));
    assert.deepEqual(messages(r), [
      "opportunities[0].application.dealine: is not a field of the feed format and was ignored; did you mean 'application.deadline'?",
    ]);
  });
});

describe('unknown fields are reported (point 23)', () => {
  it('each unknown field is a warning with its path and the field meant; the item is kept', () => {
    const r = parseFeed(
      feed(item({ id: 'a', sumary: 'Five days', application: { deadine: '2027-02-01', url: 'https://x.eu/apply' } })),
    );
    assert.deepEqual(r.opportunities.map((o) => o.id), ['a']);
    assert.deepEqual(
      r.issues.map((i) => [i.severity, i.path, i.index, i.id, i.message]),
      [
        ['warning', ['opportunities', 0, 'sumary'], 0, 'a', "opportunities[0].sumary: is not a field of the feed format and was ignored; did you mean 'summary'?"],
        [
          'warning',
          ['opportunities', 0, 'application', 'deadine'],
          0,
          'a',
          "opportunities[0].application.deadine: is not a field of the feed format and was ignored; did you mean 'application.deadline'?",
        ],
      ],
    );
  });

  it('a misspelt required field: the error, and the warning that says what was meant', () => {
    const r = parseFeed(feed(item({ title: undefined, titel: 'Library week' })));
    assert.equal(r.opportunities.length, 0);
    assert.deepEqual(messages(r), [
      'opportunities[0].title: is required',
      "opportunities[0].titel: is not a field of the feed format and was ignored; did you mean 'title'?",
    ]);
  });

  it('a field at the wrong level points to where it belongs; lists of objects are checked too', () => {
    const r = parseFeed(feed(item({ deadline: '2027-02-01', languages: [{ lang: 'en', levle: 'B2' }] })));
    assert.deepEqual(messages(r), [
      "opportunities[0].deadline: is not a field of the feed format and was ignored; did you mean 'application.deadline'?",
      "opportunities[0].languages[0].levle: is not a field of the feed format and was ignored; did you mean 'languages.level'?",
    ]);
  });

  it('the envelope too', () => {
    const r = parseFeed({ ...feed(item()), titel: 'Staff weeks', publisher: { name: 'U', ulr: 'https://u.eu' } });
    assert.deepEqual(messages(r), [
      "titel: is not a field of the feed format and was ignored; did you mean 'title'?",
      "publisher.ulr: is not a field of the feed format and was ignored; did you mean 'publisher.url'?",
    ]);
  });

  it('extension points are not reported: x- fields, JSON-LD keywords, $schema', () => {
    const r = parseFeed({
      $schema: 'https://example.eu/opportunity-feed.schema.json',
      '@context': 'https://schema.org',
      'x-generator': 'CMS 4',
      ...feed(item({ 'x-internal-id': 42, '@type': 'Event', provider: { name: 'U', 'X-crm': 'A-1' } })),
    });
    assert.deepEqual(r.issues, []);
  });

  it('a mistake repeated in every item is reported 20 times, then counted', () => {
    const items = Array.from({ length: 25 }, (_, i) => item({ id: `i${i}`, colour: 'blue' }));
    const r = parseFeed(feed(...items));
    assert.equal(r.opportunities.length, 25);
    const w = messages(r, 'warning');
    assert.equal(w.length, 21);
    assert.equal(w[20], '(feed): … and 5 more like: opportunities[…].colour: is not a field of the feed format and was ignored');
  });

  it('validate prints them (command line)', async () => {
    let stdout = '';
    const text = JSON.stringify(feed(item({ application: { deadine: '2027-02-01' } })));
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      readFile: async () => text,
      fetch: async () => {
        throw new Error('no network');
      },
    };
    assert.equal(await runCli(['validate', 'feed.json'], io), 0);
    assert.equal(
      stdout,
      "warning  opportunities[0].application.deadine: is not a field of the feed format and was ignored; did you mean 'application.deadline'?\n" +
        '1 opportunity valid, 0 errors, 1 warning\n',
    );
  });
});

describe('messages say the fix when it can be known (point 24)', () => {
  const reject = (overrides: Record<string, unknown>) => messages(parseFeed(feed(item(overrides))), 'error');

  it("a country's name → its code (English and other languages)", () => {
    assert.deepEqual(reject({ provider: { name: 'U', country: 'Poland' } }), [
      "opportunities[0].provider.country: 'Poland' is not an ISO 3166-1 alpha-2 code such as 'BE'; use 'PL'",
    ]);
    assert.deepEqual(reject({ location: { country: 'Polska' } }), [
      "opportunities[0].location.country: 'Polska' is not an ISO 3166-1 alpha-2 code such as 'BE'; use 'PL'",
    ]);
    assert.deepEqual(reject({ location: { country: 'Deutschland' } }), [
      "opportunities[0].location.country: 'Deutschland' is not an ISO 3166-1 alpha-2 code such as 'BE'; use 'DE'",
    ]);
    assert.deepEqual(reject({ location: { country: 'Atlantis' } }), [
      "opportunities[0].location.country: 'Atlantis' is not an ISO 3166-1 alpha-2 code such as 'BE'",
    ]);
  });

  it("a country's name in the feed's own language, when it is not a European one", () => {
    const r = parseFeed({ version: '1', language: 'ja', opportunities: [item({ location: { country: 'ポーランド' } })] });
    assert.deepEqual(messages(r), [
      "opportunities[0].location.country: 'ポーランド' is not an ISO 3166-1 alpha-2 code such as 'BE'; use 'PL'",
    ]);
  });

  it('a code written like words → the closest code of its list', () => {
    assert.deepEqual(reject({ kind: 'staff week' }), [
      "opportunities[0].kind: string 'staff week' is not one of: 'staff-week', 'job-shadowing', 'teaching', 'course', " +
        "'traineeship', 'vet-placement', 'volunteering', 'research-job', 'good-practice', 'other'; did you mean 'staff-week'?",
    ]);
    assert.match(reject({ mode: 'on-site' })[0]!, /; did you mean 'onsite'\?$/);
    assert.doesNotMatch(reject({ mode: 'hybrid' })[0]!, /did you mean/);
  });

  it('day-first (or month-first) dates → ISO; an ambiguous one is not guessed', () => {
    const start = (start: string) => reject({ start })[0]!;
    assert.match(start('19/04/2027'), /'19\/04\/2027' is not an ISO 8601 date .*; use '2027-04-19'$/);
    assert.match(start('19.4.2027'), /; use '2027-04-19'$/);
    assert.match(start('04/19/2027'), /; use '2027-04-19'$/);
    assert.match(start('04/05/2027'), /; it could be day-first or month-first: write it as YYYY-MM-DD$/);
    assert.doesNotMatch(start('31/02/2027'), /use '/, 'no such day: no suggestion');
  });

  it('a list entry of the wrong shape → the right shape', () => {
    assert.deepEqual(reject({ languages: ['en', 'fr:B2'] }), [
      'opportunities[0].languages[0]: expected object, got string \'en\'; write {"lang": "en"}',
      'opportunities[0].languages[1]: expected object, got string \'fr:B2\'; write {"lang": "fr", "level": "B2"}',
    ]);
    assert.deepEqual(reject({ topics: 'ict' }), ['opportunities[0].topics: expected array, got string \'ict\'; write ["ict"]']);
  });

  it('one quoting style: values and names in single quotes, JSON to write in JSON', () => {
    const r = parseFeed({ version: 2, opportunities: [item({ kind: 'nope', title: 7 })] });
    for (const m of messages(r)) assert.doesNotMatch(m.replace(/\{[^}]*\}|\[[^\]]*\]/g, ''), /"/, m);
  });
});

describe('contradictions are warned about; the item is kept (point 25)', () => {
  const warnings = (overrides: Record<string, unknown>) => {
    const r = parseFeed(feed(item(overrides)));
    assert.equal(r.opportunities.length, 1, 'the item is kept');
    return messages(r, 'warning');
  };

  it('a deadline before the application opens', () => {
    assert.deepEqual(warnings({ application: { opens: '2027-03-01', deadline: '2027-02-01' } }), [
      "opportunities[0].application.deadline: '2027-02-01' is before application.opens '2027-03-01'; applications would close before they open",
    ]);
    assert.deepEqual(warnings({ application: { opens: '2027-02-01', deadline: '2027-02-01' } }), [], 'same day is fine');
  });

  it('a deadline after the start', () => {
    assert.deepEqual(warnings({ start: '2027-05-10', end: '2027-05-14', application: { deadline: '2027-05-20' } }), [
      "opportunities[0].application.deadline: '2027-05-20' is after the start '2027-05-10'; the deadline is usually before the opportunity starts",
    ]);
    assert.deepEqual(warnings({ start: '2027-05-10', application: { deadline: '2027-05-10' } }), [], 'the start day itself is fine');
    assert.deepEqual(warnings({ start: '2027-05-10', application: { deadline: '2027-04-30T23:59:00+02:00' } }), []);
  });

  it('more places left than places', () => {
    assert.deepEqual(warnings({ application: { places: 25, placesLeft: 30 } }), [
      'opportunities[0].application.placesLeft: 30 is more than application.places (25)',
    ]);
    assert.deepEqual(warnings({ application: { places: 25, placesLeft: 25 } }), []);
  });

  it('an ISCED-F code that the classification does not have', () => {
    assert.deepEqual(warnings({ fields: ['0413', '0418', '1234', '9999'] }), [
      "opportunities[0].fields[1]: '0418' is not a field of education in ISCED-F 2013; use '041' if no narrower field fits",
      "opportunities[0].fields[2]: '1234' is not a field of education in ISCED-F 2013",
      "opportunities[0].fields[3]: '9999' is 'field unknown' in ISCED-F 2013; leave it out, or give the field of education",
    ]);
    assert.deepEqual(warnings({ fields: ['00', '0011', '0322', '0688', '1041', '10'] }), []);
  });
});

describe('CSV: rows are named by their place, texts get a language (points 24 and 26)', () => {
  const csv = 'id,kind,title,provider.name\nw1,staff-week,Library week,Ghent University\nw1,course,Moodle course,Ghent University\n';

  it('an item issue names the row, never the JSON index, also for the item it refers to', async () => {
    const r = await readFeed(csv, { format: 'csv', language: 'en' });
    const dup = r.issues.find((i) => i.severity === 'error')!;
    assert.equal(dup.message, "row 2 (line 3): id: 'w1' is already used by row 1 (line 2); ids must be unique (this item was dropped)");
    assert.deepEqual(dup.path, ['opportunities', 1, 'id'], 'the path keeps the index');
    for (const i of r.issues) assert.doesNotMatch(i.message, /opportunities\[/, i.message);
  });

  it('no language column: one warning for the file (not one per row), texts stay undetermined', async () => {
    const r = await readFeed(csv.replace('\nw1,course', '\nw2,course'), { format: 'csv' });
    assert.equal(r.opportunities.length, 2);
    assert.deepEqual(r.opportunities[0]!.title, { und: 'Library week' });
    const lang = r.issues.filter((i) => /no 'language' column/.test(i.message));
    assert.equal(lang.length, 1);
    assert.deepEqual(lang[0]!.path, []);
    assert.match(lang[0]!.message, /^\(feed\): there is no 'language' column, so the texts in 'title', 'provider\.name' have no language .*--language en\)$/);
  });

  it('the language option (--language on the command line) gives the texts their language; the file still wins', async () => {
    const r = await readFeed('id,kind,title,provider.name,language\nw1,staff-week,Week,U,\nw2,course,Kurs,U,sv\n', { format: 'csv', language: 'en' });
    assert.deepEqual(r.opportunities.map((o) => o.title), [{ en: 'Week' }, { sv: 'Kurs' }]);
    const noColumn = await readFeed(csv.replace('\nw1,course', '\nw2,course'), { format: 'csv', language: 'nl' });
    assert.deepEqual(noColumn.opportunities[0]!.title, { nl: 'Library week' });
    assert.equal(noColumn.issues.length, 0);
    const named = await readFeed('id,kind,title.en,provider.name.en\nw1,staff-week,Week,U\n', { format: 'csv' });
    assert.equal(named.issues.length, 0, 'columns named by language need no language column');
    const json = await readFeed(JSON.stringify({ version: '1', opportunities: [item()] }), { language: 'fr' });
    assert.deepEqual(json.opportunities[0]!.title, { fr: 'Library week' });
    const byDefault = await readFeed(csv.replace('\nw1,course', '\nw2,course'), { format: 'csv', defaults: { language: 'sv' } });
    assert.deepEqual(byDefault.issues, [], 'a language every row gets from defaults needs no warning');
    assert.deepEqual(byDefault.opportunities[0]!.title, { sv: 'Library week' });
    const bad = await readFeed(csv, { format: 'csv', language: 'english' });
    assert.match(bad.issues[0]!.message, /^\(feed\): language: 'english' is not a BCP 47 language tag/);

    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: async () => csv.replace('\nw1,course', '\nw2,course'),
      fetch: async () => {
        throw new Error('no network');
      },
    };
    assert.equal(await runCli(['convert', 'list.csv', '--to', 'json', '--language', 'de'], io), 0);
    assert.deepEqual(JSON.parse(stdout).opportunities[0].title, { de: 'Library week' });
    assert.equal(stderr, '2 opportunities valid, 0 errors, 0 warnings\n');
    assert.equal(await runCli(['validate', 'list.csv', '--language', 'xx_1'], io), 2);
  });
});
