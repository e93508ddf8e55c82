import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FacetCount, SearchQuery, SearchResult } from '../../sdk/search/types.js';
import { FinderLink } from '../finder/context.js';
import { CURRENT_STATUS } from '../finder/finder-controller.js';
import type { FinderController } from '../finder/finder-controller.js';
import { FinderHost } from '../finder/finder-host.js';
import { facetValueLabel, formatNumber } from '../shared/format.js';
import { heading, headingLevel } from '../shared/heading.js';
import { finderStats } from '../../i18n/en/finder-stats.js';
import { provideEnglish } from '../../i18n/index.js';
import { styles } from './stats.styles.js';

// The English strings only this element uses travel with it (not in the finder's script-tag bundle).
provideEnglish({ finder: finderStats });

export const STATS_PARTS = ['base', 'title', 'summary', 'figure', 'figure-label', 'figure-value', 'charts', 'chart', 'caption', 'label', 'value', 'bar', 'empty', 'error', 'retry'] as const;

/**
 * What a network shows on its front page: how many opportunities are upcoming (not over yet) and how many are open
 * for applications now, and the top countries and areas of expertise as a small bar chart. The chart is a real table
 * (caption, row and column headers, the numbers as text), so screen readers get the figures; the bars are decoration.
 *
 * Give it a `feed` (and the finder's pre-filter attributes, e.g. `kind="staff-week"`), or place it inside
 * `<opp-finder-provider>` / `<opp-finder>` to count that finder's opportunities (its own pre-filter attributes then
 * narrow further). Counts ignore the visitor's search: they describe the collection. With `api` (a hub's API base),
 * or inside a finder that has one, the hub counts (one `/search?status=…&size=1`): no feed is downloaded.
 *
 * @summary Headline figures and top countries and areas of expertise.
 *
 * @slot title - A title of your own instead of "Opportunities at a glance".
 *
 * @event opp-load - Its own feeds were loaded: `{ sources, total }`.
 * @event opp-error - Its own feeds could not be loaded.
 *
 * @csspart base - The section.
 * @csspart title - The heading.
 * @csspart summary - The headline figures (`<dl>`).
 * @csspart figure - Each headline figure.
 * @csspart figure-label - Each figure's label.
 * @csspart figure-value - Each figure's number.
 * @csspart charts - The container of both charts.
 * @csspart chart - Each chart (`<table>`).
 * @csspart caption - Each chart's caption.
 * @csspart label - Each row's name (country, area).
 * @csspart value - Each row's count cell.
 * @csspart bar - Each bar.
 * @csspart empty - The message when nothing is upcoming.
 * @csspart error - The message when the feed failed.
 * @csspart retry - The "Try again" button.
 *
 * @cssproperty --opp-color-bar - Colour of the bars (default: the accent colour).
 * @cssproperty --opp-color-accent - Colour of the headline figures.
 * @cssproperty --opp-color-surface - Background of the figures.
 * @cssproperty --opp-space - Base spacing.
 */
export class OppStats extends FinderHost {
  static override styles = styles;

  /** Rows per chart (default 5). */
  @property({ type: Number }) limit = 5;
  /** Level of the heading (1–6, default 2); chart captions are not headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly parent = new FinderLink(this);

  /** With a hub: its answer for the counts, for the controller, load and query in `key`. */
  @state() private remoteCounts?: { controller: FinderController; key: string; result?: SearchResult; failed?: boolean };
  private remoteAbort?: AbortController;

  constructor() {
    super();
    // Its own finder (with `feed` or `api`) shows no results: a hub is asked for a one-item page.
    this.pageSize = 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.remoteAbort?.abort();
    this.remoteCounts = undefined;
  }

  /** Stats never write the URL. */
  protected override syncsUrl(): boolean {
    return false;
  }

  /** Its own controller when it has a feed, a hub (or data), else the enclosing finder's. */
  private get source(): FinderController | undefined {
    return this.feed || this.api || this.opportunities ? this.controller : this.parent.controller;
  }

  /** What the figures count: everything not over yet, within its own pre-filter when it sits in another's finder. */
  private countQuery(c: FinderController): SearchQuery {
    const own = c === this.controller ? {} : this.prefilter();
    return { ...own, status: [...CURRENT_STATUS], pageSize: 1 };
  }

