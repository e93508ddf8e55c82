import { css } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-pagination>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.35rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .button {
      min-inline-size: 2.5rem;
      padding-inline: 0.6em;
    }
    [aria-current='page'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
      font-weight: 700;
    }
    .ellipsis {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.5rem;
      padding-inline: 0.25rem;
    }
  `,
];
