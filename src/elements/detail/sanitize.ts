/**
 * The description's HTML, made safe: DOMPurify with a strict allow-list, returned as a DOM fragment (never a string,
 * so nothing is parsed again and no Trusted Types sink is used by the view). Loaded lazily by `<opp-detail>` only when
 * a description is shown: a list of cards never downloads DOMPurify.
 *
 * Allowed: p, br, ul, ol, li, strong, em, b, i, a[href], h3–h6, blockquote and basic tables. No style, class, id, on*,
 * data-* or aria-*; images and everything else are dropped. Links keep only http(s) and mailto hrefs; http(s) links
 * open in a new tab with `rel="noopener noreferrer"`.
 */
import DOMPurify from 'dompurify';
import { safeUrl } from '../../sdk/text/url.js';

const ALLOWED_TAGS = [
  'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'colspan', 'rowspan', 'scope'];

let active = false;
let hooked = false;

function hook(): void {
  if (hooked) return;
  hooked = true;
  // Hooks live on the shared DOMPurify instance: act only during our own calls.
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (!active || (node as Element).tagName !== 'A') return;
    const a = node as Element;
    const href = a.getAttribute('href');
    const safe = safeUrl(href, { allowMailto: true });
    if (!safe) {
      a.removeAttribute('href');
      return;
    }
    if (/^https?:/i.test(safe)) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/**
 * Drop inline styles before parsing. Not a security measure (DOMPurify removes them anyway): DOMPurify's parser
 * document inherits the page's CSP, so under `style-src 'self'` every `style` attribute or `<style>` in a description
 * would file a CSP violation report while being parsed. Only the inside of tags is touched, never text.
 */
export function dropInlineStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi, ''));
}

/** Sanitise feed HTML into a fragment owned by `document`. */
export function sanitizeDescription(dirty: string): DocumentFragment {
  hook();
  active = true;
  try {
    const fragment = DOMPurify.sanitize(dropInlineStyles(dirty), {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
      // Not URLs: without this, DOMPurify tests their values ("2", "col") against the URI pattern above and drops them.
      ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'scope'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      KEEP_CONTENT: true,
      RETURN_DOM_FRAGMENT: true,
    }) as DocumentFragment | null;
    // DOMPurify gives null when the markup parses without a <body> (a leading <frameset> replaces it): nothing to show.
    return fragment ? document.importNode(fragment, true) : document.createDocumentFragment();
  } finally {
    active = false;
  }
}
