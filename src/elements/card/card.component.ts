import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Opportunity } from '../../sdk/feed/schema.js';
import type { SortOrder } from '../../sdk/search/types.js';
import { opportunityStatus } from '../../sdk/status.js';
import { safeUrl } from '../../sdk/text/url.js';
import { OppElement } from '../base/opp-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { facetValueLabel, fieldLabel } from '../shared/format.js';
import { STATUS_PARTS } from '../shared/parts.js';
import { datesText, deadlineLead, deadlineText, feeText, languagesText, placeText, statusBadge, text } from '../shared/present.js';
import { styles } from './card.styles.js';

/** The parts of `<opp-card>`, for `exportparts` in the elements that contain cards. */
export const CARD_PARTS = [
  'base',
  'header',
  'kind',
  'title',
  'link',
  'provider',
  'badge',
  'summary',
  'facts',
  'dates',
  'place',
  'deadline',
  'fee',
  'languages',
  'topics',
  'fields',
  ...STATUS_PARTS,
] as const;

/**
 * One opportunity as a compact card: kind, title, provider, place, dates, deadline and status (in words, not colour
 * alone), fee and working languages. Works alone in a host's own list, and inside `<opp-results>`.
 *
 * The title is a link to `href` (in a finder: the deep link that opens the detail), else to the opportunity's own
 * `url`; without either it is a button. Activating it emits the cancelable `opp-select`.
 *
 * @summary One opportunity as a compact card.
 *
 * @event opp-select - The visitor chose this opportunity: `{ id }`. Cancel it (`preventDefault()`) to handle it in the
 * page instead of following the link.
 *
 * @csspart base - The card (`<article>`).
 * @csspart header - The line with the kind and the status.
 * @csspart kind - The kind of opportunity ("Staff week"), and "Request" for requests.
 * @csspart title - The title heading.
 * @csspart link - The title's link (or button); the whole card is its click target.
 * @csspart provider - The organisation offering it.
 * @csspart badge - The status badge; also `status-open`, `status-closing-soon`, `status-closed`, … by status.
 * @csspart status-upcoming - The badge, besides `badge`, while applications have not opened yet.
 * @csspart status-open - The badge, besides `badge`, while applications are open.
 * @csspart status-closing-soon - The badge, besides `badge`, when the deadline is near.
 * @csspart status-full - The badge, besides `badge`, when no places are left.
 * @csspart status-closed - The badge, besides `badge`, after the deadline.
 * @csspart status-past - The badge, besides `badge`, once it has ended.
 * @csspart status-cancelled - The badge, besides `badge`, when it was cancelled.
 * @csspart summary - The short summary.
 * @csspart facts - The list of facts below.
 * @csspart dates - When it takes place.
 * @csspart place - Where it takes place.
 * @csspart deadline - The application deadline, with "closes in …". With `sort="deadline"` it is the first fact,
 * labelled and emphasised, shown whatever the status.
 * @csspart fee - The fee, or "Free".
 * @csspart languages - The working languages with levels.
 * @csspart topics - The areas of expertise, as labels of the topic vocabulary in the UI language.
 * @csspart fields - The ISCED-F fields of education, as labels in the UI language.
 *
 * @cssproperty --opp-color-text - Text colour.
 * @cssproperty --opp-color-muted - Secondary text colour.
 * @cssproperty --opp-color-surface - Card background.
 * @cssproperty --opp-color-line - Card border colour.
 * @cssproperty --opp-color-accent - Link colour.
 * @cssproperty --opp-color-focus - Focus ring colour.
 * @cssproperty --opp-radius - Corner radius.
 * @cssproperty --opp-space - Base spacing.
 * @cssproperty --opp-color-scheme - `light`, `dark` or `light dark` (default: the page's `color-scheme`, or the visitor's preference where the page declares none).
 */
export class OppCard extends OppElement {
  static override shadowRootOptions: ShadowRootInit = { ...OppElement.shadowRootOptions, delegatesFocus: true };

  static override styles = styles;

