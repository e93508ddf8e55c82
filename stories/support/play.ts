/**
 * Small helpers for play functions: wait for an element's real state (a story is "rendered" for the accessibility
 * sweep only when its play function has finished), find nodes through open shadow roots, and fill forms the way a
 * person would (input and change events on native controls).
 */
import type { FinderHost } from '../../src/elements/finder/finder-host.js';

/** Wait until `check()` is truthy (polled each frame); fail with `what` after `timeout` ms. */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 10_000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/**
 * Every element matching `selector` under `root`, looking through open shadow roots (`root`'s own included). A selector
 * is matched within one tree: to cross into an element's shadow root, use `deep(root, 'opp-card', '[part~="title"]')`.
 */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const out: E[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el as E);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The first element found by following `path` (each step searched under the previous one, shadow roots included). */
export function deep<E extends Element = HTMLElement>(root: ParentNode, ...path: string[]): E | undefined {
  let node: ParentNode | undefined = root;
  for (const selector of path) {
    node = node ? deepAll(node, selector)[0] : undefined;
  }
  return node === root ? undefined : (node as E | undefined);
}

/** Wait for every Lit element under `root` (shadow roots included) to finish its pending update. */
export async function settled(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = deepAll(root, '*')
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => !!p);
    await Promise.all(pending);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** Wait for a finder (or provider, or stats) to reach `status`, then for its parts to render. */
export async function finderStatus(root: ParentNode, selector: string, status: 'ready' | 'error' | 'loading'): Promise<FinderHost> {
  const host = await until(() => deep<FinderHost>(root, selector), selector);
  // The script-tag bundle defines <opp-stats> and <opp-detail> on demand: wait for the upgrade.
  await customElements.whenDefined(host.localName);
  await until(() => host.controller.status === status, `${selector} to be ${status} (is ${host.controller?.status})`);
  await settled(root);
  return host;
}

/** Type into a native text control (fires input + change, as typing does). */
export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.blur();
}

/** Choose an option of a native select. */
export function choose(select: HTMLSelectElement, value?: string): void {
  select.focus();
  select.value = value ?? [...select.options].find((o) => o.value)!.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  select.blur();
}

/** Fill every required control of an `<opp-apply>` form with plausible answers. */
export function fillRequired(form: HTMLFormElement): void {
  const samples: Record<string, string> = {
    email: 'ana.lopez@example.eu',
    tel: '+34 600 000 000',
    url: 'https://example.eu/',
    number: '3',
    date: '2027-05-10',
  };
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    if (!el.required || el.closest('[aria-hidden="true"]')) continue;
    if (el instanceof HTMLSelectElement) choose(el);
    else if (el instanceof HTMLTextAreaElement) type(el, 'I would like to learn how you run your learning centre.');
    else if (el.type === 'checkbox' || el.type === 'radio') {
      if (!el.checked) el.click();
    } else type(el, samples[el.type] ?? 'Ana López');
  }
}
