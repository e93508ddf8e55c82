/**
 * Faults while applying: 503 storms, 429 with Retry-After, resets (before and after the server stored the
 * application), timeouts, flapping, offline then online, double submits and reloads mid-flight.
 *
 * A fake endpoint behaves as the contract in src/sdk/apply/submit.ts asks: it stores an application once per
 * Idempotency-Key, answers a repeat of a stored key with the original result, and 409 while a key is being processed.
 * The page is emulated the way the <opp-apply> controller wires the SDK: a draft store over an in-memory Storage saves
 * what was typed (and the key once sent), an attempt sends through submitApplication, and success clears the draft.
 *
 * Expected: one idempotency key per application across every request, exactly one application stored, the draft
 * holds what was typed after every failure and is cleared only after success, bounded requests per send, and
 * nothing lost.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import fc from 'fast-check';
import { createApplicationAttempt, createDraftStore, submitApplication } from '../../src/sdk/apply/index.js';
import type { ApplicationAttempt, AttemptState, DraftStore, StorageLike, SubmitOptions } from '../../src/sdk/apply/index.js';
import { params, Tally } from './property-arbitraries.js';

const ENDPOINT = 'https://apply.example.eu/api/applications';
/** The platform fetch, kept before msw patches the global one, for the real socket server. */
const realFetch = globalThis.fetch.bind(globalThis);
const OPP = 'ugent-2027-library-week';

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => void unhandled.push(e);
process.on('unhandledRejection', onUnhandled);

const tally = new Tally();
/** Applications lost: a success without a stored application, a draft gone before success, a second stored copy. */
let lost = 0;
after(() => {
  process.off('unhandledRejection', onUnhandled);
  console.log(tally.line('faults-apply', `faults injected=${tally.get('faults')}, requests=${tally.get('requests')}, unhandled rejections=${unhandled.length}, lost: ${lost}`));
});

const msw = setupServer();
before(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => msw.resetHandlers());
after(() => msw.close());

// ---------- the fake endpoint ----------
type Fault =
  | 'ok'
  | '503'
  | '503-retry-after'
  | '429'
  | '500'
  | 'reset-before'
  | 'reset-after'
  | 'timeout-before'
  | 'timeout-after'
  | '500-after';
const FAULTS: readonly Fault[] = ['503', '503-retry-after', '429', '500', 'reset-before', 'reset-after', 'timeout-before', 'timeout-after', '500-after'];

/** Milliseconds a client waits for one request; the slow faults take longer. */
const TIMEOUT = 30;
const SLOW = 50;

interface Stored {
  key: string;
  reference: string;
  body: { opportunityId: string; values: Record<string, unknown> };
}

class FakeEndpoint {
  /** Stored applications by key: what the host's database would hold. */
  readonly stored = new Map<string, Stored>();
  readonly keys: string[] = [];
  readonly inProgress = new Set<string>();
  queue: Fault[] = [];
  requests = 0;
  constructor() {
    msw.use(http.post(ENDPOINT, ({ request }) => this.handle(request)));
  }

  private async handle(request: Request): Promise<Response> {
    this.requests++;
    tally.add('requests');
    const key = request.headers.get('idempotency-key');
    if (!key) return HttpResponse.json({ error: 'An Idempotency-Key header is required.' }, { status: 400 });
    this.keys.push(key);
    const body = (await request.json()) as Stored['body'];
    const fault = this.queue.shift() ?? 'ok';
    if (fault !== 'ok') tally.add('faults');
    const store = async (): Promise<Response> => {
      if (this.inProgress.has(key)) return new HttpResponse(null, { status: 409 });
      const seen = this.stored.get(key);
      if (seen) return HttpResponse.json({ message: 'Already received.', reference: seen.reference }, { status: 200 });
      const reference = `A-${this.stored.size + 1}`;
      this.stored.set(key, { key, reference, body });
      return HttpResponse.json({ message: 'Thank you.', reference }, { status: 201 });
    };
    switch (fault) {
      case 'ok':
        return store();
      case '503':
        return new HttpResponse(null, { status: 503 });
      case '503-retry-after':
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } });
      case '429':
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } });
      case '500':
        return new HttpResponse('boom', { status: 500 });
      case 'reset-before':
        return HttpResponse.error();
      case 'reset-after':
        await store();
        return HttpResponse.error();
      case '500-after':
        await store();
        return new HttpResponse('stored, then crashed', { status: 500 });
      case 'timeout-after': {
        const res = await store();
        this.busy++;
        await delay(SLOW);
        this.busy--;
        return res;
      }
      case 'timeout-before': {
        // Slow processing: the key is busy (a repeat gets 409) until it is stored.
        if (this.inProgress.has(key)) return new HttpResponse(null, { status: 409 });
        this.inProgress.add(key);
        this.busy++;
        await delay(SLOW);
        this.inProgress.delete(key);
        this.busy--;
        return store();
      }
    }
  }

  /** Idle: no request is being processed any more. */
  async settle(): Promise<void> {
    while (this.busy > 0) await delay(5);
  }

  /** Requests still being answered slowly. */
  busy = 0;
}

