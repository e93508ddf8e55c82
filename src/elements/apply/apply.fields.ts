/**
 * One native control per field type, with its label (always visible), help text and error message tied to it through
 * `for`/`id` and `aria-describedby`. `aria-invalid` only when an error is shown. Rendered into the light DOM.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormField } from '../../sdk/feed/schema.js';
import type { FieldError } from '../../sdk/apply/validate.js';
import { countryChoices, LANGUAGE_LEVELS } from '../../sdk/apply/options.js';
import { localize } from '../../sdk/text/localize.js';
import type { LocalizedText } from '../../sdk/feed/schema.js';
import type { ApplyMessages } from '../../i18n/index.js';
import { format } from '../../i18n/format.js';
import { formatNumber } from '../shared/format.js';
import type { UiValue } from './apply.controller.js';

export interface FieldContext {
  /** Prefix of every id in this form (unique per element). */
  idPrefix: string;
  t: ApplyMessages;
  /** UI language. */
  lang: string;
  /** Languages to pick feed texts in, best first. */
  languages: readonly string[];
  /** The opportunity's language (for plain-string texts). */
  contentLanguage: string | undefined;
  value: UiValue;
  error: FieldError | undefined;
  onInput: (name: string, value: UiValue) => void;
  onBlur: (name: string) => void;
}

export const fieldId = (prefix: string, name: string): string => `${prefix}-f-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A feed text in the best language, marked with `lang` when it is not the UI language. */
export function text(value: LocalizedText | undefined, ctx: Pick<FieldContext, 'languages' | 'contentLanguage' | 'lang'>): TemplateResult | typeof nothing {
  const l = localize(value, ctx.languages, ctx.contentLanguage);
  if (!l) return nothing;
  const lang = l.lang !== 'und' && l.lang.split('-')[0] !== ctx.lang ? l.lang : undefined;
  return lang ? html`<span lang=${lang}>${l.value}</span>` : html`${l.value}`;
}

/** `5242880` → "5 MB" in the UI language (1 MB = 1024 × 1024 bytes, as file dialogs count). */
export function formatBytes(bytes: number, lang: string): string {
  const units: [string, number][] = [['gigabyte', 1024 ** 3], ['megabyte', 1024 ** 2], ['kilobyte', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      return formatNumber(n, lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: n < 10 ? 1 : 0 });
    }
  }
  return formatNumber(bytes, lang, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
}

/** `.pdf,application/pdf,image/*` → "PDF, image/*": what a person recognises. */
export function acceptLabel(accept: string | undefined): string {
  const out = new Set<string>();
  for (const token of (accept ?? '').split(',').map((t) => t.trim()).filter(Boolean)) {
    if (token.startsWith('.')) out.add(token.slice(1).toUpperCase());
    else if (token.endsWith('/*')) out.add(token);
    else out.add((token.split('/')[1] ?? token).replace(/^x-|^vnd\.[^.]*\./, '').toUpperCase());
  }
  return [...out].join(', ');
}

const CHOICE_TYPES = new Set(['select', 'radio', 'country', 'language-level', 'checkboxes']);

