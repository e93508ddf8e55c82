/**
 * howToApply: the one decision behind the detail's "How to apply" section and the form — what is offered at a moment.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { howToApply } from '../../src/sdk/apply/how-to-apply.js';
import { parseOpportunity } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { item } from '../fixtures/feeds/helpers.js';

function opp(overrides: Record<string, unknown> = {}): Opportunity {
  const r = parseOpportunity(item(overrides), 0, 'en');
  assert.deepEqual(r.issues.filter((i) => i.severity === 'error'), []);
  return r.opportunity!;
}
const at = (iso: string) => new Date(iso);
const form = { endpoint: 'https://apply.example.eu/submit', fields: [{ name: 'name', type: 'text', label: 'Name', required: true }] };
const app = { opens: '2027-01-10', deadline: '2027-06-30', url: 'https://example.eu/apply', email: 'office@example.eu' };

describe('howToApply', () => {
  it('while applications are taken: open, the form shown, the link and the address offered', () => {
    const h = howToApply(opp({ application: { ...app, form }, start: '2027-09-01' }), at('2027-03-01T00:00:00Z'));
    assert.equal(h.status, 'open');
    assert.equal(h.open, true);
    assert.equal(h.showsForm, true);
    assert.equal(h.url, 'https://example.eu/apply');
    assert.equal(h.email, 'office@example.eu');
    assert.equal(h.mailto, 'mailto:office@example.eu');
    assert.ok(h.form);
  });

  it('closing soon still takes applications', () => {
    const h = howToApply(opp({ application: app, start: '2027-09-01' }), at('2027-06-25T00:00:00Z'));
    assert.deepEqual([h.status, h.open, h.showsForm], ['closing-soon', true, false]);
  });

  it('before applications open: the form is shown to prepare one, but nothing can be sent', () => {
    const h = howToApply(opp({ application: { ...app, form }, start: '2027-09-01' }), at('2026-12-01T00:00:00Z'));
    assert.deepEqual([h.status, h.open, h.showsForm], ['upcoming', false, true]);
  });

  it('full, closed, past and cancelled: no form, not open', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ application: { ...app, form, placesLeft: 0 }, start: '2027-09-01' }, 'full'],
      [{ application: { ...app, form }, start: '2027-09-01' }, 'closed'],
      [{ application: { ...app, form }, start: '2027-07-01', end: '2027-07-02' }, 'past'],
      [{ application: { ...app, form }, start: '2027-09-01', status: 'cancelled' }, 'cancelled'],
    ];
    for (const [overrides, status] of cases) {
      const now = status === 'full' ? '2027-03-01T00:00:00Z' : '2027-08-01T00:00:00Z';
      const h = howToApply(opp(overrides), at(now));
      assert.deepEqual([h.status, h.open, h.showsForm], [status, false, false], status);
    }
  });

  it('offers only what passes the URL rule; no form without a definition', () => {
    const o = opp({ application: { deadline: '2027-06-30', url: 'https://example.eu/apply' } });
    (o.application as { url: string }).url = 'javascript:alert(1)';
    (o.application as { email?: string }).email = 'not an address';
    const h = howToApply(o, at('2027-03-01T00:00:00Z'));
    assert.equal(h.open, true);
    assert.equal(h.url, undefined);
    assert.equal(h.mailto, undefined);
    assert.equal(h.email, undefined);
    assert.equal(h.form, undefined);
    assert.equal(h.showsForm, false);
  });
});
