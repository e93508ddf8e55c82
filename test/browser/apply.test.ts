import { fixture, fixtureSync, html, expect, oneEvent, aTimeout } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse, delay } from 'msw';
import { worker, startWorker } from './support/msw.js';
import '../../src/elements/apply/opp-apply.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { draftKey } from '../../src/sdk/apply/draft.js';
import { registerLoaders } from '../../src/i18n/index.js';
import en from '../../src/i18n/en/index.js';
import de from '../../src/i18n/de/index.js';
import { ENDPOINT, allFields, opportunity, shortFields } from './apply-fixtures.js';

const deApply = de.apply;

// ---------- helpers ----------
const q = <T extends Element = HTMLInputElement>(el: Element, selector: string) => el.querySelector<T>(selector) as T;
const control = (el: OppApply, name: string) => q(el, `[name="${name}"]`);
const errorOf = (el: OppApply, name: string) => control(el, name).closest('.opp-apply__field, .opp-apply__group')!.querySelector('.opp-apply__error');
const submitButton = (el: OppApply) => q<HTMLButtonElement>(el, 'button[type="submit"]');
const alertText = (el: OppApply) => q(el, '.opp-apply__alert').textContent!.replace(/\s+/g, ' ').trim();
const statusText = (el: OppApply) => q(el, '.opp-apply__status').textContent!.replace(/\s+/g, ' ').trim();

