/**
 * HTML page reader: the schema.org JSON-LD in `<script type="application/ld+json">` elements (htmlparser2,
 * streaming: only those scripts, `<html lang>`, `<title>` and `<base href>` are kept). Loaded lazily by `readFeed`.
 */
import { Parser } from 'htmlparser2';
import { fromJsonLd } from './jsonld.js';
import type { JsonLdBlock } from './jsonld.js';
import { IssueLog, LineCounter } from './issue-log.js';
import { resolveUrl } from './loose-values.js';
import type { Extracted, Json, ReaderContext } from './raw.js';

interface Script {
  text: string;
  start: number;
}

function scan(text: string): { scripts: Script[]; lang?: string; title?: string; base?: string } {
  const scripts: Script[] = [];
  let lang: string | undefined;
  let title: string | undefined;
  let base: string | undefined;
  let script: Script | undefined;
  let inTitle = false;
  let titleText = '';
  let svg = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang && lang === undefined) lang = attrs.lang.trim();
        else if (name === 'base' && attrs.href && base === undefined) base = attrs.href.trim();
        else if (name === 'svg') svg++;
        else if (name === 'title' && title === undefined && svg === 0) inTitle = true;
        else if (name === 'script' && /^\s*application\/ld\+json\s*(;|$)/i.test(attrs.type ?? '')) {
          script = { text: '', start: parser.startIndex };
        }
      },
      ontext(data) {
        if (script) script.text += data;
        else if (inTitle) titleText += data;
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          scripts.push(script);
          script = undefined;
        } else if (name === 'title' && inTitle) {
          inTitle = false;
          title = titleText.replace(/\s+/g, ' ').trim();
        } else if (name === 'svg' && svg > 0) svg--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return { scripts, ...(lang ? { lang } : {}), ...(title ? { title } : {}), ...(base ? { base } : {}) };
}

/** JSON-LD as pages write it: sometimes wrapped in `<!-- -->` or `<![CDATA[ ]]>`, sometimes with trailing commas. */
function parseJson(text: string): unknown {
  const t = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(\/\/\s*)?<!\[CDATA\[|(\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(t);
  } catch (e) {
    const lenient = t.replace(/,\s*([}\]])/g, '$1');
    if (lenient !== t) {
      try {
        return JSON.parse(lenient);
      } catch {
        /* report the first error */
      }
    }
    throw e;
  }
}

/** Read the JSON-LD of an HTML page into raw items. */
export function readHtml(text: string, ctx: ReaderContext): Extracted {
  const log = new IssueLog();
  const lines = new LineCounter(text);
  const page = scan(text);
  const baseUrl = page.base ? resolveUrl(page.base, ctx.baseUrl) : ctx.baseUrl;
  const blocks: JsonLdBlock[] = [];
  page.scripts.forEach((s, i) => {
    const where = `JSON-LD block ${i + 1} (line ${lines.lineAt(s.start)})`;
    try {
      blocks.push({ value: parseJson(s.text), where });
    } catch (e) {
      log.feed(`${where}: is not valid JSON (${(e as Error).message}); it was ignored`, 'error');
    }
  });
  const feed: Json = {};
  if (page.title) feed.title = page.title;
  if (page.lang) feed.language = page.lang;
  if (!page.scripts.length) {
    log.feed(
      'the page has no schema.org JSON-LD (<script type="application/ld+json">) describing events, courses or job postings',
      'error',
    );
    return { feed, items: [], issues: log.finish() };
  }
  const items = blocks.length ? fromJsonLd(blocks, { ...ctx, baseUrl }, log) : [];
  return { feed, items, issues: log.finish() };
}
