/**
 * The elements under a strict CSP: `require-trusted-types-for 'script'` (no string reaches an HTML sink; DOMPurify's
 * fragment needs no policy of ours) and `style-src 'self'` (styles are constructable stylesheets; no style attribute
 * or <style> element is ever written).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../../src/index.js';
import type { OppDetail, OppStats } from '../../src/index.js';
import { byId, NOW, parsed } from './support/feeds.js';

const violations: string[] = [];

describe('under a strict CSP (Trusted Types, style-src self)', () => {
  before(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const t = e.composedPath()[0] as Element;
      violations.push(`${e.violatedDirective}: ${e.sample} @ ${e.sourceFile}:${e.lineNumber} on ${t?.nodeName} ${t instanceof Element ? t.outerHTML.slice(0, 80) : ''}`);
    });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; style-src 'self'";
    document.head.append(meta);
  });

  it('is really enforced in this page', () => {
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw();
  });

  it('renders a sanitised description, a card list and stats without a violation', async () => {
    const el = await fixture<OppDetail>(html`<opp-detail .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-detail>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="description"] .prose'), 'no description');
    expect(el.shadowRoot!.querySelector('.prose strong')!.textContent).to.equal('open science');
    // The schema.org script: its text is set without a string reaching a script sink.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD script');
    const stats = await fixture<OppStats>(html`<opp-stats now=${NOW} .opportunities=${parsed()}></opp-stats>`);
    await waitUntil(() => stats.controller.status === 'ready');
    await stats.updateComplete;
    expect(stats.shadowRoot!.querySelector('rect')).to.exist;
    await fixture(html`<opp-finder no-url now=${NOW} .opportunities=${parsed()}></opp-finder>`);
    await new Promise((r) => setTimeout(r, 100));
    // (The deliberate innerHTML above is reported asynchronously; everything else must be clean.)
    expect(violations.filter((v) => !v.includes('trusted-types.test.ts'))).to.deep.equal([]);
  });
});
