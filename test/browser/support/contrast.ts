/**
 * Text contrast as a visitor sees it: each visible text (text nodes and form controls, through shadow roots and slots)
 * against the background actually painted behind it — the nearest painted backgrounds up the flat tree, blended over
 * the page's canvas (white on a page that declares no dark colour scheme). Background images are not looked at.
 */

type Rgba = [number, number, number, number];

let ctx: CanvasRenderingContext2D | undefined;
/** Any CSS colour the browser computes (`rgb()`, `color(srgb …)`, `oklch()`…) as sRGB 0–255 and alpha 0–1. */
export function rgba(css: string): Rgba {
  ctx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

const over = (top: Rgba, below: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
};

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.1 contrast ratio of two opaque colours (1–21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat (rendered) tree: the slot an element is assigned to, or the host of a shadow root. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  const p = el.parentNode;
  if (p instanceof ShadowRoot) return p.host;
  return p instanceof Element ? p : null;
}

/** The opaque colour painted behind `el`: its own and its ancestors' background colours over the canvas. */
export function effectiveBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = flatParent(e)) {
    const bg = rgba(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  // The canvas: white unless the root element's used colour scheme is dark.
  let result: Rgba = rgba(getComputedStyle(document.documentElement).colorScheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches ? 'Canvas' : '#fff');
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

export interface ContrastProblem {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

const fmt = (c: Rgba) => `rgb(${c.slice(0, 3).map((n) => Math.round(n)).join(', ')})`;

function visible(el: Element): boolean {
  if (el.closest('select, option, [aria-hidden="true"]')) return el instanceof HTMLSelectElement;
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && Number(style.opacity) > 0;
}

/**
 * Every visible text under `root` (its shadow tree, light DOM and nested elements) whose contrast with what is painted
 * behind it is below 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold).
 */
export function contrastProblems(root: Element): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  const checked = new Set<Element>();
  const check = (el: Element, text: string) => {
    if (checked.has(el) || !visible(el)) return;
    checked.add(el);
    const style = getComputedStyle(el);
    const bg = effectiveBackground(el);
    const fg = over(rgba(style.color), bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrastRatio(fg, bg);
    if (ratio < (large ? 3 : 4.5)) problems.push({ text: text.slice(0, 60), color: fmt(fg), background: fmt(bg), ratio: Math.round(ratio * 100) / 100 });
  };
  const walk = (scope: Node) => {
    for (const node of scope.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && node.parentElement) {
        check(node.parentElement, node.textContent!.trim());
      } else if (node instanceof Element) {
        if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) continue;
        if (node.matches('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, select')) check(node, `<${node.localName} name=${node.getAttribute('name')}>`);
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return problems;
}
