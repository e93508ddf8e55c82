import { LitElement } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';

/**
 * The events every element may emit, by name → `detail` type. Each element's module augments this interface, and
 * `GlobalEventHandlersEventMap` gets typed `CustomEvent`s from it (see `./events.ts`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OppEventMap {}

/** Base class of every opportunity-kit element: a typed `emit()`, safe registration and the UI language. */
export class OppElement extends LitElement {
  /** UI strings in the element's language; re-renders when the language changes. */
  protected readonly i18n = new LocalizeController(this);

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