// ---------- the page ----------
function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const RETRIES = 2;
const submitOptions: SubmitOptions = { timeout: TIMEOUT, retries: RETRIES, retryDelay: 1, maxRetryDelay: 50 };

/** Requests per send call (must stay <= retries + 1). */
let maxRequestsPerSend = 0;
/** Keys some page saw succeed (a page whose application succeeded in another tab or before a reload). */
const succeededKeys = new Set<string>();

/**
 * One page showing the form, wired like the <opp-apply> controller: restore the draft (values and the key of an
 * unconfirmed send), save the draft on every edit and on send, clear it on success.
 */
class Page {
  readonly drafts: DraftStore;
  readonly attempt: ApplicationAttempt;
  values: Record<string, string | string[] | boolean>;
  readonly states: AttemptState[] = [];
  constructor(storage: StorageLike, fresh: Record<string, string | string[] | boolean>) {
    this.drafts = createDraftStore(storage, OPP, { endpoint: ENDPOINT });
    const draft = this.drafts.load();
    this.values = draft ? (draft.values as Page['values']) : { ...fresh };
    this.attempt = createApplicationAttempt({
      ...(draft?.idempotencyKey ? { initialKey: draft.idempotencyKey } : {}),
      send: async (ctx) => {
        let requests = 0;
        const outcome = await submitApplication(
          { endpoint: ENDPOINT, opportunityId: OPP, values: { ...this.values }, consents: { newsletter: false }, idempotencyKey: ctx.key, language: 'en' },
          {
            ...submitOptions,
            signal: ctx.signal,
            onRetry: ctx.onRetry,
            fetch: (input, init) => (requests++, globalThis.fetch(input, init)),
          },
        );
        // Not asserted here: `send` throwing would be read by the attempt as a network failure. Checked at the end.
        maxRequestsPerSend = Math.max(maxRequestsPerSend, requests);
        return outcome;
      },
    });
    this.attempt.subscribe((s) => {
      this.states.push(s);
      if (s.status === 'success') {
        succeededKeys.add(s.key);
        this.drafts.clear();
      }
    });
  }
  type(change: Record<string, string | string[] | boolean>): void {
    this.values = { ...this.values, ...change };
    if (this.attempt.state.status === 'success') return;
    const key = this.attempt.key;
    this.drafts.save(this.values, key ? { idempotencyKey: key } : {});
  }
  send(): Promise<AttemptState> {
    const p = this.attempt.submit();
    if (this.attempt.state.status !== 'success') this.drafts.save(this.values, { idempotencyKey: this.attempt.key! });
    return p;
  }
}

const TYPED = { givenName: 'Ana', email: 'ana@example.eu', motivation: 'Open science in libraries', topics: ['ict'], terms: true };

/** After a failure: the draft holds exactly what was typed, and the key the server may already have. */
function assertDraftKept(page: Page, label: string): void {
  // Another page (before a reload) may have seen this very application succeed and cleared the draft: nothing lost.
  if (page.attempt.key !== undefined && succeededKeys.has(page.attempt.key)) return;
  const d = page.drafts.load();
  if (!d) lost++;
  assert.ok(d, `${label}: the draft survives the failure`);
  assert.deepEqual(d.values, page.values, `${label}: the draft holds what was typed`);
  if (page.attempt.state.status === 'error' && page.attempt.state.kind === 'retryable') {
    assert.equal(d.idempotencyKey, page.attempt.key, `${label}: the draft keeps the key of the unconfirmed send`);
  }
}

/** After success: the draft is gone, and the endpoint stored exactly one application, under the one key used. */
function assertDone(page: Page, server: FakeEndpoint, label: string): void {
  assert.equal(page.attempt.state.status, 'success', label);
  assert.equal(page.drafts.load(), undefined, `${label}: the draft is cleared after success`);
  if (server.stored.size !== 1) lost++;
  assert.equal(server.stored.size, 1, `${label}: exactly one application stored, got ${server.stored.size}`);
  assert.equal(new Set(server.keys).size, 1, `${label}: one idempotency key across ${server.keys.length} requests: ${[...new Set(server.keys)].join(', ')}`);
}

