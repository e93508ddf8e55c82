import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controls, tokens } from '../../styles/tokens.js';
import type { PropertyValues } from 'lit';
import { DETAIL_PARTS, defineDetail } from '../detail/detail-parts.js';
import { FILTERS_PARTS, OppFilters } from '../parts/filters.component.js';
import { OppPagination, PAGINATION_PARTS } from '../parts/pagination.component.js';
import { OppResults, RESULT_CARD_PARTS, RESULTS_PARTS } from '../parts/results.component.js';
import { OppSearchBox, SEARCH_BOX_PARTS } from '../parts/search-box.component.js';
import { exportParts, passParts } from '../shared/parts.js';
import { FinderHost } from './finder-host.js';

/** Wider than this (in CSS px), the filters sit beside the results; narrower, they fold into a "Filters" toggle. */
const WIDE = 760;

/**
 * The all-in-one finder: search box, filters with counts, result count (announced), active-filter chips, results,
 * pagination and the detail view, with designed loading, empty, error, partly-failed and stale states. The query and
 * the open detail live in the URL (`?q=…&country=FI&opp=<id>`; back and forward restore them), unless `no-url`.
 *
 * Attributes pre-filter and configure it for a partner portal — e.g.
 * `<opp-finder feed="a.json b.json" kind="staff-week" country="FI,SE" status="open" page-size="12" sort="deadline">`.
 * A pre-filter is fixed: the visitor's filters come on top, and fixed facets are not offered as removable chips.
 *
 * @summary Search, filter and browse opportunities from one or more feeds.
 *
 * @event opp-search - After every search: `{ query, prefilter, total }`.
 * @event opp-select - A visitor opened an opportunity: `{ id }`.
 * @event opp-detail-close - The visitor closed the detail: `{ id }`.
 * @event opp-load - The feeds were loaded: `{ sources, total }` (`sources[i].state`: `loaded`, `stale`, `failed`).
 * @event opp-error - Nothing could be loaded: `{ error: { name, message, status?, url?, issues? }, feeds }` (`issues`: why an answer was not a feed).
 * @event opp-apply-start - The visitor started applying: `{ id, method }`.
 *
 * @csspart base - The finder.
 * @csspart search - The search box (and `search-input`, `search-button`, `search-label`, `search-hint`, `search-row`).
 * @csspart layout - The filters and results.
 * @csspart filters-panel - The filters' column, or their toggle on narrow screens.
 * @csspart filters-toggle - The "Filters" toggle on narrow screens.
 * @csspart show-results - The "Show N results" button at the end of the folded filters: closes them, focuses the count.
 * @csspart filters - The filters (and `filters-group`, `filters-option`, `filters-count`, …).
 * @csspart main - The results column.
 * @csspart results - The results (and `results-count`, `results-chip`, `results-empty`, `results-error`, …; with `api`,
 *   `results-subscribe`, `results-subscribe-link`, `results-subscribe-ics`, `results-subscribe-json`).
 * @csspart card - Each card (and `card-title`, `card-badge`, `card-status-open`, … for the card's parts).
 * @csspart pagination - The page navigation (and `pagination-page`, `pagination-current`, …).
 * @csspart detail - The detail view (and `detail-title`, `detail-apply`, …).
 *
 * @cssproperty --opp-color-text - Text colour.
 * @cssproperty --opp-color-muted - Secondary text colour.
 * @cssproperty --opp-color-bg - Background.
 * @cssproperty --opp-color-surface - Background of cards, chips and boxes.
 * @cssproperty --opp-color-line - Decorative lines and card borders.
 * @cssproperty --opp-color-control-border - Borders of inputs and buttons.
 * @cssproperty --opp-color-accent - Links, main buttons, bars.
 * @cssproperty --opp-color-on-accent - Text on main buttons.
 * @cssproperty --opp-color-focus - Focus ring colour.
 * @cssproperty --opp-color-open - Text of the "Open" badge (and `--opp-color-open-bg`).
 * @cssproperty --opp-color-closing - Text of the "Closing soon" badge (and `--opp-color-closing-bg`).
 * @cssproperty --opp-color-closed - Text of the "Closed" and "Cancelled" badges (and `--opp-color-closed-bg`).
 * @cssproperty --opp-color-neutral - Text of other badges (and `--opp-color-neutral-bg`).
 * @cssproperty --opp-color-scheme - `light`, `dark` or `light dark` (default: the page's `color-scheme`, or the visitor's preference where the page declares none; `theme` sets it).
 * @cssproperty --opp-radius - Corner radius.
 * @cssproperty --opp-space - Base spacing.
 * @cssproperty --opp-shadow - Card shadow.
 * @cssproperty --opp-card-min-width - Narrowest card before the grid takes fewer columns.
 * @cssproperty --opp-filters-width - Width of the filters column on wide screens (default 16rem).
 */
