/**
 * HTML as plain text and back, for display: every character reference the HTML standard names is decoded with the
 * `entities` package (htmlparser2's own decoder, so it is in the readers' chunk already). Search has its own light
 * decoder (`sdk/search/fold.ts`), which only needs what folding keeps.
 */
import { decodeHTML } from 'entities/decode';

/**
 * Decode character references as an HTML parser does in text (every named one the HTML standard defines: `&amp;`,
 * `&scaron;`, `&Lstrok;`, `&#8217;`, `&#x2019;`, …), with the `entities` package (htmlparser2's own decoder, so it is
 * in the readers' chunk already).
 */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/**
 * HTML as readable plain text: block ends and `<br>` become line breaks, list items get `- `, tags go, character
 * references are decoded, runs of blank lines shrink to one. Plain text comes back as it was (entities decoded).
 */
export function htmlToText(html: string): string {
  if (!/<[a-z/!]/i.test(html)) return decodeEntities(html).trim();
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<\/?(p|h[1-6]|blockquote|pre|table|section|article|header|footer|dl|figure)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(ul|ol)\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<(br|hr|\/?div|\/tr|\/dt|\/dd)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text as HTML that shows the same text (for descriptions from formats that only carry plain text). */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
