import { render } from 'lit';
/** Find through shadow roots: `deep(finder, 'opp-results', 'opp-card', 'a')` = the first link of the first card. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let current: Element | null = root;
  for (const sel of selectors) {
    const scope: ParentNode | null | undefined = current?.shadowRoot ?? current;
    current = scope?.querySelector(sel) ?? null;
    if (!current) return null;
  }
  return current as T;
}

/** All matches of the last selector under the element found by the others. */
export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  const scope = parent?.shadowRoot ?? parent;
  return scope ? [...scope.querySelectorAll<T>(last)] : [];
}

/** The element that really has focus, through shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Visible text, whitespace collapsed (of an element or a shadow root). */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Wait until every Lit element under `root` (through shadow roots) finished updating. */
export async function settled(root: Element): Promise<void> {
  const collect = (scope: ParentNode, out: Element[]) => {
    for (const c of scope.querySelectorAll('*')) {
      out.push(c);
      if (c.shadowRoot) collect(c.shadowRoot, out);
    }
  };
  for (let i = 0; i < 3; i++) {
    const all: Element[] = [root];
    if (root.shadowRoot) collect(root.shadowRoot, all);
    collect(root, all);
    await Promise.all(all.map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/**
 * A container with `template` rendered into it, in the page, once every Lit element in it has updated. (Not open-wc's
 * `fixture` for a plain wrapper: it waits for an animation frame, which a background tab — wtr runs two pages at once —
 * may never get.) `unmountAll()` in `afterEach` removes them.
 */
const mounted: HTMLElement[] = [];
export async function mount(template: unknown): Promise<HTMLDivElement> {
  const box = document.createElement('div');
  document.body.append(box);
  mounted.push(box);
  render(template, box);
  await settled(box);
  return box;
}
export function unmountAll(): void {
  for (const box of mounted.splice(0)) box.remove();
}