/** Set a control's value as a person would (an `input` event), without typing key by key. */
function setValue(el: OppApply, name: string, value: string) {
  const c = control(el, name);
  c.value = value;
  c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
function chooseFile(el: OppApply, name: string, file: File) {
  const c = control(el, name);
  const dt = new DataTransfer();
  dt.items.add(file);
  c.files = dt.files;
  c.dispatchEvent(new Event('change', { bubbles: true }));
}
async function fillRequired(el: OppApply) {
  setValue(el, 'givenName', 'Ana');
  setValue(el, 'email', 'ana@example.eu');
  await el.updateComplete;
}

/** Fast, deterministic settings: no fill-time wait, 1 ms backoff. */
async function mount(o: Opportunity, extra: Partial<OppApply> = {}): Promise<OppApply> {
  const el = await fixture<OppApply>(
    html`<opp-apply .opportunity=${o} min-fill-time="0" retry-delay="1" timeout="2000" .storage=${localStorage}></opp-apply>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

interface Seen {
  key: string | null;
  type: string | null;
  body: unknown;
}
/** The endpoint answers with `responses` in turn (the last repeats) and records what it received. */
function endpoint(...responses: (() => Response | Promise<Response>)[]): Seen[] {
  const seen: Seen[] = [];
  worker.use(
    http.post(ENDPOINT, async ({ request }) => {
      const type = request.headers.get('content-type');
      const body = type?.startsWith('multipart/') ? await request.formData() : await request.json();
      seen.push({ key: request.headers.get('idempotency-key'), type, body });
      return responses[Math.min(seen.length, responses.length) - 1]!();
    }),
  );
  return seen;
}

const drafts: string[] = [];
before(() => startWorker());
afterEach(() => {
  worker.resetHandlers();
  for (const k of drafts.splice(0)) localStorage.removeItem(k);
});
const track = (o: Opportunity) => (drafts.push(draftKey(o.id, ENDPOINT)), o);

// ---------- rendering ----------
describe('<opp-apply>: controls', () => {
  it('renders every field type as a native control in the light DOM, named, labelled and with autocomplete', async () => {
    const el = await mount(track(opportunity()));
    for (const f of allFields) {
      const c = control(el, f.name);
      expect(c, f.name).to.exist;
      expect(el.shadowRoot!.contains(c), `${f.name} is in the light DOM`).to.equal(false);
      if (f.type !== 'hidden') expect(el.querySelector(`label[for="${c.id}"]`) ?? c.closest('fieldset')!.querySelector('legend'), `${f.name} label`).to.exist;
    }
    expect(control(el, 'givenName').getAttribute('autocomplete')).to.equal('given-name');
    expect(control(el, 'email').type).to.equal('email');
    expect(control(el, 'country').tagName).to.equal('SELECT');
    expect([...q<HTMLSelectElement>(el, '[name="english"]').options].map((o) => o.value)).to.deep.equal(['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(control(el, 'source').value).to.equal('newsletter');
    expect(control(el, 'givenName').getAttribute('aria-describedby')).to.equal(`${control(el, 'givenName').id}-help`);
    await expect(el).to.be.accessible();
  });

  it('keeps its look inside another element\'s shadow root whose generic rules fight it (as in <opp-detail>)', async () => {
    // fixtureSync: a plain wrapper would make fixture() wait for an animation frame (see below).
    const host = fixtureSync<HTMLElement>(html`<section></section>`);
    const root = host.attachShadow({ mode: 'open' });
    const hostile = new CSSStyleSheet();
    hostile.replaceSync('button { color: inherit; background: none; } input { border: 0; }');
    root.adoptedStyleSheets = [hostile];
    const el = document.createElement('opp-apply');
    el.opportunity = track(opportunity({ fields: shortFields }));
    el.minFillTime = 0;
    root.append(el);
    await el.updateComplete;
    const button = getComputedStyle(submitButton(el));
    expect(button.color).to.equal('rgb(255, 255, 255)');
    expect(button.backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(control(el, 'email')).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(q(el, '.opp-apply__trap')).position, 'the honeypot stays off-screen').to.equal('absolute');
  });

  it('speaks the UI language: strings from the catalogue, countries by Intl in that language, sorted for it', async () => {
    registerLoaders({ de: async () => ({ default: { ...en, apply: deApply } }) });
    // (A fixture of the element itself: a plain wrapper would make fixture() wait for an animation frame, which a
    // background tab never gets when test files run side by side.)
    const el = await fixture<OppApply>(
      html`<opp-apply lang="de" .opportunity=${track(opportunity({ fields: [...shortFields, allFields[11]] }))} min-fill-time="0"></opp-apply>`,
    );
    await waitUntil(() => submitButton(el)?.textContent === 'Bewerbung absenden', 'German arrives');
    const options = [...q<HTMLSelectElement>(el, '[name="country"]').options];
    expect(options[0]!.textContent).to.equal('Bitte wählen …');
    const labels = options.slice(1).map((o) => o.textContent!);
    expect(options.find((o) => o.value === 'BE')!.textContent).to.equal('Belgien');
    expect(labels.indexOf('Österreich')).to.be.greaterThan(labels.indexOf('Oman'));
    expect(labels.indexOf('Österreich')).to.be.lessThan(labels.indexOf('Pakistan'));
    submitButton(el).click();
    await el.updateComplete;
    expect(q(el, '.opp-apply__summary').textContent).to.contain('Es gibt 2 Probleme');
    expect(errorOf(el, 'email')!.textContent).to.contain('Bitte füllen Sie dieses Feld aus.');
    await expect(el).to.be.accessible();
  });

  it('shows the privacy notice before the submit button, and optional consents unticked and not required', async () => {
    const el = await mount(track(opportunity()));
    const privacy = q(el, '.opp-apply__privacy');
    expect(privacy.textContent).to.contain('Ghent University').and.contain('Selecting participants').and.contain('12 months');
    expect(q<HTMLAnchorElement>(privacy, 'a[href="https://www.ugent.be/privacy"]')).to.exist;
    expect(privacy.compareDocumentPosition(submitButton(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    const consent = control(el, 'newsletter');
    expect(consent.checked).to.equal(false);
    expect(consent.required).to.equal(false);
    // Apply without ticking it.
    const seen = endpoint(() => HttpResponse.json({}));
    await fillRequired(el);
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    expect((seen[0]!.body as { consents: unknown }).consents).to.deep.equal({ newsletter: false });
  });
});

// ---------- validation timing (Lion's model) ----------
describe('<opp-apply>: validation', () => {
  it('shows no error while typing, an error when the field is left after an edit, and on submit', async () => {
    const el = await mount(track(opportunity({ fields: shortFields })));
    const email = control(el, 'email');
    email.focus();
    await sendKeys({ type: 'ana@' });
    await el.updateComplete;
    expect(errorOf(el, 'email'), 'no error while typing').to.equal(null);
    expect(email.hasAttribute('aria-invalid')).to.equal(false);

    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'email')!.textContent).to.contain('Enter an e-mail address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.contain(errorOf(el, 'email')!.id);
    // A field that was only visited (not changed) shows nothing yet.
    expect(errorOf(el, 'givenName')).to.equal(null);
    await expect(el).to.be.accessible();

    // Once shown, the message follows the value: fixing it removes it.
    email.focus();
    await sendKeys({ type: 'example.eu' });
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.equal(null);
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('on submit with errors: summary at the top with a link per field, focused; nothing sent', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })));
    setValue(el, 'email', 'nope');
    const invalid = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await invalid).detail).to.deep.include({ kind: 'invalid', fields: ['givenName', 'email'] });
    await el.updateComplete;
    const summary = q<HTMLElement>(el, '.opp-apply__summary');
    expect(summary).to.exist;
    expect(document.activeElement === summary, 'the summary has focus').to.equal(true);
    expect(summary.textContent).to.contain('There are 2 problems');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([`#${control(el, 'givenName').id}`, `#${control(el, 'email').id}`]);
    expect(control(el, 'givenName').getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(el, 'givenName')!.textContent).to.contain('Fill in this field.');
    await expect(el).to.be.accessible();

    links[1]!.click();
    expect(document.activeElement === control(el, 'email'), 'the field has focus').to.equal(true);
    expect(seen.length).to.equal(0);
  });

  it('checks file type and size before anything is uploaded', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: [...shortFields, allFields[13]] })));
    expect(q(el, `#${control(el, 'cv').id}-hint`).textContent).to.contain('PDF').and.contain('2 kB');
    chooseFile(el, 'cv', new File(['hello'], 'cv.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await el.updateComplete;
    expect(errorOf(el, 'cv')!.textContent).to.contain('This type of file is not accepted').and.contain('PDF');
    expect(control(el, 'cv').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    chooseFile(el, 'cv', new File([new Uint8Array(2049)], 'cv.pdf', { type: 'application/pdf' }));
    await el.updateComplete;
    expect(errorOf(el, 'cv')!.textContent).to.contain('too large').and.contain('2 kB');

    await fillRequired(el);
    submitButton(el).click();
    await el.updateComplete;
    expect(q(el, '.opp-apply__summary').textContent).to.contain('CV (PDF)');
    expect(seen.length).to.equal(0);
  });
});

