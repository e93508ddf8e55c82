import { css, html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Opportunity } from '../../sdk/feed/schema.js';
import { howToApply } from '../../sdk/apply/how-to-apply.js';
import { opportunityStatus } from '../../sdk/status.js';
import type { OpportunityStatus } from '../../sdk/status.js';
import { safeUrl } from '../../sdk/text/url.js';
import { OppElement } from '../base/opp-element.js';
import { controls, tokens } from '../../styles/tokens.js';
import { FinderLink } from '../finder/context.js';
import { facetValueLabel, fieldLabel, formatDate, formatNumber } from '../shared/format.js';
import { heading, headingLevel } from '../shared/heading.js';
import { countryOf, datesText, deadlineInfo, feeText, languagesText, placeText, statusBadge, text, whenParts } from '../shared/present.js';
import { DETAIL_PARTS } from './detail-parts.js';
import { finderDetail } from '../../i18n/en/finder-detail.js';
import { provideEnglish } from '../../i18n/index.js';

// The English strings only this element uses travel with it (not in the finder's script-tag bundle).
provideEnglish({ finder: finderDetail });

type ApplyState = 'closed' | 'loading' | 'ready' | 'failed';

let calendarWriter: Promise<typeof import('../../formats/ical-write.js')> | undefined;
/** The iCalendar writer, in its own chunk: loaded once, on the first hover, focus or press of "Add to calendar". */
const loadCalendarWriter = () => (calendarWriter ??= import('../../formats/ical-write.js'));

let jsonLdWriter: Promise<typeof import('../../formats/jsonld-write.js')> | undefined;
/** The schema.org writer (`toJsonLd`), in its own chunk: loaded after the first opportunity is shown. */
const loadJsonLdWriter = () => (jsonLdWriter ??= import('../../formats/jsonld-write.js'));

export { DETAIL_PARTS };

const isFormField = (el: EventTarget | undefined) =>
  el instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);

/**
 * The full view of one opportunity: description (sanitised rich text), learning outcomes, recognition, audience,
 * fields, languages and levels, fee and what it covers, places, contact, links, and the way to apply — a link, an
 * e-mail address, or the application form (`<opp-apply>`, loaded only when the opportunity has a form and the
 * visitor opens it). "Add to calendar" downloads an .ics file; "Share" uses the system share sheet or copies the link.
 *
 * Alone, set `.opportunity`. Inside a finder (`<opp-finder>`, `<opp-finder-provider>`) without `.opportunity`, it
 * shows the finder's open opportunity, moves focus to its heading when it opens, and closes with its back button or
 * Escape (focus returns to the card that opened it).
 *
 * @summary The full view of one opportunity, with the way to apply.
 *
 * @event opp-detail-close - The visitor closed the detail: `{ id }`.
 * @event opp-calendar-download - "Add to calendar" handed the browser an .ics file: `{ id, fileName }`.
 * @event opp-apply-start - The visitor followed the application link or e-mail address: `{ id, method: 'link' | 'email' }`
 *   (the form, `<opp-apply>`, emits it with `method: 'form'` when the visitor starts filling it in).
 *
 * @csspart base - The detail (`<article>`).
 * @csspart close - The "Back to results" button.
 * @csspart header - Kind, title, organiser and status.
 * @csspart kind - The kind of opportunity.
 * @csspart title - The title heading (receives focus when the detail opens in a finder).
 * @csspart provider - The organiser.
 * @csspart badge - The status badge (also `status-<status>`).
 * @csspart status-upcoming - The badge, besides `badge`, while applications have not opened yet.
 * @csspart status-open - The badge, besides `badge`, while applications are open.
 * @csspart status-closing-soon - The badge, besides `badge`, when the deadline is near.
 * @csspart status-full - The badge, besides `badge`, when no places are left.
 * @csspart status-closed - The badge, besides `badge`, after the deadline.
 * @csspart status-past - The badge, besides `badge`, once it has ended.
 * @csspart status-cancelled - The badge, besides `badge`, when it was cancelled.
 * @csspart actions - The row with "Add to calendar" and "Share".
 * @csspart calendar - The "Add to calendar" button.
 * @csspart share - The "Share" button.
 * @csspart share-status - The message after sharing ("Link copied").
 * @csspart summary - The short summary.
 * @csspart facts - The list of facts (when, where, deadline, places, fee, languages, …).
 * @csspart section - Each section (about, learning outcomes, contact, links, how to apply).
 * @csspart section-title - Each section's heading.
 * @csspart description - The sanitised description.
 * @csspart outcomes - The list of learning outcomes.
 * @csspart contact - The contact details.
 * @csspart links - The list of links.
 * @csspart apply - The "How to apply" section.
 * @csspart apply-button - The main application link or button.
 * @csspart apply-email - The "Apply by e-mail" link, when there is an application link too.
 * @csspart apply-form - The `<opp-apply>` form.
 * @csspart not-found - The message shown for an id that is no longer listed.
 *
 * @cssproperty --opp-color-text - Text colour.
 * @cssproperty --opp-color-muted - Secondary text colour.
 * @cssproperty --opp-color-bg - Background.
 * @cssproperty --opp-color-surface - Background of boxes.
 * @cssproperty --opp-color-line - Lines between sections.
 * @cssproperty --opp-color-accent - Links and the main button.
 * @cssproperty --opp-color-on-accent - Text on the main button.
 * @cssproperty --opp-color-focus - Focus ring colour.
 * @cssproperty --opp-radius - Corner radius.
 * @cssproperty --opp-space - Base spacing.
 * @cssproperty --opp-color-scheme - `light`, `dark` or `light dark`.
 */