// ---------- scenarios ----------
describe('faults while applying', () => {
  it('a 503 storm: bounded retries with one key, the draft kept; success later clears it', async () => {
    const server = new FakeEndpoint();
    const page = new Page(memoryStorage(), TYPED);
    server.queue = ['503', '503', '503', '503-retry-after', '503', '503'];
    const first = await page.send();
    assert.equal(first.status, 'error');
    assert.equal(server.requests, RETRIES + 1, 'retries are bounded');
    assertDraftKept(page, '503 storm');
    const second = await page.send();
    assert.equal(second.status, 'error');
    assertDraftKept(page, '503 storm, manual retry');
    assert.equal((await page.send()).status, 'success');
    assertDone(page, server, '503 storm');
  });

  it('429 with Retry-After: waits as asked; a wait beyond maxRetryDelay is left to the person, with retryAt', async () => {
    const server = new FakeEndpoint();
    const page = new Page(memoryStorage(), TYPED);
    server.queue = ['429', '429'];
    assert.equal((await page.send()).status, 'success', 'Retry-After: 0 is retried automatically');
    assertDone(page, server, '429');

    msw.resetHandlers();
    const server2 = new FakeEndpoint();
    let asked = 0;
    msw.use(
      http.post(ENDPOINT, async ({ request }) => {
        if (asked++ > 0) return undefined; // fall through to the endpoint
        tally.add('faults');
        tally.add('requests');
        server2.keys.push(request.headers.get('idempotency-key')!);
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } });
      }),
    );
    const page2 = new Page(memoryStorage(), TYPED);
    const state = await page2.send();
    assert.equal(state.status, 'error');
    assert.ok(state.status === 'error' && state.kind === 'retryable' && state.retryAt !== undefined, 'retryAt is set');
    assertDraftKept(page2, '429 Retry-After: 1');
    const started = Date.now();
    assert.equal((await page2.send()).status, 'success');
    assert.ok(Date.now() - started >= 900, `the manual retry waited for Retry-After (${Date.now() - started} ms)`);
    assertDone(page2, server2, '429 Retry-After: 1');
  });

  it('a reset after the server stored it (response lost): the retry with the same key gets the original result', async () => {
    const server = new FakeEndpoint();
    const page = new Page(memoryStorage(), TYPED);
    server.queue = ['reset-after'];
    const state = await page.send();
    assert.equal(state.status, 'success');
    assert.equal(state.status === 'success' && state.reference, 'A-1', 'the original reference');
    assertDone(page, server, 'reset after store');
  });

  it('timeouts before and after the server stored it', async () => {
    for (const queue of [['timeout-after'], ['timeout-before'], ['timeout-before', 'timeout-before', 'timeout-before']] as Fault[][]) {
      msw.resetHandlers();
      const server = new FakeEndpoint();
      const page = new Page(memoryStorage(), TYPED);
      server.queue = [...queue];
      let state = await page.send();
      for (let i = 0; state.status !== 'success' && i < 5; i++) {
        assertDraftKept(page, queue.join('+'));
        await server.settle();
        state = await page.send();
      }
      await server.settle();
      assertDone(page, server, queue.join('+'));
    }
  });

  it('flapping 503/200 and offline then online', async () => {
    for (const queue of [['503', 'ok'], ['reset-before', 'reset-before', 'reset-before', 'reset-before', 'reset-before', 'reset-before']] as Fault[][]) {
      msw.resetHandlers();
      const server = new FakeEndpoint();
      const page = new Page(memoryStorage(), TYPED);
      server.queue = [...queue];
      let state = await page.send();
      for (let i = 0; state.status !== 'success' && i < 5; i++) {
        assertDraftKept(page, queue.join('+'));
        state = await page.send();
      }
      assertDone(page, server, queue.join('+'));
    }
  });

  it('a double (and triple) submit sends once', async () => {
    const server = new FakeEndpoint();
    const page = new Page(memoryStorage(), TYPED);
    const a = page.send();
    const b = page.send();
    const c = page.attempt.retry();
    assert.equal(a, b);
    assert.equal(b, c);
    await Promise.all([a, b, c]);
    assert.equal(server.requests, 1);
    await page.send();
    assert.equal(server.requests, 1, 'nothing is sent after success');
    assertDone(page, server, 'double submit');
  });

  it('a reload while the first send is still in flight: the new page sends the same key; one application stored', async () => {
    const server = new FakeEndpoint();
    const storage = memoryStorage();
    const first = new Page(storage, TYPED);
    server.queue = ['timeout-before'];
    const inFlight = first.send();
    await delay(5);
    const second = new Page(storage, {}); // the reload: restores the draft
    assert.deepEqual(second.values, TYPED, 'the reload restored what was typed');
    assert.equal(second.attempt.key, first.attempt.key, 'and the key of the unconfirmed send');
    let state = await second.send();
    for (let i = 0; state.status !== 'success' && i < 5; i++) {
      await server.settle();
      state = await second.send();
    }
    await inFlight;
    await server.settle();
    assertDone(second, server, 'reload in flight');
  });

  it('a refusal of the answers (422) keeps the draft and gets a new key; the refused send is not an application', async () => {
    const server = new FakeEndpoint();
    const refusedKeys: string[] = [];
    msw.use(
      http.post(ENDPOINT, ({ request }) => {
        if (refusedKeys.length) return undefined; // only the first request is refused
        refusedKeys.push(request.headers.get('idempotency-key')!);
        tally.add('requests');
        tally.add('faults');
        return HttpResponse.json({ errors: { email: 'This address is already registered.' } }, { status: 422 });
      }),
    );
    const page = new Page(memoryStorage(), TYPED);
    const refused = await page.send();
    assert.equal(refused.status === 'error' && refused.kind, 'fields');
    assertDraftKept(page, '422');
    page.type({ email: 'ana.b@example.eu' });
    assertDraftKept(page, '422, corrected');
    assert.equal((await page.send()).status, 'success');
    assert.equal(refusedKeys.length, 1);
    assert.notEqual(server.keys[0], refusedKeys[0], 'a new key after the refusal');
    assertDone(page, server, '422 then corrected');
    assert.equal(server.stored.values().next().value!.body.values.email, 'ana.b@example.eu');
  });
});

