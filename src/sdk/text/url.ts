import { isHttpUrl } from '../feed/values.js';

/**
 * The URL rule for anything that reaches a template: returns the URL when it is absolute http(s) — or `mailto:` when
 * `allowMailto` — and `undefined` otherwise (`javascript:`, `data:`, relative or malformed URLs never render).
 */
export function safeUrl(value: unknown, { allowMailto = false } = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (isHttpUrl(v)) return v;
  if (allowMailto && /^mailto:[^\s@<>"]+@[^\s@<>"]+$/i.test(v)) return v;
  return undefined;
}
