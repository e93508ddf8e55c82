import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SORT_ORDERS } from '../../sdk/search/types.js';
import type { SortOrder } from '../../sdk/search/types.js';
import { safeUrl } from '../../sdk/text/url.js';
import { OppElement } from '../base/opp-element.js';
import { CARD_PARTS, OppCard } from '../card/card.component.js';
import { FinderLink } from '../finder/context.js';
import { SUBSCRIBE_FORMATS } from '../finder/finder-controller.js';
import type { ChangeReason, Chip } from '../finder/finder-controller.js';
import { facetValueLabel, formatDate, formatList, hostOf } from '../shared/format.js';
import { feedLabel, sourceNames } from '../../sdk/client/names.js';
import { headingLevel } from '../shared/heading.js';
import { exportParts } from '../shared/parts.js';
import { styles } from './results.styles.js';

export const RESULTS_PARTS = [
  'base',
  'header',
  'count',
  'sort',
  'chips',
  'chip',
  'clear-all',
  'note',
  'list',
  'item',
  'skeleton',
  'empty',
  'error',
  'retry',
  'live',
  'subscribe',
  'subscribe-link',
  ...SUBSCRIBE_FORMATS.map((f) => `subscribe-${f}` as const),
] as const;

/** The card parts as `<opp-results>` exports them: `card`, `card-title`, `card-badge`, … */
export const RESULT_CARD_PARTS = CARD_PARTS.map((p) => (p === 'base' ? 'card' : `card-${p}`));

/** Quiet time before the result count is announced (typing produces one announcement, not one per key). */
const ANNOUNCE_MS = 700;

/**
 * The finder's results: the count (announced politely to screen readers after each change), the sort order, the
 * active filters as removable chips with "Clear all", notes about failed or stale feeds, and the page of cards — or a
 * designed state: loading skeleton, empty ("No staff weeks match your search" with "Clear filters"), or the error
 * with "Try again" and a link to the publisher's site. Place it inside `<opp-finder-provider>`.
 *
 * @summary The results of a finder, with its count, chips and states.
 *
 * @csspart base - The results region.
 * @csspart header - The row with the count and the sort order.
 * @csspart count - The result count.
 * @csspart sort - The sort order's label and select.
 * @csspart chips - The list of active filters.
 * @csspart chip - Each active filter's remove button.
 * @csspart clear-all - The "Clear all" button.
 * @csspart note - A note about a failed or stale feed.
 * @csspart list - The list of cards.
 * @csspart item - Each list item.
 * @csspart card - Each card (and `card-title`, `card-badge`, … for the card's parts).
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The "Try again" button.
 * @csspart live - The visually hidden live region.
 * @csspart subscribe - With `api` (a hub): "Subscribe: calendar · feed", the current search as the hub's feeds.
 * @csspart subscribe-link - Each subscribe link (and `subscribe-ics`, `subscribe-json`: the calendar, the feed).
 * @csspart subscribe-ics - The calendar subscribe link (besides `subscribe-link`).
 * @csspart subscribe-json - The feed subscribe link (besides `subscribe-link`).
 *
 * @cssproperty --opp-card-min-width - Narrowest card before the grid takes fewer columns (default 17rem).
 * @cssproperty --opp-color-surface - Chip and card background.
 * @cssproperty --opp-color-muted - Notes and counts.
 * @cssproperty --opp-space - Base spacing.
 */
export class OppResults extends OppElement {
  static override styles = styles;

  /** Registers `<opp-card>` too, so `OppResults.define('opp-results')` alone renders cards. */
  static override define(tag: string, ctor: CustomElementConstructor = this): void {
    OppCard.define('opp-card');
    super.define(tag, ctor);
  }

  /** Level of the card titles (1–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hide the sort order. */
  @property({ type: Boolean, attribute: 'no-sort' }) noSort = false;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** What the live region says (set after a quiet moment). */
  @state() private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusCount = false;
  private chipFocus?: number;

  @query('#count') private countEl?: HTMLElement;

