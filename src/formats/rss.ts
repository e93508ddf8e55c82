/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom reader (htmlparser2, one code path for Node and browsers): each item or entry
 * becomes one opportunity. Loaded lazily by `readFeed`.
 */
import { child, childrenNamed, elements, findAll, innerHtml, parseXml, textOf } from './dom.js';
import type { El } from './dom.js';
import { kindFromTitle, splitCategories } from './categories.js';
import { decodeEntities, escapeHtml, htmlToText } from './html-text.js';
import { deriveIds } from './ids.js';
import { IssueLog, LineCounter, quoteShort } from './issue-log.js';
import { looseDate, resolveUrl } from './loose-values.js';
import { placeFromText } from './places.js';
import type { Extracted, Json, RawItem, ReaderContext } from './raw.js';

/** Plain text from an element that may hold escaped HTML or double-escaped entities (common in feed titles). */
const plain = (el: El | undefined): string => {
  const t = textOf(el).trim();
  return /<[a-z/]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(t) ? htmlToText(t).replace(/\s+/g, ' ') : t.replace(/\s+/g, ' ');
};

const attr = (el: El | undefined, name: string): string | undefined => {
  const v = el?.attrs[name] ?? el?.attrs[name.toLowerCase()];
  return v && v.trim() ? v.trim() : undefined;
};

/** Base URL for links inside `el`: the nearest `xml:base`, resolved against the reader's base. */
function baseFor(el: El, fallback: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let e: El | undefined = el; e; e = e.parent) {
    const b = attr(e, 'xml:base');
    if (b) chain.unshift(b);
  }
  return chain.reduce<string | undefined>((base, b) => resolveUrl(b, base), fallback);
}

function date(el: El | undefined, what: string, log: IssueLog, index: number, where: string): string | undefined {
  const raw = textOf(el).trim();
  if (!raw) return undefined;
  const d = looseDate(raw);
  if (!d) log.item(index, `${where}: ${what} ${quoteShort(raw)} is not a date; it was ignored`, 'warning', 'rss-date');
  return d;
}

function categories(els: El[]): ReturnType<typeof splitCategories> {
  return splitCategories(els.map((c) => attr(c, 'label') ?? attr(c, 'term') ?? decodeEntities(textOf(c).trim())));
}

function applyCategories(data: Json, els: El[]): void {
  const cats = categories(els);
  if (cats.kind) data.kind = cats.kind;
  if (cats.topics.length) data.topics = cats.topics;
  if (cats.tags.length) data.tags = cats.tags;
}

/** The RSS 1.0 event module (`ev:startdate`, `ev:enddate`, `ev:location`, `ev:organizer`, `ev:type`). */
function applyEventModule(data: Json, item: El, log: IssueLog, index: number, where: string): void {
  const start = child(item, 'ev:startdate');
  const end = child(item, 'ev:enddate');
  if (start) data.start = date(start, 'ev:startdate', log, index, where);
  if (end) data.end = date(end, 'ev:enddate', log, index, where);
  const location = plain(child(item, 'ev:location'));
  if (location) {
    const place = placeFromText(location);
    if (place.online) data.mode = 'online';
    if (place.city || place.country) data.location = { ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}) };
  }
  const organizer = plain(child(item, 'ev:organizer'));
  if (organizer) data.provider = { name: organizer };
}

