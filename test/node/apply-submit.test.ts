import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import { newIdempotencyKey, parseRetryAfter, submitApplication } from '../../src/sdk/apply/index.js';
import type { ApplicationRequest, RetryInfo, SubmitOptions } from '../../src/sdk/apply/index.js';
import { ENDPOINT } from './apply-fixtures.js';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

const request = (extra: Partial<ApplicationRequest> = {}): ApplicationRequest => ({
  endpoint: ENDPOINT,
  opportunityId: 'ugent-2027-library-week',
  values: { givenName: 'Ana', email: 'ana@example.eu', topics: ['ict'], terms: true, years: 3 },
  consents: { newsletter: false },
  idempotencyKey: 'key-1',
  language: 'nl',
  ...extra,
});
/** Fast: no real waiting between automatic retries. */
const fast: SubmitOptions = { retryDelay: 1, timeout: 200, now: () => Date.parse('2027-01-10T09:30:00Z') };

/** Records every request the endpoint gets, answering with `responses` in turn (the last one repeats). */
function endpoint(...responses: (() => Response | Promise<Response>)[]) {
  const seen: { key: string | null; type: string | null; body: unknown }[] = [];
  server.use(
    http.post(ENDPOINT, async ({ request: req }) => {
      const type = req.headers.get('content-type');
      const body = type?.startsWith('multipart/') ? await req.formData() : await req.json();
      seen.push({ key: req.headers.get('idempotency-key'), type, body });
      return responses[Math.min(seen.length, responses.length) - 1]!();
    }),
  );
  return seen;
}

describe('submitApplication: the request', () => {
  it('POSTs JSON with one Idempotency-Key header and the documented body', async () => {
    const seen = endpoint(() => HttpResponse.json({ message: 'We will answer within two weeks.', reference: 'A-17' }, { status: 201 }));
    const out = await submitApplication(request(), fast);
    assert.deepEqual(out, {
      kind: 'success',
      status: 201,
      message: 'We will answer within two weeks.',
      reference: 'A-17',
      data: { message: 'We will answer within two weeks.', reference: 'A-17' },
    });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.key, 'key-1');
    assert.equal(seen[0]!.type, 'application/json');
    assert.deepEqual(seen[0]!.body, {
      opportunityId: 'ugent-2027-library-week',
      values: { givenName: 'Ana', email: 'ana@example.eu', topics: ['ict'], terms: true, years: 3 },
      consents: { newsletter: false },
      idempotencyKey: 'key-1',
      submittedAt: '2027-01-10T09:30:00.000Z',
      language: 'nl',
    });
  });

  it('sends multipart/form-data when there is a file: an `application` JSON part and the file under its field name', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const cv = new File(['%PDF-1.7 hello'], 'cv.pdf', { type: 'application/pdf' });
    const out = await submitApplication(request({ values: { givenName: 'Ana', cv } }), fast);
    assert.equal(out.kind, 'success');
    assert.match(seen[0]!.type!, /^multipart\/form-data; boundary=/);
    const fd = seen[0]!.body as FormData;
    const app = JSON.parse(fd.get('application') as string);
    assert.deepEqual(app.values, { givenName: 'Ana', cv: { name: 'cv.pdf', size: 14, type: 'application/pdf' } });
    const file = fd.get('cv') as File;
    assert.equal(file.name, 'cv.pdf');
    assert.equal(await file.text(), '%PDF-1.7 hello');
    assert.equal(seen[0]!.key, 'key-1');
  });
});

