import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A heading level from an attribute value: 1–6, else `fallback`. */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Math.trunc(Number(value));
  return n >= 1 && n <= 6 ? n : fallback;
}

interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  lang?: string;
  /** `tabindex="-1"`: focusable from script (the detail heading receives focus when the detail opens). */
  focusable?: boolean;
}

/**
 * A real `<hN>` for a level chosen at run time, without static templates or `unsafeStatic`: one branch per level, so
 * the templates stay static strings that Lit (and a Trusted Types policy) can vet once.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const cls = o.className ?? nothing;
  const lang = o.lang ?? nothing;
  const tab = o.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} lang=${lang} tabindex=${tab}>${content}</h6>`;
  }
}
