import { html, nothing } from 'lit';
import { safeUrl } from '../../sdk/text/url.js';
import { OppElement } from '../base/opp-element.js';
import { FinderLink } from '../finder/context.js';
import { styles } from './pagination.styles.js';

export const PAGINATION_PARTS = ['base', 'list', 'previous', 'next', 'page', 'current', 'ellipsis'] as const;

/** Page numbers to show around the current one: 1 … 4 5 6 … 20. `0` stands for a gap. */
export function pageWindow(page: number, pages: number): number[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const set = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  if (page <= 3) [2, 3, 4].forEach((p) => set.add(p));
  if (page >= pages - 2) [pages - 3, pages - 2, pages - 1].forEach((p) => set.add(p));
  const sorted = [...set].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(0);
    out.push(p);
  });
  return out;
}

/**
 * The finder's page navigation: previous, numbered pages (with gaps for long lists) and next, in a `<nav>`. Pages are
 * real links when the finder keeps its state in the URL (open in a new tab works), buttons otherwise. After a page
 * change, `<opp-results>` moves focus to the result count. Place it inside `<opp-finder-provider>`.
 *
 * @summary Page navigation of a finder.
 *
 * @csspart base - The `<nav>`.
 * @csspart list - The list of links.
 * @csspart previous - The "Previous" link.
 * @csspart next - The "Next" link.
 * @csspart page - Each page's link.
 * @csspart current - The current page.
 * @csspart ellipsis - A gap in the page numbers.
 *
 * @cssproperty --opp-color-accent - The current page's background.
 * @cssproperty --opp-color-on-accent - The current page's text.
 * @cssproperty --opp-radius - Corner radius.
 */
export class OppPagination extends OppElement {
  static override styles = styles;

  private readonly finder = new FinderLink(this);

  private go(e: MouseEvent, page: number): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.finder.controller?.setPage(page);
  }

  private link(page: number, label: unknown, part: string, aria?: string, current = false) {
    const href = safeUrl(this.finder.controller?.hrefFor(undefined, page));
    return href
      ? html`<a
          part=${part}
          class="button"
          href=${href}
          aria-label=${aria ?? nothing}
          aria-current=${current ? 'page' : nothing}
          @click=${(e: MouseEvent) => this.go(e, page)}
          >${label}</a
        >`
      : html`<button
          part=${part}
          class="button"
          type="button"
          aria-label=${aria ?? nothing}
          aria-current=${current ? 'page' : nothing}
          @click=${(e: MouseEvent) => this.go(e, page)}
        >
          ${label}
        </button>`;
  }

  protected override render() {
    const r = this.finder.controller?.result;
    if (!r || this.finder.controller?.status !== 'ready') return nothing;
    const pages = Math.ceil(r.total / r.pageSize);
    if (pages <= 1) return nothing;
    const t = this.i18n.msg.finder;
    const page = r.page;
    return html`
      <nav part="base" aria-label=${t.pagination}>
        <ul part="list">
          ${page > 1
            ? html`<li>${this.link(page - 1, html`<span aria-hidden="true">‹</span> ${t.previous}`, 'previous')}</li>`
            : nothing}
          ${pageWindow(page, pages).map((p) =>
            p === 0
              ? html`<li><span part="ellipsis" class="ellipsis" aria-hidden="true">…</span></li>`
              : html`<li>${this.link(p, String(p), p === page ? 'page current' : 'page', this.i18n.format(t.page, { page: p }), p === page)}</li>`,
          )}
          ${page < pages
            ? html`<li>${this.link(page + 1, html`${t.next} <span aria-hidden="true">›</span>`, 'next')}</li>`
            : nothing}
        </ul>
      </nav>
    `;
  }
}
