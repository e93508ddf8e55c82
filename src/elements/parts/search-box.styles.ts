import { css } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-search-box>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    form {
      display: grid;
      gap: 0.35rem;
    }
    label {
      font-weight: 600;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input {
      flex: 1 1 12rem;
      min-inline-size: 0;
      min-block-size: 2.75rem;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .hint {
      color: var(--_muted);
      font-size: 0.875em;
    }
  `,
];