  /** The opportunity to show (from the SDK: `parseFeed`, `createClient`, a search). */
  @property({ attribute: false }) opportunity?: Opportunity;
  /** Where the title links to; default: the opportunity's own `url`. */
  @property() href?: string;
  /** Level of the title heading (1–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The moment the status and "closes in …" are computed for (ISO); default: now. */
  @property() now?: string;
  /**
   * The order of the list the card is in (`<opp-results>` sets it). With `deadline`, the application deadline leads
   * the facts, labelled and emphasised, also once it has passed.
   */
  @property({ reflect: true }) sort?: SortOrder;
  /** Light or dark regardless of the visitor's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private onActivate(e: MouseEvent): void {
    const o = this.opportunity;
    if (!o || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const proceed = this.emit('opp-select', { id: o.id }, { cancelable: true });
    if (!proceed) e.preventDefault();
  }

  protected override render() {
    const o = this.opportunity;
    if (!o) return nothing;
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    const langs = this.i18n.contentLanguages;
    const now = this.now ? new Date(this.now) : new Date();
    const status = opportunityStatus(o, Number.isNaN(now.getTime()) ? new Date() : now);
    const title = text(o.title, langs, o.language);
    const provider = text(o.provider.name, langs, o.language);
    const summary = text(o.summary, langs, o.language);
    const href = safeUrl(this.href) ?? safeUrl(o.url);
    const dates = datesText(o, lang);
    const place = placeText(o, t, lang);
    const lead = this.sort === 'deadline' ? deadlineLead(o, status, t, lang, now) : '';
    const deadline = lead ? '' : deadlineText(o, status, t, lang, now);
    const fee = feeText(o, t, lang);
    const languages = languagesText(o, t, lang);
    const topics = (o.topics ?? []).map((v) => facetValueLabel('topic', v, t, lang)).join(', ');
    const fields = (o.fields ?? []).map((v) => fieldLabel(v, t, lang)).join('; ');
    const link = href
      ? html`<a part="link" class="link" href=${href} @click=${this.onActivate}>${title.value}</a>`
      : html`<button part="link" class="link" type="button" @click=${this.onActivate}>${title.value}</button>`;
    return html`
      <article part="base" class="card" aria-labelledby="title">
        ${heading(headingLevel(this.headingLevel), link, {
          id: 'title',
          part: 'title',
          className: 'title',
          ...(title.lang !== nothing ? { lang: title.lang as string } : {}),
        })}
        <div part="header" class="header">
          <p part="kind" class="kind">
            ${t.kinds[o.kind]}${o.direction === 'request' ? html` · <span>${t.directions.request}</span>` : nothing}
          </p>
          ${statusBadge(status, t)}
        </div>
        <p part="provider" class="provider" lang=${provider.lang}>${provider.value}</p>
        ${summary.value ? html`<p part="summary" class="summary" lang=${summary.lang}>${summary.value}</p>` : nothing}
        <dl part="facts">
          ${lead
            ? html`<div part="deadline" class="deadline lead ${status}">
                <dt class="shown">${t.deadline}</dt>
                <dd>${lead}</dd>
              </div>`
            : nothing}
          ${dates
            ? html`<div part="dates">
                <dt class="visually-hidden">${t.when}</dt>
                <dd><time datetime=${o.start ?? o.end ?? nothing}>${dates}</time></dd>
              </div>`
            : nothing}
          ${place
            ? html`<div part="place"><dt class="visually-hidden">${t.where}</dt><dd>${place}</dd></div>`
            : nothing}
          ${deadline
            ? html`<div part="deadline" class="deadline ${status}">
                <dt class="visually-hidden">${t.deadline}</dt>
                <dd>${deadline}</dd>
              </div>`
            : nothing}
          ${fee ? html`<div part="fee"><dt class="shown">${t.fee}</dt><dd>${fee}</dd></div>` : nothing}
          ${languages
            ? html`<div part="languages"><dt class="shown">${t.languages}</dt><dd>${languages}</dd></div>`
            : nothing}
          ${topics ? html`<div part="topics"><dt class="visually-hidden">${t.topics}</dt><dd>${topics}</dd></div>` : nothing}
          ${fields ? html`<div part="fields"><dt class="visually-hidden">${t.fields}</dt><dd>${fields}</dd></div>` : nothing}
        </dl>
      </article>
    `;
  }
}
