import { LitElement } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { OppEventMap } from './events.js';
import { VERSION } from './version.js';

/** Where an element class carries its opportunity-kit version: `Symbol.for`, so every copy on a page uses the same key. */
const VERSION_KEY: unique symbol = Symbol.for('opportunity-kit.version');

export type { OppEventMap };

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
   * The opportunity-kit version of this class, read by another copy's `define()` (a global symbol: any copy finds it).
   * @internal
   */
  static readonly [VERSION_KEY]: string = VERSION;

  /**
   * Register `tag` for this class unless a definition exists already (two copies of the bundle, or two versions, on
   * one page must not throw): the first definition wins. Two copies of one version are silent; a definition of another
   * version (or another script's element) under the same tag gets one console warning, as the page then runs elements
   * of a version it may not expect.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tag);
    if (existing) return warnIfOtherVersion(tag, existing, ctor);
    try {
      customElements.define(tag, ctor);
    } catch {
      // another copy won a race to register the same tag
      const winner = customElements.get(tag);
      if (winner) warnIfOtherVersion(tag, winner, ctor);
    }
  }
}

const versionOf = (ctor: CustomElementConstructor): string | undefined => {
  const v = (ctor as unknown as Record<symbol, unknown>)[VERSION_KEY];
  return typeof v === 'string' ? v : undefined;
};

/** The versions already warned about: one warning per other version, not one per tag. */
const warned = new Set<string>();

function warnIfOtherVersion(tag: string, existing: CustomElementConstructor, ctor: CustomElementConstructor): void {
  if (existing === ctor) return;
  const theirs = versionOf(existing);
  const ours = versionOf(ctor) ?? VERSION;
  if (theirs === ours) return;
  const key = theirs ?? '';
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `opportunity-kit ${ours}: <${tag}> is already defined by ${theirs ? `opportunity-kit ${theirs}` : 'another script'}; ` +
      'that definition stays and this one is not registered. Load one version of opportunity-kit per page.',
  );
}
