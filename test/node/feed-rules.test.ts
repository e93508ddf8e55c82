/**
 * The field rules of feed format v1 (FEED-FORMAT.md), one by one: what is accepted (and how it is normalised) and
 * what drops the item, with the message the publisher gets.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { DIRECTIONS, FIELD_TYPES, KINDS, MODES, PROVIDER_TYPES, SCHEDULE_STATUSES } from '../../src/sdk/feed/codes.js';
import { item, feed } from '../fixtures/feeds/helpers.js';

/** Parse one item; it must be kept. */
function accept(overrides: Record<string, unknown>): Opportunity {
  const r = parseFeed(feed(item(overrides)));
  assert.deepEqual(r.issues, [], `expected no issues for ${JSON.stringify(overrides).slice(0, 200)}`);
  assert.equal(r.opportunities.length, 1);
  return r.opportunities[0]!;
}

/** Parse one item; it must be dropped. Returns the messages. */
function reject(overrides: Record<string, unknown>): string[] {
  const r = parseFeed(feed(item(overrides)));
  assert.equal(r.opportunities.length, 0, `expected ${JSON.stringify(overrides).slice(0, 200)} to be rejected`);
  assert.ok(r.issues.length > 0);
  for (const i of r.issues) {
    assert.equal(i.severity, 'error');
    assert.equal(i.index, 0);
  }
  return r.issues.map((i) => i.message);
}

const application = (a: Record<string, unknown>) => ({ application: a });
const form = (f: Record<string, unknown>) => application({ form: { endpoint: 'https://apply.example.eu/api', ...f } });
const field = (f: Record<string, unknown>) => ({ name: 'f', type: 'text', label: 'F', ...f });

describe('URLs: only absolute http(s) URLs survive', () => {
  const URL_MESSAGE = "is not an absolute http(s) URL such as 'https://www.example.eu/page'";
  const good = ['https://www.ugent.be', 'http://example.eu/a?b=c#d', 'HTTPS://EXAMPLE.EU/Page', 'https://xn--mnchen-3ya.de/', 'https://127.0.0.1:8080/x'];
  const bad = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    'relative.html',
    '//example.eu/protocol-relative',
    'ftp://example.eu/file',
    'file:///etc/passwd',
    'http://',
    'https://',
    'https:example.eu',
    'https://exa mple.eu/',
    'https://[::1',
    '',
  ];
  const places: [string, (url: string) => Record<string, unknown>, string][] = [
    ['url', (url) => ({ url }), 'url'],
    ['image', (image) => ({ image }), 'image'],
    ['provider.url', (url) => ({ provider: { name: 'U', url } }), 'provider.url'],
    ['application.url', (url) => application({ url }), 'application.url'],
    ['contact.url', (url) => ({ contact: { url } }), 'contact.url'],
    ['form.endpoint', (endpoint) => form({ endpoint, fields: [field({})] }), 'application.form.endpoint'],
    [
      'privacy.policyUrl',
      (policyUrl) => form({ fields: [field({})], privacy: { controller: 'C', purpose: 'P', retention: 'R', policyUrl } }),
      'application.form.privacy.policyUrl',
    ],
  ];
  for (const [name, put, path] of places) {
    it(`${name}: keeps http and https, trimmed`, () => {
      for (const url of good) accept(put(url));
      const o = accept(put('  https://www.ugent.be/x  '));
      assert.match(JSON.stringify(o), /"https:\/\/www\.ugent\.be\/x"/);
    });
    it(`${name}: drops and reports every other scheme and malformed URLs`, () => {
      for (const url of bad) {
        const messages = reject(put(url));
        const expected =
          url.trim() === '' && name !== 'form.endpoint' && name !== 'privacy.policyUrl'
            ? `opportunities[0].${path}: '' ${URL_MESSAGE}`
            : `opportunities[0].${path}: '${url.trim()}' ${URL_MESSAGE}`;
        assert.deepEqual(messages, [expected], url);
      }
    });
  }

  it('the feed publisher URL follows the same rule (ignored with a warning)', () => {
    const r = parseFeed({ version: '1', publisher: { name: 'P', url: 'javascript:alert(1)' }, opportunities: [] });
    assert.deepEqual(
      r.issues.map((i) => [i.severity, i.message]),
      [['warning', `publisher.url: 'javascript:alert(1)' ${URL_MESSAGE} (ignored)`]],
    );
    assert.equal(r.feed.publisher, undefined);
  });
});

