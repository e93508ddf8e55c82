import { css } from 'lit';
import type { CSSResult } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The element's frame (shadow root): heading, availability notice, confirmation, and the slot for the form. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    :host {
      --_apply-gap: var(--opp-apply-gap, 1.25rem);
      --_error: var(--opp-color-error, light-dark(#b3261e, #ffb4ab));
      --_error-bg: var(--opp-color-error-bg, light-dark(#fdecea, #3d1a1a));
      --_success-fg: var(--opp-color-success, var(--_open-fg));
      --_success-bg: var(--opp-color-success-bg, var(--_open-bg));
      --_field-width: var(--opp-apply-field-width, 36rem);
      container-type: inline-size;
    }
    [part='base'] {
      display: grid;
      gap: var(--_apply-gap);
    }
    [part='heading'] {
      margin: 0;
      font-size: 1.35em;
      line-height: 1.25;
    }
    [part='notice'] {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--_line);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    [part='notice'].closed {
      border-color: var(--_closed-fg);
    }
    [part='alternatives'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='confirmation'] {
      display: grid;
      gap: 0.75rem;
      padding: 1rem 1.25rem;
      border-inline-start: 4px solid var(--_success-fg);
      background: var(--_success-bg);
      border-radius: var(--_radius);
    }
    [part='confirmation'] .title {
      margin: 0;
      font-size: 1.2em;
      color: var(--_success-fg);
    }
    .server-message {
      white-space: pre-line;
    }
    [part='status'] {
      color: var(--_muted);
    }
    [part='status'].error {
      color: var(--_error);
    }
  `,
];

/**
 * Styles of the form itself. The form lives in the element's light DOM (native controls that autofill, password
 * managers and assistive technology all see), so these rules are adopted into the element's root node as a
 * constructable stylesheet (CSP-safe). Every rule is scoped under `.opp-apply__form` (two classes): generic host rules
 * such as `button { color: inherit }` or `input[type=text] { … }` (a CMS theme, or the shadow styles of an element
 * that renders `<opp-apply>`) do not break the form, while a host still restyles it without `!important` through the
 * `--opp-*` custom properties or a more specific selector. Class names (`opp-apply__…`) are a public styling API.
 */
export const lightStyles = css`
  .opp-apply__form {
    display: grid;
    gap: var(--_apply-gap, 1.25rem);
    max-inline-size: var(--_field-width, 36rem);
    min-inline-size: 0;
    /* Reflow (WCAG 1.4.10): long words, URLs and e-mail addresses wrap instead of widening the form. */
    overflow-wrap: anywhere;
  }
  /* The form sizes its own boxes: a page without a global box-sizing rule must not push inputs past 100 %. */
  .opp-apply__form,
  .opp-apply__form *,
  .opp-apply__form *::before,
  .opp-apply__form *::after {
    box-sizing: border-box;
  }
  .opp-apply__form :is(input, select, textarea) {
    max-inline-size: 100%;
  }
  .opp-apply__form :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .opp-apply__form p {
    margin: 0;
  }
  .opp-apply__form .opp-apply__field,
  .opp-apply__form .opp-apply__group {
    display: grid;
    gap: 0.35rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .opp-apply__form .opp-apply__label,
  .opp-apply__form .opp-apply__group > legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.35rem;
  }
  .opp-apply__form .opp-apply__marker {
    font-weight: 400;
    color: var(--_muted, #4f5663);
  }
  .opp-apply__form .opp-apply__help,
  .opp-apply__form .opp-apply__count,
  .opp-apply__form .opp-apply__note {
    color: var(--_muted, #4f5663);
    font-size: 0.95em;
  }
  .opp-apply__form .opp-apply__error {
    color: var(--_error, #b3261e);
    font-weight: 600;
  }
  .opp-apply__form .opp-apply__input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.45em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--_bg, #fff);
    border: 1px solid var(--_control-border, #6b7280);
    border-radius: var(--_radius, 0.5rem);
  }
  .opp-apply__form textarea.opp-apply__input {
    min-block-size: 8rem;
    resize: vertical;
  }
  .opp-apply__form .opp-apply__input[type='number'],
  .opp-apply__form .opp-apply__input[type='date'],
  .opp-apply__form .opp-apply__input[type='tel'] {
    inline-size: auto;
    min-inline-size: min(12rem, 100%);
  }
  .opp-apply__form .opp-apply__input[type='file'] {
    border-style: dashed;
  }
  .opp-apply__form .opp-apply__input[aria-invalid='true'],
  .opp-apply__form .opp-apply__field--invalid .opp-apply__choice input {
    border-color: var(--_error, #b3261e);
    outline: 1px solid var(--_error, #b3261e);
  }
  .opp-apply__form .opp-apply__field--invalid,
  .opp-apply__form .opp-apply__group.opp-apply__field--invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error, #b3261e);
  }
  .opp-apply__form .opp-apply__choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .opp-apply__form .opp-apply__choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent, #0b5cad);
  }
  .opp-apply__form :focus-visible {
    outline: 3px solid var(--_focus, #0b5cad);
    outline-offset: 2px;
  }
  .opp-apply__form .opp-apply__summary {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 3px solid var(--_error, #b3261e);
    border-radius: var(--_radius, 0.5rem);
  }
  .opp-apply__form .opp-apply__summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .opp-apply__form .opp-apply__summary a {
    color: var(--_error, #b3261e);
    font-weight: 600;
  }
  .opp-apply__form .opp-apply__privacy,
  .opp-apply__form .opp-apply__draft {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    background: var(--_surface, #f4f5f7);
    border-radius: var(--_radius, 0.5rem);
  }
  .opp-apply__form .opp-apply__privacy dl {
    display: grid;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .opp-apply__form .opp-apply__privacy dt {
    font-weight: 600;
  }
  .opp-apply__form .opp-apply__privacy dd {
    margin: 0 0 0.35rem;
  }
  .opp-apply__form a {
    color: var(--_accent, #0b5cad);
  }
  .opp-apply__form .opp-apply__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1.25rem;
  }
  .opp-apply__form .opp-apply__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 600;
    border: 1px solid var(--_accent, #0b5cad);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_accent, #0b5cad);
    color: var(--_on-accent, #fff);
    cursor: pointer;
  }
  .opp-apply__form .opp-apply__button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .opp-apply__form .opp-apply__button--secondary {
    background: var(--_bg, #fff);
    color: var(--_accent, #0b5cad);
  }
  .opp-apply__form .opp-apply__link-button {
    padding: 0;
    font: inherit;
    border: 0;
    background: none;
    color: var(--_accent, #0b5cad);
    text-decoration: underline;
    cursor: pointer;
  }
  .opp-apply__form .opp-apply__alert:not(:empty) {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_error, #b3261e);
    background: var(--_error-bg, #fdecea);
    border-radius: var(--_radius, 0.5rem);
  }
  .opp-apply__form .opp-apply__status:empty,
  .opp-apply__form .opp-apply__alert:empty {
    display: none;
  }
  .opp-apply__form .opp-apply__visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* The honeypot: off-screen for people, aria-hidden for assistive technology, out of the tab order. */
  .opp-apply__form .opp-apply__trap {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Adopt `sheet` into the root node of `el` (the document, or the shadow root of an element that renders `<opp-apply>`),
 * once per root. Does nothing where constructable stylesheets are missing.
 */
export function adoptInto(el: Element, sheet: CSSResult): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const s = sheet.styleSheet;
  if (!s || adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  try {
    if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
    adopted.add(root);
  } catch {
    /* a sheet from another document: leave the form unstyled rather than break it */
  }
}