  private countKey(c: FinderController): string {
    return `${c.loads} ${JSON.stringify(this.countQuery(c))}`;
  }

  /** The counts: from the index in the page, or asked of the hub (`undefined` while it answers). */
  private counts(c: FinderController): { result?: SearchResult; failed?: boolean } {
    if (c.answersNow) return { result: c.searchAllNow(this.countQuery(c)) ?? { items: [], total: 0, page: 1, pageSize: 1, facets: {} as SearchResult['facets'] } };
    const r = this.remoteCounts;
    return r && r.controller === c && r.key === this.countKey(c) ? r : {};
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const c = this.source;
    if (!c || c.answersNow || c.status !== 'ready') return;
    const key = this.countKey(c);
    if (this.remoteCounts?.controller === c && this.remoteCounts.key === key) return;
    this.remoteAbort?.abort();
    const abort = (this.remoteAbort = new AbortController());
    this.remoteCounts = { controller: c, key };
    c.searchAll(this.countQuery(c), { signal: abort.signal }).then(
      (result: SearchResult | undefined) => {
        if (!abort.signal.aborted) this.remoteCounts = { controller: c, key, ...(result ? { result } : { failed: true }) };
      },
      () => {
        if (!abort.signal.aborted) this.remoteCounts = { controller: c, key, failed: true };
      },
    );
  }

  protected override render() {
    const t = this.i18n.msg.finder;
    const c = this.source;
    const level = headingLevel(this.headingLevel);
    const title = heading(level, html`<slot name="title">${t.statsTitle}</slot>`, { id: 'title', part: 'title', className: 'title' });
    const counts = c?.status === 'ready' ? this.counts(c) : {};
    if (c?.status === 'error' || counts.failed) {
      return html`<section part="base" aria-labelledby="title">
        ${title}
        <div part="error" class="error" role="alert">
          <p>${t.errorTitle}</p>
          <button part="retry" class="button" type="button" @click=${() => c?.retry()}>${t.retry}</button>
        </div>
      </section>`;
    }
    if (!c || c.status !== 'ready' || !counts.result) {
      return html`<section part="base" aria-labelledby="title" aria-busy="true">
        ${title}
        <p>${t.loading}</p>
        <span class="skeleton" aria-hidden="true"></span>
      </section>`;
    }
    const r = counts.result;
    const upcoming = r?.total ?? 0;
    const open = (r?.facets.status ?? []).filter((s) => s.value === 'open' || s.value === 'closing-soon').reduce((n, s) => n + s.count, 0);
    const lang = this.i18n.lang;
    return html`<section part="base" aria-labelledby="title">
      ${title}
      <dl part="summary">
        <div part="figure" class="figure">
          <dt part="figure-label">${t.statsUpcoming}</dt>
          <dd part="figure-value">${formatNumber(upcoming, lang)}</dd>
        </div>
        <div part="figure" class="figure">
          <dt part="figure-label">${t.statsOpen}</dt>
          <dd part="figure-value">${formatNumber(open, lang)}</dd>
        </div>
      </dl>
      ${upcoming === 0
        ? html`<p part="empty">${t.statsEmpty}</p>`
        : html`<div part="charts" class="charts">
            ${this.chart(t.topCountries, t.facets.country, 'country', r?.facets.country ?? [])}
            ${this.chart(t.topTopics, t.facets.topic, 'topic', r?.facets.topic ?? [])}
          </div>`}
    </section>`;
  }

  private chart(caption: string, column: string, facet: 'country' | 'topic', counts: FacetCount[]) {
    if (!counts.length) return nothing;
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    const rows = counts.slice(0, Math.max(1, Math.trunc(this.limit) || 5));
    const max = Math.max(...rows.map((r) => r.count), 1);
    return html`<table part="chart">
      <caption part="caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="visually-hidden">${column}</th>
          <th scope="col" class="visually-hidden">${t.statsCount}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row" part="label">${facetValueLabel(facet, row.value, t, lang)}</th>
            <td part="value">
              <span class="cell">
                <span part="bar" class="bar" aria-hidden="true"
                  ><svg viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
                    ${svg`<rect width=${((row.count / max) * 100).toFixed(2)} height="1"></rect>`}
                  </svg></span
                ><span class="num">${formatNumber(row.count, lang)}</span>
              </span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
