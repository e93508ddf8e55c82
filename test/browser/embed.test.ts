/**
 * The script-tag bundle on real host pages: a plain page, a CMS page with hostile CSS, a strict Content-Security-
 * Policy with Trusted Types (served with the header by the test server, see web-test-runner.config.mjs), two copies of
 * the bundle, and elements that sit in the page before the script loads. Each page loads dist/opportunity-kit.js (the
 * test command builds it first) and an external probe that reports errors, CSP violations and rendered cards.
 */
import { expect } from '@open-wc/testing';

interface Probe {
  errors: string[];
  violations: string[];
  cards: number;
  rendered: boolean;
  defined: string[];
  hostFont: string;
  detail: number;
  form: boolean | null;
  jsonLd: string[] | null;
}

function load(page: string): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const timer = setTimeout(() => reject(new Error(`${page} did not report within 15 s`)), 15_000);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'opp-probe') return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data.report as Probe);
    };
    addEventListener('message', onMessage);
    frame.src = `/test/browser/pages/${page}`;
    document.body.append(frame);
  });
}

describe('embedding the script-tag bundle', () => {
  it('renders on a plain HTML page', async () => {
    const r = await load('plain.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered, 'cards rendered').to.equal(true);
    expect(r.defined).to.include.members(['opp-finder', 'opp-card']);
  });

  it('renders under a strict CSP with Trusted Types and raises no violation', async () => {
    const r = await load('csp.html');
    expect(r.violations).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(true);
    expect(r.detail, 'the detail with its sanitised description rendered').to.be.greaterThan(200);
    expect(r.form, 'the application form rendered inside the detail').to.equal(true);
    expect(r.jsonLd, "the detail's one schema.org script, written without a violation").to.have.length(1);
    expect(r.jsonLd![0]).to.be.oneOf(['EducationEvent', 'Event', 'Course', 'JobPosting', 'CreativeWork']);
  });

  it('survives a CMS theme that fights embeds', async () => {
    const r = await load('cms.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(true);
    expect(r.hostFont).to.match(/Georgia/, "inherits the host page's font");
  });

  it('tolerates two copies of the bundle on one page', async () => {
    const r = await load('twice.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(true);
  });

  it('upgrades elements that were in the page before the script loaded', async () => {
    const r = await load('early.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(true);
  });
});