// ---------- drafts ----------
describe('<opp-apply>: drafts', () => {
  it('restores what was typed after the element is re-created (a reload), files excepted, and can discard it', async () => {
    const o = track(opportunity({ fields: [...shortFields, allFields[4], allFields[10], allFields[13]] }));
    const first = await mount(o);
    expect(q(first, '.opp-apply__draft').textContent).to.contain('Files are not saved');
    setValue(first, 'givenName', 'Ana');
    setValue(first, 'motivation', 'Libraries!');
    (first.querySelector('[name="topics"][value="hr"]') as HTMLInputElement).click();
    chooseFile(first, 'cv', new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
    first.remove(); // flushes the pending draft, like a page unload

    const stored = localStorage.getItem(draftKey(o.id, ENDPOINT))!;
    expect(stored).to.contain('Libraries!');
    expect(stored).not.to.contain('cv.pdf');

    const again = await mount(o);
    expect(control(again, 'givenName').value).to.equal('Ana');
    expect(q<HTMLTextAreaElement>(again, '[name="motivation"]').value).to.equal('Libraries!');
    expect((again.querySelector('[name="topics"][value="hr"]') as HTMLInputElement).checked).to.equal(true);
    expect(control(again, 'cv').files!.length).to.equal(0);
    const note = q(again, '.opp-apply__draft').textContent!;
    expect(note).to.contain('We restored the answers').and.contain('Attach your files again');
    expect(errorOf(again, 'email'), 'restoring shows no errors').to.equal(null);
    await expect(again).to.be.accessible();

    const discard = [...again.querySelectorAll('button')].find((b) => b.textContent!.includes('Discard draft'))!;
    discard.click();
    await again.updateComplete;
    expect(control(again, 'givenName').value).to.equal('');
    expect(localStorage.getItem(draftKey(o.id, ENDPOINT))).to.equal(null);
    expect(statusText(again)).to.contain('discarded');
  });

  it('keeps the answers when the host hands over a refreshed copy of the same opportunity', async () => {
    const o = track(opportunity({ fields: shortFields }));
    const el = await mount(o);
    setValue(el, 'givenName', 'Ana');
    el.opportunity = opportunity({ id: o.id, fields: [...shortFields, allFields[2]] });
    await el.updateComplete;
    expect(control(el, 'givenName').value).to.equal('Ana');
    expect(control(el, 'phone')).to.exist;
  });

  it('keeps working when storage fails', async () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await fixture<OppApply>(html`<opp-apply .opportunity=${opportunity({ fields: shortFields })} .storage=${broken} min-fill-time="0"></opp-apply>`);
    expect(el.querySelector('.opp-apply__draft'), 'no promise of a draft that cannot be kept').to.equal(null);
    await fillRequired(el);
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    expect(seen.length).to.equal(1);
  });
});

