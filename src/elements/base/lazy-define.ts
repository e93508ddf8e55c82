/**
 * Register a tag on demand: its module (a lazy chunk) loads the first time an element with that tag is in the
 * document — present at start-up or added later — or when `whenNeeded(tag)` is called. Elements that our own shadow
 * roots create import their modules themselves; this covers host pages that write the tag into their HTML.
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function load(tag: string): void {
  const loader = pending.get(tag);
  if (!loader) return;
  pending.delete(tag);
  void loader().catch((e) => {
    console.error(`opportunity-kit: could not load <${tag}>`, e);
  });
  if (pending.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

function scan(root: ParentNode): void {
  for (const tag of [...pending.keys()]) if (root.querySelector(tag)) load(tag);
}

export function lazyDefine(tag: string, loader: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  pending.set(tag, loader);
  scan(document);
  if (!pending.has(tag) || observer) return;
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        const name = el.localName;
        if (pending.has(name)) load(name);
        if (pending.size && el.firstElementChild) scan(el);
        if (!pending.size) return;
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Load a lazily defined tag's module now (e.g. before creating the element with `document.createElement`). */
export function whenNeeded(tag: string): Promise<CustomElementConstructor> {
  load(tag);
  return customElements.whenDefined(tag);
}