describe('e-mail addresses', () => {
  it('strip a mailto: prefix (any case) and white space', () => {
    assert.equal(accept({ contact: { email: 'mailto:staffweek@ugent.be' } }).contact!.email, 'staffweek@ugent.be');
    assert.equal(accept({ contact: { email: ' MAILTO:Staff.Week@UGent.be ' } }).contact!.email, 'Staff.Week@UGent.be');
    assert.equal(accept(application({ email: 'mailto:apply@example.eu' })).application!.email, 'apply@example.eu');
    assert.equal(accept(application({ email: 'apply+2027@sub.example.eu' })).application!.email, 'apply+2027@sub.example.eu');
  });

  it('reject what is not an address', () => {
    for (const email of ['staffweek', 'staffweek@ugent', '@ugent.be', 'a b@ugent.be', 'a@b@ugent.be', 'mailto:', '<a@b.eu>', 'a@b.eu, c@d.eu']) {
      assert.deepEqual(
        reject({ contact: { email } }),
        [`opportunities[0].contact.email: '${email}' is not an e-mail address such as 'staffweek@example.eu'`],
      );
    }
  });

  it('reject addresses longer than 254 characters, and hostile input quickly', () => {
    assert.equal(accept({ contact: { email: `${'a'.repeat(64)}@${'b'.repeat(180)}.eu` } }).contact!.email!.length, 248);
    assert.equal(reject({ contact: { email: `${'a'.repeat(64)}@${'b'.repeat(190)}.eu` } }).length, 1);
    // quadratic for the address pattern without the length limit: this would take minutes
    assert.equal(reject({ contact: { email: 'a@' + '.'.repeat(200_000) + ' ' } }).length, 1);
  });
});

