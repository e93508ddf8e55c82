/**
 * The apply demo's log (demo/apply.js) on the element from the sources: it lists every automatic retry the form makes
 * (`opp-apply-retry`), so a visitor who picks "Busy: 503 twice" sees the two retries before the acceptance.
 */
import { html, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { mount, unmountAll } from './support/dom.js';
import { http, HttpResponse } from 'msw';
import { worker, startWorker } from './support/msw.js';
import '../../src/elements/apply/opp-apply.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import { ENDPOINT, opportunity, shortFields } from './apply-fixtures.js';

before(() => startWorker());
afterEach(() => {
  worker.resetHandlers();
  unmountAll();
});

describe('demo/apply.html: the log', () => {
  it('shows each automatic retry with its status and wait, then the acceptance', async () => {
    let n = 0;
    worker.use(
      http.post(ENDPOINT, () => (++n <= 2 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ reference: 'D-1' }, { status: 201 }))),
    );
    // mount(), not fixture(): a plain <div> would make fixture() wait for an animation frame a background tab may never get.
    const page = await mount(html`<div>
      <opp-apply .opportunity=${opportunity({ fields: shortFields })} min-fill-time="0" retry-delay="5" no-draft></opp-apply>
      <form id="simulate"><input type="radio" name="mode" value="" checked /></form>
      <ol id="log"></ol>
    </div>`);
    const el = page.querySelector<OppApply>('opp-apply')!;
    await el.updateComplete;
    await import('../../demo/apply.js' as string);
    for (const [name, value] of [['givenName', 'Ana'], ['email', 'ana@example.eu']]) {
      const c = el.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      c.value = value!;
      c.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await el.updateComplete;
    const done = oneEvent(el, 'opp-apply-success');
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await done;
    const log = () => [...document.querySelectorAll('#log li')].map((li) => li.textContent!.replace(/^\S+ /, ''));
    await waitUntil(() => log().some((l) => l.startsWith('Accepted')));
    const lines = log();
    expect(lines).to.have.length(4);
    expect(lines[0]).to.match(/^Sent with Idempotency-Key [0-9a-f]{8}…$/);
    expect(lines[1]).to.match(/^Not accepted yet \(HTTP 503\): automatic retry 1 \(request 2\) in 0\.0 s, same key [0-9a-f]{8}…$/);
    expect(lines[2]).to.match(/^Not accepted yet \(HTTP 503\): automatic retry 2 \(request 3\) in 0\.0 s, same key [0-9a-f]{8}…$/);
    expect(lines[3]).to.equal('Accepted (HTTP 201), reference D-1.');
  });
});
