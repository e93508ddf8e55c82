import { html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApplicationForm, Consent, Opportunity } from '../../sdk/feed/schema.js';
import { howToApply } from '../../sdk/apply/how-to-apply.js';
import type { HowToApply } from '../../sdk/apply/how-to-apply.js';
import { canApply } from '../../sdk/status.js';
import { localize } from '../../sdk/text/localize.js';
import { safeUrl } from '../../sdk/text/url.js';
import type { AttemptState } from '../../sdk/apply/attempt.js';
import type { StorageLike } from '../../sdk/apply/draft.js';
import type { RetryReason } from '../../sdk/apply/submit.js';
import { HONEYPOT_NAME, MIN_FILL_TIME } from '../../sdk/apply/spam.js';
import { apply as englishApply } from '../../i18n/en/apply.js';
import { provideEnglish } from '../../i18n/index.js';
import type { ApplyMessages } from '../../i18n/index.js';
import { OppElement } from '../base/opp-element.js';
import { formatDate, visitorTimeZone } from '../shared/format.js';
import { heading, headingLevel } from '../shared/heading.js';
import { ApplyController } from './apply.controller.js';
import { OpportunityLoader } from './apply.loader.js';
import { errorMessage, fieldId, renderField, text } from './apply.fields.js';
import type { FieldContext } from './apply.fields.js';
import { adoptInto, lightStyles, styles } from './apply.styles.js';

// The form's English strings travel with the form (not in the finder's script-tag bundle).
provideEnglish({ apply: englishApply });

export type { ApplyErrorKind } from '../base/events.js';

let instances = 0;

/** `localStorage`, or `undefined` where touching it throws (storage disabled, sandboxed iframes). */
function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Why a send failed, in words (timeout, no connection, server error, rate limit). */
function reasonText(reason: RetryReason, t: ApplyMessages): string {
  switch (reason) {
    case 'timeout':
      return t.timeout;
    case 'network':
      return t.offline;
    case 'rate-limit':
      return t.rateLimited;
    default:
      return t.serverError;
  }
}

/**
 * Events that, when trusted, show a person at the form: autofill fires input and change; a key, a pointer or a touch;
 * a click (assistive technology activates the Send button with a click alone; `button.click()` from a script is not trusted).
 */
const PERSONAL_EVENTS = ['keydown', 'pointerdown', 'touchstart', 'input', 'change', 'click'] as const;

