import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Each SDK module directly, not the barrels: the script-tag bundle must not pull in (side-effectful) modules that only
// lazy chunks use.
import type { Opportunity } from '../../sdk/feed/schema.js';
import type { FeedIssue } from '../../sdk/feed/parse.js';
import { createClient } from '../../sdk/client/index.js';
import { formatsReader } from '../../formats/reader.js';
import type { ClientOptions, FeedClient, SourceStatus } from '../../sdk/client/index.js';
// The search engine is a chunk of its own, loaded while the feed downloads (it is not needed for the first render).
const engine = () => import('../../sdk/search/engine.js');
import { isReversedRange } from '../../sdk/search/facet-layout.js';
import { DEFAULT_PAGE_SIZE, FACET_NAMES } from '../../sdk/search/types.js';
import type { FacetName, SearchIndexOptions, SearchLabels, SearchQuery, SearchResult, SortOrder } from '../../sdk/search/types.js';
import type { RemoteSearch } from '../../sdk/search/remote.js';
import { buildIndex, inPageBackend, withinBase } from '../../sdk/search/backend.js';
import type { SearchBackend } from '../../sdk/search/backend.js';
import * as visitor from '../../sdk/search/visitor-state.js';
import type { Chip, VisitorContext, VisitorQuery } from '../../sdk/search/visitor-state.js';
import { historyRouter, memoryRouter } from './router.js';
import type { FinderRouter } from './router.js';
const remoteChunk = () => Promise.all([import('../../sdk/search/remote.js'), import('../../sdk/search/remote-backend.js')]).then(([a, b]) => ({ ...a, ...b }));
import { safeUrl } from '../../sdk/text/url.js';
import { uiLanguageOf } from '../../i18n/index.js';
import { deepActiveElement } from '../shared/dom.js';
import type { OppEventMap } from '../base/opp-element.js';

/** The facets a host can fix and a visitor can filter on (the search's facets). */
export type ListFacet = FacetName;
export const LIST_FACETS: readonly ListFacet[] = FACET_NAMES;

export type { Chip, VisitorQuery } from '../../sdk/search/visitor-state.js';
export { CURRENT_STATUS, DEFAULT_STATUS } from '../../sdk/search/visitor-state.js';

/** The host's fixed pre-filter: facets and a date window. The visitor's filters apply on top of it (AND). */
export type Prefilter = Pick<SearchQuery, ListFacet | 'from' | 'to'>;

/**
 * The hub's subscription formats the finder offers for the current search, in order (`feed.<format>` on the hub):
 * a calendar and a feed. Add a format here (and its two messages) to offer another, e.g. `atom`.
 */
export const SUBSCRIBE_FORMATS = ['ics', 'json'] as const;
export type SubscribeFormat = (typeof SUBSCRIBE_FORMATS)[number];
/** The media type of each (the link's `type` hint). */
const SUBSCRIBE_TYPES: Record<SubscribeFormat, string> = { ics: 'text/calendar', json: 'application/json' };

export interface FinderConfig {
  /** Feed URLs (`feed="a.json b.json"`). Ignored when `opportunities` is given. */
  feeds: string[];
  /** Opportunities given directly instead of feeds (already parsed). */
  opportunities?: Opportunity[];
  prefilter: Prefilter;
  /** The default order (`sort` attribute); the visitor may choose another. */
  sort?: SortOrder;
  pageSize: number;
  /** Keep the query and the open detail in the page URL (false with `no-url`). */
  url: boolean;
  /** Put before each URL parameter the finder owns (`url-prefix`), so two finders (or a CMS's own `?page=`) keep apart. */
  urlPrefix?: string;
  /** Where the view is kept when `url` is false (default: in memory). Tests pass a `memoryRouter()` to look at it. */
  router?: FinderRouter;
  /** The moment statuses are computed for (tests, demos); default: the current time. */
  now?: Date;
  /** UI language, for sorting titles and country names in text search. */
  locale: string;
  /** Passed to `createClient` (timeout, retry, cache, fetch). */
  clientOptions?: Partial<Omit<ClientOptions, 'feeds'>>;
  /** A hub's API base (`api` attribute): searches are answered by the hub instead of an index in the page. */
  api?: string;
  /**
   * Search across languages (`search-labels` attribute). By default (absent) a word also finds items through the labels
   * of their topics, fields, kind and country in the finder's language and English ("leercentra" and "België" on a
   * Dutch page): they load beside the feed (the page's vocabulary is wanted for showing topics anyway) and the index
   * is built with them. `'all'`: the labels and country names of all 24 languages and the neighbours' (~35 KB gzip of
   * lazy chunks, on the first text query; the index is rebuilt once) — "kirjasto" and "Suomi" then work on any page.
   * `'off'`: the items' own words only.
   */
  searchLabels?: 'all' | 'off';
}

