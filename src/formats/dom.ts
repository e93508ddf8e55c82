/**
 * A small element tree built with htmlparser2's streaming parser (works the same in Node and browsers), with the
 * source offset of each element for line numbers in issues. Used by the RSS/Atom and HTML readers.
 */
import { Parser } from 'htmlparser2';

export interface El {
  /** Lower-case name with its prefix: `item`, `content:encoded`, `atom:link`. */
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | undefined;
  /** Offset of the start tag in the source. */
  start: number;
  /** The end tag was missing (the parser closed the element at the end of the input). */
  implied?: boolean;
}

/**
 * Parse `text` into a tree. With `stop`, parsing ends once `stop.count` elements named one of `stop.names` have
 * closed (the root then has `stopped: true`): a feed with a million items is not read past what will be used.
 */
export function parseXml(text: string, xmlMode: boolean, stop?: { names: readonly string[]; count: number }): El & { stopped?: boolean } {
  const root: El & { stopped?: boolean } = { name: '#root', attrs: {}, children: [], parent: undefined, start: 0 };
  let cur = root;
  let closed = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { name: name.toLowerCase(), attrs, children: [], parent: cur, start: parser.startIndex };
        cur.children.push(el);
        cur = el;
      },
      ontext(data) {
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + data;
        else cur.children.push(data);
      },
      onclosetag(_name, isImplied) {
        if (isImplied && cur.parent) cur.implied = true;
        if (stop && !root.stopped && stop.names.includes(cur.name) && ++closed >= stop.count) {
          root.stopped = true;
          parser.pause();
        }
        cur = cur.parent ?? root;
      },
    },
    { xmlMode, decodeEntities: true, recognizeCDATA: true, lowerCaseAttributeNames: !xmlMode },
  );
  parser.write(text);
  if (!root.stopped) parser.end();
  return root;
}

export const elements = (el: El): El[] => el.children.filter((c): c is El => typeof c !== 'string');
export const child = (el: El, ...names: string[]): El | undefined => elements(el).find((c) => names.includes(c.name));
export const childrenNamed = (el: El, ...names: string[]): El[] => elements(el).filter((c) => names.includes(c.name));

/** All text inside, concatenated. */
export function textOf(el: El | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/** Every descendant element named one of `names`, in document order (not looking inside matches). */
export function findAll(el: El, names: readonly string[], out: El[] = []): El[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (names.includes(c.name)) out.push(c);
    else findAll(c, names, out);
  }
  return out;
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/** The children of `el` as HTML (for Atom `type="xhtml"` content); namespace prefixes are dropped. */
export function innerHtml(el: El): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      out += escText(c);
      continue;
    }
    const name = c.name.replace(/^[^:]*:/, '');
    const attrs = Object.entries(c.attrs)
      .filter(([k]) => !k.startsWith('xmlns'))
      .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
      .join('');
    out += VOID.has(name) && c.children.length === 0 ? `<${name}${attrs}>` : `<${name}${attrs}>${innerHtml(c)}</${name}>`;
  }
  return out;
}
