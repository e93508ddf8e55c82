/**
 * The hub's Atom 1.0 writer (RFC 4287) for `GET /api/v1/feed.atom`: one entry per opportunity with its title, a link
 * to its own page, an id, updated (the hub's last build: items carry no date of their own), a plain-text summary and its provider as author. Feed text is hostile: every value
 * is XML-escaped (no CDATA, so `]]>` is just text), characters XML 1.0 forbids are dropped, and only http(s) URLs
 * become links. The kind goes in a category and the provider and dates also in the RSS 1.0 event module
 * (`ev:organizer`, `ev:startdate`, `ev:enddate`), so the SDK's own reader (and any reader that knows the module)
 * gets them back.
 */
import type { Opportunity } from '../sdk/feed/schema.js';
import { localized } from '../sdk/text/localize.js';
import type { CategoryLabel } from '../formats/ical-write.js';

/** Characters XML 1.0 does not allow anywhere (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes a value for XML text or a double-quoted attribute. */
export function xmlEscape(value: unknown): string {
  return String(value ?? '').replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const httpUrl = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
};

export interface ToAtomOptions {
  title: string;
  /** The feed's own URL (its id and `rel="self"` link). */
  self: string;
  /** Where an entry without an http(s) `url` of its own links to (its JSON on the hub). */
  itemUrl: (id: string) => string;
  updated: Date;
  languages?: readonly string[];
  /** Labels for the kind and topic categories (`label` attribute), in the feed's language. */
  categoryLabel?: CategoryLabel;
}

/** The kind, then the topics, as Atom categories: the code as `term`, its label (when known) as `label`. */
const categories = (o: Opportunity, label: CategoryLabel | undefined) =>
  [['kind', o.kind] as const, ...(o.topics ?? []).map((t) => ['topic', t] as const)]
    .map(([type, code]) => {
      const text = label?.(type, code);
      return `<category term="${xmlEscape(code)}"${text ? ` label="${xmlEscape(text)}"` : ''}/>`;
    })
    .join('\n');

export function toAtom(items: readonly Opportunity[], options: ToAtomOptions): string {
  const languages = options.languages ?? [];
  const updated = options.updated.toISOString();
  const entries = items.map((o) => {
    const title = localized(o.title, languages, o.language) || o.id;
    const summary = localized(o.summary, languages, o.language);
    const author = localized(o.provider?.name, languages, o.language) || 'unknown';
    const link = httpUrl(o.url) ?? options.itemUrl(o.id);
    return `<entry${o.language ? ` xml:lang="${xmlEscape(o.language)}"` : ''}>
<id>${xmlEscape(`urn:opportunity-kit:${encodeURIComponent(o.id)}`)}</id>
<title type="text">${xmlEscape(title)}</title>
<link rel="alternate" href="${xmlEscape(link)}"/>
<updated>${updated}</updated>
<author><name>${xmlEscape(author)}</name></author>
${categories(o, options.categoryLabel)}
${summary ? `<summary type="text">${xmlEscape(summary)}</summary>\n` : ''}<ev:organizer>${xmlEscape(author)}</ev:organizer>
${o.start ? `<ev:startdate>${xmlEscape(o.start)}</ev:startdate>\n` : ''}${o.end ? `<ev:enddate>${xmlEscape(o.end)}</ev:enddate>\n` : ''}</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:ev="http://purl.org/rss/1.0/modules/event/">
<id>${xmlEscape(options.self)}</id>
<title type="text">${xmlEscape(options.title)}</title>
<link rel="self" type="application/atom+xml" href="${xmlEscape(options.self)}"/>
<updated>${updated}</updated>
<generator>opportunity-kit hub</generator>
${entries.join('\n')}
</feed>
`;
}
