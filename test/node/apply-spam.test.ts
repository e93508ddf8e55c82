import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSpamGuard, spamCheck } from '../../src/sdk/apply/index.js';

describe('spamCheck: speed alone never stops a person', () => {
  it('a send sooner than the minimum fill time passes when a sign of a person came with it (autofill, a key, a pointer)', () => {
    assert.deepEqual(spamCheck({ honeypot: '', shownAt: 0, now: 800, personal: true }), { ok: true });
    assert.deepEqual(spamCheck({ honeypot: '', shownAt: 0, now: 800 }), { ok: false, trap: 'too-fast' });
  });

  it('a send already held back once goes through; a filled honeypot never does', () => {
    assert.deepEqual(spamCheck({ honeypot: '', shownAt: 0, now: 800, held: true }), { ok: true });
    assert.deepEqual(spamCheck({ honeypot: 'x', shownAt: 0, now: 800, held: true, personal: true }), { ok: false, trap: 'honeypot' });
  });
});

describe('createSpamGuard', () => {
  it('autofill within the hold: the first press sends', () => {
    let now = 1_000;
    const g = createSpamGuard({ now: () => now });
    now += 400; // the browser filled every field and the person pressed Send
    g.person();
    assert.deepEqual(g.check(''), { ok: true });
  });

  it('too fast with no sign of a person: held once, the next press sends', () => {
    let now = 1_000;
    const g = createSpamGuard({ now: () => now });
    now += 400;
    assert.deepEqual(g.check(''), { ok: false, trap: 'too-fast' });
    now += 100;
    assert.deepEqual(g.check(''), { ok: true });
    assert.deepEqual(g.check('http://spam.example'), { ok: false, trap: 'honeypot' });
  });

  it('shown() starts again: a new form is held again; skipTiming (a restored draft) and minFillTime 0 switch the hold off', () => {
    let now = 1_000;
    const g = createSpamGuard({ now: () => now });
    g.person();
    g.shown();
    now += 10;
    assert.deepEqual(g.check(''), { ok: false, trap: 'too-fast' }, 'the earlier sign belonged to the earlier form');
    g.shown();
    assert.deepEqual(g.check('', 0), { ok: true });
    g.skipTiming();
    assert.deepEqual(g.check(''), { ok: true });
    now += 5_000;
    g.shown();
    now += 3_000;
    assert.deepEqual(g.check(''), { ok: true }, 'slow enough');
  });
});