describe('codes are normalised', () => {
  it("Erasmus codes: spacing and case ('B  GENT01' → 'B GENT01')", () => {
    const code = (erasmusCode: string) => accept({ provider: { name: 'U', erasmusCode } }).provider.erasmusCode;
    assert.equal(code('B  GENT01'), 'B GENT01');
    assert.equal(code(' b gent01 '), 'B GENT01');
    assert.equal(code('PL\tKRAKOW01'), 'PL KRAKOW01');
    assert.equal(code('F  PARIS001'), 'F PARIS001');
    assert.equal(code('IRLDUBLIN01'), 'IRLDUBLIN01');
    assert.equal(code('E  LAS-PAL01'), 'E LAS-PAL01');
    for (const erasmusCode of ['GENT', 'B GENT', '12 GENT01', 'B GENT0001', '']) {
      assert.deepEqual(reject({ provider: { name: 'U', erasmusCode } }), [
        `opportunities[0].provider.erasmusCode: '${erasmusCode.toUpperCase()}' is not an Erasmus code such as 'B GENT01'`,
      ]);
    }
  });

  it("countries: upper case, EU aliases (EL → GR, UK → GB)", () => {
    const country = (c: string) => accept({ provider: { name: 'U', country: c }, location: { country: c } });
    assert.deepEqual([country('be').provider.country, country('be').location!.country], ['BE', 'BE']);
    assert.equal(country('EL').provider.country, 'GR');
    assert.equal(country('el').location!.country, 'GR');
    assert.equal(country('UK').provider.country, 'GB');
    assert.equal(country(' nl ').provider.country, 'NL');
    assert.equal(country('XK').provider.country, 'XK');
    for (const c of ['Belgium', 'BEL', 'XX', 'B', '', 'E1']) {
      assert.deepEqual(reject({ location: { country: c } }), [
        `opportunities[0].location.country: '${c}' is not an ISO 3166-1 alpha-2 code such as 'BE'${c === 'Belgium' ? "; use 'BE'" : ''}`,
      ]);
    }
  });

  it("language tags: canonical case ('pt-br' → 'pt-BR') everywhere a tag is", () => {
    const o = accept({ language: 'pt-br', title: { 'PT-BR': 'Semana', EN: 'Week' }, languages: [{ lang: 'SR-latn' }, { lang: 'EN', level: 'c1' }] });
    assert.equal(o.language, 'pt-BR');
    assert.deepEqual(o.title, { 'pt-BR': 'Semana', en: 'Week' });
    assert.deepEqual(o.languages, [{ lang: 'sr-Latn' }, { lang: 'en', level: 'C1' }]);
    for (const language of ['english', 'e', 'en_GB', 'en-', '123', '']) {
      assert.deepEqual(reject({ language }), [
        `opportunities[0].language: '${language}' is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'`,
      ]);
    }
  });

  it('currencies and CEFR levels: upper case, known codes only', () => {
    assert.deepEqual(accept({ fee: { amount: 150, currency: 'eur' } }).fee, { amount: 150, currency: 'EUR' });
    assert.deepEqual(reject({ fee: { amount: 150, currency: 'XYZ' } }), [
      "opportunities[0].fee.currency: 'XYZ' is not an ISO 4217 currency code such as 'EUR'",
    ]);
    assert.deepEqual(reject({ fee: { amount: 150, currency: 'euro' } }), [
      "opportunities[0].fee.currency: 'euro' is not an ISO 4217 currency code such as 'EUR'",
    ]);
    for (const level of ['A1', 'a2', 'B1', 'b2', 'C1', 'c2']) {
      assert.equal(accept({ languages: [{ lang: 'en', level }] }).languages![0]!.level, level.toUpperCase());
    }
    assert.deepEqual(reject({ languages: [{ lang: 'en', level: 'D1' }] }), [
      'opportunities[0].languages[0].level: \'D1\' is not a CEFR level (A1, A2, B1, B2, C1 or C2)',
    ]);
  });

  it('slugs (audience, topics, funding) are lower-cased; ISCED-F codes have 2 to 4 digits', () => {
    const o = accept({ audience: ['Library-Staff'], topics: ['open-science', 'ICT'], funding: ['Erasmus-Plus-KA1'], fields: ['04', '041', '0413'] });
    assert.deepEqual([o.audience, o.topics, o.funding, o.fields], [['library-staff'], ['open-science', 'ict'], ['erasmus-plus-ka1'], ['04', '041', '0413']]);
    assert.deepEqual(reject({ topics: ['open science'] }), [
      "opportunities[0].topics[0]: 'open science' is not a lower-case slug such as 'international-relations'",
    ]);
    assert.deepEqual(reject({ audience: ['-staff'] }).length, 1);
    for (const code of ['4', '04131', 'ab', '0 4']) {
      assert.deepEqual(reject({ fields: [code] }), [
        `opportunities[0].fields[0]: '${code}' is not an ISCED-F 2013 code such as '04', '041' or '0413'`,
      ]);
    }
  });

  it('SCHAC codes are lower-cased; PICs have 9 digits', () => {
    const p = accept({ provider: { name: 'U', schac: 'UGent.BE', pic: ' 999986096 ' } }).provider;
    assert.deepEqual([p.schac, p.pic], ['ugent.be', '999986096']);
    assert.deepEqual(reject({ provider: { name: 'U', schac: 'ugent' } }), [
      "opportunities[0].provider.schac: 'ugent' is not a SCHAC code such as 'ugent.be'",
    ]);
    assert.deepEqual(reject({ provider: { name: 'U', pic: '12345' } }), ["opportunities[0].provider.pic: '12345' is not a PIC (9 digits)"]);
  });
});

