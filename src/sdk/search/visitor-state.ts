/**
 * The visitor's query as a pure state machine: the default status, patching (and what a change means for paging),
 * ticking facet values, chips, removing a chip, clearing, and the URL form of a query. No DOM: the finder's
 * controller keeps only loading, focus and wiring; views read the same rules through it.
 *
 * The one piece of context is whether the host fixed the status (`hostStatus`: a pre-filter on `status`): then the
 * visitor has no default status filter; else the default is "what you can still apply for" (`DEFAULT_STATUS`), shown as
 * one removable chip with no box ticked.
 */
import type { OpportunityStatus } from '../status.js';
import { FACET_NAMES } from './types.js';
import type { FacetName, SearchQuery } from './types.js';
import { queryFromParams, queryToParams } from './params.js';

/** What the visitor chose: a search query without paging size and clock (those belong to the host). */
export type VisitorQuery = Omit<SearchQuery, 'pageSize' | 'now'>;

/** What the visitor can still act on (apply now, or later): the visitor's default status filter. */
export const DEFAULT_STATUS: readonly OpportunityStatus[] = ['upcoming', 'open', 'closing-soon'];
/** Statuses counted as "upcoming" by the stats: everything that has not ended and is not cancelled. */
export const CURRENT_STATUS: readonly OpportunityStatus[] = ['upcoming', 'open', 'closing-soon', 'full', 'closed'];

/** One removable filter as a chip. `can-apply` is the default status filter. */
export type Chip =
  | { type: 'facet'; facet: FacetName; value: string }
  | { type: 'text'; value: string }
  | { type: 'from' | 'to'; value: string }
  | { type: 'can-apply' };

/** Whether the host fixed the status (then there is no default status filter). */
export interface VisitorContext {
  hostStatus: boolean;
}

/** What a change is, for the views: a new page of the same results, or a new query (page back to 1). */
export type QueryChange = 'page' | 'query';

export function defaultStatus(ctx: VisitorContext): OpportunityStatus[] | undefined {
  return ctx.hostStatus ? undefined : [...DEFAULT_STATUS];
}

/** Whether `status` is the visitor's default (no status filter when the host fixed the status). */
export function isDefaultStatus(ctx: VisitorContext, status: readonly OpportunityStatus[] | undefined): boolean {
  const def = defaultStatus(ctx);
  if (!def) return !status?.length;
  return status?.length === def.length && def.every((s) => status.includes(s));
}

/** The query a visitor starts from: nothing but the default status filter. */
export function defaultQuery(ctx: VisitorContext): VisitorQuery {
  const status = defaultStatus(ctx);
  return status ? { status } : {};
}

/**
 * Apply a patch: `undefined`, `''` and empty lists remove a part (an empty status list stays: it means "any status");
 * the page goes back to 1 unless the patch gives it. Says whether that was only a page change.
 */
export function patchQuery(query: VisitorQuery, patch: Partial<VisitorQuery>): { query: VisitorQuery; change: QueryChange } {
  const next: VisitorQuery = { ...query, ...patch };
  if (!('page' in patch)) delete next.page;
  for (const key of Object.keys(next) as (keyof VisitorQuery)[]) {
    const v = next[key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0 && key !== 'status')) delete next[key];
  }
  return { query: next, change: 'page' in patch && Object.keys(patch).length === 1 ? 'page' : 'query' };
}

/** The values of a facet the visitor ticked: the default status filter is no ticked box (it is the chip). */
export function selection(ctx: VisitorContext, query: VisitorQuery, facet: FacetName): string[] {
  const values = (query[facet] ?? []) as string[];
  return facet === 'status' && isDefaultStatus(ctx, values as OpportunityStatus[]) ? [] : values;
}

/**
 * The patch that turns one value of a facet on or off (`on` undefined: the other way round), or undefined when it
 * already is. Unticking the last status box goes back to the default status filter.
 */
