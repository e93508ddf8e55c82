/**
 * Merge the results of several feeds into one list: ids namespaced by source, the same opportunity published by
 * several sources kept once (the first) with every source listed, issues tagged with their source. Pure: no network.
 */
import type { FeedIssue, FeedResult } from '../feed/parse.js';
import { isHttpUrl } from '../feed/values.js';
import { foldText } from '../search/fold.js';
import type { FeedMeta, Opportunity } from '../feed/schema.js';

/** An opportunity after merging: `sources` lists the feed URLs that published it, the one whose copy is kept first. */
export type MergedOpportunity = Opportunity & { sources: string[] };

export interface MergeSource {
  /** The feed URL. */
  source: string;
  result: FeedResult;
  /** The source's ids are already unique across feeds (an aggregator's): do not namespace them. */
  global?: boolean;
}

export type MergedResult = Omit<FeedResult, 'opportunities'> & { opportunities: MergedOpportunity[]; duplicates: number };

/**
 * Case, diacritics, special letters and punctuation folded as search folds them: `Université  de Gent` and
 * `universite de gent` match, and so do `Łódzki` and `Lodzki`.
 */
const fold = foldText;

/** A URL for matching: scheme, default port, host case and a trailing slash do not count. */
function urlKey(url: string): string {
  try {
    const u = new URL(url.trim());
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname.toLowerCase()}${u.port ? `:${u.port}` : ''}${path}${u.search}${u.hash}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

interface Entry {
  item: MergedOpportunity;
  source: string;
  /** Start day (`2027-05-10`), `''` when undated. */
  day: string;
}

/**
 * Merge feeds (in priority order: the first copy of a duplicate is kept).
 *
 * - Ids become `${source}#${id}` so two feeds may both use `week-1`; an id that is an absolute http(s) URL, or any id
 *   of a `global` source, is kept as is.
 * - Two items from different sources are the same opportunity when they have the same id (after namespacing), the
 *   same `url` (ignoring scheme, host case and a trailing slash) and the same start day (or one is undated), or the
 *   same provider name, title and start day after folding them as search does (case, diacritics, `ł ø ß`…, punctuation; in any of their
 *   languages). Items of one source are never merged with each other: the publisher's ids tell them apart.
 * - Every issue gets `source` (kept when it already has one).
 */
export function mergeFeeds(sources: readonly MergeSource[]): MergedResult {
  const opportunities: MergedOpportunity[] = [];
  const issues: FeedIssue[] = [];
  const byId = new Map<string, Entry>();
  const byUrl = new Map<string, Entry[]>();
  const byTitle = new Map<string, Entry[]>();
  let duplicates = 0;
  const languages = new Set<string | undefined>();
  let updated: string | undefined;

  // Provider names repeat across a source's items: each is folded once.
  const providers = new Map<string, string>();
  const foldProvider = (p: string): string => {
    let f = providers.get(p);
    if (f === undefined) providers.set(p, (f = fold(p)));
    return f;
  };
  const titleKeys = (o: Opportunity, day: string): string[] => {
    const keys = new Set<string>();
    const titles = Object.values(o.title).map(fold);
    for (const p of Object.values(o.provider.name)) {
      const fp = foldProvider(p);
      for (const t of titles) keys.add(`${fp}\u0000${t}\u0000${day}`);
    }
    return [...keys];
  };
  const add = <K>(map: Map<K, Entry[]>, key: K, e: Entry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };

  for (const { source, result, global } of sources) {
    for (const issue of result.issues) issues.push({ ...issue, source: issue.source ?? source });
    languages.add(result.feed?.language);
    if (result.feed?.updated && (!updated || Date.parse(result.feed.updated) > Date.parse(updated))) updated = result.feed.updated;
    for (const o of result.opportunities) {
      const id = global || isHttpUrl(o.id) ? o.id : `${source}#${o.id}`;
      const day = o.start?.slice(0, 10) ?? '';
      const other = (e: Entry) => e.source !== source;
      const url = o.url ? urlKey(o.url) : undefined;
      const keys = titleKeys(o, day);
      const dup =
        (byId.get(id) && other(byId.get(id)!) ? byId.get(id) : undefined) ??
        (url ? byUrl.get(url)?.find((e) => other(e) && (e.day === day || !e.day || !day)) : undefined) ??
        keys.map((k) => byTitle.get(k)?.find(other)).find(Boolean);
      if (dup) {
        duplicates++;
        if (!dup.item.sources.includes(source)) dup.item.sources.push(source);
        continue;
      }
      if (byId.has(id)) {
        // The same source listed twice: the copy adds nothing.
        duplicates++;
        continue;
      }
      const item: MergedOpportunity = { ...o, id, sources: [source] };
      const entry: Entry = { item, source, day };
      opportunities.push(item);
      byId.set(id, entry);
      if (url) add(byUrl, url, entry);
      for (const k of keys) add(byTitle, k, entry);
    }
  }
  const feed: FeedMeta =
    sources.length === 1 && sources[0]!.result.feed
      ? sources[0]!.result.feed
      : ({
          version: '1',
          ...(languages.size === 1 && [...languages][0] ? { language: [...languages][0] } : {}),
          ...(updated ? { updated } : {}),
        } as FeedMeta);
  return { opportunities, issues, feed, duplicates };
}
