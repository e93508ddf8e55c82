import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { OppElement } from '../base/opp-element.js';
import { FinderLink } from '../finder/context.js';
import { styles } from './search-box.styles.js';

export const SEARCH_BOX_PARTS = ['base', 'label', 'row', 'input', 'button', 'hint'] as const;

/** How long typing must pause before the results follow. */
const DEBOUNCE_MS = 250;

/**
 * The finder's search field: a visible label, a native `type="search"` input (results follow as you type, after a
 * short pause; Enter searches at once) and a search button. Place it inside `<opp-finder-provider>`.
 *
 * @summary The search field of a finder.
 *
 * @csspart base - The search form (`role="search"`).
 * @csspart label - The visible label.
 * @csspart row - The row with the input and the button.
 * @csspart input - The search input.
 * @csspart button - The search button.
 * @csspart hint - The hint below the input.
 *
 * @cssproperty --opp-color-accent - The button's colour.
 * @cssproperty --opp-color-control-border - The input's border.
 * @cssproperty --opp-color-focus - Focus ring colour.
 * @cssproperty --opp-radius - Corner radius.
 */
export class OppSearchBox extends OppElement {
  static override styles = styles;

  @state() private draft = '';
  private timer?: ReturnType<typeof setTimeout>;
  private readonly finder = new FinderLink(this, () => this.sync());

  /** Follow the query (back button, "clear all") unless the visitor is typing or only added spaces. */
  private sync(): void {
    const text = this.finder.controller?.query.text ?? '';
    if (this.timer === undefined && this.draft.trim() !== text) this.draft = text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed mid-typing: drop the pending search (it would write the URL for an element that is gone).
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.finder.controller?.setText(this.draft);
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.flush();
  }

  protected override render() {
    const t = this.i18n.msg.finder;
    return html`
      <form part="base" role="search" @submit=${this.onSubmit}>
        <label part="label" for="q">${t.searchLabel}</label>
        <div part="row" class="row">
          <input
            part="input"
            id="q"
            type="search"
            name="q"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="hint"
            .value=${this.draft}
            @input=${this.onInput}
          />
          <button part="button" class="button primary" type="submit">${t.searchButton}</button>
        </div>
        <p part="hint" id="hint" class="hint">${t.searchHint}</p>
      </form>
    `;
  }
}
