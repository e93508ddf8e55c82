import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Each SDK module directly, not the barrels: the script-tag bundle must not pull in (side-effectful) modules that only
// lazy chunks use.
import type { Opportunity } from '../../sdk/feed/schema.js';
import type { FeedIssue } from '../../sdk/feed/parse.js';
import type { OpportunityStatus } from '../../sdk/status.js';
import { createClient } from '../../sdk/client/index.js';
import type { ClientOptions, FeedClient, SourceStatus } from '../../sdk/client/index.js';
// The search engine is a chunk of its own, loaded while the feed downloads (it is not needed for the first render).
const engine = () => import('../../sdk/search/engine.js');
import { queryFromParams, queryToParams } from '../../sdk/search/params.js';
import { isReversedRange } from '../../sdk/search/facet-layout.js';
import type { FacetName, SearchIndex, SearchLabels, SearchQuery, SearchResult, SortOrder } from '../../sdk/search/types.js';
import type { RemoteSearch } from '../../sdk/search/remote.js';
const remoteChunk = () => import('../../sdk/search/remote.js');
import { safeUrl } from '../../sdk/text/url.js';
import { deepActiveElement } from '../shared/dom.js';
import type { OppEventMap } from '../base/opp-element.js';

/** The facets a host can fix and a visitor can filter on (the search's facets). */
export type ListFacet = FacetName;
export const LIST_FACETS: readonly ListFacet[] = [
  'kind',
  'direction',
  'providerType',
  'country',
  'topic',
  'field',
  'audience',
  'mode',
  'language',
  'status',
];

/** What the visitor chose: a search query without paging size and clock (those belong to the host). */
export type VisitorQuery = Omit<SearchQuery, 'pageSize' | 'now'>;

/** The host's fixed pre-filter: facets and a date window. The visitor's filters apply on top of it (AND). */
export type Prefilter = Pick<SearchQuery, ListFacet | 'from' | 'to'>;

/**
 * What a visitor can still act on (apply now, or later): the visitor's default, shown as one removable chip ("Showing
 * opportunities you can still apply for") with every status box unticked; closed, full, past and cancelled are hidden.
 */
export const DEFAULT_STATUS: readonly OpportunityStatus[] = ['upcoming', 'open', 'closing-soon'];
/** Statuses counted as "upcoming" by the stats: everything that has not ended and is not cancelled. */
export const CURRENT_STATUS: readonly OpportunityStatus[] = ['upcoming', 'open', 'closing-soon', 'full', 'closed'];

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
  /** The moment statuses are computed for (tests, demos); default: the current time. */
  now?: Date;
  /** UI language, for sorting titles and country names in text search. */
  locale: string;
  /** Passed to `createClient` (timeout, retry, cache, fetch). */
  clientOptions?: Partial<Omit<ClientOptions, 'feeds'>>;
  /** A hub's API base (`api` attribute): searches are answered by the hub instead of an index in the page. */
  api?: string;
  /**
   * Search across languages (`search-labels` attribute): on the first text query, the 24 vocabularies load (lazy
   * chunks) and the index is rebuilt with their labels and country names in every language (`SearchIndexOptions.labels`).
   */
  searchLabels?: boolean;
}

export type FinderStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Why the state changed: views use it to decide about focus and announcements. */
export type ChangeReason = 'load' | 'query' | 'page' | 'select' | 'close' | 'restore' | 'config';

/** One removable filter as a chip. `can-apply` is the default status filter. */
export type Chip =
  | { type: 'facet'; facet: ListFacet; value: string }
  | { type: 'text'; value: string }
  | { type: 'from' | 'to'; value: string }
  | { type: 'can-apply' };

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

const PAGE_ALL = 1000;

/** Every item of a query, paging through the index (pages are capped at 1,000). */
function collect(index: SearchIndex, query: SearchQuery): Opportunity[] {
  const out: Opportunity[] = [];
  for (let page = 1; ; page++) {
    const r = index.search({ ...query, page, pageSize: PAGE_ALL });
    out.push(...r.items);
    if (r.page !== page || page * PAGE_ALL >= r.total) return out;
  }
}

