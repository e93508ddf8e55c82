import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicationSchema,
  checkField,
  countryChoices,
  fileMatchesAccept,
  formValidator,
  validateApplication,
} from '../../src/sdk/apply/index.js';
import type { FormField } from '../../src/sdk/feed/schema.js';
import { form, good } from './apply-fixtures.js';

const field = (name: string): FormField => form.fields.find((f) => f.name === name)!;
const err = (name: string, value: unknown) => {
  const r = checkField(field(name), value);
  return r.ok ? undefined : r.error;
};

describe('validateApplication', () => {
  it('accepts the required answers and cleans them (trimmed, hidden value filled in, empty answers left out)', () => {
    const r = validateApplication(form, { ...good, phone: '', site: '   ' }, { truth: true });
    assert.equal(r.ok, true);
    assert.deepEqual(r.errors, {});
    assert.deepEqual(r.values, { givenName: 'Ana', email: 'ana@example.eu', role: 'admin', terms: true, source: 'staffweek-2027' });
    assert.deepEqual(r.consents, { newsletter: false, truth: true });
  });

  it('reports every missing required answer and consent as { code: "required" }', () => {
    const r = validateApplication(form, {});
    assert.equal(r.ok, false);
    assert.deepEqual(r.errors, {
      givenName: { code: 'required' },
      email: { code: 'required' },
      role: { code: 'required' },
      terms: { code: 'required' },
      truth: { code: 'required' },
    });
  });

  it('never requires an optional consent', () => {
    const r = validateApplication(form, good, { truth: true, newsletter: false });
    assert.equal(r.ok, true);
  });
});