describe('faults while applying: options that are not numbers', () => {
  it('retries stay bounded and waits stay waits whatever retries / retryDelay / maxRetryDelay / timeout hold', async () => {
    const odd = fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1, 2, 1.7, undefined);
    await fc.assert(
      fc.asyncProperty(odd, odd, odd, odd, async (retries, retryDelay, maxRetryDelay, timeout) => {
        tally.add('odd-options');
        let requests = 0;
        const ctl = new AbortController();
        const stop = setTimeout(() => ctl.abort(), 120);
        const fetch503 = async () => (requests++, tally.add('requests'), tally.add('faults'), new Response(null, { status: 503 }));
        const started = Date.now();
        const options = { retries, retryDelay, maxRetryDelay, timeout, fetch: fetch503 as typeof fetch, signal: ctl.signal } as SubmitOptions;
        try {
          await submitApplication({ endpoint: ENDPOINT, opportunityId: OPP, values: TYPED, idempotencyKey: 'k-odd' }, options);
        } catch (e) {
          assert.equal((e as Error).name, 'AbortError', String(e));
        } finally {
          clearTimeout(stop);
        }
        const limit = typeof retries === 'number' && Number.isFinite(retries) ? Math.max(0, Math.floor(retries)) : 2;
        assert.ok(requests <= limit + 1, `retries ${retries}, retryDelay ${retryDelay}: ${requests} requests in ${Date.now() - started} ms`);
      }),
      params(40),
    );
  });
});

