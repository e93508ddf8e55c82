import { css } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-results>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    :host {
      container-type: inline-size;
    }
    .results {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .count {
      font-weight: 600;
    }
    .subscribe {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .sort {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    select {
      min-block-size: 2.5rem;
      padding: 0.3em 0.5em;
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-block-size: 2rem;
      padding: 0.2em 0.75em;
      border: 1px solid var(--_control-border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
      overflow-wrap: anywhere;
      text-align: start;
    }
    .chip:hover {
      border-color: var(--_text);
    }
    .note {
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--opp-card-min-width, 17rem)), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list > li {
      display: grid;
    }
    .skeleton {
      block-size: 11rem;
    }
    .empty,
    .error {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
      padding: calc(var(--_space) * 1.5);
      border: 1px dashed var(--_control-border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .error {
      border-style: solid;
      border-color: var(--_closed-fg);
    }
    .error-title {
      font-weight: 700;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    details {
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  `,
];