describe('submitApplication: failures that lose nothing', () => {
  it('retries a 503 automatically with the same key, then succeeds', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 503 }), () => HttpResponse.json({ message: 'ok' }));
    const retries: RetryInfo[] = [];
    const out = await submitApplication(request(), { ...fast, onRetry: (i) => retries.push(i) });
    assert.equal(out.kind, 'success');
    assert.deepEqual(seen.map((s) => s.key), ['key-1', 'key-1']);
    assert.equal(retries.length, 1);
    assert.equal(retries[0]!.reason, 'server');
    assert.equal(retries[0]!.status, 503);
  });

  it('gives up after `retries` and hands back a retryable outcome', async () => {
    const seen = endpoint(() => new HttpResponse('boom', { status: 500 }));
    const out = await submitApplication(request(), { ...fast, retries: 2 });
    assert.deepEqual(out, { kind: 'retryable', reason: 'server', status: 500, tries: 3 });
    assert.equal(seen.length, 3);
    assert.ok(seen.every((s) => s.key === 'key-1'));
  });

  it('honours Retry-After on 429: waits that long, or stops and says when when it is too long', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }), () => HttpResponse.json({}));
    const retries: RetryInfo[] = [];
    assert.equal((await submitApplication(request(), { ...fast, onRetry: (i) => retries.push(i) })).kind, 'success');
    assert.equal(retries[0]!.reason, 'rate-limit');
    assert.equal(seen.length, 2);

    server.resetHandlers();
    const seen2 = endpoint(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    const out = await submitApplication(request(), { ...fast, maxRetryDelay: 60_000 });
    assert.deepEqual(out, { kind: 'retryable', reason: 'rate-limit', status: 429, tries: 1, retryAt: fast.now!() + 120_000 });
    assert.equal(seen2.length, 1, 'no automatic retry when the server asks for a longer wait');
  });

  it('announces a wait no shorter than Retry-After, and the retry waits for it', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } }), () => HttpResponse.json({}));
    const retries: RetryInfo[] = [];
    const out = await submitApplication(request(), { ...fast, retryDelay: 1, onRetry: (i) => retries.push(i) });
    assert.equal(out.kind, 'success');
    assert.equal(seen.length, 2);
    assert.deepEqual(retries.map((r) => [r.tries, r.reason, r.status]), [[1, 'server', 503]]);
    assert.ok(retries[0]!.delay >= 1000 && retries[0]!.delay <= 1200, `announced ${retries[0]!.delay} ms`);
  });

  it('backs off exponentially with jitter, capped at maxRetryDelay', async () => {
    endpoint(() => new HttpResponse(null, { status: 502 }));
    const retries: RetryInfo[] = [];
    const out = await submitApplication(request(), { ...fast, retries: 3, retryDelay: 4, maxRetryDelay: 10, onRetry: (i) => retries.push(i) });
    assert.deepEqual(out, { kind: 'retryable', reason: 'server', status: 502, tries: 4 });
    assert.deepEqual(retries.map((r) => r.tries), [1, 2, 3]);
    const [d1, d2, d3] = retries.map((r) => r.delay);
    assert.ok(d1! >= 3.2 && d1! <= 4.8, `first wait ${d1}`);
    assert.ok(d2! >= 6.4 && d2! <= 9.6, `second wait ${d2}`);
    assert.ok(d3! <= 10, `third wait ${d3} is capped`);
  });

  it('treats a network failure as retryable', async () => {
    const seen = endpoint(() => HttpResponse.error());
    const out = await submitApplication(request(), { ...fast, retries: 1 });
    assert.deepEqual(out, { kind: 'retryable', reason: 'network', tries: 2 });
    assert.equal(seen.length, 2);
  });

  it('times out a request that hangs', async () => {
    endpoint(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const out = await submitApplication(request(), { ...fast, timeout: 30, retries: 0 });
    assert.deepEqual(out, { kind: 'retryable', reason: 'timeout', tries: 1 });
  });

  it('puts 4xx { errors } on their fields and does not retry', async () => {
    const seen = endpoint(() =>
      HttpResponse.json({ errors: { email: 'This address is already registered.', phone: ['Too short.', 'Use +country code.'] } }, { status: 422 }),
    );
    const out = await submitApplication(request(), fast);
    assert.deepEqual(out, {
      kind: 'fields',
      status: 422,
      errors: { email: 'This address is already registered.', phone: 'Too short. Use +country code.' },
    });
    assert.equal(seen.length, 1);
  });

  it('treats other 4xx as fatal, with the server message', async () => {
    endpoint(() => HttpResponse.json({ message: 'Applications are closed.' }, { status: 403 }));
    assert.deepEqual(await submitApplication(request(), fast), { kind: 'fatal', status: 403, message: 'Applications are closed.' });
  });

  it('reads the message of a refusal from `message`, RFC 9457 `detail` or a string `error`', async () => {
    endpoint(() => HttpResponse.json({ error: 'An Idempotency-Key header is required.' }, { status: 400 }));
    assert.deepEqual(await submitApplication(request(), fast), { kind: 'fatal', status: 400, message: 'An Idempotency-Key header is required.' });
    server.resetHandlers();
    endpoint(() => HttpResponse.json({ title: 'Gone', detail: 'The form is closed.' }, { status: 410, headers: { 'Content-Type': 'application/problem+json' } }));
    assert.deepEqual(await submitApplication(request(), fast), { kind: 'fatal', status: 410, message: 'The form is closed.' });
  });

  it('does not retry a permanent failure (400, 404, 405, 501, 505): fatal at once; retries 408, 425, 429, 502', async () => {
    for (const status of [400, 404, 405, 501, 505]) {
      server.resetHandlers();
      const seen = endpoint(() => new HttpResponse(null, { status }), () => HttpResponse.json({}));
      const out = await submitApplication(request(), fast);
      assert.equal(out.kind, 'fatal', `${status} is permanent`);
      assert.equal(seen.length, 1, `${status} is sent once`);
    }
    for (const status of [408, 425, 429, 502]) {
      server.resetHandlers();
      const seen = endpoint(() => new HttpResponse(null, { status }), () => HttpResponse.json({}));
      assert.equal((await submitApplication(request(), fast)).kind, 'success', `${status} is retried`);
      assert.equal(seen.length, 2);
    }
  });

  it('retries 409 (the same key is still being processed)', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 409 }), () => HttpResponse.json({}));
    assert.equal((await submitApplication(request(), fast)).kind, 'success');
    assert.equal(seen.length, 2);
  });

  it('rejects when aborted, and sends nothing more', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 503 }));
    const ctl = new AbortController();
    const p = submitApplication(request(), { ...fast, retryDelay: 10_000, signal: ctl.signal, onRetry: () => ctl.abort() });
    await assert.rejects(p, { name: 'AbortError' });
    assert.equal(seen.length, 1);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2027-01-10T09:30:00Z');
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('5', now), 5000);
    assert.equal(parseRetryAfter('Sun, 10 Jan 2027 09:30:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Sun, 10 Jan 2027 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});

describe('newIdempotencyKey', () => {
  it('makes a different v4 UUID each time', () => {
    const a = newIdempotencyKey();
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a, newIdempotencyKey());
  });
});
