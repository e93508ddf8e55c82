import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { STATUSES } from '../../sdk/status.js';
import type { FacetCount } from '../../sdk/search/types.js';
import { layoutFacet } from '../../sdk/search/facet-layout.js';
import { DEFAULT_FILTER_FACETS } from '../../sdk/search/facets.js';
import type { FacetMemory } from '../../sdk/search/facet-layout.js';
import { OppElement } from '../base/opp-element.js';
import { FinderLink } from '../finder/context.js';
import type { ListFacet } from '../finder/finder-controller.js';
import { facetValueLabel } from '../shared/format.js';
import { listAttr } from '../shared/dom.js';
import { styles } from './filters.styles.js';

export const FILTERS_PARTS = ['base', 'group', 'group-title', 'options', 'option', 'checkbox', 'count', 'more', 'dates', 'date', 'date-error'] as const;

/** The facets shown by default, in this order (`field` is available through the `facets` attribute): from the SDK's facet table. */
export const DEFAULT_FACETS: readonly ListFacet[] = DEFAULT_FILTER_FACETS;

/** Values shown before "Show all". */
const SHORT_LIST = 6;

/**
 * The finder's filters: one group of checkboxes per facet (kind, offers or requests, status, country, area of
 * expertise, audience, organisation type, format, working language), each value with its count, plus a date window.
 * Native `<details>`, `<fieldset>`/`<legend>` and checkboxes: keyboard and screen-reader friendly. Facets the host
 * fixed to one value, and facets with nothing to choose, are not shown. Nothing moves under the visitor's pointer
 * (`layoutFacet`): a ticked value keeps its place and stays listed at count 0, and while focus or the pointer is in the
 * filters no group shown disappears. A reversed date window is said beside the dates. Place it inside
 * `<opp-finder-provider>`.
 *
 * @summary The filters of a finder, with counts.
 *
 * @csspart base - The form holding the groups.
 * @csspart group - Each facet's `<details>`.
 * @csspart group-title - Each facet's `<summary>`.
 * @csspart options - Each facet's `<fieldset>`.
 * @csspart option - Each value's label (checkbox, name, count).
 * @csspart checkbox - Each checkbox.
 * @csspart count - Each value's count.
 * @csspart more - The "Show all" / "Show fewer" button.
 * @csspart dates - The date window's fieldset.
 * @csspart date - Each date input.
 * @csspart date-error - The message shown beside the dates when "From" is after "To".
 *
 * @cssproperty --opp-color-muted - Colour of counts.
 * @cssproperty --opp-color-line - Lines between groups.
 * @cssproperty --opp-color-accent - Checkbox colour.
 * @cssproperty --opp-color-focus - Focus ring colour.
 */
export class OppFilters extends OppElement {
  static override styles = styles;

  /** Which facets to show, in order (comma- or space-separated); default: all but `field`. */
  @property() facets?: string;
  /** Show the date window (from/to). Default true; `no-dates` hides it. */
  @property({ type: Boolean, attribute: 'no-dates' }) noDates = false;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private expanded = new Set<ListFacet>();
  @state() private open = new Set<string>();
  /** Each group's layout memory (order, shown), so values keep their places from one search to the next. */
  private layouts = new Map<ListFacet, FacetMemory>();
  private readonly finder = new FinderLink(this);
  private inUse = false;

  private facetList(): ListFacet[] {
    const wanted = listAttr(this.facets) as ListFacet[];
    return wanted.length ? wanted : [...DEFAULT_FACETS];
  }

