/**
 * A search query as URL parameters, short and readable:
 * `?q=library&country=FI,SE&status=open&kind=staff-week&page=2&sort=deadline&from=2027-01-01`.
 *
 * | query field    | parameter   |
 * |----------------|-------------|
 * | text           | `q`         |
 * | each facet     | its `param` in `FACETS` (`facets.ts`): the facet's name, but `provider` for `providerType` |
 * | from, to       | `from`, `to`|
 * | sort           | `sort`      |
 * | page           | `page`      |
 * | pageSize       | `size`      |
 *
 * Lists are comma-separated (a repeated parameter is read too). `now` is not part of a URL.
 */
import { isIsoDate } from '../feed/values.js';
import { FACETS } from './facets.js';
import type { FacetName } from './facets.js';
import { SORT_ORDERS } from './types.js';
import type { SearchQuery, SortOrder } from './types.js';

const MAX_VALUES = 100;
const MAX_TEXT = 500;

/**
 * Write a query as URL parameters, in a fixed order, skipping what is absent, empty or not writable (a whitespace-only
 * text, an empty list, a non-numeric page). `queryFromParams(queryToParams(q))` gives back `q` (for a query whose
 * values are valid; `now` is never written).
 *
 * `URLSearchParams#toString()` escapes commas as `%2C`; `queryToString` gives the readable form.
 */
export function queryToParams(query: SearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (!query || typeof query !== 'object') return p;
  if (typeof query.text === 'string' && query.text.trim() !== '') p.set('q', query.text);
  for (const { name, param } of FACETS) {
    const list = query[name];
    if (!Array.isArray(list)) continue;
    const values = (list as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '' && !v.includes(','));
    if (values.length) p.set(param, values.join(','));
  }
  if (typeof query.from === 'string' && query.from !== '') p.set('from', query.from);
  if (typeof query.to === 'string' && query.to !== '') p.set('to', query.to);
  if (typeof query.sort === 'string' && (query.sort as string) !== '') p.set('sort', query.sort);
  if (typeof query.page === 'number' && Number.isFinite(query.page)) p.set('page', String(query.page));
  if (typeof query.pageSize === 'number' && Number.isFinite(query.pageSize)) p.set('size', String(query.pageSize));
  return p;
}

/**
 * The query string for a query (without `?`), with commas left readable: `q=library&country=FI,SE&page=2`.
 */
export function queryToString(query: SearchQuery): string {
  return queryToParams(query).toString().replace(/%2C/gi, ',');
}

const positiveInt = (v: string | null): number | undefined => {
  if (v === null || !/^\s*\d{1,7}\s*$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 ? n : undefined;
};

/**
 * Read a query from URL parameters (a `URLSearchParams` or a query string, with or without `?`). Never throws:
 * unknown parameters are ignored, and so are values that cannot be valid (a kind that does not exist, a date that is
 * not ISO 8601, `page=abc` or `page=0`). Lists may be comma-separated or repeated; values are normalised (country
 * codes upper-case, slugs lower-case) and de-duplicated.
 */
export function queryFromParams(params: URLSearchParams | string): SearchQuery {
  const query: SearchQuery = {};
  let p: URLSearchParams;
  try {
    p = typeof params === 'string' ? new URLSearchParams(params) : params;
    if (!p || typeof p.getAll !== 'function') return query;
  } catch {
    return query;
  }
  try {
    const q = p.get('q');
    if (q !== null && q.trim() !== '') query.text = q.length > MAX_TEXT ? q.slice(0, MAX_TEXT) : q;
    for (const { name, param, parse } of FACETS) {
      const raw = p.getAll(param);
      if (!raw.length) continue;
      const out: string[] = [];
      for (const chunk of raw) {
        for (const piece of chunk.split(',')) {
          const v = piece.trim();
          if (v === '' || v.length > 100) continue;
          const ok = parse(v);
          if (ok !== undefined && !out.includes(ok) && out.length < MAX_VALUES) out.push(ok);
        }
      }
      if (out.length) (query as Record<FacetName, string[]>)[name] = out;
    }
    for (const key of ['from', 'to'] as const) {
      const v = p.get(key)?.trim();
      if (v && isIsoDate(v)) query[key] = v;
    }
    const sort = p.get('sort');
    if (sort !== null && (SORT_ORDERS as readonly string[]).includes(sort)) query.sort = sort as SortOrder;
    const page = positiveInt(p.get('page'));
    if (page !== undefined) query.page = page;
    const size = positiveInt(p.get('size'));
    if (size !== undefined) query.pageSize = size;
  } catch {
    /* a hostile params object: keep what was read */
  }
  return query;
}
