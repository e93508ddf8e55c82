/**
 * The search facets, in one table: each facet's name (the `SearchQuery` key), URL parameter, host attribute, how its
 * values are normalised (as the feed format writes them; as the index matches them; from a URL), how its counts are
 * ordered, whether it is hierarchical, and where an item keeps its values. The engine, `queryToParams` /
 * `queryFromParams`, the finder's pre-filter attributes and `<opp-filters>` all read this table: adding a facet is one
 * entry here (plus its `SearchQuery` field and, for a host attribute, the element property that documents it).
 *
 * The order of the table is the order results list the facets in (`FACET_NAMES`).
 */
import type { Opportunity } from '../feed/schema.js';
import { COUNTRY_ALIASES, DIRECTIONS, KINDS, MODES, PROVIDER_TYPES } from '../feed/codes.js';
import { STATUSES } from '../status.js';

/** How a facet's counts are ordered in `SearchResult.facets`: by count (descending) then value, or by value only. */
export type FacetOrder = 'count' | 'value';

export interface FacetSpec<Name extends string = string> {
  /** The `SearchQuery` key and `SearchResult.facets` key. */
  readonly name: Name;
  /** Its URL parameter (`queryToParams` / `queryFromParams`). */
  readonly param: string;
  /** Its attribute on `<opp-finder>` / `<opp-finder-provider>` (a fixed pre-filter). */
  readonly attribute: string;
  /**
   * A value as the feed format writes it (a host attribute, a query value): trimmed; codes in their case (countries
   * upper-case with `EL`→`GR` and `UK`→`GB`, slugs and enumerations lower-case; ISCED-F codes and language tags as
   * given). Never rejects: a value nothing has simply matches nothing.
   */
  readonly normalize: (v: string) => string;
  /** The form the index counts and matches: `normalize`, then what matching ignores (the base language of a tag). */
  readonly key: (v: string) => string;
  /** A URL value: its normalised form when it can be valid, else `undefined` (dropped). */
  readonly parse: (v: string) => string | undefined;
  /** How the facet's counts are ordered. */
  readonly order: FacetOrder;
  /** Matched hierarchically: a value matches itself and every longer code under it (`04` matches `041`, `0413`). */
  readonly hierarchical: boolean;
  /** Position among `<opp-filters>`' default groups; absent: shown only when named in its `facets` attribute. */
  readonly filter?: number;
  /**
   * Where an item keeps its values, in the index's form (`key`): calls `add` once per value (a hierarchical value
   * with every level; empty strings are skipped). Absent for `status`, which the engine computes at each search's `now`.
   */
  readonly values?: (o: Opportunity, add: (v: string) => void) => void;
  /** At most one value per item (a code), rather than a list. */
  readonly single: boolean;
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;
const FIELD_RE = /^\d{2}(\d{1,2})?$/;

const lower = (v: string) => v.trim().toLowerCase();
const same = (v: string) => v.trim();
/** An ISO 3166-1 alpha-2 code upper-case, `EL` and `UK` read as `GR` and `GB`. */
export const countryCode = (v: string): string => alias(v.toUpperCase());
const alias = (up: string) => COUNTRY_ALIASES[up] ?? up;
const country = (v: string) => countryCode(v.trim());
/** The base language of a BCP 47 tag, lower-case (`pt-BR` → `pt`). */
export const baseLanguage = (tag: string): string => base(tag.trim());
const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

const oneOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: string): string | undefined => (set.has(v) ? v : undefined);
};
const slug = (v: string) => (SLUG_RE.test(v.toLowerCase()) ? v.toLowerCase() : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const each = (list: unknown, add: (v: string) => void) => {
  if (Array.isArray(list)) for (const v of list) if (typeof v === 'string' && v !== '') add(v);
};

/** A facet whose values are one of a fixed list of codes (lower-case). */
const code = <N extends string>(name: N, param: string, attribute: string, codes: readonly string[], filter: number | undefined, values: FacetSpec['values']) =>
  ({ name, param, attribute, normalize: lower, key: lower, parse: oneOf(codes), order: 'count', hierarchical: false, single: true, values, ...(filter === undefined ? {} : { filter }) }) as const;

/** The table. Its order is the order of `SearchResult.facets`. */
export const FACETS = [
  code('kind', 'kind', 'kind', KINDS, 0, (o, add) => {
    const v = str(o.kind);
    if (v) add(v);
  }),
  // An item without `direction` is an offer.
  code('direction', 'direction', 'direction', DIRECTIONS, 1, (o, add) => add(str(o.direction) ?? 'offer')),
  code('providerType', 'provider', 'provider-type', PROVIDER_TYPES, 6, (o, add) => {
    const v = str(o.provider?.type);
    if (v) add(v);
  }),
  {
    name: 'country',
    param: 'country',
    attribute: 'country',
    normalize: country,
    key: country,
    parse: (v) => {
      const up = v.toUpperCase();
      return /^[A-Z]{2}$/.test(up) ? alias(up) : undefined;
    },
    order: 'count',
    hierarchical: false,
    single: true,
    filter: 3,
    // The location's country, else the provider's.
    values: (o, add) => {
      const v = str(o.location?.country) ?? str(o.provider?.country);
      if (v) add(countryCode(v));
    },
  },
  { name: 'topic', param: 'topic', attribute: 'topic', normalize: lower, key: lower, parse: slug, order: 'count', hierarchical: false, single: false, filter: 4, values: (o, add) => each(o.topics, add) },
  {
    name: 'field',
    param: 'field',
    attribute: 'field',
    normalize: same,
    key: same,
    parse: (v) => (FIELD_RE.test(v) ? v : undefined),
    order: 'count',
    hierarchical: true,
    single: false,
    // Every level of each ISCED-F code (`0413` → `04`, `041`, `0413`).
    values: (o, add) => {
      if (Array.isArray(o.fields)) for (const f of o.fields) if (typeof f === 'string') for (let len = 2; len <= f.length; len++) add(f.slice(0, len));
    },
  },
  { name: 'audience', param: 'audience', attribute: 'audience', normalize: lower, key: lower, parse: slug, order: 'count', hierarchical: false, single: false, filter: 5, values: (o, add) => each(o.audience, add) },
  code('mode', 'mode', 'mode', MODES, 7, (o, add) => {
    const v = str(o.mode);
    if (v) add(v);
  }),
  {
    name: 'language',
    param: 'language',
    attribute: 'language',
    normalize: same,
    // Matched on the base language: `pt` and `pt-BR` both match `pt-PT`.
    key: baseLanguage,
    parse: (v) => (LANGUAGE_RE.test(v) ? v : undefined),
    order: 'count',
    hierarchical: false,
    single: false,
    filter: 8,
    values: (o, add) => {
      if (Array.isArray(o.languages)) for (const l of o.languages) if (typeof l?.lang === 'string') add(base(l.lang));
    },
  },
  // Computed by the engine at each search's `now` (no `values`).
  { name: 'status', param: 'status', attribute: 'status', normalize: lower, key: lower, parse: oneOf(STATUSES), order: 'count', hierarchical: false, single: true, filter: 2 },
] as const satisfies readonly FacetSpec[];

export type FacetName = (typeof FACETS)[number]['name'];

/** The facets a search counts and filters on, in the order results list them. */
export const FACET_NAMES: readonly FacetName[] = FACETS.map((f) => f.name);

/** The facets `<opp-filters>` shows by default, in its order. */
export const DEFAULT_FILTER_FACETS: readonly FacetName[] = (FACETS as readonly FacetSpec<FacetName>[])
  .filter((f) => f.filter !== undefined)
  .sort((a, b) => a.filter! - b.filter!)
  .map((f) => f.name);

const BY_NAME = new Map<string, FacetSpec<FacetName>>(FACETS.map((f) => [f.name, f]));
/** A facet's entry by name (`undefined` for a name that is not a facet). */
export function facetSpec(name: string): FacetSpec<FacetName> | undefined {
  return BY_NAME.get(name);
}
