import { css } from 'lit';
import { controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-card>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  css`
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      block-size: 100%;
      padding: calc(var(--_space) * 0.9) var(--_space);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
    .card:hover {
      border-color: var(--_control-border);
    }
    .card:has(.link:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .header {
      order: -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 0.5rem;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .kind {
      font-weight: 600;
      text-transform: none;
    }
    .title {
      margin: 0;
      font-size: 1.125em;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .link {
      color: inherit;
      text-decoration: none;
      font: inherit;
      text-align: start;
      padding: 0;
      border: 0;
      background: none;
      cursor: pointer;
    }
    .link:hover {
      text-decoration: underline;
    }
    .link:focus-visible {
      outline: none;
    }
    .link::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: var(--_radius);
    }
    .provider {
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
    }
    dl {
      margin: 0.25rem 0 0;
      display: grid;
      gap: 0.15rem;
      font-size: 0.9375em;
    }
    dl > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.35em;
    }
    dt.shown {
      color: var(--_muted);
    }
    dt.shown::after {
      content: ':';
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .deadline.closing-soon,
    .deadline.lead {
      font-weight: 600;
    }
    .deadline.lead dt.shown {
      font-weight: normal;
    }
  `,
];