export class OppDetail extends OppElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        container-type: inline-size;
      }
      .detail {
        display: grid;
        gap: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        background: var(--_bg);
        line-height: 1.5;
      }
      .close {
        justify-self: start;
      }
      header {
        display: grid;
        gap: 0.35rem;
      }
      .kind {
        order: -1;
        color: var(--_muted);
        font-weight: 600;
        font-size: 0.9375em;
      }
      .title {
        margin: 0;
        font-size: 1.5em;
        line-height: 1.25;
        overflow-wrap: anywhere;
      }
      .provider {
        color: var(--_muted);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .share-status:empty {
        display: none;
      }
      .share-url {
        inline-size: 100%;
        padding: 0.4em;
        border: 1px solid var(--_control-border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .summary {
        font-size: 1.0625em;
      }
      dl.facts {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      @container (min-width: 36rem) {
        dl.facts {
          grid-template-columns: minmax(9rem, max-content) 1fr;
        }
        dl.facts dd + dt {
          margin-block-start: 0;
        }
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.35rem;
        overflow-wrap: anywhere;
      }
      section {
        display: grid;
        gap: 0.5rem;
        padding-block-start: var(--_space);
        border-block-start: 1px solid var(--_line);
      }
      .section-title {
        margin: 0;
        font-size: 1.125em;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      .prose {
        overflow-wrap: anywhere;
      }
      .prose :is(p, ul, ol, table, blockquote) {
        margin-block: 0 0.75em;
      }
      .prose > :first-child {
        margin-block-start: 0;
      }
      .prose > :last-child {
        margin-block-end: 0;
      }
      .prose :is(h3, h4, h5, h6) {
        font-size: 1em;
        margin: 1em 0 0.25em;
      }
      .prose table {
        border-collapse: collapse;
        display: block;
        overflow-x: auto;
      }
      .prose :is(th, td) {
        border: 1px solid var(--_line);
        padding: 0.25em 0.5em;
        text-align: start;
      }
      .prose blockquote {
        margin: 0;
        padding-inline-start: 1rem;
        border-inline-start: 3px solid var(--_line);
      }
      .apply-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .skeleton.block {
        block-size: 12rem;
      }
      .not-found {
        display: grid;
        gap: var(--_space);
        justify-items: start;
        padding: var(--_space);
      }
    `,
  ];

  /** The opportunity to show. Inside a finder, leave it unset to show the finder's open opportunity. */
  @property({ attribute: false }) opportunity?: Opportunity;
  /** Level of the title heading (1–6, default 2); section headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Show a close button (always shown inside a finder). */
  @property({ type: Boolean }) closable = false;
  /** The link "Share" offers; default: the finder's deep link, else the opportunity's own page. */
  @property({ attribute: 'share-url' }) shareUrl?: string;
  /** The moment the status is computed for (ISO); default: the finder's, else now. */
  @property() now?: string;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private applyState: ApplyState = 'closed';
  @state() private shareMessage = '';
  @state() private shareFallback?: string;
  @state() private descriptionNode?: HTMLElement;
  private descriptionKey?: string;
  private shownId?: string;

  @query('#title') private titleEl?: HTMLElement;

  /** What the schema.org script describes now (the opportunity and the languages), to rewrite it only on a change. */
  private jsonLdFor?: { o: Opportunity; langs: string };
  private jsonLdScript?: HTMLScriptElement;

  private readonly finder = new FinderLink(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  /** Whether this detail follows a finder's selection. */
  private get linked(): boolean {
    return this.opportunity === undefined && this.finder.controller !== undefined;
  }

  private get current(): Opportunity | undefined {
    return this.opportunity ?? this.finder.controller?.selected;
  }

  private get nowDate(): Date {
    const d = this.now ? new Date(this.now) : undefined;
    return d && !Number.isNaN(d.getTime()) ? d : (this.finder.controller?.now ?? new Date());
  }

  /** Move focus to the title (a finder does this when the detail opens). */
  focusHeading(): void {
    this.titleEl?.focus();
  }

  /** Close: emits `opp-detail-close`, and inside a finder goes back to the results. */
  close(): void {
    const o = this.current;
    if (!o && !this.finder.controller?.selectedId) return;
    this.emit('opp-detail-close', { id: o?.id ?? this.finder.controller!.selectedId! });
    if (this.linked) this.finder.controller!.close();
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || !(this.closable || this.linked)) return;
    // Escape in a form field (the application form) must not throw away what was typed.
    if (isFormField(e.composedPath()[0])) return;
    e.preventDefault();
    this.close();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const o = this.current;
    if (o?.id !== this.shownId) {
      this.applyState = 'closed';
      this.shareMessage = '';
      this.shareFallback = undefined;
    }
    const desc = o ? text(o.description, this.i18n.contentLanguages, o.language) : undefined;
    // `desc.lang` is Lit's `nothing` (a symbol) for text in an unknown language: a symbol in a template string throws.
    const lang = typeof desc?.lang === 'string' ? desc.lang : '';
    const key = o && desc?.value ? `${o.id}\u0000${lang}\u0000${desc.value}\u0000${this.i18n.lang}` : undefined;
    if (key !== this.descriptionKey) {
      this.descriptionKey = key;
      this.descriptionNode = undefined;
      if (key && desc) void this.renderDescription(key, desc.value, desc.lang as string | typeof nothing);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncJsonLd();
    const id = this.current?.id;
    if (id !== this.shownId) {
      this.shownId = id;
      const reason = this.finder.controller?.lastReason;
      if (id !== undefined && this.linked && (reason === 'select' || reason === 'restore')) this.focusHeading();
    }
  }

  /**
   * The opportunity as schema.org JSON-LD for search engines: one `<script type="application/ld+json">` child of this
   * element (light DOM, so crawlers and page scripts find it; nothing slots it, so it is not shown), written by the
   * formats module's `toJsonLd` in the visitor's languages, with `<` escaped so no text can close the script.
   */
  private syncJsonLd(): void {
    const o = this.current;
    const langs = this.i18n.contentLanguages;
    const key = langs.join(',');
    if (this.jsonLdFor?.o === o && this.jsonLdFor?.langs === key) return;
    this.jsonLdFor = o ? { o, langs: key } : undefined;
    if (!o) {
      this.jsonLdScript?.remove();
      return;
    }
    loadJsonLdWriter().then(
      ({ toJsonLd, jsonLdScriptText }) => {
        if (this.jsonLdFor?.o !== o || this.jsonLdFor.langs !== key) return;
        // A script's text set from a string is a Trusted Types script sink (a violation under a strict CSP, even for
        // JSON); a Lit template (its 'lit-html' policy) with a text part inside the inert script is not. Rendered into a
        // detached box, its marker comments removed (serialised, they would sit inside the JSON), and moved here.
        const box = document.createElement('div');
        render(html`<script type="application/ld+json">${jsonLdScriptText(toJsonLd(o, { languages: langs }))}</script>`, box);
        const script = box.querySelector('script')!;
        for (const n of [...script.childNodes]) if (n.nodeType !== Node.TEXT_NODE) n.remove();
        if (this.jsonLdScript?.parentNode === this) this.jsonLdScript.replaceWith(script);
        else this.append(script);
        this.jsonLdScript = script;
      },
      () => undefined,
    );
  }

  /** Sanitise the description (DOMPurify loads here, the first time one is shown) into a node for the template. */
  private async renderDescription(key: string, value: string, lang: string | typeof nothing): Promise<void> {
    const { sanitizeDescription } = await import('./sanitize.js');
    if (this.descriptionKey !== key) return;
    const div = document.createElement('div');
    div.className = 'prose';
    if (typeof lang === 'string') div.lang = lang;
    div.append(sanitizeDescription(value));
    for (const a of div.querySelectorAll('a[target="_blank"]')) {
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ` ${this.i18n.msg.finder.newTab}`;
      a.append(hint);
    }
    this.descriptionNode = div;
  }

  // ---------- actions ----------

  private shareLink(o: Opportunity): string {
    return safeUrl(this.shareUrl) ?? this.finder.controller?.hrefFor(o.id) ?? safeUrl(o.url) ?? location.href;
  }

  private async share(o: Opportunity, title: string): Promise<void> {
    const t = this.i18n.msg.finder;
    const url = this.shareLink(o);
    this.shareFallback = undefined;
    this.shareMessage = '';
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (e) {
        if ((e as Error)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareMessage = t.linkCopied;
    } catch {
      this.shareMessage = t.copyFailed;
      this.shareFallback = url;
    }
  }

  /**
   * Download the opportunity as an .ics file, written by the formats module's iCalendar writer (the one `toICalendar`
   * uses), which is loaded on first use: pointing at or focusing the button starts loading it.
   */
  private async downloadCalendar(o: Opportunity, title: string): Promise<void> {
    const { icsFileName, toICalendar } = await loadCalendarWriter();
    const t = this.i18n.msg.finder;
    const ics = toICalendar([o], { now: this.nowDate, languages: this.i18n.contentLanguages, deadlineTitle: (title) => this.i18n.format(t.calendarDeadline, { title }) });
    if (!/BEGIN:VEVENT/.test(ics)) return;
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = icsFileName(title);
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    this.emit('opp-calendar-download', { id: o.id, fileName: a.download });
  }

  /** Load `<opp-apply>` (its own chunk) and show it. It emits `opp-apply-start` itself when the visitor starts. */
  private async openForm(o: Opportunity): Promise<void> {
    this.applyState = 'loading';
    // The button goes away: focus the section's heading (the form's heading), or it would fall to <body>.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#apply-title')?.focus());
    try {
      await import('../apply/opp-apply.js');
      if (this.current?.id === o.id) this.applyState = 'ready';
    } catch {
      if (this.current?.id === o.id) this.applyState = 'failed';
    }
  }

  // ---------- rendering ----------

  protected override render() {
    const t = this.i18n.msg.finder;
    const o = this.current;
    const c = this.finder.controller;
    const closable = this.closable || this.linked;
    const level = headingLevel(this.headingLevel);
    if (!o) {
      if (!this.linked || c?.selectedId === undefined) return nothing;
      if (c.status === 'loading' || c.status === 'idle') {
        return html`<div part="base" class="detail" aria-busy="true">
          <span class="skeleton block"></span>
          <p>${t.loading}</p>
        </div>`;
      }
      return html`<div part="not-found" class="not-found">
        ${heading(level, t.notFound, { id: 'title', part: 'title', className: 'title', focusable: true })}
        <button part="close" class="button" type="button" @click=${() => this.close()}>${t.backToResults}</button>
      </div>`;
    }
    const lang = this.i18n.lang;
    const langs = this.i18n.contentLanguages;
    const now = this.nowDate;
    const status = opportunityStatus(o, now);
    const title = text(o.title, langs, o.language);
    const provider = text(o.provider.name, langs, o.language);
    const summary = text(o.summary, langs, o.language);
    const place = placeText(o, t, lang);
    const providerUrl = safeUrl(o.provider.url);
    return html`
      <article part="base" class="detail" aria-labelledby="title">
        ${closable
          ? html`<button part="close" class="button close" type="button" @click=${() => this.close()}>
              <span aria-hidden="true">←</span> ${this.linked ? t.backToResults : t.close}
            </button>`
          : nothing}
        <header part="header">
          ${heading(level, title.value, {
            id: 'title',
            part: 'title',
            className: 'title',
            focusable: true,
            ...(title.lang !== nothing ? { lang: title.lang as string } : {}),
          })}
          <p part="kind" class="kind">
            ${t.kinds[o.kind]}${o.direction === 'request' ? html` · ${t.directions.request}` : nothing}
          </p>
          <p part="provider" class="provider">
            <span class="visually-hidden">${t.organiser}:</span>
            <span lang=${provider.lang}>${provider.value}</span>
          </p>
          <p>${statusBadge(status, t)}</p>
        </header>
        ${this.renderActions(o, title.value)}
        ${summary.value ? html`<p part="summary" class="summary" lang=${summary.lang}>${summary.value}</p>` : nothing}
        ${this.renderFacts(o, status, place, now)}
        ${this.renderApply(o, level + 1, now)}
        ${this.descriptionNode
          ? this.section(level + 1, t.about, html`<div part="description">${this.descriptionNode}</div>`)
          : nothing}
        ${o.learningOutcomes?.length
          ? this.section(
              level + 1,
              t.learningOutcomes,
              html`<ul part="outcomes">
                ${o.learningOutcomes.map((lo) => {
                  const x = text(lo, langs, o.language);
                  return html`<li lang=${x.lang}>${x.value}</li>`;
                })}
              </ul>`,
            )
          : nothing}
        ${this.renderContact(o, level + 1)} ${this.renderLinks(o, providerUrl, level + 1)}
      </article>
    `;
  }

  private section(level: number, title: string, body: TemplateResult): TemplateResult {
    return html`<section part="section">
      ${heading(Math.min(6, level), title, { part: 'section-title', className: 'section-title' })} ${body}
    </section>`;
  }

  private renderActions(o: Opportunity, title: string): TemplateResult {
    const t = this.i18n.msg.finder;
    return html`
      <div part="actions" class="actions">
        ${o.start || o.application?.deadline
          ? html`<button
              part="calendar"
              class="button"
              type="button"
              @pointerenter=${loadCalendarWriter}
              @focus=${loadCalendarWriter}
              @click=${() => void this.downloadCalendar(o, title)}
            >
              ${t.addToCalendar}
            </button>`
          : nothing}
        <button part="share" class="button" type="button" @click=${() => this.share(o, title)}>${t.share}</button>
      </div>
      <div part="share-status" class="share-status" role="status">
        ${this.shareMessage}
        ${this.shareFallback
          ? html`<input
              class="share-url"
              type="url"
              readonly
              aria-label=${t.share}
              .value=${this.shareFallback}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            />`
          : nothing}
      </div>
    `;
  }

  private renderFacts(o: Opportunity, status: OpportunityStatus, place: string, now: Date): TemplateResult {
    const t = this.i18n.msg.finder;
    const lang = this.i18n.lang;
    const langs = this.i18n.contentLanguages;
    const dates = datesText(o, lang);
    const app = o.application;
    const deadline = app?.deadline ? whenParts(app.deadline, o, lang) : undefined;
    const { relative } = deadlineInfo(o, status, lang, now);
    const fee = feeText(o, t, lang);
    const covers = o.fee?.covers ? text(o.fee.covers, langs, o.language) : undefined;
    const languages = languagesText(o, t, lang);
    const places = app?.placesLeft !== undefined ? this.i18n.format(t.placesLeft, { count: app.placesLeft }) : app?.places !== undefined ? this.i18n.format(t.places, { count: app.places }) : '';
    const placesTotal = app?.placesLeft !== undefined && app.places !== undefined ? ` (${this.i18n.format(t.places, { count: app.places })})` : '';
    const list = (facet: 'audience' | 'topic', values: string[] | undefined) =>
      values?.length ? values.map((v) => facetValueLabel(facet, v, t, lang)).join(', ') : '';
    const audience = list('audience', o.audience);
    const topics = list('topic', o.topics);
    const fields = o.fields?.length ? o.fields.map((f) => fieldLabel(f, t, lang)).join('; ') : '';
    const note = o.recognition?.note ? text(o.recognition.note, langs, o.language) : undefined;
    const credits = [
      o.recognition?.ects !== undefined ? this.i18n.format(t.ects, { credits: formatNumber(o.recognition.ects, lang) }) : '',
      o.recognition?.ecvet !== undefined ? this.i18n.format(t.ecvet, { points: formatNumber(o.recognition.ecvet, lang) }) : '',
    ].filter(Boolean);
    /** A fact when `show` is truthy (text facts pass themselves). */
    const row = (show: unknown, label: string, value: unknown = show) =>
      show ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
    return html`
      <dl part="facts" class="facts">
        ${row(dates, t.when, html`<time datetime=${o.start ?? o.end ?? nothing}>${dates}</time>`)}
        ${row(place, t.where)}
        ${row(
          deadline,
          t.deadline,
          html`<time datetime=${app?.deadline ?? nothing}>${deadline?.text}</time>${deadline?.visitor
            ? ` (${this.i18n.format(t.yourTime, { time: deadline.visitor })})`
            : nothing}${relative ? html` · ${this.i18n.format(t.closesIn, { when: relative })}` : nothing}`,
        )}
        ${row(status === 'upcoming' && app?.opens, t.statuses.upcoming, this.i18n.format(t.opensOn, { date: formatDate(app?.opens ?? '', lang, { withTime: false, country: countryOf(o) }) }))}
        ${row(places, t.placesLabel, places + placesTotal)}
        ${row(fee, t.fee, html`${fee}${covers?.value ? html` — <span lang=${covers.lang}>${covers.value}</span>` : nothing}`)}
        ${row(languages, t.languages)} ${row(audience, t.facets.audience)} ${row(topics, t.topics)} ${row(fields, t.fields)}
        ${row(
          credits.length > 0 || !!note?.value,
          t.recognition,
          html`${credits.join(', ')}${note?.value
            ? html`${credits.length ? html`<br />` : nothing}<span lang=${note.lang}>${note.value}</span>`
            : nothing}`,
        )}
        ${row(
          o.feedback && o.feedback.count > 0,
          t.feedback,
          o.feedback ? this.i18n.format(t.feedbackRating, { rating: formatNumber(o.feedback.rating, lang, { maximumFractionDigits: 1 }), count: o.feedback.count }) : '',
        )}
      </dl>
    `;
  }

  private renderApply(o: Opportunity, level: number, now: Date): TemplateResult {
    const t = this.i18n.msg.finder;
    const app = o.application;
    const how = howToApply(o, now);
    const { status, url, form } = how;
    const title = text(o.title, this.i18n.contentLanguages, o.language).value;
    const mailto = how.mailto ? `${how.mailto}?subject=${encodeURIComponent(title)}` : undefined;
    let body: TemplateResult;
    if (status === 'cancelled') body = html`<p>${t.cancelledNote}</p>`;
    else if (status === 'upcoming') body = html`<p>${app?.opens ? this.i18n.format(t.opensOn, { date: formatDate(app.opens, this.i18n.lang, { withTime: false, country: countryOf(o) }) }) : t.statuses.upcoming}</p>`;
    else if (status === 'full') body = html`<p>${t.fullyBookedNote}</p>`;
    else if (!how.open) body = html`<p>${t.applicationsClosed}</p>`;
    else {
      const link = url
        ? html`<a
            part="apply-button"
            class="button ${form ? '' : 'primary'}"
            href=${url}
            target="_blank"
            rel="noopener noreferrer"
            @click=${() => this.emit('opp-apply-start', { id: o.id, method: 'link' })}
            >${t.applyOnline}<span class="visually-hidden"> ${t.newTab}</span></a
          >`
        : nothing;
      const mail = mailto
        ? html`<a
            part=${url ? 'apply-email' : 'apply-button'}
            class=${url || form ? '' : 'button primary'}
            href=${mailto}
            @click=${() => this.emit('opp-apply-start', { id: o.id, method: 'email' })}
            >${t.applyByEmail}</a
          >
          ${url || form ? nothing : html`<span>${how.email}</span>`}`
        : nothing;
      if (form) {
        body =
          this.applyState === 'ready'
            ? html`<opp-apply
                part="apply-form"
                no-heading
                heading-level=${Math.min(6, level + 1)}
                .opportunity=${o}
                .now=${now}
              ></opp-apply>`
            : this.applyState === 'loading'
              ? html`<p role="status">${t.applyLoading}</p>`
              : html`${this.applyState === 'failed' ? html`<p role="alert">${t.applyFormFailed}</p>` : nothing}
                  <div class="apply-row">
                    ${this.applyState === 'closed'
                      ? html`<button part="apply-button" class="button primary" type="button" @click=${() => this.openForm(o)}>
                          ${t.applyHere}
                        </button>`
                      : nothing}
                    ${link} ${mail}
                  </div>`;
      } else if (url || mailto) {
        body = html`<div class="apply-row">${link} ${mail}</div>`;
      } else {
        return html``;
      }
    }
    return html`<section part="section apply" id="apply">
      ${heading(Math.min(6, level), t.howToApply, { id: 'apply-title', part: 'section-title', className: 'section-title', focusable: !!app?.form })} ${body}
    </section>`;
  }

  private renderContact(o: Opportunity, level: number): TemplateResult | typeof nothing {
    const t = this.i18n.msg.finder;
    const c = o.contact;
    if (!c) return nothing;
    const email = c.email ? safeUrl(`mailto:${c.email}`, { allowMailto: true }) : undefined;
    const url = safeUrl(c.url);
    if (!c.name && !email && !c.phone && !url) return nothing;
    return this.section(
      level,
      t.contact,
      html`<dl part="contact" class="facts">
        ${c.name ? html`<dt class="visually-hidden">${t.contact}</dt><dd>${c.name}</dd>` : nothing}
        ${email ? html`<dt>${t.email}</dt><dd><a href=${email}>${c.email}</a></dd>` : nothing}
        ${c.phone ? html`<dt>${t.phone}</dt><dd>${c.phone}</dd>` : nothing}
        ${url
          ? html`<dt>${t.website}</dt>
              <dd>
                <a href=${url} target="_blank" rel="noopener noreferrer"
                  >${url}<span class="visually-hidden"> ${t.newTab}</span></a
                >
              </dd>`
          : nothing}
      </dl>`,
    );
  }

  private renderLinks(o: Opportunity, providerUrl: string | undefined, level: number): TemplateResult | typeof nothing {
    const t = this.i18n.msg.finder;
    const url = safeUrl(o.url);
    if (!url && !providerUrl) return nothing;
    const link = (href: string, label: string) =>
      html`<li>
        <a href=${href} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> ${t.newTab}</span></a
        >
      </li>`;
    return this.section(
      level,
      t.links,
      html`<ul part="links">
        ${url ? link(url, t.moreInformation) : nothing}
        ${providerUrl && providerUrl !== url ? link(providerUrl, t.organiserWebsite) : nothing}
      </ul>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opp-detail': OppDetail;
  }
}
