import { feedIssue } from '../feed/issues.js';
import type { FeedIssue, FeedResult } from '../feed/parse.js';
import type { FeedMeta } from '../feed/schema.js';
import { defaultCache, memoryCache } from './cache.js';
import type { CacheEntry, CacheStore } from './cache.js';
import {
  FeedAbortError,
  FeedConfigError,
  FeedError,
  FeedHttpError,
  FeedLoadError,
  FeedUnreadableError,
} from './errors.js';
import { getWithRetry } from './http.js';
import { decode, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FEED_ACCEPT, num, readBody, retryRules, toFeedError } from './download.js';
import type { MergedOpportunity } from './merge.js';

export * from './errors.js';
export { downloadFeed } from './download.js';
export type { DownloadOptions, DownloadedFeed } from './download.js';
export { memoryCache, browserCache, defaultCache } from './cache.js';
export type { CacheEntry, CacheStore } from './cache.js';
export type { MergedOpportunity } from './merge.js';
export { feedLabel, sourceNames } from './names.js';
export type { NamedSource } from './names.js';

/**
 * One feed: a URL, or a URL with what its format cannot say — `defaults` merged under each item (e.g. `kind` and
 * `provider` for a calendar) and a `format` when the content type is wrong (`csv`, `ics`, `rss`, `atom`, `html`, `json`).
 */
export type FeedSource = string | { url: string; defaults?: Record<string, unknown>; format?: string };

/** Turns a feed's text into a result; the default (`defaultReader`) reads JSON only, `formatsReader` every format. */
export type FeedReader = ((
  text: string,
  info: { url: string; contentType?: string; defaults?: Record<string, unknown>; format?: string },
) => Promise<FeedResult>) & {
  /** Called when a load starts, to fetch the reader's own code (a lazily loaded parser) while the feeds download. */
  preload?: () => void;
};

export interface ClientOptions {
  /** One feed URL, several, or several in one string separated by spaces (as in `feed="a.json b.json"`). */
  feeds: string | readonly FeedSource[];
  /** Milliseconds to wait for each attempt's response, and again for its body. Default 15,000. */
  timeout?: number;
  /**
   * Retries on 408, 429 and 5xx and on network errors, with exponential backoff; `Retry-After` is honoured on 429 and
   * 503 (capped by `maxRetryAfter`). A number is the retry limit. Default: 2 retries, backoff capped at 5 s.
   */
  retry?: number | { limit?: number; backoffLimit?: number; maxRetryAfter?: number; delay?: (attempt: number) => number };
  /**
   * `'stale-while-revalidate'` (default): keep the last good copy of each feed (memory, and the Cache API in
   * browsers), revalidate it with `If-None-Match`, and fall back to it — marked stale — when a feed is down.
   * `false`: no cache. Or a `CacheStore` of your own.
   */
  cache?: 'stale-while-revalidate' | false | CacheStore;
  /** A `fetch` to use instead of the global one (tests, proxies, auth). */
  fetch?: typeof fetch;
  /** How many feeds load at once. Default 4. */
  concurrency?: number;
  /** Largest feed accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /**
   * How to read a feed's text (see `FeedReader`). Default: `defaultReader`, JSON only; `formatsReader` from
   * `opportunity-kit/formats` (what `createFormatsClient` passes) also reads CSV, iCalendar, RSS, Atom and HTML.
   */
  read?: FeedReader;
  /**
   * The URL relative feed URLs are resolved against, e.g. `location.href` in a page (the elements pass it). Without
   * it a relative URL stays as written and fails to load (the SDK reads no page globals).
   */
  baseUrl?: string;
  /** The clock used for `fetchedAt` (tests). */
  now?: () => Date;
}

export type SourceState = 'loaded' | 'stale' | 'failed';

