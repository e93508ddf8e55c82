import type { Opportunity } from '../feed/schema.js';
import type { Direction, Kind, Mode, ProviderType } from '../feed/codes.js';
import type { OpportunityStatus } from '../status.js';

import type { FacetName } from './facets.js';

/** The facets a search counts and filters on, in the order results list them (from the table in `facets.ts`). */
export { FACET_NAMES } from './facets.js';
export type { FacetName } from './facets.js';

/** Result orders. `relevance` needs text; without text it falls back to the default order (see `SearchQuery.sort`). */
export const SORT_ORDERS = ['relevance', 'deadline', 'start', 'updated', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Results per page when a query names none. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most results one page holds: a larger `pageSize` is clamped to it. */
export const MAX_PAGE_SIZE = 1000;

/**
 * What a person asks for. Every part is optional; an empty query matches every opportunity (no hidden filter such
 * as "only open ones": ask for `status: ['open', 'closing-soon']`).
 *
 * Facet filters take a list of values: an item matches a facet when it has ANY of the values (OR), and it must match
 * EVERY facet given (AND). An empty list is no filter. Values nothing has simply match nothing.
 */
export interface SearchQuery {
  /**
   * Words to find. Folded (case, diacritics, punctuation ignored); EVERY word must be found (AND), each one exactly,
   * as a prefix of a longer word when it is the last word (the one being typed), or with a typo (edit distance 1 for
   * words of 5 to 8 characters, 2 from 9). Searched: title, summary, description (all languages), provider name and
   * city, location city and region, topics, tags, and the country's name in English and the index's locale.
   * Cut to its first 500 characters and 16 words.
   */
  text?: string;
  kind?: Kind[];
  /** `offer` or `request`; an item without `direction` is an `offer`. */
  direction?: Direction[];
  /** `provider.type`. */
  providerType?: ProviderType[];
  /** ISO 3166-1 alpha-2, case-insensitive (`EL` and `UK` are read as `GR` and `GB`); `location.country`, else `provider.country`. */
  country?: string[];
  /** Topic slugs (`topics`). */
  topic?: string[];
  /**
   * ISCED-F codes, matched hierarchically: `04` matches items with `04`, `041` or `0413`; `041` matches `041` and
   * `0413` (not `04`).
   */
  field?: string[];
  /** Audience slugs. */
  audience?: string[];
  mode?: Mode[];
  /** Working languages (`languages[].lang`), matched on the base language: `pt` and `pt-BR` both match `pt-PT`. */
  language?: string[];
  /** Where the item stands at `now` (see `opportunityStatus`). */
  status?: OpportunityStatus[];
  /**
   * ISO date (or date-time): the opportunity must take place at or after it (it overlaps `[from, to]`). An item runs
   * from the start of its `start` to the end of its `end` (a date-only end lasts the whole day, UTC); with only one of
   * them it runs that day; an item with neither never matches a date range. An invalid date is ignored. A reversed
   * window (`from` after `to`) matches nothing (`isReversedRange` tells a view to say why).
   */
  from?: string;
  /** ISO date (or date-time); a date-only `to` includes that whole day. See `from`. */
  to?: string;
  /**
   * In every order, what can still be applied for (`upcoming`, `open`, `closing-soon` at `now`) comes first, then what
   * cannot (`full`, `closed`, `past`, `cancelled`); each group keeps the order chosen here.
   * `relevance` (the default when there is text): best match first. First, how many query words the title holds
   * (a whole word counts more than a prefix; a typo does not count): a title with every word ranks above one with
   * fewer. Among titles holding every word, the words standing as in the query (a phrase, or with one word between)
   * rank first. Then the field score: per word, the field's weight (title 100, summary 40,
   * topics/tags/provider/place/country 25, description 15; the best field plus a quarter of the others) times the
   * match quality (exact 10, prefix 7, typo 3 or 2) times the word's rarity (BM25's idf), added up over the words.
   * So a title prefix beats an exact summary word, while a typo in the title ranks below it. Ties in default order.
   * `deadline`: soonest `application.deadline` first. `start`: earliest start first. `updated`: newest first.
   * `title`: alphabetical in the index locale (that order is computed at its first use: ~0.2 s per 100,000 items).
   * Items without the value come last; ties in default order.
   * The default order (no text, or `relevance` without text): by start (earliest first, undated last), then title,
   * then id.
   */
  sort?: SortOrder;
  /** 1-based. Clamped to `1 … last page` (a page past the end shows the last page; `result.page` says which). */
  page?: number;
  /** Items per page, default 20, clamped to `1 … 1000`; anything not a finite number means the default. */
  pageSize?: number;
  /** The moment statuses are computed for: this, else the index's `now` option, else the current time. Not in URLs. */
  now?: Date | number | string;
}

/** One value of a facet and how many items have it. */
export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  /** The opportunities of the requested page, in order. */
  items: Opportunity[];
  /** How many items match the whole query. */
  total: number;
  /** The page returned (after clamping). */
  page: number;
  /** The page size used (after clamping). */
  pageSize: number;
  /**
   * For each facet, its values with counts, sorted by count (descending) then value. Counted disjunctively: a facet's
   * counts apply every filter of the query except that facet's own, so each count is the number of results that
   * choosing that value too would give (picking Sweden still shows how many items Belgium has). Values the query
   * selects are always listed, with count 0 if nothing has them. `field` lists every level (`04`, `041`, `0413`),
   * `language` base languages (`pt`), `country` upper-case codes.
   */
  facets: Record<FacetName, FacetCount[]>;
}

