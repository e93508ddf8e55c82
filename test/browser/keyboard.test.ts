/**
 * A keyboard-only walk through the whole path a visitor takes: from the page into the finder's search box, a search,
 * Tab to a result, Enter to open its detail, Tab to "Apply here", fill in the form and send it, then Escape back to
 * the result. Only real key presses (`sendKeys`) move focus and act; the test checks where focus is at each step and
 * that every state on the way is axe-clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import { draftKey } from '../../src/sdk/apply/draft.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, items, NOW, serve } from './support/feeds.js';
import { deep, focused, mount, settled, textOf, unmountAll } from './support/dom.js';
import { ENDPOINT, consents, freshId, privacy, shortFields } from './apply-fixtures.js';

const FAST = { retry: 0, cache: false as const };

/** Press Tab until `want(focused element)` holds; fails after `max` presses (the target is not reachable). */
let presses = 0;
async function tabTo(want: (el: Element) => boolean, what: string, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    presses++;
    const el = focused();
    if (el && want(el)) return el;
  }
  throw new Error(`${what} was not reached with ${max} presses of Tab (focus is on ${focused()?.outerHTML.slice(0, 120)})`);
}

describe('keyboard only: search, open, apply, close', () => {
  before(() => startWorker());
  afterEach(() => {
    unmountAll();
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
  });

  it('a visitor who uses only the keyboard finds a week, applies, and comes back to the list', async function () {
    // Alone it takes about a second; under the full suite's load (two files at once) it is given ample room.
    this.timeout(60_000);
    const t0 = performance.now();
    const step = (what: string) => console.log(`keyboard walk: ${what} after ${presses} Tab presses, ${Math.round(performance.now() - t0)} ms`);
    const id = freshId('kbd');
    const withForm = {
      id,
      kind: 'staff-week' as const,
      title: 'Keyboard Library Week',
      summary: 'A staff week for library staff.',
      provider: { name: 'Ghent University', country: 'BE' },
      start: '2027-05-10',
      end: '2027-05-14',
      application: { opens: '2026-01-01', deadline: '2027-03-01', form: { endpoint: ENDPOINT, fields: shortFields, privacy, consents } },
    };
    const url = feedUrl();
    serve(url, feed([...items, withForm] as never));
    const received: Record<string, unknown>[] = [];
    worker.use(
      http.post(ENDPOINT, async ({ request }) => {
        received.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json({ message: 'Thank you' });
      }),
    );
    localStorage.removeItem(draftKey(id, ENDPOINT));

    const before = (await mount(html`<button>Page content before the finder</button>`)).querySelector('button')!;
    const el = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'ready', 'finder did not load', { timeout: 5000 });
    await settled(el);

    // From the page into the search box, type, Enter.
    before.focus();
    const input = await tabTo((e) => e instanceof HTMLInputElement && e.type === 'search', 'the search box');
    expect(input).to.equal(deep(el, 'opp-search-box', 'input'));
    await sendKeys({ type: 'keyboard library' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.controller.query.text).to.equal('keyboard library');
    expect(el.controller.result!.items.map((o) => o.id)).to.deep.equal([id]);
    await expect(el).to.be.accessible();
    step('searched');

    // Tab to the result's link; Enter opens the detail and moves focus to its heading.
    const link = await tabTo((e) => e instanceof HTMLAnchorElement && /Keyboard Library Week/.test(textOf(e)), "the result's link");
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await waitUntil(() => textOf(focused()) === 'Keyboard Library Week' && /^H[1-6]$/.test(focused()!.tagName), 'the heading of the detail has focus', { timeout: 5000 });
    await expect(el).to.be.accessible();
    step('detail open');

    // Tab to "Apply here"; Enter loads the form.
    await tabTo((e) => e instanceof HTMLButtonElement && textOf(e) === 'Apply here', 'the "Apply here" button');
    await sendKeys({ press: 'Enter' });
    const form = await waitUntil(() => deep<OppApply>(el, 'opp-detail', 'opp-apply')?.querySelector('input[name="givenName"]'), 'the form', { timeout: 5000 })
      .then(() => deep<OppApply>(el, 'opp-detail', 'opp-apply')!);
    // Test speed only: the 3 s anti-spam minimum fill time (a person takes longer anyway).
    form.minFillTime = 0;
    await settled(el);
    await expect(el).to.be.accessible();
    step('form shown');

    // Fill in the two required fields and send, by keyboard.
    await tabTo((e) => e === form.querySelector('input[name="givenName"]'), 'the given-name field');
    await sendKeys({ type: 'Ana' });
    await tabTo((e) => e === form.querySelector('input[name="email"]'), 'the e-mail field');
    await sendKeys({ type: 'ana@example.eu' });
    await tabTo((e) => e instanceof HTMLButtonElement && e.type === 'submit', 'the send button');
    let sent = false;
    form.addEventListener('opp-apply-success', () => (sent = true), { once: true });
    await sendKeys({ press: 'Enter' });
    try {
      await waitUntil(() => sent, '', { timeout: 10_000 });
    } catch {
      throw new Error(
        `not sent within 10 s: the endpoint received ${received.length} request(s); focus on ${focused()?.outerHTML.slice(0, 80)}; ` +
          `the form says "${textOf(form.shadowRoot)} ${textOf(form)}"`.slice(0, 600),
      );
    }
    await settled(el);
    expect(received.length).to.equal(1);
    expect(received[0]!.values).to.deep.include({ givenName: 'Ana', email: 'ana@example.eu' });
    await settled(form);
    const confirmation = form.shadowRoot!.querySelector('[part="confirmation"]')!;
    expect(textOf(confirmation)).to.contain('Application sent');
    await waitUntil(() => focused() === confirmation, 'focus on the confirmation', { timeout: 5000 });
    await expect(el).to.be.accessible();
    step('sent');

    // Escape closes the detail and returns focus to the result's link.
    await sendKeys({ press: 'Escape' });
    await settled(el);
    await waitUntil(() => focused() === link, 'focus back on the result', { timeout: 5000 });
    expect(deep(el, 'opp-detail')!.hidden).to.equal(true);
    expect(localStorage.getItem(draftKey(id, ENDPOINT)), 'no draft kept once sent').to.equal(null);
  });
});