describe('faults while applying: real sockets', () => {
  it('a connection reset after the server stored the application (before or in the middle of the answer)', async () => {
    const stored = new Map<string, string>();
    const keys: string[] = [];
    let mode: 'reset-before-headers' | 'reset-mid-body' | 'ok' = 'reset-before-headers';
    const srv = createServer((req, res) => {
      tally.add('requests');
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const key = String(req.headers['idempotency-key']);
        keys.push(key);
        const first = !stored.has(key);
        if (first) stored.set(key, body);
        const answer = JSON.stringify({ message: first ? 'Thank you.' : 'Already received.', reference: `R-${[...stored.keys()].indexOf(key) + 1}` });
        if (mode === 'reset-before-headers') {
          tally.add('faults');
          mode = 'ok';
          req.socket.destroy();
        } else if (mode === 'reset-mid-body') {
          tally.add('faults');
          mode = 'ok';
          res.writeHead(first ? 201 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
          res.write(answer.slice(0, 10), () => res.socket?.destroy());
        } else {
          res.writeHead(first ? 201 : 200, { 'content-type': 'application/json' });
          res.end(answer);
        }
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/applications`;
    try {
      for (const m of ['reset-before-headers', 'reset-mid-body'] as const) {
        stored.clear();
        keys.length = 0;
        mode = m;
        const outcome = await submitApplication(
          { endpoint, opportunityId: OPP, values: TYPED, consents: {}, idempotencyKey: `key-${m}` },
          { ...submitOptions, timeout: 1_000, fetch: realFetch },
        );
        assert.equal(outcome.kind, 'success', m);
        assert.equal(stored.size, 1, `${m}: stored once`);
        assert.deepEqual([...new Set(keys)], [`key-${m}`], `${m}: one key`);
        if (m === 'reset-before-headers') {
          assert.equal(keys.length, 2, 'the lost answer was asked for again, with the same key');
          assert.equal(outcome.kind === 'success' && outcome.reference, 'R-1', 'and the original reference came back');
        } else assert.equal(keys.length, 1, 'a 201 whose body was cut is a success: nothing is sent again');
      }
    } finally {
      await new Promise<void>((r) => srv.close(() => r()));
    }
  });
});

// ---------- generated scripts ----------
type Action = { kind: 'type' | 'send' | 'double' | 'retry' | 'reload' | 'reload-in-flight'; faults: Fault[]; value: string };

describe('faults while applying: generated scripts', () => {
  it('whatever fails and whatever the person does, one key, one stored application, the draft until success', async () => {
    const actionArb: fc.Arbitrary<Action> = fc.record({
      kind: fc.constantFrom('type', 'send', 'send', 'double', 'retry', 'reload', 'reload-in-flight'),
      faults: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...FAULTS) }, { weight: 1, arbitrary: fc.constant<Fault>('ok') }), { maxLength: 6 }),
      value: fc.constantFrom('Ana', 'Åsa', 'Łucja', 'Zoë', 'ana@example.eu'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 6 }), async (actions) => {
        tally.add('scripts');
        msw.resetHandlers();
        const server = new FakeEndpoint();
        const storage = memoryStorage();
        let page = new Page(storage, TYPED);
        const pending: Promise<unknown>[] = [];
        /** The application went through (seen by a page, or stored with no draft left): the script is over. */
        const finished = () => page.attempt.state.status === 'success' || (server.stored.size === 1 && page.drafts.load() === undefined);
        for (const action of actions) {
          if (finished()) break;
          tally.add('actions');
          server.queue.push(...action.faults);
          switch (action.kind) {
            case 'type':
              page.type({ givenName: action.value });
              break;
            case 'send':
              await page.send();
              break;
            case 'retry':
              // A person who waits a moment, then presses Send again (the retry button of the form).
              await server.settle();
              await page.send();
              break;
            case 'double': {
              const a = page.send();
              const b = page.send();
              assert.equal(a, b, 'a double submit returns the request in flight');
              await Promise.all([a, b]);
              break;
            }
            case 'reload':
              await server.settle();
              page = new Page(storage, TYPED);
              break;
            case 'reload-in-flight':
              pending.push(page.send());
              await delay(3);
              page = new Page(storage, TYPED);
              break;
          }
          const st = page.attempt.state;
          if (st.status === 'error') assertDraftKept(page, `after ${action.kind} (${action.faults.join(',')})`);
          if (st.status === 'success') assert.equal(page.drafts.load(), undefined, 'success clears the draft');
          assert.ok(server.stored.size <= 1, `at most one stored application, got ${server.stored.size}`);
        }
        // The endpoint recovers; the person keeps pressing Send until it works.
        await Promise.all(pending);
        server.queue = [];
        await server.settle();
        for (let i = 0; !finished() && i < 6; i++) {
          const state = await page.send();
          if (state.status !== 'success') await server.settle();
        }
        if (page.attempt.state.status === 'success') assertDone(page, server, 'script');
        else {
          // It went through before a reload: stored once, under one key, and no draft left behind.
          if (server.stored.size !== 1) lost++;
          assert.equal(server.stored.size, 1, `the application was stored exactly once (got ${server.stored.size})`);
          assert.equal(new Set(server.keys).size, 1, 'one key');
          assert.equal(page.drafts.load(), undefined);
        }
        const stored = server.stored.values().next().value!;
        assert.equal(stored.body.opportunityId, OPP);
      }),
      params(40),
    );
    assert.ok(maxRequestsPerSend <= RETRIES + 1, `requests per send ${maxRequestsPerSend}`);
  });
});

describe('faults while applying: the end', () => {
  it('no unhandled rejection happened', async () => {
    await delay(SLOW + 20); // let late answers of timed-out requests arrive
    assert.deepEqual(unhandled, []);
  });
});