/** How one feed fared: views show a quiet note for `stale` and `failed` sources. */
export interface SourceStatus {
  url: string;
  state: SourceState;
  /** Opportunities this source contributed (before removing duplicates across sources). */
  count: number;
  errors: number;
  warnings: number;
  /** Why the last fetch failed (for `stale` and `failed`); `issues`: why the answer was not a feed (`FeedUnreadableError`). */
  error?: { name: string; message: string; status?: number; issues?: FeedIssue[] };
  /** When the data shown was fetched (or last revalidated). */
  fetchedAt?: string;
  /** The publisher's site, from the feed, for "visit the source" links. */
  homepage?: string;
  /** The feed's title, from the feed (for a `failed` source: from an earlier load by this client, when there was one). */
  title?: string;
  /** The publisher's name, from the feed (for a `failed` source: from an earlier load by this client, if any). */
  publisher?: string;
}

export interface ClientResult extends FeedResult {
  opportunities: MergedOpportunity[];
  sources: SourceStatus[];
  /** True when any source is shown from the cache because its fetch failed. */
  stale: boolean;
  /** How many items were dropped as duplicates of an item in another source. */
  duplicates: number;
}

export interface FeedClient {
  readonly feeds: readonly string[];
  /** Fetch every feed (concurrently, up to `concurrency`), validate and merge. Rejects only when every source failed
   * and none had a cached copy, or when `signal` aborts. */
  load(options?: { signal?: AbortSignal }): Promise<ClientResult>;
  /** The cached copies alone, marked stale, for showing listings at once while `load()` runs; undefined if none. */
  peek(): Promise<ClientResult | undefined>;
}

