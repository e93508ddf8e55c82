import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attemptReducer, createApplicationAttempt } from '../../src/sdk/apply/index.js';
import type { AttemptState, SendContext, SubmitOutcome } from '../../src/sdk/apply/index.js';

/** A send function answering with `outcomes` in turn, recording the keys it was given. */
function scripted(...outcomes: SubmitOutcome[]) {
  const keys: string[] = [];
  let release: (() => void) | undefined;
  const send = async (ctx: SendContext): Promise<SubmitOutcome> => {
    keys.push(ctx.key);
    await new Promise<void>((r) => (release = r, setTimeout(r, 0)));
    return outcomes[Math.min(keys.length, outcomes.length) - 1]!;
  };
  return { keys, send, release: () => release?.() };
}
let n = 0;
const newKey = () => `key-${++n}`;

describe('attemptReducer', () => {
  it('ignores events that make no sense in the current state', () => {
    const idle: AttemptState = { status: 'idle' };
    assert.equal(attemptReducer(idle, { type: 'settle', outcome: { kind: 'success', status: 200 } }), idle);
    const sub = attemptReducer(idle, { type: 'start', key: 'k' });
    assert.deepEqual(sub, { status: 'submitting', key: 'k', tries: 1 });
    assert.equal(attemptReducer(sub, { type: 'start', key: 'other' }), sub);
  });

  it('records automatic retries while submitting', () => {
    const sub: AttemptState = { status: 'submitting', key: 'k', tries: 1 };
    assert.deepEqual(attemptReducer(sub, { type: 'wait', retryAt: 5, info: { tries: 1, delay: 5, reason: 'server', status: 503 } }), {
      status: 'submitting',
      key: 'k',
      tries: 2,
      retryAt: 5,
      reason: 'server',
    });
  });
});

describe('createApplicationAttempt', () => {
  it('idle → submitting → success, and a double submit sends once', async () => {
    const s = scripted({ kind: 'success', status: 201, message: 'Thanks' });
    const seen: string[] = [];
    const a = createApplicationAttempt({ send: s.send, newKey, onChange: (st) => seen.push(st.status) });
    const p1 = a.submit();
    const p2 = a.submit();
    assert.equal(p1, p2);
    assert.equal(a.state.status, 'submitting');
    const end = await p1;
    assert.equal(end.status, 'success');
    assert.equal(s.keys.length, 1);
    assert.deepEqual(seen, ['submitting', 'success']);
    await a.submit();
    assert.equal(s.keys.length, 1, 'nothing is sent after success');
  });

  it('keeps the key across retries after a retryable error', async () => {
    const s = scripted({ kind: 'retryable', reason: 'network', tries: 3 }, { kind: 'success', status: 200 });
    const a = createApplicationAttempt({ send: s.send, newKey });
    const first = await a.submit();
    assert.deepEqual(first, { status: 'error', kind: 'retryable', key: s.keys[0], reason: 'network' });
    assert.equal(a.key, s.keys[0]);
    assert.equal((await a.retry()).status, 'success');
    assert.equal(s.keys[1], s.keys[0]);
  });

  it('uses a new key after the server refused the answers', async () => {
    const s = scripted({ kind: 'fields', status: 422, errors: { email: 'taken' } }, { kind: 'success', status: 200 });
    const a = createApplicationAttempt({ send: s.send, newKey });
    const first = await a.submit();
    assert.deepEqual(first, { status: 'error', kind: 'fields', httpStatus: 422, errors: { email: 'taken' } });
    assert.equal(a.key, undefined);
    await a.submit();
    assert.notEqual(s.keys[1], s.keys[0]);
  });

  it('reuses an initial key (from a draft) for the first send', async () => {
    const s = scripted({ kind: 'success', status: 200 });
    await createApplicationAttempt({ send: s.send, newKey, initialKey: 'from-draft' }).submit();
    assert.deepEqual(s.keys, ['from-draft']);
  });

  it('waits for retryAt before a manual retry', async () => {
    let now = 1000;
    const s = scripted({ kind: 'retryable', reason: 'rate-limit', status: 429, retryAt: 1020, tries: 1 }, { kind: 'success', status: 200 });
    const a = createApplicationAttempt({ send: s.send, newKey, now: () => now });
    await a.submit();
    const p = a.retry();
    assert.equal(a.state.status, 'submitting');
    assert.equal((a.state as { retryAt?: number }).retryAt, 1020);
    assert.equal(s.keys.length, 1, 'not sent before retryAt');
    now = 1020;
    assert.equal((await p).status, 'success');
    assert.equal(s.keys.length, 2);
  });

  it('reset aborts and forgets the key', async () => {
    const s = scripted({ kind: 'retryable', reason: 'timeout', tries: 1 });
    const a = createApplicationAttempt({ send: s.send, newKey });
    await a.submit();
    a.reset();
    assert.deepEqual(a.state, { status: 'idle' });
    assert.equal(a.key, undefined);
  });
});

describe('createApplicationAttempt: onRetry', () => {
  it('tells the host before each automatic retry: which request comes next, the wait, the status or the kind of failure', async () => {
    const { submitApplication } = await import('../../src/sdk/apply/index.js');
    let calls = 0;
    const fetch = (async () => {
      calls++;
      if (calls === 1) return new Response(null, { status: 503 });
      if (calls === 2) throw new TypeError('Failed to fetch');
      return Response.json({ reference: 'R-1' });
    }) as typeof globalThis.fetch;
    const retries: unknown[] = [];
    const states: string[] = [];
    const a = createApplicationAttempt({
      newKey,
      onRetry: (r) => {
        states.push(a.state.status);
        retries.push({ ...r, delay: Math.round(r.delay), retryAt: typeof r.retryAt });
      },
      send: (ctx) =>
        submitApplication(
          { endpoint: 'https://example.eu/apply', opportunityId: 'x', values: {}, idempotencyKey: ctx.key },
          { fetch, retries: 2, retryDelay: 10, signal: ctx.signal, onRetry: ctx.onRetry },
        ),
    });
    const end = await a.submit();
    assert.equal(end.status, 'success');
    const key = (end as { key: string }).key;
    assert.equal(retries.length, 2);
    const [first, second] = retries as { delay: number }[];
    assert.ok(first!.delay >= 8 && first!.delay <= 12, `first wait about 10 ms: ${first!.delay}`);
    assert.ok(second!.delay >= 16 && second!.delay <= 24, `second wait about 20 ms: ${second!.delay}`);
    assert.deepEqual(retries, [
      { key, attempt: 2, delay: first!.delay, retryAt: 'number', reason: 'server', status: 503 },
      { key, attempt: 3, delay: second!.delay, retryAt: 'number', reason: 'network' },
    ]);
    assert.deepEqual(states, ['submitting', 'submitting']);
  });

  it('is not called when nothing is retried automatically (success, refusal, retries: 0)', async () => {
    let retried = 0;
    const s = scripted({ kind: 'retryable', reason: 'network', tries: 1 });
    await createApplicationAttempt({ send: s.send, newKey, onRetry: () => retried++ }).submit();
    assert.equal(retried, 0);
  });
});