export type FinderStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Why the state changed: views use it to decide about focus and announcements. */
export type ChangeReason = 'load' | 'query' | 'page' | 'select' | 'close' | 'restore' | 'config';

export interface ErrorInfo {
  name: string;
  message: string;
  status?: number;
  /** The feed that failed (not for `FeedLoadError`, where several did: see the message). */
  url?: string;
  /** Why the answer was not a feed (`FeedUnreadableError`, and those among a `FeedLoadError`'s errors), with `source`. */
  issues?: FeedIssue[];
}

/** The issues of an error whose answer was not a feed (also each one of a `FeedLoadError`), tagged with their feed. */
function issuesOf(e: unknown): FeedIssue[] {
  const err = e as { name?: unknown; url?: unknown; issues?: unknown; errors?: unknown };
  if (err?.name === 'FeedLoadError' && Array.isArray(err.errors)) return err.errors.flatMap(issuesOf);
  if (err?.name !== 'FeedUnreadableError' || !Array.isArray(err.issues)) return [];
  const source = typeof err.url === 'string' ? err.url : undefined;
  return (err.issues as FeedIssue[]).map((i) => (source && !i.source ? { ...i, source } : i));
}

export interface SearchEventDetail {
  /** The visitor's query (the host's pre-filter is in `prefilter`). */
  query: VisitorQuery;
  prefilter: Prefilter;
  total: number;
}

type Emit = <K extends keyof OppEventMap>(name: K, detail: OppEventMap[K]) => void;
type Host = ReactiveControllerHost & HTMLElement;

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((v, i) => v === b?.[i]);

/**
 * The state behind a finder, shared by every part (`<opp-search-box>`, `<opp-filters>`, `<opp-results>`,
 * `<opp-pagination>`, `<opp-detail>`, `<opp-stats>`) through `@lit/context`. Views stay thin: they read the state
 * below and call the methods; the controller asks the headless SDK (`createClient`, `createSearchIndex`) for the work.
 *
 * - Loads the feeds with `createClient` (stale-while-revalidate), or takes `opportunities` directly.
 * - Searches through a backend (`SearchBackend`): the index in the page, or a hub with `api`. The host's fixed
 *   pre-filter is the backend's base filter, so every count, facet and page is within it, and the visitor's own
 *   filters come on top (AND). Superseded answers are aborted and dropped.
 * - The visitor's query follows the rules of `visitor-state` (default status, chips, paging).
 * - Keeps the visitor's query and the open detail (`?opp=<id>`) through a router: the page URL (`pushState` on each
 *   change, a typing burst replaced in one entry, Back/Forward restoring the view in one step), optionally with a
 *   parameter prefix; in memory with `no-url`.
 * - Emits `opp-search`, `opp-load` and `opp-error` through its host element.
 *
 * Listen to `change` events (`detail.reason`) to re-render.
 */
