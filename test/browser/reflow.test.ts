/**
 * Reflow (WCAG 2.1 SC 1.4.10): every element, alone on a plain page (no global `box-sizing`, no demo CSS), fits a
 * 320 px viewport: nothing it renders (shadow DOM or its light-DOM form) sticks out of the host, and the page never
 * scrolls sideways. Long unbroken words (German compounds, URLs, e-mail addresses) wrap.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/elements/apply/opp-apply.js';
import type { OppCard, OppDetail, OppFinder } from '../../src/index.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import type { OpportunityInput } from '../../src/sdk/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, items, NOW, parsed, serve } from './support/feeds.js';
import { settled } from './support/dom.js';
import { allFields, consents, opportunity } from './apply-fixtures.js';

const LONG = 'Hochschulverwaltungsmitarbeiterweiterbildungsprogrammwoche';
const LONG_MAIL = 'internationale.hochschulverwaltungsmitarbeiterweiterbildung@universitaet-beispielstadt.example.eu';
const LONG_URL = `https://www.universitaet-beispielstadt.example.eu/${LONG}/${LONG}/anmeldung`;

const longItem: OpportunityInput = {
  id: 'long-words',
  kind: 'staff-week',
  title: { en: `${LONG} ${LONG}` },
  summary: `${LONG} ${LONG_URL}`,
  description: `<p>${LONG} <a href="${LONG_URL}">${LONG_URL}</a></p><table><tr><th>${LONG}</th><td>${LONG}</td><td>${LONG}</td></tr></table>`,
  url: LONG_URL,
  provider: { name: `Universität ${LONG}`, country: 'DE', city: LONG, type: 'hei', url: LONG_URL },
  location: { city: LONG, country: 'DE' },
  start: '2027-05-10',
  end: '2027-05-14',
  application: { deadline: '2027-02-28', url: LONG_URL, email: LONG_MAIL, places: 25 },
  audience: ['administrative-staff'],
  topics: ['libraries'],
  fee: { amount: 150, currency: 'EUR', covers: LONG },
  learningOutcomes: [LONG],
  contact: { name: LONG, email: LONG_MAIL, url: LONG_URL },
};

/** Every element box inside `host` (its shadow tree and light DOM, nested shadow roots too) that sticks out of it. */
function overflowing(host: Element): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  const visit = (el: Element, clipped: boolean) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const r = el.getBoundingClientRect();
    // Hidden on purpose: visually hidden text (1 px, clipped) and the honeypot parked far off to the left.
    const hidden = r.width <= 1 || r.right <= 0;
    if (!clipped && !hidden && el !== host && (r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.width > box.width + 0.5)) {
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} ${Math.round(r.left)}–${Math.round(r.right)} (host ${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    // Inside a box that scrolls or clips on its own (a wide data table may scroll: 1.4.10 exempts it), nothing overflows the page.
    const clips = clipped || (el !== host && /auto|scroll|hidden|clip/.test(style.overflowX));
    if (hidden) return;
    for (const child of el.children) visit(child, clips);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child, clips);
  };
  visit(host, false);
  return out;
}

function expectReflow(host: Element): void {
  expect(overflowing(host), 'boxes sticking out of the host').to.deep.equal([]);
  expect(host.getBoundingClientRect().right, 'host fits the viewport').to.be.at.most(innerWidth + 0.5);
  expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(document.documentElement.clientWidth);
}

describe('reflow at 320 px without any page CSS (WCAG 1.4.10)', () => {
  before(async () => {
    await startWorker();
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => worker.resetHandlers());

  it('<opp-apply>: every field type, the privacy notice, consents, the error summary and the alternatives', async () => {
    const o = opportunity({
      fields: [
        ...allFields,
        { name: 'long', type: 'text', label: LONG, help: LONG_URL, required: true },
        { name: 'pick', type: 'select', label: LONG, options: [{ value: 'a', label: `${LONG} ${LONG}` }] },
      ],
      application: { url: LONG_URL, email: LONG_MAIL },
      form: {
        privacy: { controller: LONG, purpose: LONG, retention: LONG, policyUrl: LONG_URL, contact: LONG_MAIL },
        consents: [...consents, { name: 'longConsent', label: LONG, required: true }],
      },
    });
    const el = await fixture<OppApply>(html`<opp-apply .opportunity=${o} min-fill-time="0" no-draft></opp-apply>`);
    await el.updateComplete;
    expectReflow(el);
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); // the error summary and every message
    await el.updateComplete;
    expect(el.querySelector('.opp-apply__summary')).to.not.equal(null);
    expectReflow(el);
  });

  it('<opp-card>', async () => {
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${parsed([longItem])[0]} now=${NOW}></opp-card>`);
    await el.updateComplete;
    expectReflow(el);
  });

  it('<opp-detail>, with its application form open', async () => {
    const o = parsed([{ ...longItem, application: { ...longItem.application, form: { endpoint: 'https://apply.example.eu/a', fields: allFields } } } as OpportunityInput])[0];
    const el = await fixture<OppDetail>(html`<opp-detail .opportunity=${o} now=${NOW}></opp-detail>`);
    await el.updateComplete;
    expectReflow(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="apply-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('opp-apply')?.querySelector('form input[name]'), 'the form opens');
    expectReflow(el);
  });

  it('<opp-finder>', async () => {
    const url = feedUrl();
    serve(url, feed([longItem, ...items]));
    const el = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${{ retry: 0, cache: false }}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'ready', 'the finder loads', { timeout: 5000 });
    await settled(el);
    expectReflow(el);
  });
});