describe('dates', () => {
  const DATE_MESSAGE =
    "is not an ISO 8601 date such as '2027-05-10' or date-time with offset such as '2027-03-01T23:59:00+01:00'";
  const good = [
    '2027-05-10',
    '2028-02-29',
    '2000-02-29',
    '2027-12-31',
    '2027-03-01T23:59:00+01:00',
    '2027-03-01T23:59+01:00',
    '2027-03-01T00:00:00Z',
    '2027-03-01T10:00:00.5Z',
    '2027-03-01T10:00:00.123456789-05:30',
    '2027-03-01T10:00:00+14:00',
  ];
  const bad = [
    '2027-02-29',
    '2027-02-30',
    '2100-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-05-00',
    '2027-5-10',
    '27-05-10',
    '10/05/2027',
    '2027-05-10T10:00:00',
    '2027-05-10T10:00',
    '2027-05-10 10:00:00Z',
    '2027-05-10T24:00:00Z',
    '2027-05-10T10:60:00Z',
    '2027-05-10T10:00:00+1:00',
    '2027-05-10T10:00:00+15:00',
    '2027-02-30T10:00:00Z',
    'tomorrow',
    '',
  ];
  /** The fix a message suggests, where one can be known (the rest say only what is expected). */
  const DATE_HINTS: Record<string, string> = {
    '10/05/2027': '; it could be day-first or month-first: write it as YYYY-MM-DD',
    '2027-05-10T10:00:00': "; a date-time needs its offset: use '2027-05-10T10:00:00Z' (UTC) or '…+01:00'",
    '2027-05-10T10:00': "; a date-time needs its offset: use '2027-05-10T10:00:00Z' (UTC) or '…+01:00'",
  };
  const places: [string, (d: string) => Record<string, unknown>, string][] = [
    ['start', (start) => ({ start }), 'start'],
    ['end', (end) => ({ end }), 'end'],
    ['updated', (updated) => ({ updated }), 'updated'],
    ['application.opens', (opens) => application({ opens }), 'application.opens'],
    ['application.deadline', (deadline) => application({ deadline }), 'application.deadline'],
  ];
  for (const [name, put, path] of places) {
    it(`${name}: real calendar days; a date-time needs its offset`, () => {
      for (const d of good) accept(put(d));
      for (const d of bad) assert.deepEqual(reject(put(d)), [`opportunities[0].${path}: '${d}' ${DATE_MESSAGE}${DATE_HINTS[d] ?? ''}`], d);
    });
  }

  it('the end may not be before the start', () => {
    accept({ start: '2027-05-10', end: '2027-05-14' });
    accept({ start: '2027-05-10', end: '2027-05-10' });
    accept({ start: '2027-05-10T09:00:00+02:00', end: '2027-05-10' }); // a date-only end lasts all day
    accept({ start: '2027-05-10T09:00:00+02:00', end: '2027-05-10T09:00:00+02:00' });
    accept({ end: '2020-01-01' });
    assert.deepEqual(reject({ start: '2027-05-10', end: '2027-05-09' }), [
      "opportunities[0].end: '2027-05-09' is before the start '2027-05-10'; the end must be on or after the start",
    ]);
    assert.deepEqual(reject({ start: '2027-05-10T12:00:00Z', end: '2027-05-10T11:59:59Z' }).length, 1);
    assert.deepEqual(reject({ start: '2027-05-11T00:30:00+02:00', end: '2027-05-09' }).length, 1);
  });
});