// ---------- submission ----------
describe('<opp-apply>: submission', () => {
  it('503 then success: one Idempotency-Key across both requests, confirmation, draft cleared, events', async () => {
    const seen = endpoint(
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ message: 'We will answer by 15 March.\nThank you!', reference: 'LIB-0042' }, { status: 201 }),
    );
    const o = track(opportunity({ fields: shortFields }));
    const el = await mount(o);
    const events: string[] = [];
    for (const name of ['opp-apply-start', 'opp-apply-submit', 'opp-apply-success', 'opp-apply-error'] as const) {
      el.addEventListener(name, () => events.push(name));
    }
    await fillRequired(el);
    await aTimeout(350); // the draft is written
    expect(localStorage.getItem(draftKey(o.id, ENDPOINT))).to.contain('Ana');
    const submitted = oneEvent(el, 'opp-apply-submit');
    submitButton(el).click();
    const key = (await submitted).detail.idempotencyKey;
    expect(key).to.match(/^[0-9a-f-]{36}$/);
    const success = await oneEvent(el, 'opp-apply-success');
    expect(success.detail).to.deep.include({ id: o.id, idempotencyKey: key, status: 201, reference: 'LIB-0042' });
    expect(seen.map((s) => s.key)).to.deep.equal([key, key]);
    expect(seen[0]!.type).to.equal('application/json');
    const body = seen[1]!.body as Record<string, unknown>;
    expect(body).to.deep.include({ opportunityId: o.id, idempotencyKey: key, language: 'en' });
    expect(body.values).to.deep.equal({ givenName: 'Ana', email: 'ana@example.eu' });
    expect(body.submittedAt).to.be.a('string');
    expect(events).to.deep.equal(['opp-apply-start', 'opp-apply-submit', 'opp-apply-success']);

    await el.updateComplete;
    const confirmation = el.shadowRoot!.querySelector<HTMLElement>('[part="confirmation"]')!;
    expect(confirmation.textContent).to.contain('Application sent').and.contain('Ghent University').and.contain('LIB-0042');
    expect(confirmation.querySelector('.server-message')!.textContent).to.equal('We will answer by 15 March.\nThank you!');
    expect(el.shadowRoot!.activeElement === confirmation, 'the confirmation has focus').to.equal(true);
    expect(el.querySelector('form'), 'the form is gone').to.equal(null);
    expect(localStorage.getItem(draftKey(o.id, ENDPOINT)), 'no draft once sent').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what is happening while an automatic retry waits', async () => {
    const seen = endpoint(() => new HttpResponse(null, { status: 502 }), () => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })), { retries: 1, retryDelay: 1500 });
    await fillRequired(el);
    submitButton(el).click();
    await waitUntil(() => statusText(el).includes('Trying again in'), 'the countdown shows');
    expect(statusText(el)).to.contain('The server could not take your application just now.');
    expect(control(el, 'givenName').value).to.equal('Ana');
    await expect(el).to.be.accessible();
    await oneEvent(el, 'opp-apply-success');
    expect(seen.length).to.equal(2);
  });

  it('fires opp-apply-retry (bubbling, composed) before each automatic retry: attempt, delay, status or kind', async () => {
    const seen = endpoint(
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.error(),
      () => HttpResponse.json({ reference: 'R-7' }, { status: 201 }),
    );
    const o = track(opportunity({ fields: shortFields }));
    const el = await mount(o, { retries: 2, retryDelay: 5 });
    const retries: CustomEvent[] = [];
    const onRetry = (e: Event) => retries.push(e as CustomEvent);
    document.addEventListener('opp-apply-retry', onRetry);
    // Typed through the element's event map: `detail` is known without a cast.
    const typed: { attempt: number; delay: number; status?: number }[] = [];
    el.addEventListener('opp-apply-retry', (e) => typed.push({ attempt: e.detail.attempt, delay: e.detail.delay, ...(e.detail.status ? { status: e.detail.status } : {}) }));
    try {
      await fillRequired(el);
      const submitted = oneEvent(el, 'opp-apply-submit');
      submitButton(el).click();
      const key = (await submitted).detail.idempotencyKey;
      await oneEvent(el, 'opp-apply-success');
      expect(seen.length).to.equal(3);
      expect(retries.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true], [true, true]]);
      const details = retries.map((e) => e.detail as { delay: number });
      expect(details[0]!.delay).to.be.within(4, 6);
      expect(details[1]!.delay).to.be.within(8, 12);
      expect(details).to.deep.equal([
        { id: o.id, idempotencyKey: key, attempt: 2, delay: details[0]!.delay, reason: 'server', status: 503 },
        { id: o.id, idempotencyKey: key, attempt: 3, delay: details[1]!.delay, reason: 'network' },
      ]);
      expect(typed.map((t) => t.attempt)).to.deep.equal([2, 3]);
    } finally {
      document.removeEventListener('opp-apply-retry', onRetry);
    }
  });

  it('429 with Retry-After: says when to try again, keeps everything, retries with the same key', async () => {
    const seen = endpoint(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }),
      () => HttpResponse.json({}),
    );
    const el = await mount(track(opportunity({ fields: shortFields })), { retries: 0 });
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    const detail = (await failed).detail;
    expect(detail).to.deep.include({ kind: 'retryable', reason: 'rate-limit', status: 429 });
    expect(detail.retryAt).to.be.a('number');
    await el.updateComplete;
    expect(alertText(el)).to.contain('Too many applications').and.contain('try again in 1 second').and.contain('Nothing you typed has been lost');
    expect(control(el, 'givenName').value).to.equal('Ana');
    await expect(el).to.be.accessible();

    const retry = [...el.querySelectorAll<HTMLButtonElement>('.opp-apply__alert button')].find((b) => b.textContent === 'Try again')!;
    const resubmitted = oneEvent(el, 'opp-apply-submit');
    retry.click();
    expect((await resubmitted).detail.retry).to.equal(true);
    await oneEvent(el, 'opp-apply-success');
    expect(seen.length).to.equal(2);
    expect(seen[1]!.key).to.equal(seen[0]!.key);
  });

  it('422 { errors }: each message on its field, summary focused; a corrected send uses a new key', async () => {
    const seen = endpoint(
      () => HttpResponse.json({ errors: { email: 'This address already applied.' } }, { status: 422 }),
      () => HttpResponse.json({}),
    );
    const el = await mount(track(opportunity({ fields: shortFields })));
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'fields', status: 422, fields: ['email'] });
    await el.updateComplete;
    await waitUntil(() => document.activeElement === el.querySelector('.opp-apply__summary'));
    expect(errorOf(el, 'email')!.textContent).to.contain('This address already applied.');
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '.opp-apply__summary').textContent).to.contain('E-mail: This address already applied.');
    await expect(el).to.be.accessible();

    setValue(el, 'email', 'ana.other@example.eu');
    await el.updateComplete;
    expect(errorOf(el, 'email'), 'the server message goes once the field changes').to.equal(null);
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    expect(seen[1]!.key).not.to.equal(seen[0]!.key);
  });

  it('timeout: a clear message and a retry that reuses the key', async () => {
    let calls = 0;
    const keys: (string | null)[] = [];
    worker.use(
      http.post(ENDPOINT, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (++calls === 1) await delay(5_000);
        return HttpResponse.json({});
      }),
    );
    const el = await mount(track(opportunity({ fields: shortFields })), { retries: 0, timeout: 100 });
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'retryable', reason: 'timeout' });
    await el.updateComplete;
    expect(alertText(el)).to.contain('took too long').and.contain('will not send your application twice');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.opp-apply__alert button').click();
    await oneEvent(el, 'opp-apply-success');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('offline: automatic retries, then a message, answers kept, manual retry with the same key', async () => {
    const seen = endpoint(
      () => HttpResponse.error(),
      () => HttpResponse.error(),
      () => HttpResponse.json({}),
    );
    const el = await mount(track(opportunity({ fields: shortFields })), { retries: 1 });
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'retryable', reason: 'network' });
    expect(seen.length, 'one automatic retry').to.equal(2);
    await el.updateComplete;
    expect(alertText(el)).to.contain('no internet connection');
    expect(control(el, 'email').value).to.equal('ana@example.eu');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.opp-apply__alert button').click();
    await oneEvent(el, 'opp-apply-success');
    expect(new Set(seen.map((s) => s.key)).size).to.equal(1);
  });

  it('a double click sends once', async () => {
    const seen = endpoint(async () => {
      await delay(50);
      return HttpResponse.json({});
    });
    const el = await mount(track(opportunity({ fields: shortFields })));
    await fillRequired(el);
    const submits: unknown[] = [];
    el.addEventListener('opp-apply-submit', (e) => submits.push(e.detail));
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(statusText(el)).to.contain('Sending');
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    await aTimeout(100);
    expect(seen.length).to.equal(1);
    expect(submits.length).to.equal(1);
  });

  it('sends multipart/form-data when a file is attached', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: [...shortFields, allFields[13], allFields[14]] })));
    await fillRequired(el);
    chooseFile(el, 'cv', new File(['%PDF-1.7'], 'cv.pdf', { type: 'application/pdf' }));
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    expect(seen[0]!.type).to.match(/^multipart\/form-data/);
    const fd = seen[0]!.body as FormData;
    expect(JSON.parse(fd.get('application') as string).values).to.deep.equal({
      givenName: 'Ana',
      email: 'ana@example.eu',
      cv: { name: 'cv.pdf', size: 8, type: 'application/pdf' },
      source: 'newsletter',
    });
    expect((fd.get('cv') as File).name).to.equal('cv.pdf');
  });

  it('fatal 4xx: the server message and the other ways to apply', async () => {
    endpoint(() => HttpResponse.json({ message: 'This form no longer accepts applications.' }, { status: 410 }));
    const el = await mount(track(opportunity({ fields: shortFields, application: { email: 'staffweek@ugent.be' } })));
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'fatal', status: 410 });
    await el.updateComplete;
    expect(alertText(el)).to.contain('could not be sent').and.contain('no longer accepts');
    expect(q<HTMLAnchorElement>(el, '.opp-apply__alert a[href="mailto:staffweek@ugent.be"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

// ---------- anti-spam ----------
describe('<opp-apply>: anti-spam', () => {
  it('has a honeypot hidden from people and assistive technology; when filled, nothing is sent', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })));
    const trap = q(el, '.opp-apply__trap');
    expect(trap.getAttribute('aria-hidden')).to.equal('true');
    expect(trap.querySelector('input')!.tabIndex).to.equal(-1);
    expect(trap.getBoundingClientRect().right, 'off-screen').to.be.lessThan(0);
    expect(trap.hasAttribute('style')).to.equal(false);
    await fillRequired(el);
    trap.querySelector('input')!.value = 'http://spam.example';
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'spam', reason: 'honeypot' });
    await aTimeout(50);
    expect(seen.length).to.equal(0);
    expect(alertText(el)).to.contain('could not be sent');
  });

  it('a send sooner than the minimum fill time is held back; the next press sends', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })), { minFillTime: 60_000 });
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    expect((await failed).detail).to.deep.include({ kind: 'spam', reason: 'too-fast' });
    await el.updateComplete;
    expect(statusText(el)).to.equal(
      'Your application was held back once because it was sent very quickly (a guard against automated spam). Press “Send application” again to send it.',
    );
    expect(statusText(el)).not.to.contain('check your answers');
    expect(seen.length).to.equal(0);
    submitButton(el).click();
    await oneEvent(el, 'opp-apply-success');
    expect(seen.length).to.equal(1);
  });

  it('a form filled by the browser (autofill) and sent at once goes through on the first press', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })), { minFillTime: 60_000 });
    const errors: unknown[] = [];
    el.addEventListener('opp-apply-error', (e) => errors.push(e.detail));
    // Autofill puts every value in at once; the person then presses Enter (a real key press, as from the keyboard).
    await fillRequired(el);
    control(el, 'email').focus();
    const outcome = Promise.race([
      oneEvent(el, 'opp-apply-success').then(() => 'sent'),
      oneEvent(el, 'opp-apply-error').then((e) => `error: ${JSON.stringify(e.detail)}`),
    ]);
    await sendKeys({ press: 'Enter' });
    expect(await outcome).to.equal('sent');
    expect(errors).to.deep.equal([]);
    expect(seen.length).to.equal(1);
  });

  it('autofill, then a real click on Send: sent on the first press', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields })), { minFillTime: 60_000 });
    await fillRequired(el);
    const outcome = Promise.race([
      oneEvent(el, 'opp-apply-success').then(() => 'sent'),
      oneEvent(el, 'opp-apply-error').then((e) => `error: ${JSON.stringify(e.detail)}`),
    ]);
    const button = submitButton(el);
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    expect(await outcome).to.equal('sent');
    expect(seen.length).to.equal(1);
  });

  it('in German too: the hold says why and what to do', async () => {
    registerLoaders({ de: async () => ({ default: { ...en, apply: deApply } }) });
    const el = await fixture<OppApply>(
      html`<opp-apply lang="de" .opportunity=${track(opportunity({ fields: shortFields }))} min-fill-time="60000" .storage=${localStorage}></opp-apply>`,
    );
    await waitUntil(() => submitButton(el)?.textContent === 'Bewerbung absenden', 'German arrives');
    await fillRequired(el);
    const failed = oneEvent(el, 'opp-apply-error');
    submitButton(el).click();
    await failed;
    await el.updateComplete;
    expect(statusText(el)).to.contain('zurückgehalten').and.contain('„Bewerbung absenden“');
  });
});