export function toggle(ctx: VisitorContext, query: VisitorQuery, facet: FacetName, value: string, on?: boolean): Partial<VisitorQuery> | undefined {
  const current = selection(ctx, query, facet);
  const has = current.includes(value);
  const want = on ?? !has;
  if (want === has) return undefined;
  const next = want ? [...current, value] : current.filter((v) => v !== value);
  if (facet === 'status' && next.length === 0) return { status: defaultQuery(ctx).status ?? [] };
  return { [facet]: next } as Partial<VisitorQuery>;
}

/** The patch back to the default query. */
export function clearAll(ctx: VisitorContext, query: VisitorQuery): Partial<VisitorQuery> {
  return { ...Object.fromEntries(Object.keys(query).map((k) => [k, undefined])), ...defaultQuery(ctx) };
}

/** The visitor's active filters as chips, in a stable order (text, facets in facet order, dates). */
export function chips(ctx: VisitorContext, query: VisitorQuery): Chip[] {
  const out: Chip[] = [];
  if (query.text) out.push({ type: 'text', value: query.text });
  for (const facet of FACET_NAMES) {
    const values = query[facet] as string[] | undefined;
    if (!values?.length) continue;
    if (facet === 'status' && isDefaultStatus(ctx, values as OpportunityStatus[])) {
      out.push({ type: 'can-apply' });
      continue;
    }
    for (const value of values) out.push({ type: 'facet', facet, value });
  }
  if (query.from) out.push({ type: 'from', value: query.from });
  if (query.to) out.push({ type: 'to', value: query.to });
  return out;
}

/** The patch that removes a chip (undefined when it is not there). */
export function removeChip(ctx: VisitorContext, query: VisitorQuery, chip: Chip): Partial<VisitorQuery> | undefined {
  switch (chip.type) {
    case 'text':
      return { text: undefined };
    case 'from':
      return { from: undefined };
    case 'to':
      return { to: undefined };
    case 'can-apply':
      return { status: [] };
    case 'facet':
      return toggle(ctx, query, chip.facet, chip.value, false);
  }
}

/** Whether the visitor narrowed the list beyond the default. */
export function hasVisitorFilters(ctx: VisitorContext, query: VisitorQuery): boolean {
  return chips(ctx, query).some((c) => c.type !== 'can-apply');
}

/** The parameter that keeps the open detail in the URL. */
export const DETAIL_PARAM = 'opp';

/**
 * The URL parameters of a view: the query (without the default status, which is no parameter; "any status" is
 * `status=all`), a page size asked for by a link, and the open detail.
 */
export function viewToParams(ctx: VisitorContext, view: { query: VisitorQuery; pageSize?: number; selected?: string }): URLSearchParams {
  const { query, pageSize, selected } = view;
  const params = queryToParams(pageSize ? { ...query, pageSize } : query);
  if (isDefaultStatus(ctx, query.status)) params.delete('status');
  else if (query.status?.length === 0) params.set('status', 'all');
  if (selected !== undefined) params.set(DETAIL_PARAM, selected);
  return params;
}

/** The view a set of URL parameters describes (the reverse of `viewToParams`). */
export function viewFromParams(ctx: VisitorContext, params: URLSearchParams): { query: VisitorQuery; pageSize?: number; selected?: string } {
  const { pageSize, now: _now, ...query } = queryFromParams(params);
  if (params.get('status') === 'all') query.status = [];
  else if (!query.status) {
    const status = defaultStatus(ctx);
    if (status) query.status = status;
  }
  const selected = params.get(DETAIL_PARAM) ?? undefined;
  return { query, ...(pageSize !== undefined ? { pageSize } : {}), ...(selected !== undefined ? { selected } : {}) };
}

let owned: readonly string[] | undefined;
/** The parameter names a finder owns (the search's short names and `opp`); everything else in a URL is the page's. */
export function ownedParams(): readonly string[] {
  owned ??= [
    ...new Set([
      ...queryToParams({
        text: 'x',
        ...Object.fromEntries(FACET_NAMES.map((f) => [f, ['x']])),
        from: '2000-01-01',
        to: '2000-01-01',
        sort: 'title',
        page: 2,
        pageSize: 2,
      } as SearchQuery).keys(),
      DETAIL_PARAM,
    ]),
  ];
  return owned;
}