export interface SearchIndexOptions {
  /** Default moment for statuses when a query gives none (else the current time at each search). */
  now?: Date | number | string;
  /** BCP 47 locale for sorting and showing titles (`sort: 'title'`) and for country names in text search. Default `en`. */
  locale?: string;
  /**
   * Labels that let a query word find an item through its topics, fields of education, kind and country, in any
   * language: per value, its labels (one string or several). Build it with `searchLabels()` from the vocabularies
   * (`loadAllVocabularies()` in the elements' i18n) for the 24 EU languages and country names with their endonyms. A
   * match through a label ranks below a match in the item's own text. Indexed apart: a few integers per item.
   */
  labels?: SearchLabels;
  /**
   * A base filter, fixed for the index's life (a host's pre-filter): facets and a date window, with the same rules as
   * a query's (values OR within a facet, AND across facets and dates). Items outside it are never matched, counted,
   * paged or returned: every search behaves as if the index held only the items inside, and a query's own filters
   * apply on top (AND). Its facets and dates are applied once, when the index is built: `size` counts, and `get`
   * finds, only the items inside them, and the text statistics (a word's rarity) are those of these items. Its
   * `status`, which changes with time, is applied at each search's `now` like a query's own `status` filter; `size`
   * and `get` do not depend on it.
   */
  filter?: SearchFilter;
}

/** Facets and a date window: a base filter of an index (`SearchIndexOptions.filter`). */
export type SearchFilter = Pick<SearchQuery, FacetName | 'from' | 'to'>;

/** Per value, its labels: `topics` by slug, `fields` by ISCED-F code, `kinds` by kind, `countries` by ISO code. */
export interface SearchLabels {
  topics?: Record<string, string | readonly string[]>;
  fields?: Record<string, string | readonly string[]>;
  kinds?: Record<string, string | readonly string[]>;
  countries?: Record<string, string | readonly string[]>;
}

export interface SearchIndex {
  /** Run a query. Never throws: malformed parts of a query are ignored or clamped. */
  search(query?: SearchQuery): SearchResult;
  /** Number of opportunities indexed. */
  readonly size: number;
  /** The opportunity with this id (the first one, if a merged list repeats ids). */
  get(id: string): Opportunity | undefined;
}
