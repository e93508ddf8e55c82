import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApplicationForm, FormField } from '../../sdk/feed/schema.js';
import { checkConsent, checkField, validateApplication } from '../../sdk/apply/validate.js';
import type { FieldError } from '../../sdk/apply/validate.js';
import { createApplicationAttempt } from '../../sdk/apply/attempt.js';
import type { ApplicationAttempt, AttemptRetry, AttemptState } from '../../sdk/apply/attempt.js';
import { createDraftStore } from '../../sdk/apply/draft.js';
import type { DraftStore, StorageLike } from '../../sdk/apply/draft.js';
import { submitApplication } from '../../sdk/apply/submit.js';
import type { SubmitOptions } from '../../sdk/apply/submit.js';
import { createSpamGuard } from '../../sdk/apply/spam.js';
import type { SpamGuard, SpamVerdict } from '../../sdk/apply/spam.js';

/** What a control holds: text-like fields a string, `checkbox` a boolean, `checkboxes` a list, `file` a File. */
export type UiValue = string | boolean | string[] | File | undefined;

export interface ApplyConfig {
  opportunityId: string;
  form: ApplicationForm;
  storage: StorageLike | null | undefined;
  drafts: boolean;
  language: () => string;
  submit: () => Omit<SubmitOptions, 'signal' | 'onRetry'>;
  now: () => number;
}

export type SubmitCheck =
  | { ok: true }
  | { ok: false; reason: 'invalid'; errors: Record<string, FieldError> }
  | { ok: false; reason: 'spam'; verdict: Extract<SpamVerdict, { ok: false }> };

const initialValue = (f: FormField): UiValue =>
  f.type === 'checkbox' ? false : f.type === 'checkboxes' ? [] : f.type === 'file' ? undefined : f.type === 'hidden' ? (f.value ?? '') : '';

const same = (a: UiValue, b: UiValue): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * The state of one application form, for `<opp-apply>`: answers, which fields were touched (left) and changed, whether
 * the person tried to send, server messages per field, the draft and the attempt. Lion's rule for showing an error: the
 * field was left after an edit (touched and dirty), or the person pressed Send.
 */
