import { LitElement } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';

/**
 * The events every element may emit, by name → `detail` type. Each element's module augments this interface, and
 * `GlobalEventHandlersEventMap` gets typed `CustomEvent`s from it (see `./events.ts`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OppEventMap {}

let followVisitor: CSSStyleSheet | undefined;

/**
 * The colour scheme on a page that declares none: the visitor's preference (`--opp-color-scheme` still wins). One
 * shared sheet, adopted by the elements whose page says nothing; elsewhere they inherit the page's `color-scheme`.
 */
function followVisitorSheet(): CSSStyleSheet {
  if (!followVisitor) {
    followVisitor = new CSSStyleSheet();
    followVisitor.replaceSync(':host { color-scheme: var(--opp-color-scheme, light dark); }');
  }
  return followVisitor;
}

/** Base class of every opportunity-kit element: a typed `emit()`, safe registration and the UI language. */
export class OppElement extends LitElement {
  /** UI strings in the element's language; re-renders when the language changes. */
  protected readonly i18n = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.followPageScheme();
  }

  /**
   * A page that declares a `color-scheme` (`light`, `dark`, `light dark`) is followed: the element inherits it. A page
   * that declares none (`normal`) gets elements that follow the visitor's `prefers-color-scheme`, painting their own
   * dark background. Checked on every connect (the element may have moved).
   */
  private followPageScheme(): void {
    const root = this.renderRoot;
    if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
    const parent = this.assignedSlot ?? this.parentElement ?? (this.parentNode instanceof ShadowRoot ? this.parentNode.host : null);
    const scheme = parent ? getComputedStyle(parent).colorScheme : '';
    let sheet: CSSStyleSheet;
    try {
      sheet = followVisitorSheet();
    } catch {
      return; // no constructable stylesheets: the elements inherit the page's scheme
    }
    const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
    const follow = !scheme || scheme === 'normal';
    if (follow !== others.length < root.adoptedStyleSheets.length) root.adoptedStyleSheets = follow ? [...others, sheet] : others;
  }

  /**
   * Dispatch a typed, bubbling, composed event (host pages and frameworks listen on any ancestor).
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  emit<K extends keyof OppEventMap>(
    name: K,
    detail: OppEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /**
   * Register `tag` for this class unless a definition exists already (two copies of the bundle, or two versions, on
   * one page must not throw): the first definition wins.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (typeof customElements === 'undefined' || customElements.get(tag)) return;
    try {
      customElements.define(tag, ctor);
    } catch {
      /* another copy won a race to register the same tag */
    }
  }
}
