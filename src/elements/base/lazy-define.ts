/**
 * Register a tag on demand: its module (a lazy chunk) loads the first time an element with that tag is in the
 * document — present at start-up or added later — or when `whenNeeded(tag)` is called. Elements that our own shadow
 * roots create import their modules themselves; this covers host pages that write the tag into their HTML.
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

/** Start loading `tag`'s module (once); resolves when it has loaded, or failed (the failure is logged, not thrown). */
function load(tag: string): Promise<void> {
  const loader = pending.get(tag);
  if (!loader) return Promise.resolve();
  pending.delete(tag);
  if (pending.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
  return loader().then(
    () => undefined,
    (e: unknown) => console.error(`opportunity-kit: could not load <${tag}>`, e),
  );
}

function scan(root: ParentNode): void {
  for (const tag of [...pending.keys()]) if (root.querySelector(tag)) void load(tag);
}

/**
 * Load `loader` (which registers `tag`) when an element with that tag first appears in the document. Returns a promise
 * that settles when the tag's module has loaded if the document already holds such an element, else at once; it never
 * rejects (a failed load is logged).
 */
export function lazyDefine(tag: string, loader: () => Promise<unknown>): Promise<void> {
  if (typeof document === 'undefined' || customElements.get(tag)) return Promise.resolve();
  pending.set(tag, loader);
  if (document.querySelector(tag)) return load(tag);
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          const name = el.localName;
          if (pending.has(name)) void load(name);
          if (pending.size && el.firstElementChild) scan(el);
          if (!pending.size) return;
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  return Promise.resolve();
}

/** Load a lazily defined tag's module now (e.g. before creating the element with `document.createElement`). */
export function whenNeeded(tag: string): Promise<CustomElementConstructor> {
  void load(tag);
  return customElements.whenDefined(tag);
}