function image(item: El, base: string | undefined): string | undefined {
  for (const el of elements(item)) {
    const type = attr(el, 'type') ?? '';
    const url = attr(el, 'url') ?? (el.name === 'link' && attr(el, 'rel') === 'enclosure' ? attr(el, 'href') : undefined);
    if (!url) continue;
    if (
      ((el.name === 'enclosure' || el.name === 'link') && /^image\//i.test(type)) ||
      el.name === 'media:thumbnail' ||
      (el.name === 'media:content' && (attr(el, 'medium') === 'image' || /^image\//i.test(type)))
    ) {
      return resolveUrl(url, base);
    }
  }
  return undefined;
}

function rssItem(item: El, ctx: ReaderContext, log: IssueLog, index: number, where: string, channelLink: string | undefined): Json {
  const data: Json = {};
  const base = baseFor(item, ctx.baseUrl ?? channelLink);
  const guid = child(item, 'guid');
  const guidText = textOf(guid).trim();
  const about = attr(item, 'rdf:about');
  if (guidText) data.id = guidText;
  else if (about) data.id = resolveUrl(about, base);
  const title = plain(child(item, 'title'));
  if (title) data.title = title;
  const link = textOf(child(item, 'link')).trim();
  if (link) data.url = resolveUrl(link, base);
  else if (guidText && attr(guid, 'ispermalink') !== 'false' && attr(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText)) {
    data.url = guidText;
  }
  const encoded = textOf(child(item, 'content:encoded')).trim();
  const description = textOf(child(item, 'description')).trim();
  if (encoded) {
    data.description = encoded;
    // WordPress appends "The post … appeared first on …" to every excerpt.
    const summary = htmlToText(description)
      .replace(/\s+/g, ' ')
      .replace(/\s*The post .{1,300} appeared first on .{1,200}$/, '')
      .trim();
    if (summary) data.summary = summary;
  } else if (description) data.description = description;
  const lang = textOf(child(item, 'dc:language')).trim();
  if (lang) data.language = lang;
  applyCategories(data, childrenNamed(item, 'category', 'dc:subject'));
  const updated = child(item, 'pubdate', 'dc:date', 'atom:updated');
  if (updated) data.updated = date(updated, updated.name === 'pubdate' ? 'pubDate' : updated.name, log, index, where);
  const img = image(item, base);
  if (img) data.image = img;
  applyEventModule(data, item, log, index, where);
  return data;
}

function atomLink(entry: El, base: string | undefined): string | undefined {
  const links = childrenNamed(entry, 'link', 'atom:link');
  const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && attr(l, 'href'));
  const href = attr(alt, 'href');
  return href ? resolveUrl(href, base) : undefined;
}

/** The content of an Atom text construct as HTML (`type` text, html or xhtml). */
function atomHtml(el: El | undefined): string {
  if (!el) return '';
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = elements(el).find((c) => c.name.replace(/^[^:]*:/, '') === 'div');
    return innerHtml(div ?? el).trim();
  }
  if (type === 'html' || type === 'text/html') return textOf(el).trim();
  const t = textOf(el).trim();
  return t ? escapeHtml(t).replace(/\r?\n/g, '<br>') : '';
}

const atomPlain = (el: El | undefined): string => {
  if (!el) return '';
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  return type === 'text' ? textOf(el).trim().replace(/\s+/g, ' ') : htmlToText(atomHtml(el)).replace(/\s+/g, ' ');
};

function atomEntry(entry: El, ctx: ReaderContext, log: IssueLog, index: number, where: string): Json {
  const data: Json = {};
  const base = baseFor(entry, ctx.baseUrl);
  const id = textOf(child(entry, 'id', 'atom:id')).trim();
  if (id) data.id = id;
  const title = atomPlain(child(entry, 'title', 'atom:title'));
  if (title) data.title = title;
  const url = atomLink(entry, base);
  if (url) data.url = url;
  const content = atomHtml(child(entry, 'content', 'atom:content'));
  const summary = child(entry, 'summary', 'atom:summary');
  if (content) {
    data.description = content;
    const s = atomPlain(summary);
    if (s) data.summary = s;
  } else if (summary) {
    const s = atomHtml(summary);
    if (s) data.description = s;
  }
  const lang = attr(entry, 'xml:lang');
  if (lang) data.language = lang;
  applyCategories(data, childrenNamed(entry, 'category', 'atom:category'));
  const updated = child(entry, 'updated', 'atom:updated') ?? child(entry, 'published', 'atom:published');
  if (updated) data.updated = date(updated, updated.name.replace(/^atom:/, ''), log, index, where);
  const img = image(entry, base);
  if (img) data.image = img;
  applyEventModule(data, entry, log, index, where);
  return data;
}

/** Read an RSS or Atom text into raw items (whichever the root element says, whatever `format` was asked for). */
export function readRssOrAtom(text: string, ctx: ReaderContext): Extracted {
  const log = new IssueLog();
  const lines = new LineCounter(text);
  const doc = parseXml(text, true, { names: ['item', 'entry', 'atom:entry'], count: ctx.maxItems + 1 });
  const root = elements(doc)[0];
  const rootName = root?.name.replace(/^[^:]*:/, '');
  if (!root || (rootName !== 'rss' && rootName !== 'rdf' && rootName !== 'feed')) {
    log.feed(
      root
        ? `this is not an RSS or Atom feed: the root element is <${root.name}>, not <rss>, <rdf:RDF> or <feed>`
        : 'this is not an RSS or Atom feed: there is no XML element in it',
      'error',
    );
    return { feed: {}, items: [], issues: log.finish() };
  }
  if (root.implied && !doc.stopped) {
    log.feed(`the file ends before </${root.name}>: it looks truncated, so the last item may be incomplete`);
  }
  const atom = rootName === 'feed';
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const feed: Json = {};
  const title = atom ? atomPlain(child(root, 'title')) : plain(child(channel, 'title'));
  if (title) feed.title = title;
  const language = atom ? attr(root, 'xml:lang') : textOf(child(channel, 'language', 'dc:language')).trim();
  if (language) feed.language = language;
  const updated = looseDate(textOf(atom ? child(root, 'updated') : child(channel, 'lastbuilddate', 'pubdate', 'dc:date')).trim());
  if (updated) feed.updated = updated;
  const channelLink = atom ? atomLink(root, ctx.baseUrl) : textOf(child(channel, 'link')).trim() || undefined;

  const found = atom ? childrenNamed(root, 'entry', 'atom:entry') : findAll(root, ['item']);
  const items: RawItem[] = [];
  for (const el of found) {
    if (items.length >= ctx.maxItems) {
      log.feed(`the feed has more than ${ctx.maxItems} items; only the first ${ctx.maxItems} were read`, 'error');
      break;
    }
    const index = items.length;
    const where = `${atom ? 'entry' : 'item'} ${index + 1} (line ${lines.lineAt(el.start)})`;
    const data = atom ? atomEntry(el, ctx, log, index, where) : rssItem(el, ctx, log, index, where, channelLink);
    const guess = typeof data.title === 'string' && !data.kind ? kindFromTitle(data.title) : undefined;
    items.push({ data, where, ...(guess ? { soft: { kind: guess } } : {}) });
  }
  if (!found.length) log.feed(`the feed has no ${atom ? 'entries (<entry>)' : 'items (<item>)'}`);
  deriveIds(items, atom ? 'entry' : 'item');
  return { feed, items, issues: log.finish(() => 'dates that could not be read') };
}