export class ApplyController implements ReactiveController {
  values: Record<string, UiValue> = {};
  consents: Record<string, boolean> = {};
  touched = new Set<string>();
  dirty = new Set<string>();
  submitted = false;
  /** Messages from the endpoint (`4xx { errors }`) by name; cleared for a field when it changes. */
  serverErrors: Record<string, string> = {};
  state: AttemptState = { status: 'idle' };
  attempt?: ApplicationAttempt;
  drafts?: DraftStore;
  /** Whether a draft is stored now (so "Discard draft" makes sense). */
  hasDraft = false;
  /** When the restored draft was saved, if one was restored. */
  restoredAt?: number;
  /** Anti-spam state: when the form was shown, whether a person showed up, whether a send was held back. */
  readonly spam: SpamGuard = createSpamGuard({ now: () => this.config?.now() ?? Date.now() });
  private config?: ApplyConfig;
  private started = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: { onStart: () => void; onState: (s: AttemptState) => void; onRetry?: (r: AttemptRetry) => void },
  ) {
    host.addController(this);
  }

  get form(): ApplicationForm | undefined {
    return this.config?.form;
  }

  hostDisconnected(): void {
    this.flushDraft();
  }

  /** (Re)start for a form: empty answers, restore a draft, new attempt. */
  setup(config: ApplyConfig): void {
    this.flushDraft();
    this.unsubscribe?.();
    this.attempt?.reset();
    this.config = config;
    this.values = Object.fromEntries(config.form.fields.map((f) => [f.name, initialValue(f)]));
    this.consents = Object.fromEntries((config.form.consents ?? []).map((c) => [c.name, false]));
    this.touched = new Set();
    this.dirty = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.started = false;
    this.restoredAt = undefined;
    this.hasDraft = false;
    this.spam.shown();
    this.drafts = config.drafts && storageWorks(config.storage)
      ? createDraftStore(config.storage, config.opportunityId, { endpoint: config.form.endpoint, form: config.form })
      : undefined;
    const draft = this.drafts?.load();
    if (draft) {
      for (const f of config.form.fields) {
        const v = draft.values[f.name];
        if (v === undefined || f.type === 'file' || f.type === 'hidden') continue;
        const ui = toUi(f, v);
        if (ui !== undefined) this.values[f.name] = ui;
        if (!same(this.values[f.name], initialValue(f))) this.dirty.add(f.name);
      }
      this.restoredAt = draft.savedAt;
      this.hasDraft = true;
      // A restored draft can be sent at once: a person typed it earlier.
      this.spam.skipTiming();
    }
    this.attempt = createApplicationAttempt({
      ...(draft?.idempotencyKey ? { initialKey: draft.idempotencyKey } : {}),
      now: config.now,
      onRetry: (r) => this.hooks.onRetry?.(r),
      send: (ctx) =>
        submitApplication(
          {
            endpoint: config.form.endpoint,
            opportunityId: config.opportunityId,
            ...pick(this.validation()),
            idempotencyKey: ctx.key,
            language: config.language(),
          },
          { ...config.submit(), signal: ctx.signal, onRetry: ctx.onRetry },
        ),
    });
    this.state = this.attempt.state;
    this.unsubscribe = this.attempt.subscribe((s) => {
      this.state = s;
      if (s.status === 'success') {
        clearTimeout(this.saveTimer);
        this.drafts?.clear();
        this.hasDraft = false;
      }
      if (s.status === 'error' && s.kind === 'fields') {
        this.serverErrors = { ...s.errors };
        this.submitted = true;
      }
      this.host.requestUpdate();
      this.hooks.onState(s);
    });
    this.host.requestUpdate();
  }

  /**
   * The same application with a new copy of its form (a feed refreshed): keep the answers, add empty ones for new
   * fields. The attempt, its idempotency key and the draft stay.
   */
  replaceForm(form: ApplicationForm): void {
    if (!this.config || this.config.form === form) return;
    this.config = { ...this.config, form };
    for (const f of form.fields) if (!(f.name in this.values)) this.values[f.name] = initialValue(f);
    for (const c of form.consents ?? []) if (!(c.name in this.consents)) this.consents[c.name] = false;
    this.host.requestUpdate();
  }

  /** A person changed a control. */
  input(name: string, value: UiValue): void {
    const field = this.config?.form.fields.find((f) => f.name === name);
    if (!field) return;
    this.values = { ...this.values, [name]: value };
    if (same(value, initialValue(field))) this.dirty.delete(name);
    else this.dirty.add(name);
    this.edited(name);
  }

  consent(name: string, on: boolean): void {
    this.consents = { ...this.consents, [name]: on };
    this.dirty.add(name);
    this.edited(name);
  }

  /** A person left a control. */
  blur(name: string): void {
    if (this.touched.has(name)) return;
    this.touched.add(name);
    this.host.requestUpdate();
  }

  private edited(name: string): void {
    if (name in this.serverErrors) {
      const { [name]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    if (!this.started) {
      this.started = true;
      this.hooks.onStart();
    }
    this.scheduleDraft();
    this.host.requestUpdate();
  }

  /** The first broken rule of every field and consent (shown or not). */
  errors(): Record<string, FieldError> {
    const errors: Record<string, FieldError> = {};
    for (const f of this.config?.form.fields ?? []) {
      const r = checkField(f, this.values[f.name]);
      if (!r.ok) errors[f.name] = r.error;
    }
    for (const c of this.config?.form.consents ?? []) {
      const r = checkConsent(c, this.consents[c.name]);
      if (!r.ok) errors[c.name] = r.error;
    }
    for (const [name, message] of Object.entries(this.serverErrors)) if (this.knows(name)) errors[name] = { code: 'server', message };
    return errors;
  }

  /** Server messages for names that are not in the form (shown in the summary; they do not block sending again). */
  generalServerErrors(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.serverErrors).filter(([name]) => !this.knows(name)));
  }

  private knows(name: string): boolean {
    const form = this.config?.form;
    return !!form && (form.fields.some((f) => f.name === name && f.type !== 'hidden') || (form.consents ?? []).some((c) => c.name === name));
  }

  /** The error to show for a field or consent now: only after it was left changed, or after Send. */
  visibleError(name: string, errors = this.errors()): FieldError | undefined {
    // Own keys only: a field named "constructor" or "toString" must not find Object.prototype's members.
    const e = Object.hasOwn(errors, name) ? errors[name] : undefined;
    if (!e) return undefined;
    if (e.code === 'server' || this.submitted || (this.touched.has(name) && this.dirty.has(name))) return e;
    return undefined;
  }

  validation() {
    return validateApplication(this.config?.form ?? { fields: [] }, this.values, this.consents);
  }

  /**
   * Run on Send: shows every error, then checks the honeypot and the fill time (see `sdk/apply/spam.ts`: speed alone
   * holds a send back only without a sign of a person, and only once).
   */
  check(honeypot: string | null | undefined, minFillTime: number): SubmitCheck {
    this.submitted = true;
    this.host.requestUpdate();
    const errors = this.errors();
    if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors };
    const verdict = this.spam.check(honeypot, minFillTime);
    if (!verdict.ok) return { ok: false, reason: 'spam', verdict };
    return { ok: true };
  }

  /** Send (or re-send) through the attempt; the draft keeps the idempotency key until the server confirms. */
  send(): Promise<AttemptState> | undefined {
    const a = this.attempt;
    if (!a) return undefined;
    const p = a.submit();
    this.saveDraftNow();
    return p;
  }

  /** Forget the draft and empty the form (a new application: new idempotency key). */
  discardDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.drafts?.clear();
    if (this.config) this.setup(this.config);
  }

  private scheduleDraft(): void {
    if (!this.drafts) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraftNow(), 300);
  }

  flushDraft(): void {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saveDraftNow();
    }
  }

  private saveDraftNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.drafts || this.state.status === 'success') return;
    const keep: Record<string, unknown> = {};
    let any = false;
    for (const f of this.config?.form.fields ?? []) {
      if (f.type === 'file' || f.type === 'hidden') continue;
      const v = this.values[f.name];
      keep[f.name] = v;
      if (!same(v, initialValue(f))) any = true;
    }
    const key = this.attempt?.key;
    if (!any && !key) {
      this.drafts.clear();
      this.hasDraft = false;
    } else {
      this.hasDraft = this.drafts.save(keep, key ? { idempotencyKey: key } : {}) || this.hasDraft;
    }
    this.host.requestUpdate();
  }
}

const pick = ({ values, consents }: ReturnType<typeof validateApplication>) => ({ values, consents });

/** A draft value back into a control's value (ignored when it does not fit the field any more). */
function toUi(f: FormField, v: string | number | boolean | string[]): UiValue {
  switch (f.type) {
    case 'checkbox':
      return typeof v === 'boolean' ? v : undefined;
    case 'checkboxes':
      return Array.isArray(v) ? v : undefined;
    default:
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  }
}

/** Whether `storage` really stores (disabled storage and Safari's old private mode throw on write). */
function storageWorks(storage: StorageLike | null | undefined): storage is StorageLike {
  if (!storage) return false;
  try {
    const k = 'opportunity-kit:probe';
    storage.setItem(k, '1');
    storage.removeItem(k);
    return true;
  } catch {
    return false;
  }
}