  private toggleOpen(key: string, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === this.open.has(key)) return;
    const next = new Set(this.open);
    if (open) next.add(key);
    else next.delete(key);
    this.open = next;
  }

  private toggleExpanded(facet: ListFacet): void {
    const next = new Set(this.expanded);
    if (next.has(facet)) next.delete(facet);
    else next.add(facet);
    this.expanded = next;
  }

  protected override render() {
    const c = this.finder.controller;
    const result = c?.result;
    if (!c || !result) return nothing;
    // The visitor is using the filters (focus or pointer in them): groups keep their shape until they leave.
    this.inUse = this.matches(':focus-within') || this.matches(':hover');
    return html`
      <form part="base" @submit=${(e: Event) => e.preventDefault()}>
        ${this.facetList().map((facet) => this.renderFacet(facet, result.facets[facet] ?? []))}
        ${this.noDates ? nothing : this.renderDates()}
      </form>
    `;
  }

  private renderFacet(facet: ListFacet, counts: FacetCount[]) {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    const fixed = (c.prefilter[facet] as string[] | undefined) ?? [];
    if (fixed.length === 1) return nothing;
    const selected = c.selection(facet);
    let ordered = counts;
    if (facet === 'status') ordered = [...counts].sort((a, b) => STATUSES.indexOf(a.value as never) - STATUSES.indexOf(b.value as never));
    const previous = this.layouts.get(facet);
    const layout = layoutFacet({ counts: ordered, selected, inUse: this.inUse, ...(previous ? { previous } : {}) });
    this.layouts.set(facet, layout.memory);
    const values = layout.values;
    if (!layout.visible) return nothing;
    const expanded = this.expanded.has(facet);
    const shown = expanded ? values : values.filter((v, i) => i < SHORT_LIST || selected.includes(v.value));
    const title = t.facets[facet];
    const id = `f-${facet}`;
    return html`
      <details part="group" ?open=${this.open.has(facet) || (selected.length > 0 && facet !== 'status')} @toggle=${(e: Event) => this.toggleOpen(facet, e)}>
        <summary part="group-title">
          ${title}${selected.length && facet !== 'status'
            ? html` <span class="selected">(${selected.length})</span>`
            : nothing}
        </summary>
        <fieldset part="options" id=${id}>
          <legend class="visually-hidden">${title}</legend>
          ${shown.map((v) => {
            const label = facetValueLabel(facet, v.value, t, lang);
            const checked = selected.includes(v.value);
            return html`<label part="option" class="option">
              <input
                part="checkbox"
                type="checkbox"
                name=${facet}
                .value=${v.value}
                .checked=${checked}
                @change=${(e: Event) => c.toggle(facet, v.value, (e.target as HTMLInputElement).checked)}
              />
              <span class="name" aria-hidden="true">${label}</span>
              <span part="count" class="count" aria-hidden="true">${v.count}</span>
              <span class="visually-hidden">${this.i18n.format(t.valueWithCount, { label, count: v.count })}</span>
            </label>`;
          })}
          ${values.length > shown.length || expanded
            ? html`<button
                part="more"
                class="link-button more"
                type="button"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls=${id}
                @click=${() => this.toggleExpanded(facet)}
              >
                ${expanded ? t.showFewer : this.i18n.format(t.showAll, { count: values.length })}
              </button>`
            : nothing}
        </fieldset>
      </details>
    `;
  }

  private renderDates() {
    const c = this.finder.controller!;
    const t = this.i18n.msg.finder;
    const { from, to } = c.query;
    const reversed = c.datesReversed;
    const set = (which: 'from' | 'to', e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      c.setDates(which === 'from' ? v : c.query.from, which === 'to' ? v : c.query.to);
    };
    // The message is a live region that is always there (so it is announced when it appears) and describes both
    // fields while the window is reversed.
    const described = reversed ? 'date-error' : nothing;
    return html`
      <details part="group" ?open=${this.open.has('dates') || !!from || !!to} @toggle=${(e: Event) => this.toggleOpen('dates', e)}>
        <summary part="group-title">${t.facets.dates}</summary>
        <fieldset part="options dates" class="dates">
          <legend class="visually-hidden">${t.facets.dates}</legend>
          <label>
            <span>${t.dateFrom}</span>
            <input
              part="date"
              type="date"
              name="from"
              .value=${from ?? ''}
              max=${to ?? nothing}
              aria-invalid=${reversed ? 'true' : nothing}
              aria-describedby=${described}
              @change=${(e: Event) => set('from', e)}
            />
          </label>
          <label>
            <span>${t.dateTo}</span>
            <input
              part="date"
              type="date"
              name="to"
              .value=${to ?? ''}
              min=${from ?? nothing}
              aria-invalid=${reversed ? 'true' : nothing}
              aria-describedby=${described}
              @change=${(e: Event) => set('to', e)}
            />
          </label>
          <p part="date-error" class="date-error" id="date-error" role="status">${reversed ? t.datesReversed : ''}</p>
        </fieldset>
      </details>
    `;
  }
}