  private readonly finder = new FinderLink(
    this,
    (reason) => this.changed(reason),
    (id) => this.focusItem(id),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private changed(reason: ChangeReason): void {
    if (reason === 'select' || reason === 'close') return;
    if (reason === 'page') this.focusCount = true;
    // Empty first, so the same words said again ("12 opportunities") are announced again.
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const c = this.finder.controller;
      if (c?.status === 'ready' && c.result) this.announcement = this.i18n.format(this.i18n.msg.finder.resultCount, { count: c.result.total });
      else if (c?.status === 'loading') this.announcement = this.i18n.msg.finder.loading;
    }, ANNOUNCE_MS);
  }

  /** Move focus to the result count (after the folded filters' "Show N results"). */
  focusResultCount(): void {
    this.countEl?.focus();
  }

  /** Focus the card of an opportunity (when its detail closes), else the count. */
  focusItem(id: string): void {
    const card = [...this.renderRoot.querySelectorAll('opp-card')].find((el) => el.opportunity?.id === id);
    if (card) card.focus();
    else this.countEl?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusCount) {
      this.focusCount = false;
      this.countEl?.focus();
    }
    if (this.chipFocus !== undefined) {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip, .clear-all')];
      (chips[Math.min(this.chipFocus, chips.length - 1)] ?? this.countEl)?.focus();
      this.chipFocus = undefined;
    }
  }

  private chipLabel(chip: Chip): string {
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    switch (chip.type) {
      case 'text':
        return this.i18n.format(t.chipText, { text: chip.value });
      case 'from':
        return this.i18n.format(t.chipFrom, { date: formatDate(chip.value, lang) });
      case 'to':
        return this.i18n.format(t.chipTo, { date: formatDate(chip.value, lang) });
      case 'can-apply':
        return t.canApplyOnly;
      case 'facet':
        return facetValueLabel(chip.facet, chip.value, t, lang);
    }
  }

  private removeChip(chip: Chip, index: number): void {
    this.chipFocus = index;
    this.finder.controller?.removeChip(chip);
  }

  private clearAll(): void {
    this.chipFocus = undefined;
    this.focusCount = true;
    this.finder.controller?.clearAll();
  }

  protected override render() {
    const c = this.finder.controller;
    if (!c) return nothing;
    const t = this.i18n.msg.finder;
    const live = html`<div part="live" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (c.status === 'error') return html`<div part="base" class="results">${this.renderError()} ${live}</div>`;
    if (c.status !== 'ready' || !c.result) {
      return html`<div part="base" class="results" aria-busy="true">
        <p part="count" class="count" id="count" tabindex="-1">${t.loading}</p>
        <ul part="list" class="list" aria-hidden="true">
          ${[0, 1, 2, 3, 4, 5].map(() => html`<li part="item"><span part="skeleton" class="skeleton"></span></li>`)}
        </ul>
        ${live}
      </div>`;
    }
    const r = c.result;
    const first = (r.page - 1) * r.pageSize + 1;
    const last = first + r.items.length - 1;
    const total = this.i18n.format(t.resultCount, { count: r.total });
    const count = r.total > r.items.length ? `${total} · ${this.i18n.format(t.resultRange, { from: first, to: last, total: r.total })}` : total;
    const level = headingLevel(this.headingLevel);
    const now = c.now.toISOString();
    const sort = c.sort;
    return html`
      <div part="base" class="results">
        <div part="header" class="header">
          <p part="count" class="count" id="count" tabindex="-1">${count}</p>
          ${this.renderSubscribe()} ${this.noSort ? nothing : this.renderSort()}
        </div>
        ${this.renderChips()} ${this.renderNotes()}
        ${r.total === 0
          ? this.renderEmpty()
          : html`<ul part="list" class="list" @opp-select=${this.onSelect}>
              ${r.items.map(
                (o) => html`<li part="item">
                  <opp-card
                    part="card"
                    exportparts=${exportParts(CARD_PARTS, 'card')}
                    .opportunity=${o}
                    href=${c.hrefFor(o.id) ?? safeUrl(o.url) ?? nothing}
                    heading-level=${level}
                    now=${now}
                    sort=${sort ?? nothing}
                  ></opp-card>
                </li>`,
              )}
            </ul>`}
        ${live}
      </div>
    `;
  }

  private onSelect = (e: CustomEvent<{ id: string }>): void => {
    const c = this.finder.controller;
    if (!c) return;
    e.preventDefault();
    c.select(e.detail.id);
  };

  /** With a hub: the visitor's current search as a calendar and a feed to subscribe to (nothing otherwise). */
  private renderSubscribe() {
    const links = this.finder.controller!.subscribeLinks();
    if (!links.length) return nothing;
    const t = this.i18n.msg.finder;
    return html`<p part="subscribe" class="subscribe">
      <span>${t.subscribe}</span>
      ${links.map(
        (l, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<a
            part="subscribe-link subscribe-${l.format}"
            href=${l.href}
            type=${l.type}
            aria-label=${t.subscribeName[l.format]}
            >${t.subscribeFormat[l.format]}</a
          >`,
      )}
    </p>`;
  }

  private renderSort() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const current = c.sort ?? (c.query.text ? 'relevance' : 'start');
    const orders = SORT_ORDERS.filter((s) => s !== 'relevance' || c.query.text);
    return html`<label part="sort" class="sort">
      <span>${t.sortLabel}</span>
      <select .value=${current} @change=${(e: Event) => c.setSort((e.target as HTMLSelectElement).value as SortOrder)}>
        ${orders.map((s) => html`<option value=${s} ?selected=${s === current}>${t.sort[s]}</option>`)}
      </select>
    </label>`;
  }

  private renderChips() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const chips = c.chips();
    if (!chips.length) return nothing;
    return html`<ul part="chips" class="chips" aria-label=${t.activeFilters}>
      ${chips.map((chip, i) => {
        const label = this.chipLabel(chip);
        return html`<li>
          <button part="chip" class="chip" type="button" aria-label=${this.i18n.format(t.removeFilter, { label })} @click=${() => this.removeChip(chip, i)}>
            <span>${label}</span><span aria-hidden="true">✕</span>
          </button>
        </li>`;
      })}
      ${c.hasVisitorFilters
        ? html`<li>
            <button part="clear-all" class="link-button clear-all" type="button" @click=${() => this.clearAll()}>${t.clearAll}</button>
          </li>`
        : nothing}
    </ul>`;
  }

  private renderNotes() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    const failed = c.sources.filter((s) => s.state === 'failed');
    const stale = c.sources.filter((s) => s.state === 'stale');
    const oldest = stale
      .map((s) => s.fetchedAt)
      .filter((d): d is string => !!d)
      .sort()[0];
    return html`
      ${failed.length ? html`<p part="note" class="note">${this.i18n.format(t.partialFailure, { sources: formatList(sourceNames(failed), lang) })}</p>` : nothing}
      ${stale.length ? html`<p part="note" class="note">${oldest ? this.i18n.format(t.staleNote, { date: formatDate(oldest, lang) }) : t.staleNoteUndated}</p>` : nothing}
    `;
  }

  private renderEmpty() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    if (c.collectionEmpty) return html`<div part="empty" class="empty"><p>${t.emptyFeed}</p></div>`;
    const kinds = c.query.kind?.length ? c.query.kind : c.prefilter.kind;
    // A reversed date window matches nothing: say so rather than "no results" (the filters say it beside the dates).
    const message = c.datesReversed
      ? t.datesReversed
      : kinds?.length === 1 && kinds[0]! in t.kindsPlural
      ? this.i18n.format(t.noResultsOfKind, { kind: t.kindsPlural[kinds[0] as keyof typeof t.kindsPlural] })
      : t.noResults;
    return html`<div part="empty" class="empty">
      <p><strong>${message}</strong></p>
      ${c.datesReversed ? nothing : html`<p>${t.noResultsHint}</p>`}
      ${c.hasVisitorFilters
        ? html`<button part="clear-all" class="button clear-all" type="button" @click=${() => this.clearAll()}>${t.clearFilters}</button>`
        : nothing}
    </div>`;
  }

  private renderError() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const known = c.sources.find((s) => s.homepage)?.homepage;
    let site = safeUrl(known);
    if (!site) {
      try {
        const origin = new URL(c.feeds[0] ?? '', location.href).origin;
        site = origin !== location.origin ? safeUrl(origin + '/') : undefined;
      } catch {
        site = undefined;
      }
    }
    // An answer that is not a feed (an HTML page served with 200…): name the feed; the connection is not the problem.
    const notFeed = c.error?.name === 'FeedUnreadableError' && c.error.url ? feedLabel(c.error.url) : undefined;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${notFeed ? this.i18n.format(t.notAFeed, { feed: notFeed }) : t.errorTitle}</p>
      <p>${notFeed ? t.notAFeedHelp : t.errorHelp}</p>
      ${c.error
        ? html`<details>
            <summary>${t.errorDetails}</summary>
            <p lang="en">${c.error.message}</p>
          </details>`
        : nothing}
      <div class="row">
        <button part="retry" class="button primary" type="button" @click=${() => c.retry()}>${t.retry}</button>
        ${site ? html`<a href=${site}>${this.i18n.format(t.visitSite, { site: hostOf(site) ?? site })}</a>` : nothing}
      </div>
    </div>`;
  }
}