describe('application form', () => {
  it('select, radio and checkboxes fields need at least one option', () => {
    for (const type of ['select', 'radio', 'checkboxes']) {
      assert.deepEqual(reject(form({ fields: [field({ type })] })), [
        'opportunities[0].application.form.fields[0].options: a select, radio or checkboxes field needs at least one option',
      ]);
      assert.equal(reject(form({ fields: [field({ type, options: [] })] })).length, 1);
      accept(form({ fields: [field({ type, options: [{ value: 'a', label: 'A' }] })] }));
    }
  });

  it('field and consent names are unique', () => {
    assert.deepEqual(reject(form({ fields: [field({ name: 'email' }), field({ name: 'email' })] })), [
      'opportunities[0].application.form.fields: field and consent names must be unique',
    ]);
    assert.equal(reject(form({ fields: [field({ name: 'news' })], consents: [{ name: 'news', label: 'N' }] })).length, 1);
    accept(form({ fields: [field({ name: 'a' }), field({ name: 'b' })], consents: [{ name: 'c', label: 'C' }] }));
  });

  it('names start with a letter; a form has at least one field', () => {
    assert.deepEqual(reject(form({ fields: [field({ name: '1st' })] })), [
      "opportunities[0].application.form.fields[0].name: '1st' is not a field name (a letter, then letters, digits, _ . -)",
    ]);
    assert.equal(reject(form({ fields: [field({ name: 'given name' })] })).length, 1);
    assert.equal(reject(form({ fields: [field({ name: ' email' })] })).length, 1);
    assert.equal(reject(form({ fields: [field({ name: 'a'.repeat(65) })] })).length, 1);
    assert.deepEqual(reject(form({ fields: [] })), ['opportunities[0].application.form.fields: a form needs at least one field']);
    assert.equal(reject(application({ form: { fields: [field({})] } })).length, 1); // no endpoint
  });

  it('keeps the field attributes', () => {
    const f = accept(
      form({ fields: [field({ name: 'cv', type: 'file', accept: '.pdf', maxBytes: 5_242_880, required: true, autocomplete: ' off ' })] }),
    ).application!.form!.fields[0]!;
    assert.deepEqual(f, { name: 'cv', type: 'file', label: { en: 'F' }, accept: '.pdf', maxBytes: 5_242_880, required: true, autocomplete: 'off' });
  });
});

describe('enums: every value is accepted, anything else is reported with the list', () => {
  const cases: [string, readonly string[], (v: string) => Record<string, unknown>, string][] = [
    ['kind', KINDS, (kind) => ({ kind }), 'kind'],
    ['direction', DIRECTIONS, (direction) => ({ direction }), 'direction'],
    ['mode', MODES, (mode) => ({ mode }), 'mode'],
    ['status', SCHEDULE_STATUSES, (status) => ({ status }), 'status'],
    ['provider.type', PROVIDER_TYPES, (type) => ({ provider: { name: 'U', type } }), 'provider.type'],
    [
      'form field type',
      FIELD_TYPES,
      (type) => form({ fields: [field({ type, options: [{ value: 'a', label: 'A' }] })] }),
      'application.form.fields[0].type',
    ],
  ];
  for (const [name, values, put, path] of cases) {
    it(name, () => {
      for (const v of values) accept(put(v));
      const list = values.map((v) => `'${v}'`).join(', ');
      assert.deepEqual(reject(put('Nope')), [`opportunities[0].${path}: string 'Nope' is not one of: ${list}`]);
      assert.equal(reject(put(values[0]!.toUpperCase())).length, 1, 'enums are case-sensitive');
    });
  }

  it('kind covers the contract list', () => {
    assert.deepEqual(
      [...KINDS],
      ['staff-week', 'job-shadowing', 'teaching', 'course', 'traineeship', 'vet-placement', 'volunteering', 'research-job', 'good-practice', 'other'],
    );
  });
});

