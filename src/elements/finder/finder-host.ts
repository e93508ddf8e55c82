import { ContextProvider, ContextRoot } from '@lit/context';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Opportunity } from '../../sdk/feed/schema.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SORT_ORDERS } from '../../sdk/search/types.js';
import type { SortOrder } from '../../sdk/search/types.js';
import { OppElement } from '../base/opp-element.js';
import { listAttr } from '../shared/dom.js';
import { finderContext } from './context.js';
import { FACETS } from '../../sdk/search/facets.js';
import { FinderController } from './finder-controller.js';
import type { FinderConfig, Prefilter } from './finder-controller.js';

let root: ContextRoot | undefined;
/** Parts upgraded before their provider (scripts loaded in another order) still find it: a ContextRoot replays them. */
function ensureContextRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}

/**
 * What `<opp-finder>` and `<opp-finder-provider>` share: the attributes that configure and pre-filter a finder, and
 * the one `FinderController` they provide to the parts inside them through `@lit/context`.
 */
export class FinderHost extends OppElement {
  /** One or more feed URLs, separated by spaces. */
  @property() feed = '';
  /** A hub's API base (`https://hub.example.eu/api/v1`): the hub answers the searches; `feed` is not needed. */
  @property() api?: string;
  /** Pre-filters fixed by the host (comma- or space-separated lists): the visitor's filters come on top. */
  @property() kind?: string;
  @property() direction?: string;
  @property({ attribute: 'provider-type' }) providerType?: string;
  @property() country?: string;
  @property() topic?: string;
  @property() field?: string;
  @property() audience?: string;
  @property() mode?: string;
  /** Working languages (BCP 47), e.g. `language="en,fr"`. */
  @property() language?: string;
  @property() status?: string;
  /** Only opportunities taking place in this window (ISO dates). */
  @property() from?: string;
  @property() to?: string;
  /** Default order: `relevance`, `deadline`, `start`, `updated` or `title`. */
  @property() sort?: string;
  /** Results per page (default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;
  /** Do not keep the query and the open detail in the page URL (for hosts that own the URL). */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;
  /**
   * Put before each URL parameter the finder owns (`url-prefix="opp-"` gives `?opp-q=…&opp-country=FI`): two finders
   * on one page, or a CMS that owns `?page=`, keep apart. Letters, digits, `-` and `_`.
   */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** The moment statuses are computed for (ISO date-time); default: now. For demos and tests. */
  @property() now?: string;
  /** Opportunities given directly (already parsed, e.g. with `parseFeed`), instead of `feed`. */
  @property({ attribute: false }) opportunities?: Opportunity[];
  /** Options for the feed client (`timeout`, `retry`, `cache`, `fetch`). */
  @property({ attribute: false }) clientOptions?: FinderConfig['clientOptions'];
  /**
   * Search across languages. By default a word also finds items through the labels of their topics, fields, kind and
   * country in the page's language and English ("leercentra" finds a `libraries` week and "België" items in Belgium on
   * a Dutch page). `search-labels` (or `="all"`): the labels of all 24 EU languages and country names in the
   * neighbours' too ("kirjasto", "Suomi" on any page; ~35 KB gzip, loaded on the first text query).
   * `search-labels="off"`: the items' own words only.
   */
  @property({ attribute: 'search-labels' }) searchLabels?: string;

  /** The controller behind this finder: state, actions, URL sync. */
  readonly controller: FinderController = new FinderController(this, (name, detail) => this.emit(name, detail));

  constructor() {
    super();
    ensureContextRoot();
    new ContextProvider(this, { context: finderContext, initialValue: this.controller });
  }

  /** The host's fixed pre-filter, from the attributes. */
  prefilter(): Prefilter {
    const p: Prefilter = {};
    // Codes as the feed format writes them (the facet table's `normalize`): countries upper-case, fields and language
    // tags as given, the rest lower-case.
    for (const { name, normalize } of FACETS) {
      const values = listAttr(this[name]).map(normalize);
      if (values.length) (p as Record<string, string[]>)[name] = values;
    }
    if (this.from) p.from = this.from;
    if (this.to) p.to = this.to;
    return p;
  }

  /** Whether this host keeps its state in the URL. */
  protected syncsUrl(): boolean {
    return !this.noUrl;
  }

  private config(): FinderConfig {
    const now = this.now ? new Date(this.now) : undefined;
    return {
      feeds: this.feed.split(/\s+/).filter(Boolean),
      ...(this.opportunities ? { opportunities: this.opportunities } : {}),
      prefilter: this.prefilter(),
      ...(this.sort && (SORT_ORDERS as readonly string[]).includes(this.sort) ? { sort: this.sort as SortOrder } : {}),
      pageSize: Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.min(MAX_PAGE_SIZE, Math.trunc(this.pageSize)) : DEFAULT_PAGE_SIZE,
      url: this.syncsUrl(),
      ...(this.urlPrefix ? { urlPrefix: this.urlPrefix } : {}),
      ...(now && !Number.isNaN(now.getTime()) ? { now } : {}),
      locale: this.i18n.lang,
      ...(this.clientOptions ? { clientOptions: this.clientOptions } : {}),
      ...(this.api ? { api: this.api } : {}),
      ...(this.searchLabels === undefined || this.searchLabels === null ? {} : { searchLabels: /^(off|false|none)$/i.test(this.searchLabels.trim()) ? ('off' as const) : ('all' as const) }),

    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.controller.configure(this.config());
  }
}