export class FinderController extends EventTarget implements ReactiveController {
  status: FinderStatus = 'idle';
  error?: ErrorInfo;
  /** How each feed fared (empty when opportunities were given directly). */
  sources: SourceStatus[] = [];
  /** The visitor's query. */
  query: VisitorQuery = {};
  /** The current page of results, once loaded. */
  result?: SearchResult;
  /** The id of the opportunity whose detail is open. */
  selectedId?: string;
  /** The last change (views look at it in `updated()`). */
  lastReason: ChangeReason = 'config';
  /** Counts loads (and reloads): what a view derived from the collection is valid for. */
  loads = 0;

  private config: FinderConfig = { feeds: [], prefilter: {}, pageSize: DEFAULT_PAGE_SIZE, url: false, locale: 'en' };
  private client?: FeedClient;
  private searchEngine?: typeof import('../../sdk/search/engine.js');
  /** What answers the searches (in-page index, or the hub). */
  private backend?: SearchBackend;
  /** With `api`: the hub answering the searches. */
  private remote?: RemoteSearch;
  /** The remote backend's constructor, from the hub chunk (loaded with it). */
  private remoteBackend?: typeof import('../../sdk/search/remote-backend.js').remoteBackend;
  /** The open detail's opportunity when the backend had to be asked for it (not on the current page). */
  private fetchedSelected?: Opportunity;
  private searchAbort?: AbortController;
  private router: FinderRouter = memoryRouter();
  private all: Opportunity[] = [];
  /** Every opportunity loaded into the page, before the host's pre-filter (empty when a hub answers). */
  get loaded(): readonly Opportunity[] {
    return this.remote ? [] : this.all;
  }
  private abort?: AbortController;
  private opener?: HTMLElement;
  private lastHistoryWrite: 'text' | 'other' | undefined;
  /** The page size the URL asked for (`?size=`), if any. */
  private urlPageSize: number | undefined;
  private connected = false;
  private configured = false;

  constructor(
    private readonly host: Host,
    private readonly emit: Emit,
  ) {
    super();
    host.addController(this);
  }

  // ---------- lifecycle ----------

  hostConnected(): void {
    this.connected = true;
    if (!this.configured) return;
    this.router.onUpdate(this.onPopState);
    if (this.config.url) {
      this.readUrl();
      if (this.backend) this.search('restore');
    }
    // Moved in the page while loading: the load was aborted on disconnect, start again.
    if (this.status === 'idle') void this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.router.dispose();
    this.abort?.abort();
    this.searchAbort?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }

  /** The router a configuration asks for. */
  private routerFor(config: FinderConfig): FinderRouter {
    return config.url ? historyRouter({ prefix: config.urlPrefix ?? '' }) : (config.router ?? memoryRouter());
  }

  /** Apply the host's configuration; reloads only when the data source changed. */
  configure(next: FinderConfig): void {
    const prev = this.config;
    const first = !this.configured;
    this.config = next;
    this.configured = true;
    const routerChanged = first || next.url !== prev.url || (next.urlPrefix ?? '') !== (prev.urlPrefix ?? '') || next.router !== prev.router;
    if (routerChanged) {
      this.router.dispose();
      this.router = this.routerFor(next);
      if (this.connected) this.router.onUpdate(this.onPopState);
    }
    if (first || (routerChanged && next.url)) {
      this.readUrl();
    } else if (
      !sameList(visitor.defaultStatus(this.ctx(prev)), visitor.defaultStatus(this.ctx(next))) &&
      visitor.isDefaultStatus(this.ctx(prev), this.query.status)
    ) {
      // The host fixed (or released) the status: the visitor's default follows.
      const { status: _old, ...rest } = this.query;
      this.query = { ...rest, ...this.defaultQuery() };
    }
    const sourceChanged =
      first ||
      next.opportunities !== prev.opportunities ||
      !sameList(next.feeds, prev.feeds) ||
      JSON.stringify(next.clientOptions ?? {}) !== JSON.stringify(prev.clientOptions ?? {}) ||
      next.clientOptions?.fetch !== prev.clientOptions?.fetch ||
      next.clientOptions?.cache !== prev.clientOptions?.cache ||
      next.api !== prev.api;
    if (sourceChanged) {
      this.client = undefined;
      void this.load();
      return;
    }
    if (this.status !== 'ready') return;
    if (JSON.stringify(next.prefilter) !== JSON.stringify(prev.prefilter) && this.remote && this.remoteBackend) {
      this.backend = this.remoteBackend(this.remote, next.prefilter);
      this.search('config');
    } else if (
      !this.remote &&
      (JSON.stringify(next.prefilter) !== JSON.stringify(prev.prefilter) ||
        next.now?.getTime() !== prev.now?.getTime() ||
        next.locale !== prev.locale)
    ) {
      this.rebuild();
      this.search('config');
    } else if (next.sort !== prev.sort || next.pageSize !== prev.pageSize) {
      this.search('config');
    }
  }

