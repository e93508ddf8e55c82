import { css } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-filters>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    form {
      display: grid;
    }
    details {
      border-block-end: 1px solid var(--_line);
    }
    summary {
      padding: 0.6rem 0.25rem;
      font-weight: 600;
      cursor: pointer;
    }
    .selected {
      font-weight: 400;
      color: var(--_muted);
    }
    fieldset {
      margin: 0;
      padding: 0 0.25rem 0.75rem;
      border: 0;
      display: grid;
      gap: 0.15rem;
      min-inline-size: 0;
    }
    label.option {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2rem;
      cursor: pointer;
    }
    input[type='checkbox'] {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .name {
      flex: 1;
      overflow-wrap: anywhere;
    }
    .count {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .more {
      justify-self: start;
      margin-block-start: 0.25rem;
    }
    .dates label {
      display: grid;
      gap: 0.2rem;
    }
    .date-error:empty {
      display: none;
    }
    .date-error {
      margin: 0;
      color: var(--opp-color-error, light-dark(#b3261e, #ffb4ab));
      font-weight: 600;
    }
    input[type='date'] {
      min-block-size: 2.5rem;
      padding: 0.3em 0.5em;
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
  `,
];