/**
 * The application form of one opportunity, built from its `application.form` definition: every field type as a native
 * control (in the element's light DOM, so autofill, password managers and assistive technology work), validation
 * that speaks up when a field is left or on Send (never while typing), an error summary, the privacy notice
 * (GDPR Art. 13) and separate, never pre-ticked optional consents, drafts on the visitor's device, and a submission
 * that survives timeouts, network failures, 5xx and 429 with one idempotency key per application.
 *
 * Without a form it links to `application.url` or `application.email`. It says when applications open or that they
 * have closed, and never sends outside the application period.
 *
 * Give it the opportunity as a property (`.opportunity=${o}`), or `feed="URL" opportunity-id="ID"`.
 *
 * Anti-spam: a honeypot field and a minimum fill time (`min-fill-time`, default 3 s from showing the form; skipped
 * when a draft was restored). Speed alone never stops a person: a send sooner than that is held back only when no
 * real key press, pointer press, touch or autofill reached the form (all of which a page script cannot fake), and only
 * once: the visitor is told why and the next press sends. Honeypot filled: nothing is sent, an error with the other
 * ways to apply, never a fake confirmation, so a person who somehow trips it is not told that an application went out.
 *
 * @summary An accessible, GDPR-aware application form that loses nothing.
 *
 * @event opp-apply-start - First edit of the form (or a click on the link / e-mail alternative): `{ id, method }`.
 * @event opp-apply-submit - An application (or a retry of it) is being sent: `{ id, idempotencyKey, retry }`.
 * @event opp-apply-success - The endpoint accepted it: `{ id, idempotencyKey, status, message?, reference?, response? }`.
 * @event opp-apply-error - Not sent or not accepted: `{ id, kind, fields?, reason?, status?, retryAt?, idempotencyKey?, message? }`.
 * @event opp-apply-retry - Before each automatic retry: `{ id, idempotencyKey, attempt, delay, reason, status? }` (`attempt` 2 is the first retry; `delay` in ms).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading ("Apply").
 * @csspart notice - Where applications stand (opening date, deadline, closed, cancelled) and the alternatives.
 * @csspart alternatives - The list of other ways to apply (website, e-mail).
 * @csspart confirmation - The confirmation after a successful submission.
 * @csspart status - Loading and loading-error messages.
 * @csspart form - The wrapper of the slotted form.
 *
 * The form itself is in the light DOM and styled through these classes (rules live in the `opp-apply` cascade layer,
 * so any host rule wins): `opp-apply__form`, `__summary`, `__draft`, `__field`, `__group`, `__label`, `__help`,
 * `__error`, `__input`, `__choice`, `__privacy`, `__consents`, `__actions`, `__button`, `__status`, `__alert`.
 *
 * @cssproperty --opp-apply-gap - Space between the parts of the form (default 1.25rem).
 * @cssproperty --opp-apply-field-width - Maximum width of the form (default 36rem).
 * @cssproperty --opp-color-error - Error text and borders.
 * @cssproperty --opp-color-error-bg - Background of the error banner.
 * @cssproperty --opp-color-success - Confirmation accent.
 * @cssproperty --opp-color-success-bg - Confirmation background.
 * @cssproperty --opp-color-accent - Buttons and links (shared token).
 * @cssproperty --opp-color-text - Text (shared token).
 * @cssproperty --opp-color-muted - Help text (shared token).
 * @cssproperty --opp-color-surface - Background of the privacy notice and the draft note (shared token).
 * @cssproperty --opp-color-control-border - Borders of inputs (shared token).
 * @cssproperty --opp-radius - Corner radius (shared token).
 */
export class OppApply extends OppElement {
  static override styles = styles;

  /** The opportunity to apply for (takes precedence over `feed` + `opportunity-id`). */
  @property({ attribute: false }) opportunity?: Opportunity;
  /** URL of a feed to load the opportunity from (with `opportunity-id`). */
  @property() feed?: string;
  /** The id of the opportunity in `feed`. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;
  /** Level of the element's heading, 1–6 (default 2); the form's own headings are one level below. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;
  /** Leave out the "Apply" heading (when the page already has one, as `<opp-detail>` does). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;
  /** Give up on one request after this many ms (default 30 000). */
  @property({ type: Number }) timeout = 30_000;
  /** Automatic retries after a timeout, network failure, 408/409/429 or 5xx (default 2). */
  @property({ type: Number }) retries = 2;
  /** First automatic backoff in ms, doubling (default 1 000). */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1_000;
  /** The longest automatic wait in ms; a longer `Retry-After` is left to the visitor (default 30 000). */
  @property({ type: Number, attribute: 'max-retry-delay' }) maxRetryDelay = 30_000;
  /** Minimum ms between showing the form and sending it (anti-spam; default 3 000, 0 switches it off). */
  @property({ type: Number, attribute: 'min-fill-time' }) minFillTime = MIN_FILL_TIME;
  /** Keep no draft on the visitor's device. */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** Where drafts go (default `localStorage`; `null` for none). */
  @property({ attribute: false }) storage?: StorageLike | null;
  /** Extra request headers for the endpoint (e.g. a CSRF token). */
  @property({ attribute: false }) requestHeaders?: Record<string, string>;
  /** The moment to judge the application period at (default: now). */
  @property({ attribute: false }) now?: Date;

