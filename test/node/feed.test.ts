/**
 * parseFeed: the feed-level contract (tolerant reader), per-item validation and reporting, duplicates,
 * normalisation, safety against hostile input. Field-by-field rules are in feed-rules.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, parseOpportunity, formatPath } from '../../src/sdk/feed/parse.js';
import type { FeedIssue } from '../../src/sdk/feed/parse.js';
import { item, feed, only, errorsOf } from '../fixtures/feeds/helpers.js';

describe('parseFeed: valid items', () => {
  it('keeps every valid item, in order, with no issues', () => {
    const r = parseFeed(feed(item({ id: 'a' }), item({ id: 'b' }), item({ id: 'c' })));
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(r.issues, []);
    assert.equal(r.feed.version, '1');
    assert.equal(r.feed.language, 'en');
  });

  it('reads a JSON string and an already parsed value the same way', () => {
    const value = feed(item({ id: 'a', title: { en: 'Week', nl: 'Week NL' } }));
    assert.deepEqual(parseFeed(JSON.stringify(value)), parseFeed(value));
  });

  it('ignores unknown fields (with a warning each) and does not copy them', () => {
    const r = parseFeed(feed(item({ colour: 'blue', provider: { name: 'Uni', founded: 1817 } })));
    assert.deepEqual(r.issues.map((i) => [i.severity, i.message]), [
      ['warning', 'opportunities[0].provider.founded: is not a field of the feed format and was ignored'],
      ['warning', 'opportunities[0].colour: is not a field of the feed format and was ignored'],
    ]);
    const o = r.opportunities[0]! as unknown as Record<string, unknown>;
    assert.equal('colour' in o, false);
    assert.equal('founded' in (o.provider as object), false);
  });

  it('never changes the input, and the result shares no objects with it', () => {
    const input = feed(item({ title: 'Week', provider: { name: 'Uni', country: 'be' }, learningOutcomes: ['One'] }));
    const frozen = deepFreeze(structuredClone(input));
    const r = parseFeed(frozen);
    assert.equal(r.opportunities.length, 1);
    assert.deepEqual(frozen, input);
    const o = r.opportunities[0]!;
    assert.notEqual(o.provider, (frozen.opportunities[0] as { provider: unknown }).provider);
    assert.deepEqual(o.title, { en: 'Week' });
    assert.equal(o.provider.country, 'BE');
  });
});

describe('parseFeed: invalid items are dropped and reported', () => {
  it('reports index, id, path and an actionable message, and keeps the valid items', () => {
    const r = parseFeed(
      feed(
        item({ id: 'a' }),
        item({ id: 'b' }),
        item({ id: 'c' }),
        item({ id: 'ugent-4', provider: { name: 'Ghent University', country: 'Belgium' } }),
        item({ id: 'e' }),
      ),
    );
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      ['a', 'b', 'c', 'e'],
    );
    assert.deepEqual(r.issues, [
      {
        path: ['opportunities', 3, 'provider', 'country'],
        message: "opportunities[3].provider.country: 'Belgium' is not an ISO 3166-1 alpha-2 code such as 'BE'; use 'BE'",
        severity: 'error',
        index: 3,
        id: 'ugent-4',
      },
    ]);
  });

  it('reports every problem of an item, one issue per path', () => {
    const r = parseFeed(feed(item({ kind: 'job', url: 'javascript:alert(1)', provider: { name: '', country: 'XX' } })));
    assert.equal(r.opportunities.length, 0);
    assert.deepEqual(
      r.issues.map((i) => [formatPath(i.path), i.severity, i.index, i.id]),
      [
        ['opportunities[0].kind', 'error', 0, 'item-1'],
        ['opportunities[0].url', 'error', 0, 'item-1'],
        ['opportunities[0].provider.name', 'error', 0, 'item-1'],
        ['opportunities[0].provider.country', 'error', 0, 'item-1'],
      ],
    );
    for (const i of r.issues) assert.ok(i.message.startsWith(formatPath(i.path) + ': '), i.message);
  });

  it('names missing required fields', () => {
    const r = parseFeed(feed({ id: 'x' }));
    assert.deepEqual(
      r.issues.map((i) => i.message),
      ['opportunities[0].kind: is required', 'opportunities[0].title: is required', 'opportunities[0].provider: is required'],
    );
    assert.ok(r.issues.every((i) => i.id === 'x' && i.index === 0));
  });

  it('reports an item without an id without an id field', () => {
    const r = parseFeed(feed(item({ id: undefined }), item({ id: '   ' })));
    assert.equal(r.opportunities.length, 0);
    assert.deepEqual(
      r.issues.map((i) => [i.message, 'id' in i]),
      [
        ['opportunities[0].id: is required', false],
        ['opportunities[1].id: must not be empty', false],
      ],
    );
  });

  it('reports items that are not objects', () => {
    const r = parseFeed(feed(5, null, 'x', [], true));
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.message]),
      [
        [['opportunities', 0], 'opportunities[0]: expected object, got number 5'],
        [['opportunities', 1], 'opportunities[1]: expected object, got null'],
        [['opportunities', 2], "opportunities[2]: expected object, got string 'x'"],
        [['opportunities', 3], 'opportunities[3]: expected object, got an array'],
        [['opportunities', 4], 'opportunities[4]: expected object, got boolean true'],
      ],
    );
  });

  it('reports holes in an already parsed array', () => {
    // eslint-disable-next-line no-sparse-arrays
    const r = parseFeed({ version: '1', opportunities: [, item({ id: 'b' })] });
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      ['b'],
    );
    assert.deepEqual(only(r.issues), { path: ['opportunities', 0], message: 'opportunities[0]: expected object, got nothing' });
  });

  it('quotes the enum values that are allowed', () => {
    const r = parseFeed(feed(item({ mode: 'hybrid' })));
    assert.equal(
      r.issues[0]!.message,
      "opportunities[0].mode: string 'hybrid' is not one of: 'onsite', 'online', 'blended'",
    );
  });

  it('says how a title map is wrong, at the key at fault', () => {
    const cases: [unknown, string][] = [
      [{ english: 'Week' }, "opportunities[0].title.english: 'english' is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'"],
      [{ en: '' }, 'opportunities[0].title.en: must not be empty'],
      [{ en: 5 }, 'opportunities[0].title.en: expected string, got number 5'],
      [{}, 'opportunities[0].title: needs at least one language, such as {"en": "…"}'],
      ['   ', 'opportunities[0].title: must not be empty'],
      [5, 'opportunities[0].title: expected a string or a map from language tag to string such as {"en": "…"}'],
      [['Week'], 'opportunities[0].title: expected a string or a map from language tag to string such as {"en": "…"}'],
      [null, 'opportunities[0].title: expected a string or a map from language tag to string such as {"en": "…"}'],
    ];
    for (const [title, message] of cases) {
      const r = parseFeed(feed(item({ title })));
      assert.equal(r.opportunities.length, 0, JSON.stringify(title));
      assert.deepEqual(
        r.issues.map((i) => i.message),
        [message],
      );
    }
  });
});

describe('parseFeed: feed-level problems give zero items and an issue with path []', () => {
  const feedError = (input: unknown): FeedIssue => {
    const r = parseFeed(input);
    assert.deepEqual(r.opportunities, []);
    const errors = r.issues.filter((i) => i.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(r.issues));
    assert.deepEqual(errors[0]!.path, []);
    assert.ok(errors[0]!.message.startsWith('(feed): '), errors[0]!.message);
    return errors[0]!;
  };

  it('not JSON', () => {
    assert.match(feedError('{"version": "1", "opportunities": [').message, /^\(feed\): the feed is not valid JSON \(.+\); check it with a JSON validator$/);
    assert.match(feedError('<html><body>Not found</body></html>').message, /not valid JSON/);
  });

  it('an empty string, or only white space', () => {
    for (const input of ['', '   \n\t', '\uFEFF']) {
      assert.equal(
        feedError(input).message,
        '(feed): the feed is empty; expected a JSON object such as {"version": "1", "opportunities": [ … ]}',
      );
    }
  });

  it('a byte order mark is skipped, not an error', () => {
    const r = parseFeed('\uFEFF' + JSON.stringify(feed(item())));
    assert.equal(r.opportunities.length, 1);
    assert.deepEqual(r.issues, []);
  });

  it('not an object, or an array', () => {
    const expect = (got: string) =>
      `(feed): expected a JSON object such as {"version": "1", "opportunities": [ … ]}, got ${got}`;
    assert.equal(feedError('[]').message, expect('an array'));
    assert.equal(feedError([item()]).message, expect('an array'));
    assert.equal(feedError('"feed"').message, expect("string 'feed'"));
    assert.equal(feedError('42').message, expect('number 42'));
    assert.equal(feedError('null').message, expect('null'));
    assert.equal(feedError(null).message, expect('null'));
    assert.equal(feedError(undefined).message, expect('nothing'));
    assert.equal(feedError(true).message, expect('boolean true'));
    assert.equal(feedError(10n).message, expect('bigint 10'));
    assert.equal(feedError(Symbol('x')).message, expect('a symbol'));
    assert.equal(feedError(() => 1).message, expect('a function'));
  });

  it('no "opportunities"', () => {
    assert.equal(
      feedError({ version: '1' }).message,
      `(feed): there is no 'opportunities' array; put the items in "opportunities": [ … ]`,
    );
  });

  it('"opportunities" is not an array', () => {
    assert.equal(feedError({ version: '1', opportunities: {} }).message, "(feed): 'opportunities' must be an array, got an object");
    assert.equal(feedError({ version: '1', opportunities: 'x' }).message, "(feed): 'opportunities' must be an array, got string 'x'");
    assert.equal(feedError({ version: '1', opportunities: null }).message, "(feed): 'opportunities' must be an array, got null");
  });

  it('an empty "opportunities" array is a valid, empty feed', () => {
    const r = parseFeed({ version: '1', opportunities: [] });
    assert.deepEqual(r, { opportunities: [], issues: [], feed: { version: '1' } });
  });
});

describe('parseFeed: version and envelope', () => {
  it('a missing version is a warning; the items are read as version 1', () => {
    const r = parseFeed({ opportunities: [item()] });
    assert.equal(r.opportunities.length, 1);
    assert.deepEqual(r.issues, [
      { path: ['version'], severity: 'warning', message: "version: is missing; reading the feed as version '1'" },
    ]);
    assert.equal(r.feed.version, '1');
  });

  it('an unknown version is a warning', () => {
    for (const [version, shown] of [
      ['2', "string '2'"],
      [1, 'number 1'],
      [null, 'null'],
    ] as const) {
      const r = parseFeed({ version, opportunities: [item()] });
      assert.equal(r.opportunities.length, 1);
      assert.deepEqual(r.issues, [
        {
          path: ['version'],
          severity: 'warning',
          message: `version: ${shown} is not a version this reader knows; reading it as version '1'`,
        },
      ]);
    }
  });

  it('bad envelope fields are ignored with warnings; the good ones and the items are kept', () => {
    const r = parseFeed({
      version: '1',
      title: 5,
      language: 'english',
      publisher: { url: 'x' },
      updated: '2026-11-20T10:00:00Z',
      opportunities: [item({ title: 'Week' })],
    });
    assert.equal(r.opportunities.length, 1);
    assert.deepEqual(
      r.issues.map((i) => [i.severity, i.path, i.message]),
      [
        ['warning', ['title'], 'title: expected a string or a map from language tag to string such as {"en": "…"} (ignored)'],
        ['warning', ['language'], "language: 'english' is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR' (ignored)"],
        ['warning', ['publisher', 'name'], 'publisher.name: is required (ignored)'],
        ['warning', ['publisher', 'url'], "publisher.url: 'x' is not an absolute http(s) URL such as 'https://www.example.eu/page' (ignored)"],
      ],
    );
    assert.deepEqual(r.feed, { version: '1', updated: '2026-11-20T10:00:00Z' });
    // the bad feed language is not used: plain texts are 'und'
    assert.deepEqual(r.opportunities[0]!.title, { und: 'Week' });
  });

  it('normalises the feed title and publisher name into the feed language', () => {
    const r = parseFeed({
      version: '1',
      language: 'NL-be',
      title: 'Uitwisselingen',
      publisher: { name: { EN: 'Ghent University' }, url: 'https://www.ugent.be' },
      opportunities: [],
    });
    assert.deepEqual(r.feed, {
      version: '1',
      language: 'nl-BE',
      title: { 'nl-BE': 'Uitwisselingen' },
      publisher: { name: { en: 'Ghent University' }, url: 'https://www.ugent.be' },
    });
  });
});

describe('parseFeed: duplicate ids', () => {
  it('keeps the first and reports the others', () => {
    const r = parseFeed(feed(item({ id: 'a', title: 'first' }), item({ id: 'b' }), item({ id: 'a', title: 'second' }), item({ id: ' a ' })));
    assert.deepEqual(
      r.opportunities.map((o) => [o.id, o.title]),
      [
        ['a', { en: 'first' }],
        ['b', { en: 'Library week' }],
      ],
    );
    assert.deepEqual(r.issues, [
      {
        path: ['opportunities', 2, 'id'],
        severity: 'error',
        index: 2,
        id: 'a',
        message: "opportunities[2].id: 'a' is already used by opportunities[0]; ids must be unique (this item was dropped)",
      },
      {
        path: ['opportunities', 3, 'id'],
        severity: 'error',
        index: 3,
        id: 'a',
        message: "opportunities[3].id: 'a' is already used by opportunities[0]; ids must be unique (this item was dropped)",
      },
    ]);
  });

  it('an invalid first item does not reserve its id', () => {
    const r = parseFeed(feed(item({ id: 'a', kind: 'nope' }), item({ id: 'a' })));
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      ['a'],
    );
    assert.equal(errorsOf(r).length, 1);
    assert.equal(r.issues[0]!.index, 0);
  });

  it('ids are compared exactly (case matters)', () => {
    const r = parseFeed(feed(item({ id: 'A' }), item({ id: 'a' })));
    assert.equal(r.opportunities.length, 2);
  });
});

describe('parseFeed: plain strings become language maps', () => {
  it("use the item's language, else the feed's, else 'und'", () => {
    const withItemLanguage = parseFeed(feed(item({ language: 'nl', title: 'Bibliotheekweek' }))).opportunities[0]!;
    assert.deepEqual(withItemLanguage.title, { nl: 'Bibliotheekweek' });
    assert.deepEqual(withItemLanguage.provider.name, { nl: 'Ghent University' });
    assert.equal(withItemLanguage.language, 'nl');

    const withFeedLanguage = parseFeed({ version: '1', language: 'fr', opportunities: [item({ title: 'Semaine' })] })
      .opportunities[0]!;
    assert.deepEqual(withFeedLanguage.title, { fr: 'Semaine' });
    assert.equal(withFeedLanguage.language, 'fr');

    const withNone = parseFeed({ version: '1', opportunities: [item({ title: 'Week' })] }).opportunities[0]!;
    assert.deepEqual(withNone.title, { und: 'Week' });
    assert.equal(withNone.language, 'und');
  });

  it('keeps maps as they are, with canonical tags, and trims the texts', () => {
    const o = parseFeed(feed(item({ title: { EN: ' Week ', 'pt-br': 'Semana', 'sr-latn-rs': 'Nedelja' } }))).opportunities[0]!;
    assert.deepEqual(o.title, { en: 'Week', 'pt-BR': 'Semana', 'sr-Latn-RS': 'Nedelja' });
  });

  it('covers every Text field, in forms too', () => {
    const o = parseFeed(
      feed(
        item({
          language: 'de',
          title: 'T',
          summary: 'S',
          description: '<p>D</p>',
          provider: { name: 'P' },
          learningOutcomes: ['L1', { en: 'L2' }],
          fee: { amount: 0, currency: 'EUR', covers: 'C' },
          recognition: { note: 'N' },
          application: {
            form: {
              endpoint: 'https://apply.example.eu/',
              fields: [
                { name: 'role', type: 'select', label: 'R', help: 'H', options: [{ value: 'a', label: 'O' }] },
              ],
              privacy: { controller: 'PC', purpose: 'PP', retention: 'PR', policyUrl: 'https://x.eu/p', legalBasis: 'PL' },
              consents: [{ name: 'c', label: 'CL' }],
            },
          },
        }),
      ),
    ).opportunities[0]!;
    const de = (s: string) => ({ de: s });
    assert.deepEqual(o.title, de('T'));
    assert.deepEqual(o.summary, de('S'));
    assert.deepEqual(o.description, de('<p>D</p>'));
    assert.deepEqual(o.provider.name, de('P'));
    assert.deepEqual(o.learningOutcomes, [de('L1'), { en: 'L2' }]);
    assert.deepEqual(o.fee!.covers, de('C'));
    assert.deepEqual(o.recognition!.note, de('N'));
    const form = o.application!.form!;
    assert.deepEqual(form.fields[0]!.label, de('R'));
    assert.deepEqual(form.fields[0]!.help, de('H'));
    assert.deepEqual(form.fields[0]!.options![0]!.label, de('O'));
    assert.deepEqual(form.consents![0]!.label, de('CL'));
    assert.deepEqual(
      [form.privacy!.controller, form.privacy!.purpose, form.privacy!.retention, form.privacy!.legalBasis],
      [de('PC'), de('PP'), de('PR'), de('PL')],
    );
    assert.doesNotMatch(JSON.stringify(o), /"und"/);
  });

  it('a plain string next to an explicit tag: the map keeps both', () => {
    const o = parseFeed(feed(item({ language: 'en', title: 'Week', summary: { nl: 'Samenvatting' } }))).opportunities[0]!;
    assert.deepEqual(o.title, { en: 'Week' });
    assert.deepEqual(o.summary, { nl: 'Samenvatting' });
  });
});

describe('parseOpportunity', () => {
  it('validates one item like parseFeed and uses the given feed language (canonicalised)', () => {
    const ok = parseOpportunity(item({ title: 'Week' }), 7, 'EN-gb');
    assert.deepEqual(ok.issues, []);
    assert.deepEqual(ok.opportunity!.title, { 'en-GB': 'Week' });

    const bad = parseOpportunity(item({ id: 'x', kind: 'nope' }), 7);
    assert.equal(bad.opportunity, undefined);
    assert.equal(bad.issues[0]!.index, 7);
    assert.equal(bad.issues[0]!.id, 'x');
    assert.match(bad.issues[0]!.message, /^opportunities\[7\]\.kind: /);
  });

  it('ignores a feed language that is not a tag', () => {
    assert.deepEqual(parseOpportunity(item({ title: 'Week' }), 0, 'english').opportunity!.title, { und: 'Week' });
  });
});

describe('formatPath', () => {
  it('writes paths the way a publisher finds them in the file', () => {
    assert.equal(formatPath([]), '(feed)');
    assert.equal(formatPath(['opportunities', 3, 'provider', 'country']), 'opportunities[3].provider.country');
    assert.equal(formatPath(['opportunities', 0, 'title', 'pt-BR']), 'opportunities[0].title["pt-BR"]');
    assert.equal(formatPath(['title', 'en']), 'title.en');
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