// ---------- where applications stand ----------
describe('<opp-apply>: application period and alternatives', () => {
  it('without a form: links to application.url and the e-mail address', async () => {
    const o = opportunity({ form: null, application: { url: 'https://www.ugent.be/apply', email: 'staffweek@ugent.be' } });
    const el = await mount(o);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="alternatives"] a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.ugent.be/apply', 'mailto:staffweek@ugent.be']);
    expect(el.querySelector('form')).to.equal(null);
    const start = oneEvent(el, 'opp-apply-start');
    links[1]!.addEventListener('click', (e) => e.preventDefault());
    links[1]!.click();
    expect((await start).detail).to.deep.equal({ id: o.id, method: 'email' });
    await expect(el).to.be.accessible();
  });

  it('upcoming: says when applications open; the form can be prepared but not sent', async () => {
    const seen = endpoint(() => HttpResponse.json({}));
    const el = await mount(track(opportunity({ fields: shortFields, application: { opens: '2098-12-01' } })));
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('Applications open on').and.contain('2098');
    expect(submitButton(el)).to.equal(null);
    await fillRequired(el);
    q<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(seen.length).to.equal(0);
    expect(statusText(el)).to.contain('cannot be sent');
    await expect(el).to.be.accessible();
  });

  it('closed, past and cancelled: says so, no form', async () => {
    for (const [extra, text] of [
      [{ application: { deadline: '2021-01-01' } }, 'Applications have closed.'],
      [{ extra: { start: '2021-05-10', end: '2021-05-14' }, application: { deadline: '2021-01-01' } }, 'This opportunity has ended.'],
      [{ extra: { status: 'cancelled' } }, 'This opportunity has been cancelled.'],
    ] as const) {
      const el = await mount(opportunity({ fields: shortFields, ...extra }));
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(text);
      expect(el.querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('says so when the feed has no such opportunity, or cannot be loaded', async () => {
    const FEED = new URL('/feeds/apply-missing.json', location.href).href;
    const DOWN = new URL('/feeds/apply-down.json', location.href).href;
    worker.use(
      http.get(FEED, () => HttpResponse.json({ version: '1', opportunities: [] })),
      http.get(DOWN, () => new HttpResponse(null, { status: 404 })),
    );
    const missing = await fixture<OppApply>(html`<opp-apply feed=${FEED} opportunity-id="nope"></opp-apply>`);
    await waitUntil(() => missing.shadowRoot!.textContent!.includes('could not be found'));
    const down = await fixture<OppApply>(html`<opp-apply feed=${DOWN} opportunity-id="nope"></opp-apply>`);
    await waitUntil(() => down.shadowRoot!.textContent!.includes('could not be loaded'));
    await expect(down).to.be.accessible();
  });

  it('loads the opportunity from feed="URL" opportunity-id="ID"', async () => {
    const o = opportunity({ id: 'from-feed', fields: shortFields });
    const FEED = new URL('/feeds/apply-test.json', location.href).href;
    worker.use(
      http.get(FEED, () =>
        HttpResponse.json({
          version: '1',
          language: 'en',
          opportunities: [{ ...o, title: 'Feed week', provider: { name: 'Ghent University' } }],
        }),
      ),
    );
    drafts.push(draftKey('from-feed', ENDPOINT));
    const el = await fixture<OppApply>(html`<opp-apply feed=${FEED} opportunity-id="from-feed" min-fill-time="0"></opp-apply>`);
    await waitUntil(() => el.querySelector('[name="email"]'), 'the form appears');
    expect(el.current!.id).to.equal('from-feed');
    await expect(el).to.be.accessible();
  });
});