  /** The visitor-state context of a configuration. */
  private ctx(config = this.config): VisitorContext {
    return { hostStatus: !!config.prefilter.status?.length };
  }

  get prefilter(): Prefilter {
    return this.config.prefilter;
  }
  get feeds(): readonly string[] {
    return this.client?.feeds ?? this.config.feeds;
  }
  get urlSync(): boolean {
    return this.config.url;
  }
  /** The moment statuses are computed for. */
  get now(): Date {
    return this.config.now ?? new Date();
  }
  /** The sort in effect (the visitor's, else the host's, else the search's default). */
  get sort(): SortOrder | undefined {
    return this.query.sort ?? this.config.sort;
  }

  // ---------- loading ----------

  /** (Re)load the data: feeds through `createClient`, or the `opportunities` given. */
  async load(): Promise<void> {
    this.abort?.abort();
    const { opportunities, feeds, clientOptions, api } = this.config;
    this.searchAbort?.abort();
    this.remote = undefined;
    this.backend?.dispose();
    this.backend = undefined;
    if (!opportunities && feeds.length === 0 && !api) {
      this.status = 'idle';
      this.notify('load');
      return;
    }
    const abort = (this.abort = new AbortController());
    const shown = this.status === 'ready';
    this.error = undefined;
    if (!shown || !opportunities) {
      this.status = 'loading';
      this.notify('load');
    }
    if (api && !opportunities) return this.loadRemote(api, abort);
    try {
      // The engine chunk downloads alongside the feed; failing to load it is an error like the feed's ("Try again").
      // So do the page language's labels (a few KB, usually wanted for showing topics anyway): the index is built
      // once, with them. All 24 languages' (`search-labels`) wait for the first text query.
      const wanted = this.labelsWanted();
      const labels = wanted === 'all' ? undefined : this.fetchLabels(wanted);
      const search = (this.searchEngine ? Promise.resolve(this.searchEngine) : engine()).then(async (e) => (await labels, e));
      search.catch(() => undefined);
      if (opportunities) {
        this.searchEngine = await search;
        if (abort.signal.aborted) return;
        this.sources = [];
        this.accept(opportunities);
        return;
      }
      const client = (this.client ??= createClient({ cache: 'stale-while-revalidate', read: formatsReader, baseUrl: globalThis.location?.href, ...clientOptions, feeds }));
      const fresh = client.load({ signal: abort.signal });
      fresh.catch(() => undefined); // handled below; not "unhandled" while the saved copy is read
      // Stale-while-revalidate: on a first load, show the saved copy at once (no note: it is being refreshed).
      if (!shown) {
        const saved = await client.peek().catch(() => undefined);
        if (saved) this.searchEngine = await search;
        if (saved && !abort.signal.aborted && this.status === 'loading') this.accept(saved.opportunities, { refreshing: true });
      }
      const res = await fresh;
      this.searchEngine = await search;
      if (abort.signal.aborted) return;
      this.sources = res.sources;
      // A feed among several that answered with something else than a feed: say why, for whoever set the page up.
      for (const s of res.sources) {
        if (s.state === 'failed' && s.error?.issues) console.warn(`opportunity-kit: ${s.error.message}`, s.error.issues);
      }
      this.accept(res.opportunities);
    } catch (e) {
      if (abort.signal.aborted) return;
      this.fail(e);
    }
  }