describe('numbers', () => {
  it('counts are whole numbers, 0 or more', () => {
    accept(application({ places: 0, placesLeft: 0 }));
    assert.deepEqual(reject(application({ places: -1 })), ['opportunities[0].application.places: must be 0 or more']);
    assert.deepEqual(reject(application({ placesLeft: -3 })), ['opportunities[0].application.placesLeft: must be 0 or more']);
    assert.deepEqual(reject(application({ places: 2.5 })), ['opportunities[0].application.places: must be a whole number, got 2.5']);
    assert.deepEqual(reject(application({ places: '25' })), ["opportunities[0].application.places: expected number, got string '25'"]);
    assert.equal(reject({ feedback: { rating: 4, count: -1 } }).length, 1);
    assert.equal(reject(form({ fields: [field({ maxLength: -1 })] })).length, 1);
  });

  it('amounts and credits are 0 or more; a fee of 0 means free', () => {
    assert.deepEqual(accept({ fee: { amount: 0, currency: 'EUR' } }).fee, { amount: 0, currency: 'EUR' });
    assert.deepEqual(reject({ fee: { amount: -5, currency: 'EUR' } }), ['opportunities[0].fee.amount: must be 0 or more']);
    assert.deepEqual(accept({ recognition: { ects: 2.5, ecvet: 0 } }).recognition, { ects: 2.5, ecvet: 0 });
    assert.equal(reject({ recognition: { ects: -1 } }).length, 1);
  });

  it('ratings are 0 to 5; coordinates are on the globe', () => {
    accept({ feedback: { rating: 0, count: 0 } });
    accept({ feedback: { rating: 5, count: 10 } });
    assert.deepEqual(reject({ feedback: { rating: 5.5, count: 10 } }), ['opportunities[0].feedback.rating: must be at most 5']);
    accept({ location: { lat: -90, lon: 180 } });
    assert.equal(reject({ location: { lat: 91 } }).length, 1);
    assert.equal(reject({ location: { lon: -180.5 } }).length, 1);
  });

  it('NaN and Infinity (possible in already parsed values) are rejected', () => {
    assert.equal(reject({ fee: { amount: Number.NaN, currency: 'EUR' } }).length, 1);
    assert.equal(reject({ fee: { amount: Number.POSITIVE_INFINITY, currency: 'EUR' } }).length, 1);
    assert.equal(reject(application({ places: Number.POSITIVE_INFINITY })).length, 1);
  });
});

describe('strings', () => {
  it('are trimmed; empty ones are reported', () => {
    const o = accept({ id: '  ugent-1  ', provider: { name: 'U', city: ' Gent ' }, tags: [' library '] });
    assert.deepEqual([o.id, o.provider.city, o.tags], ['ugent-1', 'Gent', ['library']]);
    assert.deepEqual(reject({ provider: { name: 'U', city: '  ' } }), ['opportunities[0].provider.city: must not be empty']);
    assert.deepEqual(reject({ tags: ['ok', ''] }), ['opportunities[0].tags[1]: must not be empty']);
  });

  it('huge texts are kept whole', () => {
    const description = '<p>' + 'x'.repeat(2_000_000) + '</p>';
    const o = accept({ description, title: { en: 'y'.repeat(100_000) } });
    assert.equal(o.description!.en!.length, description.length);
    assert.equal(o.title.en!.length, 100_000);
  });

  it('messages about huge values stay short', () => {
    const huge = 'B'.repeat(1_000_000);
    const messages = [
      ...reject({ provider: { name: 'U', country: huge } }),
      ...reject({ kind: huge }),
      ...reject({ url: 'https://' + huge + ' x' }),
      ...reject({ language: huge }),
      ...reject({ title: { [huge]: 'x' } }),
      ...reject({ start: huge }),
    ];
    assert.equal(messages.length, 6);
    for (const m of messages) assert.ok(m.length < 400, m.slice(0, 100));
  });

  it('ids are at most 500 characters', () => {
    accept({ id: 'x'.repeat(500) });
    assert.deepEqual(reject({ id: 'x'.repeat(501) }), ['opportunities[0].id: must have at most 500 characters']);
    assert.deepEqual(reject({ id: 5 }), ['opportunities[0].id: expected string, got number 5']);
  });
});
