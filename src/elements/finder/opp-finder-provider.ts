import { css, html } from 'lit';
import { FinderHost } from './finder-host.js';

/**
 * Shares one finder — feeds, pre-filter, query, URL state — with the parts placed inside it, so a portal can lay out
 * `<opp-search-box>`, `<opp-filters>`, `<opp-results>`, `<opp-pagination>`, `<opp-detail>` and `<opp-stats>` itself.
 * Takes the same configuring and pre-filtering attributes as `<opp-finder>`.
 *
 * @summary The shared state of a finder whose parts the host page lays out itself.
 *
 * @slot - The finder's parts, in any layout.
 *
 * @event opp-search - After every search: `{ query, prefilter, total }`.
 * @event opp-load - The feeds were loaded: `{ sources, total }`.
 * @event opp-error - Nothing could be loaded: `{ error: { name, message, status?, url?, issues? }, feeds }` (`issues`: why an answer was not a feed).
 *
 * @example
 * <opp-finder-provider feed="https://example.eu/staff-weeks.json" country="FI,SE">
 *   <opp-search-box></opp-search-box>
 *   <aside><opp-filters></opp-filters></aside>
 *   <main><opp-results></opp-results><opp-pagination></opp-pagination><opp-detail></opp-detail></main>
 * </opp-finder-provider>
 */
export class OppFinderProvider extends FinderHost {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opp-finder-provider': OppFinderProvider;
  }
}