  @state() private notice?: 'tooFast' | 'notOpen' | 'discarded';
  @state() private blocked = false;
  @state() private showSummary = false;

  private readonly uid = `opp-apply-${++instances}`;
  private readonly ctl = new ApplyController(this, {
    onStart: () => {
      const o = this.current;
      if (o) this.emit('opp-apply-start', { id: o.id, method: 'form' });
    },
    onState: (s) => this.onAttemptState(s),
    onRetry: (r) => {
      const o = this.current;
      if (!o) return;
      this.emit('opp-apply-retry', {
        id: o.id,
        idempotencyKey: r.key,
        attempt: r.attempt,
        delay: r.delay,
        reason: r.reason,
        ...(r.status !== undefined ? { status: r.status } : {}),
      });
    },
  });
  /** A sign of a person for the anti-spam check: only the browser makes trusted events (autofill and AT included). */
  private readonly onPersonal = (e: Event): void => {
    if (e.isTrusted) this.ctl.spam.person();
  };
  private setupFor?: string;
  /** `feed` + `opportunity-id`: the opportunity loaded with `@lit/task` (nothing to load when `opportunity` is set). */
  private readonly loader = new OpportunityLoader(this, () => [this.opportunity ? undefined : this.feed, this.opportunityId]);
  private ticker?: ReturnType<typeof setInterval>;
  private readonly onPageHide = () => this.ctl.flushDraft();

  /** The opportunity shown: the property, else the one loaded from `feed`. */
  get current(): Opportunity | undefined {
    return this.opportunity ?? this.loader.opportunity;
  }