export class OppFinder extends FinderHost {
  static override styles = [
    tokens,
    controls,
    css`
      .finder {
        display: grid;
        gap: var(--_space);
        padding: var(--_space);
        background: var(--_bg);
        border-radius: var(--_radius);
      }
      .layout {
        display: grid;
        gap: var(--_space);
        align-items: start;
      }
      .wide .layout {
        grid-template-columns: var(--opp-filters-width, 16rem) minmax(0, 1fr);
      }
      .main {
        display: grid;
        gap: var(--_space);
        min-inline-size: 0;
      }
      details.filters-panel {
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        padding-inline: 0.5rem;
      }
      .show-results {
        inline-size: 100%;
        margin-block: 0.75rem 0.5rem;
      }
      details.filters-panel > summary {
        padding: 0.6rem 0.25rem;
        font-weight: 600;
        cursor: pointer;
      }
      [hidden] {
        display: none !important;
      }
    `,
  ];

  /** Level of card and detail titles (1–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Registers the parts it renders too, so `OppFinder.define('opp-finder')` alone gives a working finder. The detail
   * view, `<opp-detail>`, is loaded (its own chunk) and registered the first time a detail opens.
   */
  static override define(tag: string, ctor: CustomElementConstructor = this): void {
    OppSearchBox.define('opp-search-box');
    OppFilters.define('opp-filters');
    OppResults.define('opp-results');
    OppPagination.define('opp-pagination');
    super.define(tag, ctor);
  }

  @state() private wide = false;
  @state() private filtersOpen = false;
  private resize?: ResizeObserver;
  /** A detail has been open: `<opp-detail>` is rendered from then on (before, it would sit there unupgraded). */
  private detailShown = false;
  private detailRequested = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The layout for the width it has now (no narrow-then-wide flash), then follow resizes.
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.wide = width >= WIDE;
    this.resize = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      // In a task of its own: changing the layout inside the observer's callback would resize what it observes within
      // the same frame (a "ResizeObserver loop" error).
      if (width > 0) setTimeout(() => (this.wide = width >= WIDE));
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first time a detail opens (a click, or `?opp=` in the URL), load <opp-detail>: it upgrades in place, shows
    // the opportunity and takes focus. If loading fails, the error is reported like any lazy chunk's.
    if (this.controller.selectedId !== undefined) this.detailShown = true;
    if (this.detailShown && !customElements.get('opp-detail') && !this.detailRequested) {
      this.detailRequested = true;
      defineDetail().catch((e: unknown) => {
        this.detailRequested = false;
        console.error('opportunity-kit: could not load <opp-detail>', e);
      });
    }
  }

  /** "Show N results" in the folded filters: fold them and take the visitor to the result count (a live region). */
  private showResults = async (): Promise<void> => {
    this.filtersOpen = false;
    await this.updateComplete;
    const results = this.renderRoot.querySelector<OppResults>('opp-results');
    await results?.updateComplete;
    results?.focusResultCount();
  };

  protected override render() {
    const c = this.controller;
    const t = this.i18n.msg.finder;
    const detailOpen = c.selectedId !== undefined;
    const active = c.chips().filter((x) => x.type !== 'can-apply').length;
    const wide = this.wide && c.status !== 'error';
    const filters = html`<opp-filters part="filters" exportparts=${exportParts(FILTERS_PARTS, 'filters')}></opp-filters>`;
    return html`
      <div part="base" class="finder ${wide ? 'wide' : ''}">
        <opp-search-box part="search" exportparts=${exportParts(SEARCH_BOX_PARTS, 'search')} ?hidden=${detailOpen}></opp-search-box>
        <div part="layout" class="layout" ?hidden=${detailOpen}>
          ${c.status === 'error'
            ? ''
            : wide
              ? html`<div part="filters-panel" class="filters-panel">${filters}</div>`
              : html`<details
                  part="filters-panel"
                  class="filters-panel"
                  ?open=${this.filtersOpen}
                  @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
                >
                  <summary part="filters-toggle">${active ? this.i18n.format(t.filtersWithCount, { count: active }) : t.filters}</summary>
                  ${filters}
                  ${c.result
                    ? html`<button part="show-results" class="button primary show-results" type="button" @click=${this.showResults}>
                        ${this.i18n.format(t.showResults, { count: c.result.total })}
                      </button>`
                    : nothing}
                </details>`}
          <div part="main" class="main">
            <opp-results
              part="results"
              exportparts=${`${exportParts(RESULTS_PARTS, 'results')}, ${passParts(RESULT_CARD_PARTS)}`}
              heading-level=${this.headingLevel}
            ></opp-results>
            <opp-pagination part="pagination" exportparts=${exportParts(PAGINATION_PARTS, 'pagination')}></opp-pagination>
          </div>
        </div>
        ${this.detailShown
          ? html`<opp-detail
              part="detail"
              exportparts=${exportParts(DETAIL_PARTS, 'detail')}
              heading-level=${this.headingLevel}
              ?hidden=${!detailOpen}
            ></opp-detail>`
          : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opp-finder': OppFinder;
  }
}
