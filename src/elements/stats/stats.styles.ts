import { css } from 'lit';
import { bleed, controls, tokens } from '../../styles/tokens.js';

/** The styles of `<opp-stats>` (its shadow root): the shared tokens and controls, then its own rules. */
export const styles = [
  tokens,
  controls,
  bleed,
  css`
    :host {
      container-type: inline-size;
    }
    section {
      display: grid;
      gap: var(--_space);
    }
    .title {
      margin: 0;
      font-size: 1.25em;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0;
    }
    .figure {
      flex: 1 1 10rem;
      display: flex;
      flex-direction: column-reverse;
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    dd {
      margin: 0;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.1;
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
    }
    .charts {
      display: grid;
      gap: var(--_space);
    }
    @container (min-width: 40rem) {
      .charts {
        grid-template-columns: 1fr 1fr;
      }
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.35rem;
    }
    th,
    td {
      padding: 0.2rem 0;
      text-align: start;
      font-weight: 400;
      vertical-align: middle;
    }
    th[scope='row'] {
      padding-inline-end: 0.75rem;
      inline-size: 40%;
      overflow-wrap: anywhere;
    }
    .cell {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .bar {
      flex: 1;
      display: block;
      block-size: 0.9rem;
    }
    .bar svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    rect {
      fill: var(--_bar);
    }
    @media (forced-colors: active) {
      rect {
        fill: CanvasText;
      }
    }
    .num {
      min-inline-size: 2.5ch;
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .skeleton {
      block-size: 6rem;
    }
    .error {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
  `,
];