/** URL parameters the finder owns (the search's short names plus `opp`); everything else in the URL is left alone. */
let ownedParams: Set<string> | undefined;
function owned(): Set<string> {
  ownedParams ??= new Set([
    ...queryToParams({
      text: 'x',
      ...Object.fromEntries(LIST_FACETS.map((f) => [f, ['x']])),
      from: '2000-01-01',
      to: '2000-01-01',
      sort: 'title',
      page: 2,
      pageSize: 2,
    } as SearchQuery).keys(),
    'opp',
  ]);
  return ownedParams;
}

/**
 * The state behind a finder, shared by every part (`<opp-search-box>`, `<opp-filters>`, `<opp-results>`,
 * `<opp-pagination>`, `<opp-detail>`, `<opp-stats>`) through `@lit/context`. Views stay thin: they read the state
 * below and call the methods; the controller asks the headless SDK (`createClient`, `createSearchIndex`) for the work.
 *
 * - Loads the feeds with `createClient` (stale-while-revalidate), or takes `opportunities` directly.
 * - Applies the host's fixed pre-filter once (an index over the pre-filtered items), so every count, facet and page
 *   is within it, and the visitor's own filters come on top (AND).
 * - Keeps the visitor's query and the open detail (`?opp=<id>`) in the URL: `pushState` on each change, a typing burst
 *   replaced in one entry, `popstate` restoring the view in one step.
 * - Emits `opp-search`, `opp-load` and `opp-error` through its host element.
 *
 * Listen to `change` events (`detail.reason`) to re-render.
 */
export class FinderController extends EventTarget implements ReactiveController {
  status: FinderStatus = 'idle';
  error?: ErrorInfo;
  /** How each feed fared (empty when opportunities were given directly). */
  sources: SourceStatus[] = [];
  /** The items within the host's pre-filter. */
  items: Opportunity[] = [];
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