describe('checkField rules, by type', () => {
  it('text: length in characters (not UTF-16 units) and pattern on the whole value', () => {
    assert.deepEqual(err('givenName', 'x'.repeat(51)), { code: 'tooLong', max: 50 });
    assert.equal(err('givenName', '😀'.repeat(50)), undefined);
    assert.deepEqual(err('motivation', 'too short'), { code: 'tooShort', min: 10 });
    assert.equal(err('erasmus', 'B GENT01'), undefined);
    assert.deepEqual(err('erasmus', 'B GENT01 and more'), { code: 'pattern' });
  });

  it('email, url, tel, date formats', () => {
    assert.deepEqual(err('email', 'ana@'), { code: 'email' });
    assert.deepEqual(err('email', 'mailto:ana@example.eu'), { code: 'email' });
    assert.deepEqual(err('site', 'javascript:alert(1)'), { code: 'url' });
    assert.equal(err('site', 'https://www.ugent.be'), undefined);
    assert.deepEqual(err('phone', 'call me'), { code: 'tel' });
    assert.equal(err('phone', '+32 (0)9 264 11 11'), undefined);
    assert.deepEqual(err('arrival', '2027-02-30'), { code: 'date' });
    assert.deepEqual(err('arrival', '10/05/2027'), { code: 'date' });
    assert.equal(err('arrival', '2027-05-10'), undefined);
  });

  it('number: numeric strings and numbers, min and max', () => {
    assert.deepEqual(checkField(field('years'), '12'), { ok: true, value: 12 });
    assert.deepEqual(checkField(field('years'), 3.5), { ok: true, value: 3.5 });
    assert.deepEqual(err('years', 'twelve'), { code: 'notNumber' });
    assert.deepEqual(err('years', '-1'), { code: 'tooSmall', min: 0 });
    assert.deepEqual(err('years', 51), { code: 'tooBig', max: 50 });
  });

  it('choices: select, radio, checkboxes, country and language level accept only their options', () => {
    assert.deepEqual(err('role', 'boss'), { code: 'choice' });
    assert.deepEqual(err('mode', 'hybrid'), { code: 'choice' });
    assert.deepEqual(checkField(field('topics'), ['ict', 'hr', 'ict']), { ok: true, value: ['ict', 'hr'] });
    assert.deepEqual(checkField(field('topics'), 'ict'), { ok: true, value: ['ict'] });
    assert.deepEqual(err('topics', ['ict', 'sales']), { code: 'choice' });
    assert.deepEqual(checkField(field('country'), 'be'), { ok: true, value: 'BE' });
    assert.deepEqual(err('country', 'Belgium'), { code: 'choice' });
    assert.deepEqual(checkField(field('english'), 'b2'), { ok: true, value: 'B2' });
    assert.deepEqual(err('english', 'B3'), { code: 'choice' });
  });

  it('checkbox: booleans and the strings a multipart body sends', () => {
    assert.deepEqual(checkField(field('terms'), 'on'), { ok: true, value: true });
    assert.deepEqual(err('terms', false), { code: 'required' });
  });

  it('file: accept and maxBytes are checked before upload', () => {
    const pdf = { name: 'cv.PDF', size: 900, type: 'application/pdf' };
    assert.deepEqual(checkField(field('cv'), pdf), { ok: true, value: pdf });
    assert.deepEqual(err('cv', { name: 'cv.docx', size: 10, type: 'application/msword' }), { code: 'fileType', accept: '.pdf,application/pdf' });
    assert.deepEqual(err('cv', { ...pdf, size: 1001 }), { code: 'fileTooBig', maxBytes: 1000 });
    assert.equal(err('cv', new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' })), undefined);
  });

  it('hidden: always the value from the definition, whatever was sent', () => {
    assert.deepEqual(checkField(field('source'), undefined), { ok: true, value: 'staffweek-2027' });
    assert.deepEqual(checkField(field('source'), 'tampered'), { ok: true, value: 'staffweek-2027' });
  });
});

describe('fileMatchesAccept', () => {
  it('matches extensions, exact MIME types and wildcards, case-insensitively', () => {
    const f = (name: string, type: string) => ({ name, size: 1, type });
    assert.equal(fileMatchesAccept(f('a.JPG', 'image/jpeg'), 'image/*'), true);
    assert.equal(fileMatchesAccept(f('a.txt', ''), 'image/*'), false);
    assert.equal(fileMatchesAccept(f('a.txt', 'text/plain'), ''), true);
    assert.equal(fileMatchesAccept(f('a.odt', ''), '.pdf, .odt'), true);
  });
});

describe('formValidator (zod/mini) — the same rules for a server', () => {
  it('gives one issue per field with the code as message and the error as params', () => {
    const r = formValidator(form).safeParse({ givenName: 'Ana', email: 'nope', role: 'admin', terms: true, years: '99' });
    assert.equal(r.success, false);
    const issues = r.error!.issues.map((i) => ({ path: i.path, message: i.message, params: (i as { params?: unknown }).params }));
    assert.deepEqual(issues, [
      { path: ['email'], message: 'email', params: { code: 'email' } },
      { path: ['years'], message: 'tooBig', params: { code: 'tooBig', max: 50 } },
    ]);
  });

  it('takes the server\'s own wording through `messages`', () => {
    const r = formValidator(form, { messages: (e, f) => `${'label' in f ? f.label.en : ''}: ${e.code}` }).safeParse({});
    assert.equal(r.success, false);
    assert.equal(r.error!.issues[0]!.message, 'Given name: required');
  });

  it('outputs cleaned values and drops unknown keys', () => {
    const r = formValidator(form).safeParse({ ...good, years: '7', injected: 'x' });
    assert.equal(r.success, true);
    assert.deepEqual(r.data, { givenName: 'Ana', email: 'ana@example.eu', role: 'admin', terms: true, years: 7, source: 'staffweek-2027' });
  });

  it('applicationSchema validates a whole request body, consents included', () => {
    const schema = applicationSchema(form);
    const body = { opportunityId: 'x', values: good, consents: { truth: true }, idempotencyKey: 'k', submittedAt: '2027-01-01T00:00:00Z' };
    const ok = schema.safeParse(body);
    assert.equal(ok.success, true);
    assert.deepEqual(ok.data!.consents, { newsletter: false, truth: true });
    const bad = schema.safeParse({ ...body, consents: {} });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues.map((i) => i.path), [['consents', 'truth']]);
    // A body without `consents` (another client, a form without consents) is read as none given: a required one
    // still fails, and a form without required consents passes.
    const { consents: _c, ...noConsents } = body;
    const absent = schema.safeParse(noConsents);
    assert.deepEqual(absent.error!.issues.map((i) => i.path), [['consents', 'truth']]);
    const optionalOnly = applicationSchema({ ...form, consents: [{ name: 'newsletter', label: { en: 'News' }, required: false }] }).safeParse(noConsents);
    assert.equal(optionalOnly.success, true);
    assert.deepEqual(optionalOnly.data!.consents, { newsletter: false });
  });
});

describe('countryChoices', () => {
  it('names every country in the UI language, sorted by that language', () => {
    const de = countryChoices('de');
    assert.ok(de.length > 240);
    assert.equal(de.find((c) => c.value === 'BE')!.label, 'Belgien');
    const names = de.map((c) => c.label);
    const i = names.indexOf('Österreich');
    assert.ok(i > names.indexOf('Oman') && i < names.indexOf('Pakistan'), 'Ö sorts with O in German');
  });
});

describe('spamCheck', () => {
  it('trips on a filled honeypot and on a send sooner than the minimum fill time', async () => {
    const { spamCheck } = await import('../../src/sdk/apply/index.js');
    assert.deepEqual(spamCheck({ honeypot: 'x', shownAt: 0, now: 10_000 }), { ok: false, trap: 'honeypot' });
    assert.deepEqual(spamCheck({ honeypot: '', shownAt: 0, now: 2_999 }), { ok: false, trap: 'too-fast' });
    assert.deepEqual(spamCheck({ honeypot: '', shownAt: 0, now: 3_000 }), { ok: true });
    assert.deepEqual(spamCheck({ shownAt: 0, now: 1, minFillTime: 0 }), { ok: true });
  });
});
