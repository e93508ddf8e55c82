/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | undefined {
  let el = root.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el ?? undefined;
}

/** Split an attribute list (`"FI,SE"`, `"FI SE"`) into values. */
export function listAttr(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
