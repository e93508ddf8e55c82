import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, loadMessages, messagesIfLoaded, uiLanguageOf } from './index.js';
// Every element gets the 23 lazy catalogues, whichever entry registered it (bundle, package or one element).
import './loaders.js';
import { loadVocabulary, vocabularyIfLoaded } from './vocab.js';
import type { Messages, UiLanguage } from './index.js';
import { format } from './format.js';
import type { Message, Values } from './format.js';

/**
 * Resolves an element's UI language — `lang` on the element (or its nearest ancestor with `lang`, looking through the
 * shadow roots it sits in), else `<html lang>`,
 * else the browser's — loads that catalogue lazily and re-renders the host when it arrives or the language changes.
 * Until a catalogue has loaded, English is shown, so the element never renders blank.
 */
export class LocalizeController implements ReactiveController {
  /** The current catalogue. */
  msg: Messages = en;
  /** The UI language in use (matches `msg`). */
  lang: UiLanguage = 'en';
  /** The languages to pick feed content in, best first: the UI language, then the browser's. */
  contentLanguages: string[] = ['en'];
  private observer?: MutationObserver;
  private wanted?: UiLanguage;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** A message of `msg` in the current language with its placeholders filled in (`format`). */
  format(message: Message, values?: Values): string {
    return format(this.lang, message, values);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.resolve());
    // The host and every shadow host around it (an element inside <opp-finder lang="sv"> follows the finder), and <html>.
    for (const scope of [...this.scopes(), document.documentElement]) {
      this.observer.observe(scope, { attributes: true, attributeFilter: ['lang'] });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The language the page asks for, before falling back to English. */
  requested(): string {
    for (const scope of this.scopes()) {
      const own = scope.closest('[lang]')?.getAttribute('lang');
      if (own) return own;
    }
    return document.documentElement.lang || navigator.language || 'en';
  }

  /** The host, then the host of each shadow root it sits in, outwards (`closest()` stops at a shadow root). */
  private scopes(): Element[] {
    const out: Element[] = [];
    for (let el: Element | undefined = this.host; el; ) {
      out.push(el);
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : undefined;
    }
    return out;
  }

  private resolve(): void {
    const tag = this.requested();
    const lang = uiLanguageOf(tag) ?? 'en';
    this.contentLanguages = [...new Set([tag, lang, ...(navigator.languages ?? [])].filter(Boolean))];
    if (lang === this.wanted) return;
    this.wanted = lang;
    // The topic and field labels: a chunk of their own; until it arrives, slugs show humanised.
    if (!vocabularyIfLoaded(lang)) void loadVocabulary(lang).then((v) => v && this.wanted === lang && this.host.requestUpdate());
    const ready = messagesIfLoaded(lang);
    if (ready) {
      this.apply(lang, ready);
      return;
    }
    void loadMessages(lang).then((m) => {
      if (this.wanted === lang) this.apply(m === en && lang !== 'en' ? 'en' : lang, m);
    });
  }

  private apply(lang: UiLanguage, msg: Messages): void {
    this.lang = lang;
    this.msg = msg;
    this.host.requestUpdate();
  }
}