/** The message for an error code in the UI language. */
export function errorMessage(e: FieldError, type: FormField['type'] | 'consent', t: ApplyMessages, lang: string): string {
  switch (e.code) {
    case 'required':
      if (CHOICE_TYPES.has(type)) return t.errors.requiredChoice;
      if (type === 'checkbox' || type === 'consent') return t.errors.requiredCheckbox;
      if (type === 'file') return t.errors.requiredFile;
      return t.errors.required;
    case 'tooShort':
      return format(lang, t.errors.tooShort, { count: e.min });
    case 'tooLong':
      return format(lang, t.errors.tooLong, { count: e.max });
    case 'tooSmall':
      return format(lang, t.errors.tooSmall, { min: formatNumber(e.min, lang) });
    case 'tooBig':
      return format(lang, t.errors.tooBig, { max: formatNumber(e.max, lang) });
    case 'fileType':
      return format(lang, t.errors.fileType, { types: acceptLabel(e.accept) });
    case 'fileTooBig':
      return format(lang, t.errors.fileTooBig, { size: formatBytes(e.maxBytes, lang) });
    case 'server':
      return e.message;
    default:
      return t.errors[e.code];
  }
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function labelText(field: FormField, ctx: FieldContext) {
  return html`${text(field.label, ctx)}${field.required
    ? nothing
    : html` <span class="opp-apply__marker">${ctx.t.optional}</span>`}`;
}

function options(field: FormField, ctx: FieldContext): { value: string; label: unknown }[] {
  switch (field.type) {
    case 'country':
      return countryChoices(ctx.lang).map((c) => ({ value: c.value, label: c.label }));
    case 'language-level':
      return LANGUAGE_LEVELS.map((l) => ({ value: l, label: ctx.t.levels[l] }));
    default:
      return (field.options ?? []).map((o) => ({ value: o.value, label: text(o.label, ctx) }));
  }
}

const str = (v: UiValue): string => (typeof v === 'string' ? v : '');

/** One field: label, help, error and the native control(s). */
export function renderField(field: FormField, ctx: FieldContext): TemplateResult {
  const id = fieldId(ctx.idPrefix, field.name);
  if (field.type === 'hidden') return html`<input type="hidden" id=${id} name=${field.name} .value=${live(str(ctx.value))} />`;

  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = ctx.error ? `${id}-error` : undefined;
  const message = ctx.error ? errorMessage(ctx.error, field.type, ctx.t, ctx.lang) : '';
  const invalid = ctx.error ? 'true' : undefined;
  const help = field.help ? html`<p class="opp-apply__help" id=${helpId!}>${text(field.help, ctx)}</p>` : nothing;
  const error = ctx.error
    ? html`<p class="opp-apply__error" id=${errorId!}><span class="opp-apply__visually-hidden">${ctx.t.errorPrefix}</span>${message}</p>`
    : nothing;
  const blur = () => ctx.onBlur(field.name);
  const onText = (e: Event) => ctx.onInput(field.name, (e.target as HTMLInputElement).value);
  const cls = `opp-apply__field opp-apply__field--${field.type}${ctx.error ? ' opp-apply__field--invalid' : ''}`;

  switch (field.type) {
    case 'radio':
    case 'checkboxes': {
      const list = options(field, ctx);
      const chosen = field.type === 'checkboxes' ? (Array.isArray(ctx.value) ? ctx.value : []) : str(ctx.value);
      const onChange = (value: string) => (e: Event) => {
        const on = (e.target as HTMLInputElement).checked;
        if (field.type === 'radio') ctx.onInput(field.name, value);
        else {
          const cur = Array.isArray(ctx.value) ? ctx.value : [];
          const next = on ? [...cur.filter((v) => v !== value), value] : cur.filter((v) => v !== value);
          // Keep the order of the options.
          ctx.onInput(field.name, list.map((o) => o.value).filter((v) => next.includes(v)));
        }
      };
      return html`<fieldset
        class="${cls} opp-apply__group"
        id=${`${id}-group`}
        aria-describedby=${ifDefined(describedBy(helpId, errorId))}
        @focusout=${(e: FocusEvent) => {
          const to = e.relatedTarget as Node | null;
          if (!to || !(e.currentTarget as Node).contains(to)) blur();
        }}
      >
        <legend class="opp-apply__label">${labelText(field, ctx)}</legend>
        ${help}${error}
        ${list.map(
          (o, i) => html`<div class="opp-apply__choice">
            <input
              type=${field.type === 'radio' ? 'radio' : 'checkbox'}
              id=${i === 0 ? id : `${id}-${i}`}
              name=${field.name}
              value=${o.value}
              .checked=${live(Array.isArray(chosen) ? chosen.includes(o.value) : chosen === o.value)}
              ?required=${field.type === 'radio' && !!field.required}
              aria-invalid=${ifDefined(invalid)}
              @change=${onChange(o.value)}
            />
            <label for=${i === 0 ? id : `${id}-${i}`}>${o.label}</label>
          </div>`,
        )}
      </fieldset>`;
    }

    case 'checkbox':
      return html`<div class=${cls}>
        <div class="opp-apply__choice">
          <input
            type="checkbox"
            id=${id}
            name=${field.name}
            value="true"
            .checked=${live(ctx.value === true)}
            ?required=${!!field.required}
            aria-invalid=${ifDefined(invalid)}
            aria-describedby=${ifDefined(describedBy(helpId, errorId))}
            @change=${(e: Event) => {
              ctx.onInput(field.name, (e.target as HTMLInputElement).checked);
              blur();
            }}
            @blur=${blur}
          />
          <label for=${id} class="opp-apply__label">${labelText(field, ctx)}</label>
        </div>
        ${help}${error}
      </div>`;

    case 'select':
    case 'country':
    case 'language-level': {
      const value = str(ctx.value);
      return html`<div class=${cls}>
        <label for=${id} class="opp-apply__label">${labelText(field, ctx)}</label>
        ${help}${error}
        <select
          class="opp-apply__input"
          id=${id}
          name=${field.name}
          autocomplete=${ifDefined(field.autocomplete)}
          ?required=${!!field.required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy(helpId, errorId))}
          @change=${(e: Event) => {
            ctx.onInput(field.name, (e.target as HTMLSelectElement).value);
            blur();
          }}
          @blur=${blur}
        >
          <option value="" ?selected=${value === ''}>${ctx.t.choose}</option>
          ${options(field, ctx).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>
      </div>`;
    }

    case 'file': {
      const types = acceptLabel(field.accept);
      const hintText = [
        types && format(ctx.lang, ctx.t.fileTypes, { types }),
        field.maxBytes !== undefined && format(ctx.lang, ctx.t.fileSize, { size: formatBytes(field.maxBytes, ctx.lang) }),
      ].filter(Boolean).join(' ');
      const hintId = hintText ? `${id}-hint` : undefined;
      return html`<div class=${cls}>
        <label for=${id} class="opp-apply__label">${labelText(field, ctx)}</label>
        ${help}${hintText ? html`<p class="opp-apply__help" id=${hintId!}>${hintText}</p>` : nothing}${error}
        <input
          class="opp-apply__input"
          type="file"
          id=${id}
          name=${field.name}
          accept=${ifDefined(field.accept)}
          ?required=${!!field.required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy(helpId, hintId, errorId))}
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            ctx.onInput(field.name, file);
            blur();
          }}
        />
      </div>`;
    }

    case 'textarea': {
      const value = str(ctx.value);
      const left = field.maxLength !== undefined ? field.maxLength - [...value].length : undefined;
      const countId = left !== undefined ? `${id}-count` : undefined;
      return html`<div class=${cls}>
        <label for=${id} class="opp-apply__label">${labelText(field, ctx)}</label>
        ${help}${error}
        <textarea
          class="opp-apply__input"
          id=${id}
          name=${field.name}
          rows="6"
          autocomplete=${ifDefined(field.autocomplete)}
          ?required=${!!field.required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy(helpId, errorId, countId))}
          .value=${live(value)}
          @input=${onText}
          @blur=${blur}
        ></textarea>
        ${left !== undefined ? html`<p class="opp-apply__count" id=${countId!}>${format(ctx.lang, left < 0 ? ctx.t.charactersTooMany : ctx.t.charactersLeft, { count: Math.abs(left) })}</p>` : nothing}
      </div>`;
    }

    default: {
      const type = field.type === 'text' ? 'text' : field.type;
      return html`<div class=${cls}>
        <label for=${id} class="opp-apply__label">${labelText(field, ctx)}</label>
        ${help}${error}
        <input
          class="opp-apply__input"
          type=${type}
          id=${id}
          name=${field.name}
          autocomplete=${ifDefined(field.autocomplete)}
          inputmode=${ifDefined(field.type === 'number' ? 'decimal' : undefined)}
          step=${ifDefined(field.type === 'number' ? 'any' : undefined)}
          min=${ifDefined(field.type === 'number' ? field.min : undefined)}
          max=${ifDefined(field.type === 'number' ? field.max : undefined)}
          spellcheck=${ifDefined(field.type === 'email' || field.type === 'url' ? 'false' : undefined)}
          ?required=${!!field.required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy(helpId, errorId))}
          .value=${live(str(ctx.value))}
          @input=${onText}
          @blur=${blur}
        />
      </div>`;
    }
  }
}