const JSON_START = /^\s*[{[]/;
/** An HTML document: a doctype or an `<html>`/`<head>`/`<body>` tag first (after a BOM, blanks and comments). */
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * The feed parser (`parseFeed`: the feed schema and its validator). A module of its own, loaded when a client starts
 * loading: in the script-tag bundle it is a chunk that downloads while the feed does, not before the first render.
 */
const parser = () => import('../feed/parse.js');
/** Merging loads only where there is more than one feed: a one-feed page does not download it. */
const merger = () => import('./merge.js');

/**
 * Whether a feed's text is JSON for the JSON reader: a JSON content type, or text that starts like JSON; an explicit
 * `format: 'json'` too. Exposed for readers that add formats on top (`formatsReader` in `opportunity-kit/formats`).
 */
export function isJsonFeed(text: string, { contentType, defaults, format }: Parameters<FeedReader>[1]): boolean {
  const looksJson = /json/i.test(contentType ?? '') || JSON_START.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return !defaults && (format === 'json' || (!format && looksJson));
}

/**
 * The default reader: JSON feeds, through `parseFeed`. Anything else (CSV, iCalendar, RSS, Atom, schema.org pages, or a
 * source with `defaults`) is not read here: the result says so, with the way to read it — the format readers'
 * `formatsReader` (`createFormatsClient()` from `opportunity-kit/formats`; the `opportunity-kit` entry and the
 * script-tag bundle use it). The SDK core never loads the format readers itself.
 */
export const defaultReader: FeedReader = async (text, info) => {
  const { parseFeed } = await parser();
  if (isJsonFeed(text, info)) return parseFeed(text);
  const what = info.defaults ? 'a source with defaults' : info.format ? `a ${info.format} feed` : 'not JSON';
  return {
    opportunities: [],
    feed: {} as FeedMeta,
    issues: [feedIssue(`this is ${what}; this client reads JSON feeds only. For other formats use createFormatsClient() from 'opportunity-kit/formats'`)],
  };
};
defaultReader.preload = () => void parser().catch(() => undefined);

/** URL schemes a feed can be fetched from; any other is a configuration mistake (`FeedConfigError`). */
const FETCHABLE = new Set(['https', 'http', 'data', 'blob']);

type NormalSource = { url: string; defaults?: Record<string, unknown>; format?: string };

/** Split `feed="a.json b.json"` style lists, resolve relative URLs against `base`, drop repeats. */
function normaliseSources(feeds: string | readonly FeedSource[], base?: string): NormalSource[] {
  const list: NormalSource[] = (typeof feeds === 'string' ? feeds.split(/\s+/) : [...feeds])
    .map((f) => (typeof f === 'string' ? { url: f.trim() } : { ...f, url: f.url.trim() }))
    .filter((f) => f.url);
  const seen = new Set<string>();
  const out: NormalSource[] = [];
  for (const f of list) {
    let url = f.url;
    try {
      url = new URL(f.url, base).href;
    } catch {
      /* kept as written: the fetch reports it */
    }
    if (seen.has(url)) continue;
    seen.add(url);
    out.push({ ...f, url });
  }
  return out;
}

/** The feed URLs of a `feeds` option, as the client will fetch them. */
export const feedUrls = (feeds: string | readonly FeedSource[], baseUrl?: string): string[] =>
  normaliseSources(feeds, baseUrl).map((f) => f.url);

/** What a GET brought back, read to the end: shared by every client on the page that asked for it at once. */
interface Download {
  status: number;
  contentType: string | undefined;
  etag: string | undefined;
  bytes: Uint8Array;
}

/**
 * Identical feed downloads in flight on this page (same URL, same cached validator, same limits, the global fetch):
 * one request serves them all, so a page with `<opp-stats>` and `<opp-finder>` on one feed, or 100 finders, makes one
 * request, not one per element. An entry lives only while its request runs (later loads revalidate as usual). A
 * caller that aborts leaves at once; the request itself is aborted when its last caller has left.
 */
const inflight = new Map<string, { promise: Promise<Download>; users: number; controller: AbortController }>();

function shared(key: string | undefined, start: (signal: AbortSignal) => Promise<Download>, signal?: AbortSignal): Promise<Download> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  let entry = key === undefined ? undefined : inflight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const promise = start(controller.signal);
    const fresh = { promise, users: 0, controller };
    entry = fresh;
    if (key !== undefined) {
      inflight.set(key, fresh);
      const done = () => {
        if (inflight.get(key) === fresh) inflight.delete(key);
      };
      promise.then(done, done);
    }
  }
  const e = entry;
  e.users++;
  if (!signal) return e.promise;
  return new Promise<Download>((resolve, reject) => {
    const onAbort = () => {
      if (--e.users === 0) {
        if (key !== undefined && inflight.get(key) === e) inflight.delete(key);
        e.controller.abort(signal.reason);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    e.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

interface SourceOutcome {
  url: string;
  result?: FeedResult;
  status: SourceStatus;
  error?: FeedError;
}

/** What a feed says about itself, kept from its last good load to name it when it fails. */
type KnownFeed = Pick<SourceStatus, 'homepage' | 'title' | 'publisher'>;

function metaOf(result: FeedResult | undefined): KnownFeed {
  const feed: Partial<FeedMeta> = result?.feed ?? {};
  const title = feed.title ? Object.values(feed.title)[0] : undefined;
  const publisher = feed.publisher?.name ? Object.values(feed.publisher.name)[0] : undefined;
  return {
    ...(feed.publisher?.url ? { homepage: feed.publisher.url } : {}),
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

function statusOf(
  url: string,
  state: SourceState,
  result: FeedResult | undefined,
  fetchedAt?: string,
  error?: FeedError,
  known?: KnownFeed,
): SourceStatus {
  const issues = error instanceof FeedUnreadableError ? error.issues : undefined;
  const counted = result?.issues ?? issues ?? [];
  return {
    url,
    state,
    count: result?.opportunities.length ?? 0,
    errors: counted.filter((i) => i.severity === 'error').length,
    warnings: counted.filter((i) => i.severity === 'warning').length,
    ...(error
      ? {
          error: {
            name: error.name,
            message: error.message,
            ...(error instanceof FeedHttpError ? { status: error.status } : {}),
            ...(issues ? { issues } : {}),
          },
        }
      : {}),
    ...(fetchedAt ? { fetchedAt } : {}),
    ...(result ? metaOf(result) : (known ?? {})),
  };
}

/** Run `tasks` with at most `limit` at once, keeping their order in the output. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return out;
}

async function combine(outcomes: SourceOutcome[]): Promise<ClientResult> {
  const usable = outcomes.filter((o) => o.result);
  const merged =
    outcomes.length === 1 && usable.length === 1
      ? {
          ...usable[0]!.result!,
          opportunities: usable[0]!.result!.opportunities.map((o) => ({ ...o, sources: [usable[0]!.url] })),
          duplicates: 0,
        }
      : (await merger()).mergeFeeds(usable.map((o) => ({ source: o.url, result: o.result! })));
  // Why a failed feed was not a feed is among the issues too, with its source.
  for (const o of outcomes) {
    if (o.result || !(o.error instanceof FeedUnreadableError)) continue;
    for (const issue of o.error.issues) merged.issues.push({ ...issue, source: issue.source ?? o.url });
  }
  return {
    ...merged,
    sources: outcomes.map((o) => o.status),
    stale: outcomes.some((o) => o.status.state === 'stale'),
  };
}

/**
 * A client for one or more feeds: fetches with a timeout, retries with backoff on 408/429/5xx honouring
 * `Retry-After` (see `./http.ts`) and abort, validates each feed with `parseFeed` (or the format readers), keeps the last good copy
 * (stale-while-revalidate with ETags), and merges sources. One failing feed never sinks the others.
 *
 * @example
 * const client = createClient({ feeds: ['https://www.ugent.be/staffweeks.json'] });
 * const { opportunities, sources } = await client.load();
 */
export function createClient(options: ClientOptions): FeedClient {
  const sources = normaliseSources(options.feeds, options.baseUrl);
  const feeds = sources.map((f) => f.url);
  // A number that is not one (NaN from a parsed attribute, Infinity) means the default: retries stay bounded.
  const timeout = num(options.timeout, DEFAULT_TIMEOUT);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = options.read ?? defaultReader;
  const now = options.now ?? (() => new Date());
  const store: CacheStore | undefined =
    options.cache === false ? undefined : typeof options.cache === 'object' ? options.cache : defaultCache();
  const retry = retryRules(options.retry);

  const readInfo = (src: NormalSource, contentType: string | undefined) => ({
    url: src.url,
    ...(contentType ? { contentType } : {}),
    ...(src.defaults ? { defaults: src.defaults } : {}),
    ...(src.format ? { format: src.format } : {}),
  });

  // The cache is a bonus, never a failure: a store that refuses (quota, private mode, a broken custom store) is
  // treated as empty and as not keeping anything.
  const recall = async (url: string): Promise<CacheEntry | undefined> => {
    try {
      return await store?.get(url);
    } catch {
      return undefined;
    }
  };
  const remember = async (url: string, entry: CacheEntry): Promise<void> => {
    try {
      await store?.set(url, entry);
    } catch {
      /* not kept */
    }
  };

  /** Title, publisher and site of each feed from its last good load, to name it when it fails later. */
  const known = new Map<string, KnownFeed>();
  const noted = (url: string, result: FeedResult, status: SourceStatus): SourceStatus => (known.set(url, metaOf(result)), status);

  async function fromCache(src: NormalSource, entry: CacheEntry): Promise<FeedResult> {
    return read(entry.text, readInfo(src, entry.contentType));
  }

  async function loadOne(src: NormalSource, signal?: AbortSignal): Promise<SourceOutcome> {
    const { url } = src;
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme && !FETCHABLE.has(scheme)) {
      const error = new FeedConfigError(
        `GET ${url}: a feed URL must start with https:// or http:// (not ${scheme}:); check the feed URL`,
        url,
      );
      return { url, error, status: statusOf(url, 'failed', undefined, undefined, error, known.get(url)) };
    }
    const cached = await recall(url);
    try {
      const download = async (abort: AbortSignal): Promise<Download> => {
        const res = await getWithRetry(
          url,
          {
            cache: 'no-cache',
            headers: { accept: FEED_ACCEPT, ...(cached?.etag ? { 'if-none-match': cached.etag } : {}) },
          },
          { timeout, retry, ...(options.fetch ? { fetcher: options.fetch } : {}), signal: abort },
        );
        const contentType = res.headers.get('content-type') ?? undefined;
        const etag = res.headers.get('etag') ?? undefined;
        const bytes = res.status === 304 ? new Uint8Array(0) : await readBody(res, url, maxBytes, timeout);
        return { status: res.status, contentType, etag, bytes };
      };
      // Shared only on the global fetch and the built-in retry timing: a custom fetch or delay may mean other answers.
      const key = options.fetch || retry.delay ? undefined : JSON.stringify([url, cached?.etag ?? '', timeout, maxBytes, retry]);
      const res = await shared(key, download, signal);
      const fetchedAt = now().toISOString();
      if (res.status === 304 && cached) {
        const entry = { ...cached, fetchedAt };
        await remember(url, entry);
        const result = await fromCache(src, entry);
        return { url, result, status: noted(url, result, statusOf(url, 'loaded', result, fetchedAt)) };
      }
      if (res.status === 304) throw new FeedHttpError(url, 304, 'Not Modified (but nothing is cached)');
      const { contentType } = res;
      const { text, issues: decodeIssues } = await decode(res.bytes, contentType);
      const result = await read(text, readInfo(src, contentType));
      if (decodeIssues.length) result.issues.unshift(...decodeIssues);
      // An HTML page that yields nothing (a "not found" or login page served with 200, a CMS page) is not a feed,
      // unless the source says it is a page to read (`format: 'html'`).
      // (A valid empty JSON feed served as text/html by a misconfigured server stays an empty feed.)
      const page = !JSON_START.test(text) && (HTML_START.test(text) || /html/i.test(contentType ?? ''));
      if (result.opportunities.length === 0 && src.format !== 'html' && page) {
        result.issues.unshift(feedIssue('the server sent a web page, not a feed; check the feed URL'));
      }
      // Not a feed: nothing kept and a problem with the whole answer (HTML, JSON of another shape, an empty body).
      // That is an error, never an empty list; `opportunities: []` in a valid feed is an empty list.
      const usable = result.opportunities.length > 0 || !result.issues.some((i) => i.path.length === 0 && i.severity === 'error');
      // It never replaces the last good copy: with one in the cache, the copy is shown, marked stale, saying why.
      if (!usable) throw new FeedUnreadableError(url, result.issues.filter((i) => i.path.length === 0));
      if (store) {
        const { etag } = res;
        await remember(url, { text, fetchedAt, ...(contentType ? { contentType } : {}), ...(etag ? { etag } : {}) });
      }
      return { url, result, status: noted(url, result, statusOf(url, 'loaded', result, fetchedAt)) };
    } catch (e) {
      const error = toFeedError(e, url, timeout, signal);
      if (error instanceof FeedAbortError) throw error;
      if (cached) {
        const result = await fromCache(src, cached);
        if (error instanceof FeedUnreadableError) result.issues.unshift(...error.issues);
        return { url, result, status: noted(url, result, statusOf(url, 'stale', result, cached.fetchedAt, error)) };
      }
      return { url, error, status: statusOf(url, 'failed', undefined, undefined, error, known.get(url)) };
    }
  }

  return {
    feeds,
    async load({ signal } = {}) {
      if (feeds.length === 0) throw new FeedConfigError('createClient: no feed URL given; set feeds: ["https://…/feed.json"]', '');
      // Start fetching the parser now, alongside the feeds (a failure shows when a feed is read).
      read.preload?.();
      if (sources.length > 1) merger().catch(() => undefined);
      const outcomes = await pool(
        sources.map((src) => () => loadOne(src, signal)),
        options.concurrency ?? 4,
      );
      if (outcomes.every((o) => !o.result)) {
        const errors = outcomes.map((o) => o.error!);
        throw errors.length === 1 ? errors[0]! : new FeedLoadError(errors);
      }
      return combine(outcomes);
    },
    async peek() {
      if (!store) return undefined;
      const outcomes: SourceOutcome[] = [];
      for (const src of sources) {
        const entry = await recall(src.url);
        if (entry) {
          const result = await fromCache(src, entry);
          outcomes.push({ url: src.url, result, status: noted(src.url, result, statusOf(src.url, 'stale', result, entry.fetchedAt)) });
        }
      }
      return outcomes.length ? await combine(outcomes) : undefined;
    },
  };
}

export { memoryCache as createMemoryCache };