  /** Searches answered by a hub: the first page is the load; nothing else is downloaded. */
  private async loadRemote(api: string, abort: AbortController): Promise<void> {
    try {
      const { createRemoteSearch, remoteBackend } = await remoteChunk();
      this.remoteBackend = remoteBackend;
      const { timeout, fetch } = this.config.clientOptions ?? {};
      const remote = createRemoteSearch({ url: api, ...(timeout ? { timeout } : {}), ...(fetch ? { fetch } : {}) });
      const backend = remoteBackend(remote, this.config.prefilter);
      const result = await backend.search(this.searchQuery(), { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.remote = remote;
      this.backend = backend;
      this.remoteEmpty = result.total === 0;
      this.sources = [];
      this.result = result;
      this.status = 'ready';
      this.notify('load');
      this.emit('opp-search', { query: { ...this.query }, prefilter: this.config.prefilter, total: result.total });
      this.emit('opp-load', { sources: [], total: result.total });
      if (this.selectedId !== undefined && !this.selected) void this.fetchSelected(this.selectedId);
    } catch (e) {
      if (abort.signal.aborted) return;
      this.fail(e);
    }
  }

  /**
   * With `api`: the visitor's current search as the hub's subscription feeds (calendar, feed reader), in
   * `SUBSCRIBE_FORMATS` order, with the parameters sent to `/search` but no paging. Empty without a hub, before it
   * answered, or when the search cannot match anything. Only absolute http(s) addresses (the core's URL rule).
   */
  subscribeLinks(): { format: SubscribeFormat; href: string; type: string }[] {
    const remote = this.remote;
    if (!remote || this.status !== 'ready') return [];
    const query = withinBase({ ...this.query, ...(this.sort ? { sort: this.sort } : {}) }, this.config.prefilter);
    if (!query) return [];
    return SUBSCRIBE_FORMATS.flatMap((format) => {
      let href: string | undefined;
      try {
        const url = new URL(remote.feedUrl(query, format), document.baseURI);
        // A calendar names the kind and topics in the finder's language (the hub's `lang`).
        if (format === 'ics') url.searchParams.set('lang', this.config.locale);
        href = safeUrl(url.href);
      } catch {
        href = undefined;
      }
      return href ? [{ format, href, type: SUBSCRIBE_TYPES[format] }] : [];
    });
  }

  /**
   * Totals and facets of a query over the whole collection within the host's pre-filter, outside the visitor's query
   * (for `<opp-stats>`). Undefined before anything is loaded; rejects when the backend cannot answer.
   */
  async searchAll(query: SearchQuery, options: { signal?: AbortSignal } = {}): Promise<SearchResult | undefined> {
    return this.backend?.search(this.withClock(query), options);
  }

  /** The same at once, when the backend answers without waiting (the index in the page); else undefined. */
  searchAllNow(query: SearchQuery): SearchResult | undefined {
    return this.backend?.searchNow?.(this.withClock(query));
  }

  /** Whether searches are answered at once (the index in the page) rather than asked of a worker or a hub. */
  get answersNow(): boolean {
    return !!this.backend?.searchNow;
  }

  /** Whether a hub answers this finder's searches (after it first answered). */
  get isRemote(): boolean {
    return this.backend?.kind === 'remote';
  }

  /** How many opportunities lie within the host's pre-filter (undefined when a hub answers: it does not say). */
  get size(): number | undefined {
    return this.backend?.size;
  }

  /** Whether there is nothing at all to show (an empty feed; with a hub: its first answer was empty). */
  get collectionEmpty(): boolean {
    const size = this.backend?.size;
    return size !== undefined ? size === 0 : this.remoteEmpty;
  }
  private remoteEmpty = false;

  private withClock(query: SearchQuery): SearchQuery {
    const now = this.config.now;
    return now ? { ...query, now } : query;
  }

  private async fetchSelected(id: string): Promise<void> {
    const o = await this.backend?.get(id).catch(() => undefined);
    if (o && this.selectedId === id) {
      this.fetchedSelected = o;
      this.notify('select');
    }
  }

  private fail(e: unknown): void {
    const err = e as { name?: unknown; message?: unknown; status?: unknown; url?: unknown; response?: { status?: unknown } };
    const issues = issuesOf(e);
    const status = typeof err?.status === 'number' ? err.status : typeof err?.response?.status === 'number' ? err.response.status : undefined;
    this.error = {
      name: typeof err?.name === 'string' ? err.name : 'Error',
      message: typeof err?.message === 'string' ? err.message : String(e),
      ...(status !== undefined ? { status } : {}),
      ...(typeof err?.url === 'string' && err.url && err.name !== 'FeedLoadError' ? { url: err.url } : {}),
      ...(issues.length ? { issues } : {}),
    };
    if (issues.length) console.error(`opportunity-kit: ${this.error.message}`, issues);
    this.status = 'error';
    this.result = undefined;
    this.notify('load');
    this.emit('opp-error', { error: this.error, feeds: this.config.api ? [this.config.api] : [...this.feeds] });
  }

  /** Try again after an error (the error state's button). */
  retry(): Promise<void> {
    return this.load();
  }

  /** Show loaded opportunities; `refreshing`: a saved copy shown while the feeds load (no `opp-load` yet). */
  private accept(opportunities: Opportunity[], { refreshing = false } = {}): void {
    this.all = opportunities;
    this.status = 'ready';
    this.rebuild();
    this.search('load');
    if (!refreshing) this.emit('opp-load', { sources: this.sources, total: this.backend?.size ?? 0 });
  }

  /** The labels for search across languages, once loaded (see `FinderConfig.searchLabels`), and for which setting. */
  private labels?: SearchLabels;
  private labelsFor = '';
  private labelsLoading = false;

  /** Which labels the finder searches with now: `'all'`, `'off'`, or the page's language (with English). */
  private labelsWanted(): string {
    const mode = this.config.searchLabels;
    return mode === 'all' || mode === 'off' ? mode : (uiLanguageOf(this.config.locale) ?? 'en');
  }

  /** Load the labels `wanted` (see `labelsWanted`); never rejects (without them, search keeps to the items' words). */
  private async fetchLabels(wanted: string): Promise<void> {
    if (wanted === 'off' || wanted === this.labelsFor) return;
    this.labelsLoading = true;
    try {
      this.labels = await import('./search-labels.js').then((m) => m.searchLabelsFor(wanted));
    } catch {
      this.labels = undefined; // search stays in the items' own words (and is not asked again for this setting)
    } finally {
      this.labelsFor = wanted;
      this.labelsLoading = false;
    }
  }

  /** Load the labels wanted now, then rebuild the index with them and search again (the first text query, `'all'`). */
  private async loadLabels(): Promise<void> {
    await this.fetchLabels(this.labelsWanted());
    if (!this.backend || this.remote) return;
    // (When the setting or the language changed meanwhile, the search below asks for the labels now wanted.)
    this.rebuild();
    this.search('query');
  }

  /** A new local backend over the loaded items, with the host's pre-filter as its base filter. */
  private rebuild(): void {
    const createSearchIndex = this.searchEngine?.createSearchIndex;
    if (!createSearchIndex) return;
    const options: SearchIndexOptions = {
      locale: this.config.locale,
      ...(this.config.now ? { now: this.config.now } : {}),
      ...(this.labels && this.labelsFor === this.labelsWanted() && this.labelsFor !== 'off' ? { labels: this.labels } : {}),
    };
    this.backend?.dispose();
    this.backend = inPageBackend(buildIndex(createSearchIndex, this.all, options, this.config.prefilter));
  }

  // ---------- searching ----------

  /** The visitor's query as the backend is asked it: with the sort in effect, the page size and the clock. */
  private searchQuery(): SearchQuery {
    const pageSize = this.urlPageSize ?? this.config.pageSize;
    return this.withClock({ ...this.query, ...(this.sort ? { sort: this.sort } : {}), pageSize });
  }

  /**
   * Search with the visitor's query. A backend that answers at once (in-page) does so in the same task, so the view
   * changes with the keystroke; otherwise the answer comes later, and a newer search aborts the older one (a slow old
   * answer never replaces a newer one).
   */
  private search(reason: ChangeReason): void {
    const backend = this.backend;
    if (!backend) return;
    const labels = this.labelsWanted();
    if (labels !== 'off' && labels !== this.labelsFor && !this.remote && !this.labelsLoading && this.query.text?.trim()) void this.loadLabels();
    this.searchAbort?.abort();
    const query = this.searchQuery();
    if (backend.searchNow) {
      this.searchAbort = undefined;
      this.show(backend.searchNow(query), reason);
      return;
    }
    const abort = (this.searchAbort = new AbortController());
    backend.search(query, { signal: abort.signal }).then(
      (result) => {
        if (abort.signal.aborted || backend !== this.backend) return;
        this.show(result, reason);
        if (this.selectedId !== undefined && !this.selected) void this.fetchSelected(this.selectedId);
      },
      (e) => {
        if (abort.signal.aborted || backend !== this.backend) return;
        this.fail(e);
      },
    );
  }

  private show(result: SearchResult, reason: ChangeReason): void {
    this.result = result;
    this.notify(reason);
    this.emit('opp-search', { query: { ...this.query }, prefilter: this.config.prefilter, total: result.total });
  }

  /** The query a visitor starts from: nothing but the default status filter (past items hidden). */
  defaultQuery(): VisitorQuery {
    return visitor.defaultQuery(this.ctx());
  }

  /** Change the visitor's query (page back to 1 unless `page` is given) and search. */
  update(patch: Partial<VisitorQuery>, { history = 'push' as 'push' | 'replace' | 'none', kind = 'other' as 'text' | 'other' } = {}): void {
    const { query, change } = visitor.patchQuery(this.query, patch);
    this.query = query;
    this.search(change);
    if (history !== 'none') this.writeUrl(history === 'replace' || (kind === 'text' && this.lastHistoryWrite === 'text') ? 'replace' : 'push', kind);
  }

  setText(text: string): void {
    if ((this.query.text ?? '') === text.trim()) return;
    this.update({ text: text.trim() || undefined }, { kind: 'text' });
  }

  /**
   * The values of a facet the visitor ticked, as the filters show them: the default status filter is no ticked box
   * (it is the "can still apply" chip), so ticking "Open" then means only open ones.
   */
  selection(facet: ListFacet): string[] {
    return visitor.selection(this.ctx(), this.query, facet);
  }

  /** Turn one value of a facet on or off. Unticking the last status box goes back to the default status filter. */
  toggle(facet: ListFacet, value: string, on?: boolean): void {
    const patch = visitor.toggle(this.ctx(), this.query, facet, value, on);
    if (patch) this.update(patch);
  }

  setValues(facet: ListFacet, values: string[]): void {
    this.update({ [facet]: values } as Partial<VisitorQuery>);
  }

  setDates(from: string | undefined, to: string | undefined): void {
    this.update({ from: from || undefined, to: to || undefined });
  }

  setSort(sort: SortOrder | undefined): void {
    this.update({ sort: sort && sort !== this.config.sort ? sort : undefined });
  }

  setPage(page: number): void {
    this.update({ page: page > 1 ? page : undefined });
  }

  /** Back to the default query (past items hidden again). */
  clearAll(): void {
    this.update(visitor.clearAll(this.ctx(), this.query));
  }

  /** The visitor's active filters as chips (the host's pre-filter is fixed and never a chip). */
  chips(): Chip[] {
    return visitor.chips(this.ctx(), this.query);
  }

  removeChip(chip: Chip): void {
    const patch = visitor.removeChip(this.ctx(), this.query, chip);
    if (patch) this.update(patch);
  }

  /** The visitor's date window ends before it starts ("From" after "To"): nothing can match, and the views say why. */
  get datesReversed(): boolean {
    return isReversedRange(this.query.from, this.query.to);
  }

  /** Whether the visitor narrowed the list beyond the default (the empty state offers "Clear filters" then). */
  get hasVisitorFilters(): boolean {
    return visitor.hasVisitorFilters(this.ctx(), this.query);
  }

  // ---------- detail ----------

  /** The opportunity whose detail is open (undefined while loading or when the id is unknown). */
  get selected(): Opportunity | undefined {
    const id = this.selectedId;
    if (id === undefined) return undefined;
    return this.backend?.getNow?.(id) ?? this.result?.items.find((o) => o.id === id)
      ?? (this.fetchedSelected?.id === id ? this.fetchedSelected : undefined);
  }

  /** Open an opportunity's detail; `opener` (default: the focused element) gets focus back when it closes. */
  select(id: string, opener: HTMLElement | undefined = deepActiveElement()): void {
    this.opener = opener;
    this.selectedId = id;
    this.notify('select');
    this.writeUrl('push', 'other');
    if (this.backend && !this.selected) void this.fetchSelected(id);
  }

  /** Close the detail and give focus back to what opened it (or the card of the item). */
  close(): void {
    if (this.selectedId === undefined) return;
    const id = this.selectedId;
    this.selectedId = undefined;
    this.notify('close');
    this.writeUrl('push', 'other');
    void this.restoreFocus(id);
  }

  private async restoreFocus(id: string): Promise<void> {
    await this.host.updateComplete;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) {
      opener.focus();
      if (deepActiveElement() === opener) return;
    }
    this.dispatchEvent(new CustomEvent('focus-item', { detail: { id } }));
  }

  // ---------- URL ----------

  /** The deep link to an opportunity (or the current view), or `undefined` when the finder does not own the URL. */
  hrefFor(id?: string, page?: number): string | undefined {
    if (!this.config.url) return undefined;
    const query = page === undefined ? this.query : { ...this.query, page: page > 1 ? page : undefined };
    return this.router.createURL(this.viewParams(query, id));
  }

  private viewParams(query: VisitorQuery, selected: string | undefined): URLSearchParams {
    return visitor.viewToParams(this.ctx(), {
      query,
      ...(this.urlPageSize ? { pageSize: this.urlPageSize } : {}),
      ...(selected !== undefined ? { selected } : {}),
    });
  }

  private writeUrl(mode: 'push' | 'replace', kind: 'text' | 'other'): void {
    if (this.config.url && !this.connected) return;
    this.lastHistoryWrite = kind;
    this.router.write(this.viewParams(this.query, this.selectedId), mode);
  }

  /** Read the visitor's query and the open detail from the router. */
  private readUrl(): void {
    const view = visitor.viewFromParams(this.ctx(), this.router.read());
    // A page size in the URL (`size`, a shared link) overrides the host's for this view; the engine caps it.
    this.urlPageSize = view.pageSize;
    this.query = view.query;
    this.selectedId = view.selected;
  }

  private onPopState = (): void => {
    const before = this.selectedId;
    this.readUrl();
    this.lastHistoryWrite = undefined;
    if (this.backend) this.search('restore');
    else this.notify('restore');
    if (before !== undefined && this.selectedId === undefined) void this.restoreFocus(before);
  };

  // ---------- notifications ----------

  private notify(reason: ChangeReason): void {
    this.lastReason = reason;
    if (reason === 'load') this.loads++;
    this.host.requestUpdate();
    this.dispatchEvent(new CustomEvent('change', { detail: { reason } }));
  }
}