  /** The state of the application attempt (idle, submitting, success, error). */
  get attemptState(): AttemptState {
    return this.ctl.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this, lightStyles);
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    for (const type of PERSONAL_EVENTS) this.addEventListener(type, this.onPersonal, { capture: true, passive: true });
    // Moved in the page while loading (the load was aborted on disconnect): load again.
    this.loader.reconnect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    for (const type of PERSONAL_EVENTS) this.removeEventListener(type, this.onPersonal, { capture: true });
    this.loader.disconnect();
    this.stopTicker();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const o = this.current;
    const form = o?.application?.form;
    const key = o && form ? `${o.id}\n${form.endpoint}\n${this.noDraft}` : undefined;
    if (key !== undefined && key === this.setupFor && form) this.ctl.replaceForm(form);
    if (key !== this.setupFor) {
      this.setupFor = key;
      this.notice = undefined;
      this.blocked = false;
      this.showSummary = false;
      if (o && form) {
        if (!form.privacy) {
          console.warn(
            `opp-apply: the form of "${o.id}" has no privacy notice (application.form.privacy); GDPR Art. 13 asks for the controller, purpose and retention where data is collected.`,
          );
        }
        this.ctl.setup({
          opportunityId: o.id,
          form,
          storage: this.storage !== undefined ? this.storage : defaultStorage(),
          drafts: !this.noDraft,
          language: () => this.i18n.lang,
          now: () => Date.now(),
          submit: () => ({
            timeout: this.timeout,
            retries: this.retries,
            retryDelay: this.retryDelay,
            maxRetryDelay: this.maxRetryDelay,
            ...(this.requestHeaders ? { headers: this.requestHeaders } : {}),
          }),
        });
      }
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The form goes into the light DOM (see the class notes), rendered in the same update as the frame.
    render(this.renderForm(), this, { host: this });
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  // ---------- events from the attempt ----------

  private async onAttemptState(s: AttemptState): Promise<void> {
    const o = this.current;
    this.syncTicker();
    if (!o) return;
    if (s.status === 'success') {
      this.emit('opp-apply-success', {
        id: o.id,
        idempotencyKey: s.key,
        status: s.httpStatus,
        ...(s.message !== undefined ? { message: s.message } : {}),
        ...(s.reference !== undefined ? { reference: s.reference } : {}),
        ...(s.data !== undefined ? { response: s.data } : {}),
      });
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
    } else if (s.status === 'error') {
      if (s.kind === 'retryable') {
        this.emit('opp-apply-error', {
          id: o.id,
          kind: 'retryable',
          reason: s.reason,
          idempotencyKey: s.key,
          ...(s.httpStatus !== undefined ? { status: s.httpStatus } : {}),
          ...(s.retryAt !== undefined ? { retryAt: s.retryAt } : {}),
        });
      } else if (s.kind === 'fields') {
        this.showSummary = true;
        this.emit('opp-apply-error', {
          id: o.id,
          kind: 'fields',
          status: s.httpStatus,
          fields: Object.keys(s.errors),
          ...(s.message ? { message: s.message } : {}),
        });
        await this.updateComplete;
        this.focusSummary();
      } else {
        this.emit('opp-apply-error', {
          id: o.id,
          kind: 'fatal',
          ...(s.httpStatus !== undefined ? { status: s.httpStatus } : {}),
          ...(s.message ? { message: s.message } : {}),
        });
      }
    }
  }

  /** A 1-second tick while a "try again in N s" countdown is on screen. */
  private syncTicker(): void {
    const s = this.ctl.state;
    const retryAt = s.status === 'submitting' || (s.status === 'error' && s.kind === 'retryable') ? s.retryAt : undefined;
    if (retryAt !== undefined && retryAt > Date.now()) {
      this.ticker ??= setInterval(() => {
        this.requestUpdate();
        const st = this.ctl.state;
        const at = st.status === 'submitting' || (st.status === 'error' && st.kind === 'retryable') ? st.retryAt : undefined;
        if (at === undefined || at <= Date.now()) this.stopTicker();
      }, 1000);
    } else {
      this.stopTicker();
    }
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  // ---------- user actions ----------

  private readonly onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const o = this.current;
    const s = this.ctl.state;
    if (!o?.application?.form || s.status === 'submitting' || s.status === 'success') return;
    if (!canApply(o, this.clock())) {
      this.notice = 'notOpen';
      this.emit('opp-apply-error', { id: o.id, kind: 'not-open' });
      return;
    }
    const honeypot = this.querySelector<HTMLInputElement>(`input[name="${HONEYPOT_NAME}"]`)?.value;
    const check = this.ctl.check(honeypot, this.minFillTime);
    if (!check.ok) {
      if (check.reason === 'invalid') {
        this.showSummary = true;
        this.notice = undefined;
        this.emit('opp-apply-error', { id: o.id, kind: 'invalid', fields: Object.keys(check.errors) });
        await this.updateComplete;
        this.focusSummary();
      } else {
        if (check.verdict.trap === 'honeypot') this.blocked = true;
        else this.notice = 'tooFast';
        this.emit('opp-apply-error', { id: o.id, kind: 'spam', reason: check.verdict.trap });
      }
      return;
    }
    this.notice = undefined;
    this.showSummary = false;
    const retry = s.status === 'error' && s.kind === 'retryable';
    const pending = this.ctl.send();
    const key = this.ctl.attempt?.key;
    if (key) this.emit('opp-apply-submit', { id: o.id, idempotencyKey: key, retry });
    this.syncTicker();
    await pending;
  };

  private readonly onRetry = (): void => {
    const form = this.querySelector<HTMLFormElement>('form.opp-apply__form');
    // Through the prototype: a field named "requestSubmit" would shadow the form's own method.
    if (form) HTMLFormElement.prototype.requestSubmit.call(form);
  };

  private readonly onDiscard = async (): Promise<void> => {
    this.ctl.discardDraft();
    this.showSummary = false;
    this.notice = 'discarded';
    this.blocked = false;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.opp-apply__form :is(input:not([type=hidden]), select, textarea)')?.focus();
  };

  private focusSummary(): void {
    this.querySelector<HTMLElement>('.opp-apply__summary')?.focus();
  }

  private readonly onSummaryLink = (e: MouseEvent): void => {
    const href = (e.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    const target = href.startsWith('#') ? this.querySelector<HTMLElement>(`#${CSS.escape(href.slice(1))}`) : null;
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  };

  // ---------- rendering: the frame (shadow DOM) ----------

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.msg.apply;
    const o = this.current;
    const s = this.ctl.state;
    const loadState = this.loader.state;
    return html`<div part="base">
      ${this.noHeading ? nothing : heading(this.level, t.heading, { part: 'heading' })}
      ${loadState === 'loading'
        ? html`<p part="status" role="status">${this.i18n.msg.finder.applyLoading}</p>`
        : loadState === 'error'
          ? html`<p part="status" class="error" role="alert">${t.loadFailed}</p>`
          : loadState === 'not-found'
            ? html`<p part="status" class="error" role="alert">${t.notFound}</p>`
            : nothing}
      ${o && s.status !== 'success' ? this.renderNotice(o, t) : nothing}
      ${o && s.status === 'success' ? this.renderConfirmation(o, s, t) : html`<div part="form"><slot></slot></div>`}
    </div>`;
  }

  private renderAlternatives(o: Opportunity, how: HowToApply, t: ApplyMessages): TemplateResult | typeof nothing {
    const { url, email, mailto } = how;
    if (!url && !mailto) return nothing;
    return html`<ul part="alternatives">
      ${url
        ? html`<li>
            <a href=${url} target="_blank" rel="noopener noreferrer" @click=${() => this.emit('opp-apply-start', { id: o.id, method: 'link' })}
              >${t.applyOnSite}<span class="visually-hidden"> ${this.i18n.msg.finder.newTab}</span></a
            >
          </li>`
        : nothing}
      ${mailto
        ? html`<li><a href=${mailto} @click=${() => this.emit('opp-apply-start', { id: o.id, method: 'email' })}>${this.i18n.format(t.applyByEmail, { address: email! })}</a></li>`
        : nothing}
    </ul>`;
  }

  private renderNotice(o: Opportunity, t: ApplyMessages): TemplateResult | typeof nothing {
    const how = howToApply(o, this.clock());
    const { status } = how;
    const app = o.application;
    const hasForm = !!how.form;
    const lang = this.i18n.lang;
    switch (status) {
      case 'cancelled':
        return html`<div part="notice" class="closed"><p>${this.i18n.msg.finder.cancelledNote}</p></div>`;
      case 'past':
        return html`<div part="notice" class="closed"><p>${t.past}</p></div>`;
      case 'closed':
        return html`<div part="notice" class="closed"><p>${t.closed}</p></div>`;
      case 'upcoming':
        return html`<div part="notice">
          ${app?.opens ? html`<p>${this.i18n.format(t.opensOn, { date: formatDate(app.opens, lang, { country: o.location?.country ?? o.provider.country }) })}</p>` : nothing}
          ${hasForm ? html`<p>${t.prepareNow}</p>` : this.renderAlternatives(o, how, t)}
        </div>`;
      default: {
        const deadline = app?.deadline ? html`<p>${this.i18n.format(t.deadline, { date: formatDate(app.deadline, lang, { country: o.location?.country ?? o.provider.country }) })}</p>` : nothing;
        if (hasForm) return app?.deadline ? html`<div part="notice">${deadline}</div>` : nothing;
        const alternatives = this.renderAlternatives(o, how, t);
        return html`<div part="notice">${deadline}${alternatives}</div>`;
      }
    }
  }

  private renderConfirmation(o: Opportunity, s: Extract<AttemptState, { status: 'success' }>, t: ApplyMessages): TemplateResult {
    const organiser = localize(o.provider.name, this.i18n.contentLanguages, o.language)?.value;
    return html`<div part="confirmation" tabindex="-1">
      ${heading(Math.min(6, this.level + (this.noHeading ? 0 : 1)), t.successTitle, { className: 'title' })}
      <p>${organiser ? this.i18n.format(t.successNext, { organiser }) : t.successNextGeneric}</p>
      ${s.message ? html`<p>${t.serverSays}</p><p class="server-message">${s.message}</p>` : nothing}
      ${s.reference ? html`<p>${this.i18n.format(t.reference, { reference: s.reference })}</p>` : nothing}
    </div>`;
  }

  // ---------- rendering: the form (light DOM) ----------

  private renderForm(): TemplateResult | typeof nothing {
    const o = this.current;
    const form = o?.application?.form;
    const s = this.ctl.state;
    if (!o || !form || s.status === 'success' || this.ctl.form !== form) return nothing;
    const how = howToApply(o, this.clock());
    if (!how.showsForm) return nothing;
    const t = this.i18n.msg.apply;
    const errors = this.ctl.errors();
    const ctxBase = {
      idPrefix: this.uid,
      t,
      lang: this.i18n.lang,
      languages: this.i18n.contentLanguages,
      contentLanguage: o.language,
      onInput: (name: string, value: FieldContext['value']) => this.ctl.input(name, value),
      onBlur: (name: string) => this.ctl.blur(name),
    };
    const sub = Math.min(6, this.level + (this.noHeading ? 0 : 1));
    const submitting = s.status === 'submitting';
    return html`<form class="opp-apply__form" novalidate aria-label=${t.heading} @submit=${this.onSubmit}>
      ${this.showSummary ? this.renderSummary(form, errors, t, sub) : nothing}
      ${this.renderDraft(form, t)}
      ${form.fields.map((f) =>
        renderField(f, { ...ctxBase, value: this.ctl.values[f.name], error: this.ctl.visibleError(f.name, errors) }),
      )}
      <div class="opp-apply__trap" aria-hidden="true">
        <label for=${`${this.uid}-hp`}>${t.honeypot}</label>
        <input id=${`${this.uid}-hp`} type="text" name=${HONEYPOT_NAME} tabindex="-1" autocomplete="off" />
      </div>
      ${this.renderPrivacy(form, t, sub)} ${this.renderConsents(form, errors, t)}
      <div class="opp-apply__actions">
        ${how.open
          ? html`<button type="submit" class="opp-apply__button" aria-disabled=${submitting ? 'true' : 'false'}>${t.submit}</button>`
          : nothing}
        ${this.ctl.hasDraft && !submitting
          ? html`<button type="button" class="opp-apply__link-button" @click=${this.onDiscard}>${t.discardDraft}</button>`
          : nothing}
      </div>
      <p class="opp-apply__status" role="status">${this.statusText(s, t)}</p>
      <div class="opp-apply__alert" role="alert">${this.renderAlert(o, how, s, t)}</div>
    </form>`;
  }

  private renderSummary(
    form: ApplicationForm,
    errors: ReturnType<ApplyController['errors']>,
    t: ApplyMessages,
    level: number,
  ): TemplateResult | typeof nothing {
    const items: TemplateResult[] = [];
    const ctx = { languages: this.i18n.contentLanguages, contentLanguage: this.current?.language, lang: this.i18n.lang };
    for (const f of form.fields) {
      const e = this.ctl.visibleError(f.name, errors);
      if (!e) continue;
      items.push(
        html`<li>
          <a href=${`#${fieldId(this.uid, f.name)}`} @click=${this.onSummaryLink}
            >${text(f.label, ctx)}: ${errorMessage(e, f.type, t, this.i18n.lang)}</a
          >
        </li>`,
      );
    }
    for (const c of form.consents ?? []) {
      const e = this.ctl.visibleError(c.name, errors);
      if (!e) continue;
      items.push(
        html`<li>
          <a href=${`#${this.uid}-c-${c.name}`} @click=${this.onSummaryLink}>${text(c.label, ctx)}: ${errorMessage(e, 'consent', t, this.i18n.lang)}</a>
        </li>`,
      );
    }
    for (const [name, message] of Object.entries(this.ctl.generalServerErrors())) {
      items.push(html`<li>${name === '_' || name === '' ? message : `${name}: ${message}`}</li>`);
    }
    if (items.length === 0) return nothing;
    const titleId = `${this.uid}-summary`;
    return html`<div class="opp-apply__summary" tabindex="-1" role="group" aria-labelledby=${titleId}>
      ${heading(level, this.i18n.format(t.summaryTitle, { count: items.length }), { id: titleId })}
      <p>${t.summaryIntro}</p>
      <ul>
        ${items}
      </ul>
    </div>`;
  }

  private renderDraft(form: ApplicationForm, t: ApplyMessages): TemplateResult | typeof nothing {
    if (!this.ctl.drafts) return nothing;
    const hasFiles = form.fields.some((f) => f.type === 'file');
    const restored = this.ctl.restoredAt;
    return html`<div class="opp-apply__draft">
      ${restored !== undefined
        ? html`<p>${this.i18n.format(t.draftRestored, { date: formatDate(new Date(restored).toISOString(), this.i18n.lang, { zone: visitorTimeZone() }) })}</p>
            ${hasFiles ? html`<p>${t.draftRestoredFiles}</p>` : nothing}`
        : html`<p class="opp-apply__note">${t.draftNote}</p>`}
    </div>`;
  }

  private renderPrivacy(form: ApplicationForm, t: ApplyMessages, level: number): TemplateResult | typeof nothing {
    const p = form.privacy;
    if (!p) return nothing;
    const ctx = { languages: this.i18n.contentLanguages, contentLanguage: this.current?.language, lang: this.i18n.lang };
    const policy = safeUrl(p.policyUrl);
    const contact = p.contact?.trim();
    const contactLink = contact
      ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)
        ? safeUrl(`mailto:${contact}`, { allowMailto: true })
        : safeUrl(contact)
      : undefined;
    const titleId = `${this.uid}-privacy`;
    return html`<section class="opp-apply__privacy" aria-labelledby=${titleId}>
      ${heading(level, t.privacyTitle, { id: titleId })}
      <dl>
        <dt>${t.controller}</dt>
        <dd>${text(p.controller, ctx)}</dd>
        ${contact
          ? html`<dt>${t.privacyContact}</dt>
              <dd>${contactLink ? html`<a href=${contactLink}>${contact}</a>` : contact}</dd>`
          : nothing}
        <dt>${t.purpose}</dt>
        <dd>${text(p.purpose, ctx)}</dd>
        ${p.legalBasis
          ? html`<dt>${t.legalBasis}</dt>
              <dd>${text(p.legalBasis, ctx)}</dd>`
          : nothing}
        <dt>${t.retention}</dt>
        <dd>${text(p.retention, ctx)}</dd>
      </dl>
      <p>${t.privacyRights}</p>
      ${policy
        ? html`<p>
            <a href=${policy} target="_blank" rel="noopener noreferrer"
              >${t.privacyPolicy}<span class="opp-apply__visually-hidden"> ${this.i18n.msg.finder.newTab}</span></a
            >
          </p>`
        : nothing}
    </section>`;
  }

  private renderConsents(form: ApplicationForm, errors: ReturnType<ApplyController['errors']>, t: ApplyMessages): TemplateResult | typeof nothing {
    const list = form.consents ?? [];
    if (list.length === 0) return nothing;
    const ctx = { languages: this.i18n.contentLanguages, contentLanguage: this.current?.language, lang: this.i18n.lang };
    const optional = list.some((c) => !c.required);
    const noteId = `${this.uid}-consents-note`;
    const one = (c: Consent) => {
      const id = `${this.uid}-c-${c.name}`;
      const e = this.ctl.visibleError(c.name, errors);
      const errorId = e ? `${id}-error` : undefined;
      return html`<div class="opp-apply__field opp-apply__field--consent${e ? ' opp-apply__field--invalid' : ''}">
        ${e
          ? html`<p class="opp-apply__error" id=${errorId!}>
              <span class="opp-apply__visually-hidden">${t.errorPrefix}</span>${errorMessage(e, 'consent', t, this.i18n.lang)}
            </p>`
          : nothing}
        <div class="opp-apply__choice">
          <input
            type="checkbox"
            id=${id}
            name=${c.name}
            value="true"
            .checked=${this.ctl.consents[c.name] === true}
            ?required=${!!c.required}
            aria-invalid=${ifDefined(e ? 'true' : undefined)}
            aria-describedby=${ifDefined(errorId)}
            @change=${(ev: Event) => {
              this.ctl.consent(c.name, (ev.target as HTMLInputElement).checked);
              this.ctl.blur(c.name);
            }}
          />
          <label for=${id}
            >${text(c.label, ctx)}${c.required ? nothing : html` <span class="opp-apply__marker">${t.optional}</span>`}</label
          >
        </div>
      </div>`;
    };
    return html`<fieldset class="opp-apply__group opp-apply__consents" aria-describedby=${ifDefined(optional ? noteId : undefined)}>
      <legend class="opp-apply__label">${t.consentsTitle}</legend>
      ${optional ? html`<p class="opp-apply__note" id=${noteId}>${t.consentsNote}</p>` : nothing} ${list.map(one)}
    </fieldset>`;
  }

  private statusText(s: AttemptState, t: ApplyMessages): string {
    if (s.status === 'submitting') {
      if (s.retryAt !== undefined && s.retryAt > Date.now()) {
        const wait = this.i18n.format(t.retrying, { count: Math.max(1, Math.ceil((s.retryAt - Date.now()) / 1000)) });
        return s.reason ? `${reasonText(s.reason, t)} ${wait}` : wait;
      }
      return t.sending;
    }
    if (this.notice === 'tooFast') return t.tooFast;
    if (this.notice === 'notOpen') return t.notOpen;
    if (this.notice === 'discarded') return t.draftDiscarded;
    return '';
  }

  private renderAlert(o: Opportunity, how: HowToApply, s: AttemptState, t: ApplyMessages): TemplateResult | typeof nothing {
    if (this.blocked) {
      return html`<p>${t.fatal}</p>
        ${how.url || how.mailto ? html`<p>${t.fatalHelp}</p>${this.renderAlternatives(o, how, t)}` : nothing}`;
    }
    if (s.status !== 'error') return nothing;
    if (s.kind === 'fields') {
      return html`<p>${t.fieldsRejected}</p>
        ${s.message ? html`<p>${t.serverSays} ${s.message}</p>` : nothing}`;
    }
    if (s.kind === 'fatal') {
      return html`<p>${t.fatal}</p>
        ${s.message ? html`<p>${t.serverSays} ${s.message}</p>` : nothing}
        ${how.url || how.mailto ? html`<p>${t.fatalHelp}</p>${this.renderAlternatives(o, how, t)}` : nothing}`;
    }
    const wait = s.retryAt !== undefined ? Math.ceil((s.retryAt - Date.now()) / 1000) : 0;
    return html`<p>${reasonText(s.reason, t)} ${t.keptNote}</p>
      ${wait > 0 ? html`<p>${this.i18n.format(wait >= 90 ? t.tryAgainInMinutes : t.tryAgainInSeconds, { count: wait >= 90 ? Math.ceil(wait / 60) : wait })}</p>` : nothing}
      <p>${t.retrySafe}</p>
      <button type="button" class="opp-apply__button opp-apply__button--secondary" @click=${this.onRetry}>${this.i18n.msg.finder.retry}</button>`;
  }
}