  private config: FinderConfig = { feeds: [], prefilter: {}, pageSize: 20, url: false, locale: 'en' };
  private client?: FeedClient;
  private searchEngine?: typeof import('../../sdk/search/engine.js');
  private index?: SearchIndex;
  /** With `api`: the hub answering the searches. */
  private remote?: RemoteSearch;
  /** The open detail's opportunity when it came from the hub and is not on the current page. */
  private remoteSelected?: Opportunity;
  private searchAbort?: AbortController;
  private all: Opportunity[] = [];
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
    if (this.config.url) {
      window.addEventListener('popstate', this.onPopState);
      this.readUrl();
      if (this.index || this.remote) this.search('restore');
    }
    // Moved in the page while loading: the load was aborted on disconnect, start again.
    if (this.status === 'idle') void this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('popstate', this.onPopState);
    this.abort?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }

  /** Apply the host's configuration; reloads only when the data source changed. */
  configure(next: FinderConfig): void {
    const prev = this.config;
    const first = !this.configured;
    this.config = next;
    this.configured = true;
    if (this.connected && (first || next.url !== prev.url)) {
      window.removeEventListener('popstate', this.onPopState);
      if (next.url) window.addEventListener('popstate', this.onPopState);
    }
    if (first || (next.url && !prev.url)) {
      if (next.url) this.readUrl();
      else this.query = this.defaultQuery();
    } else if (!sameList(this.defaultStatus(prev), this.defaultStatus(next)) && this.isDefaultStatus(prev, this.query.status)) {
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
    if (
      JSON.stringify(next.prefilter) !== JSON.stringify(prev.prefilter) ||
      next.now?.getTime() !== prev.now?.getTime() ||
      next.locale !== prev.locale
    ) {
      this.rebuild();
      this.search('config');
    } else if (next.sort !== prev.sort || next.pageSize !== prev.pageSize) {
      this.search('config');
    }
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
      const search = this.searchEngine ? Promise.resolve(this.searchEngine) : engine();
      search.catch(() => undefined);
      if (opportunities) {
        this.searchEngine = await search;
        if (abort.signal.aborted) return;
        this.sources = [];
        this.accept(opportunities);
        return;
      }
      const client = (this.client ??= createClient({ cache: 'stale-while-revalidate', ...clientOptions, feeds }));
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
      const { createRemoteSearch } = await remoteChunk();
      const { timeout, fetch } = this.config.clientOptions ?? {};
      const remote = createRemoteSearch({ url: api, ...(timeout ? { timeout } : {}), ...(fetch ? { fetch } : {}) });
      const result = await this.searchOn(remote, abort.signal);
      if (abort.signal.aborted) return;
      this.remote = remote;
      this.sources = [];
      this.items = result.items;
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

  /** The hub's answer to the visitor's query within the host's pre-filter; an empty page when the two exclude each other. */
  private async searchOn(remote: RemoteSearch, signal: AbortSignal): Promise<SearchResult> {
    const pageSize = this.urlPageSize ?? this.config.pageSize;
    const query = this.withinPrefilter({ ...this.query, ...(this.sort ? { sort: this.sort } : {}), pageSize });
    if (!query) return { items: [], total: 0, page: 1, pageSize, facets: {} as SearchResult['facets'] };
    return remote.search(query, { signal });
  }

  /** A query narrowed to the host's pre-filter (what the hub is asked), or undefined when the two exclude each other. */
  private withinPrefilter(q: SearchQuery): SearchQuery | undefined {
    const query: SearchQuery = { ...q };
    const fixed = this.config.prefilter;
    for (const key of LIST_FACETS) {
      const allowed = fixed[key] as string[] | undefined;
      if (!allowed?.length) continue;
      const mine = query[key] as string[] | undefined;
      const values = mine?.length ? mine.filter((v) => allowed.includes(v)) : [...allowed];
      if (!values.length) return undefined;
      (query as Record<string, string[]>)[key] = values;
    }
    if (fixed.from && (!query.from || query.from < fixed.from)) query.from = fixed.from;
    if (fixed.to && (!query.to || query.to > fixed.to)) query.to = fixed.to;
    return query;
  }

  /**
   * With `api`: the visitor's current search as the hub's subscription feeds (calendar, feed reader), in
   * `SUBSCRIBE_FORMATS` order, with the parameters sent to `/search` but no paging. Empty without a hub, before it
   * answered, or when the search cannot match anything. Only absolute http(s) addresses (the core's URL rule).
   */
  subscribeLinks(): { format: SubscribeFormat; href: string; type: string }[] {
    const remote = this.remote;
    if (!remote || this.status !== 'ready') return [];
    const query = this.withinPrefilter({ ...this.query, ...(this.sort ? { sort: this.sort } : {}) });
    if (!query) return [];
    return SUBSCRIBE_FORMATS.flatMap((format) => {
      let href: string | undefined;
      try {
        href = safeUrl(new URL(remote.feedUrl(query, format), document.baseURI).href);
      } catch {
        href = undefined;
      }
      return href ? [{ format, href, type: SUBSCRIBE_TYPES[format] }] : [];
    });
  }

  /**
   * Totals and facets of a query over the whole collection within the host's pre-filter, asked of the hub (for
   * `<opp-stats>`). Undefined without a hub; rejects when the hub cannot answer.
   */
  async searchAllRemote(query: SearchQuery, options: { signal?: AbortSignal } = {}): Promise<SearchResult | undefined> {
    const remote = this.remote;
    if (!remote) return undefined;
    const q = this.withinPrefilter(query);
    if (!q) return { items: [], total: 0, page: 1, pageSize: query.pageSize ?? 1, facets: {} as SearchResult['facets'] };
    return remote.search(q, options);
  }

  /** Whether a hub answers this finder's searches (after it first answered). */
  get isRemote(): boolean {
    return !!this.remote;
  }

  private async fetchSelected(id: string): Promise<void> {
    const o = await this.remote?.get(id).catch(() => undefined);
    if (o && this.selectedId === id) {
      this.remoteSelected = o;
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
    if (!refreshing) this.emit('opp-load', { sources: this.sources, total: this.items.length });
  }

  /** The labels for search across languages, once loaded (see `FinderConfig.searchLabels`). */
  private labels?: SearchLabels;
  private labelsLoading = false;

  /** Load the labels of every language, then rebuild the index with them and search again. */
  private async loadLabels(): Promise<void> {
    this.labelsLoading = true;
    try {
      const [{ searchLabels }, { loadAllVocabularies }] = await Promise.all([import('../../sdk/vocab/labels.js'), import('../../i18n/vocab.js')]);
      this.labels = searchLabels((await loadAllVocabularies()).values());
    } catch {
      return; // search stays in the items' own words
    }
    if (!this.index || !this.config.searchLabels) return;
    this.rebuild();
    this.search('query');
  }

  private rebuild(): void {
    const createSearchIndex = this.searchEngine?.createSearchIndex;
    if (!createSearchIndex) return;
    const options = {
      locale: this.config.locale,
      ...(this.config.now ? { now: this.config.now } : {}),
      ...(this.labels && this.config.searchLabels ? { labels: this.labels } : {}),
    };
    const { prefilter } = this.config;
    const hasPrefilter = Object.values(prefilter).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
    this.items = hasPrefilter ? collect(createSearchIndex(this.all, options), prefilter) : this.all;
    this.index = createSearchIndex(this.items, options);
  }

  // ---------- searching ----------

  private search(reason: ChangeReason): void {
    if (this.remote) {
      void this.searchRemote(this.remote, reason);
      return;
    }
    if (!this.index) return;
    const { now } = this.config;
    if (this.config.searchLabels && !this.labelsLoading && this.query.text?.trim()) void this.loadLabels();
    const pageSize = this.urlPageSize ?? this.config.pageSize;
    this.result = this.index.search({
      ...this.query,
      ...(this.sort ? { sort: this.sort } : {}),
      pageSize,
      ...(now ? { now } : {}),
    });
    this.notify(reason);
    this.emit('opp-search', { query: { ...this.query }, prefilter: this.config.prefilter, total: this.result.total });
  }

  /** A new query for the hub: the one before is aborted, so a slow old answer never replaces a newer one. */
  private async searchRemote(remote: RemoteSearch, reason: ChangeReason): Promise<void> {
    this.searchAbort?.abort();
    const abort = (this.searchAbort = new AbortController());
    try {
      const result = await this.searchOn(remote, abort.signal);
      if (abort.signal.aborted) return;
      this.result = result;
      this.notify(reason);
      this.emit('opp-search', { query: { ...this.query }, prefilter: this.config.prefilter, total: result.total });
      if (this.selectedId !== undefined && !this.selected) void this.fetchSelected(this.selectedId);
    } catch (e) {
      if (abort.signal.aborted) return;
      this.fail(e);
    }
  }

  /** A search on the pre-filtered items outside the visitor's query (for stats). */
  searchAll(query: SearchQuery): SearchResult | undefined {
    const now = this.config.now;
    return this.index?.search({ ...query, ...(now ? { now } : {}) });
  }

  private defaultStatus(config = this.config): OpportunityStatus[] | undefined {
    return config.prefilter.status?.length ? undefined : [...DEFAULT_STATUS];
  }

  private isDefaultStatus(config: FinderConfig, status: readonly OpportunityStatus[] | undefined): boolean {
    const def = this.defaultStatus(config);
    if (!def) return !status?.length;
    return status?.length === def.length && def.every((s) => status.includes(s));
  }

  /** The query a visitor starts from: nothing but the default status filter (past items hidden). */
  defaultQuery(): VisitorQuery {
    const status = this.defaultStatus();
    return status ? { status } : {};
  }

  /** Change the visitor's query (page back to 1 unless `page` is given) and search. */
  update(patch: Partial<VisitorQuery>, { history = 'push' as 'push' | 'replace' | 'none', kind = 'other' as 'text' | 'other' } = {}): void {
    const next: VisitorQuery = { ...this.query, ...patch };
    if (!('page' in patch)) delete next.page;
    for (const key of Object.keys(next) as (keyof VisitorQuery)[]) {
      const v = next[key];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0 && key !== 'status')) delete next[key];
    }
    this.query = next;
    this.search('page' in patch && Object.keys(patch).length === 1 ? 'page' : 'query');
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
    const values = (this.query[facet] ?? []) as string[];
    return facet === 'status' && this.isDefaultStatus(this.config, values as OpportunityStatus[]) ? [] : values;
  }

  /** Turn one value of a facet on or off. Unticking the last status box goes back to the default status filter. */
  toggle(facet: ListFacet, value: string, on?: boolean): void {
    const current = this.selection(facet);
    const has = current.includes(value);
    const want = on ?? !has;
    if (want === has) return;
    const next = want ? [...current, value] : current.filter((v) => v !== value);
    if (facet === 'status' && next.length === 0) return this.update({ status: this.defaultQuery().status ?? [] });
    this.setValues(facet, next);
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
    this.update({ ...Object.fromEntries(Object.keys(this.query).map((k) => [k, undefined])), ...this.defaultQuery() });
  }

  /** The visitor's active filters as chips (the host's pre-filter is fixed and never a chip). */
  chips(): Chip[] {
    const q = this.query;
    const out: Chip[] = [];
    if (q.text) out.push({ type: 'text', value: q.text });
    for (const facet of LIST_FACETS) {
      const values = q[facet] as string[] | undefined;
      if (!values?.length) continue;
      if (facet === 'status' && this.isDefaultStatus(this.config, values as OpportunityStatus[])) {
        out.push({ type: 'can-apply' });
        continue;
      }
      for (const value of values) out.push({ type: 'facet', facet, value });
    }
    if (q.from) out.push({ type: 'from', value: q.from });
    if (q.to) out.push({ type: 'to', value: q.to });
    return out;
  }

  removeChip(chip: Chip): void {
    switch (chip.type) {
      case 'text':
        return this.update({ text: undefined });
      case 'from':
        return this.update({ from: undefined });
      case 'to':
        return this.update({ to: undefined });
      case 'can-apply':
        return this.update({ status: [] });
      case 'facet':
        return this.toggle(chip.facet, chip.value, false);
    }
  }

  /** The visitor's date window ends before it starts ("From" after "To"): nothing can match, and the views say why. */
  get datesReversed(): boolean {
    return isReversedRange(this.query.from, this.query.to);
  }

  /** Whether the visitor narrowed the list beyond the default (the empty state offers "Clear filters" then). */
  get hasVisitorFilters(): boolean {
    return this.chips().some((c) => c.type !== 'can-apply');
  }

  // ---------- detail ----------

  /** The opportunity whose detail is open (undefined while loading or when the id is unknown). */
  get selected(): Opportunity | undefined {
    const id = this.selectedId;
    if (id === undefined) return undefined;
    return this.index?.get(id) ?? this.items.find((o) => o.id === id) ?? this.result?.items.find((o) => o.id === id)
      ?? (this.remoteSelected?.id === id ? this.remoteSelected : undefined);
  }

  /** Open an opportunity's detail; `opener` (default: the focused element) gets focus back when it closes. */
  select(id: string, opener: HTMLElement | undefined = deepActiveElement()): void {
    this.opener = opener;
    this.selectedId = id;
    this.notify('select');
    this.writeUrl('push', 'other');
    if (this.remote && !this.selected) void this.fetchSelected(id);
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
    return this.urlFor(page === undefined ? this.query : { ...this.query, page: page > 1 ? page : undefined }, id).href;
  }

  private urlFor(query: VisitorQuery, id: string | undefined): URL {
    const url = new URL(location.href);
    for (const key of owned()) url.searchParams.delete(key);
    const params = queryToParams(this.urlPageSize ? { ...query, pageSize: this.urlPageSize } : query);
    if (this.isDefaultStatus(this.config, query.status)) params.delete('status');
    else if (query.status?.length === 0) params.set('status', 'all');
    for (const [k, v] of params) url.searchParams.set(k, v);
    if (id !== undefined) url.searchParams.set('opp', id);
    url.search = url.searchParams.toString().replace(/%2C/gi, ',');
    return url;
  }

  private writeUrl(mode: 'push' | 'replace', kind: 'text' | 'other'): void {
    if (!this.config.url || !this.connected) return;
    const url = this.urlFor(this.query, this.selectedId);
    this.lastHistoryWrite = kind;
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState({ oppFinder: true }, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Read the visitor's query and the open detail from the URL. Returns whether the selection changed. */
  private readUrl(): boolean {
    const params = new URLSearchParams(location.search);
    const { pageSize, now: _now, ...query } = queryFromParams(params);
    // A page size in the URL (`size`, a shared link) overrides the host's for this view; the engine caps it.
    this.urlPageSize = pageSize;
    if (params.get('status') === 'all') query.status = [];
    else if (!query.status) {
      const status = this.defaultStatus();
      if (status) query.status = status;
    }
    this.query = query;
    const id = params.get('opp') ?? undefined;
    const changed = id !== this.selectedId;
    this.selectedId = id;
    return changed;
  }

  private onPopState = (): void => {
    const before = this.selectedId;
    this.readUrl();
    this.lastHistoryWrite = undefined;
    if (this.index || this.remote) this.search('restore');
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
