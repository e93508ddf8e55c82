/**
 * Where a finder keeps its view (query, page, open detail): behind `read / write / createURL / dispose`, so the page
 * URL is one choice among others (InstantSearch's router is the model).
 *
 * - `historyRouter({ prefix })`: the page URL (`pushState`, Back/Forward). Only the finder's own parameters are
 *   touched; with a prefix (`url-prefix="opp-"`) they are `opp-q`, `opp-country`, …, so two finders on one page, or a
 *   CMS that owns `?page=`, keep apart.
 * - `memoryRouter()`: the view in memory (tests, `no-url`).
 */
import { ownedParams } from '../../sdk/search/visitor-state.js';

export interface FinderRouter {
  /** The finder's parameters (prefix removed) as the current address has them. */
  read(): URLSearchParams;
  /** Make `params` the finder's parameters (the address's others stay); `replace` amends the current history entry. */
  write(params: URLSearchParams, mode: 'push' | 'replace'): void;
  /** The address of a view with these parameters (for links). */
  createURL(params: URLSearchParams): string;
  /** Call `listener` when the visitor moves through history (Back/Forward); replaces an earlier listener. */
  onUpdate(listener: () => void): void;
  /** Stop listening. */
  dispose(): void;
}

export interface HistoryRouterOptions {
  /** Put before each of the finder's parameter names (letters, digits, `-` and `_`). */
  prefix?: string;
}

/** A prefix as it may stand in a parameter name (anything else is dropped). */
export const cleanPrefix = (prefix: string | undefined) => (prefix ?? '').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32);

export function historyRouter({ prefix: given }: HistoryRouterOptions = {}): FinderRouter {
  const prefix = cleanPrefix(given);
  const keys = ownedParams().map((k) => prefix + k);
  let listener: (() => void) | undefined;
  const onPop = () => listener?.();
  const url = (params: URLSearchParams) => {
    const u = new URL(location.href);
    for (const key of keys) u.searchParams.delete(key);
    for (const [k, v] of params) u.searchParams.set(prefix + k, v);
    u.search = u.searchParams.toString().replace(/%2C/gi, ',');
    return u;
  };
  return {
    read() {
      const all = new URLSearchParams(location.search);
      const out = new URLSearchParams();
      for (const [k, v] of all) if (k.startsWith(prefix) && keys.includes(k)) out.append(k.slice(prefix.length), v);
      return out;
    },
    write(params, mode) {
      const next = url(params);
      if (next.href === location.href) return;
      if (mode === 'push') history.pushState({ oppFinder: true }, '', next);
      else history.replaceState(history.state, '', next);
    },
    createURL: (params) => url(params).href,
    onUpdate(fn) {
      if (!listener) window.addEventListener('popstate', onPop);
      listener = fn;
    },
    dispose() {
      window.removeEventListener('popstate', onPop);
      listener = undefined;
    },
  };
}

/** The view in memory: `write` keeps it, `createURL` gives `?<params>`; there is no history to move through. */
export function memoryRouter(initial = ''): FinderRouter & { readonly writes: number } {
  let current = new URLSearchParams(initial);
  let writes = 0;
  return {
    read: () => new URLSearchParams(current),
    write(params) {
      current = new URLSearchParams(params);
      writes++;
    },
    createURL: (params) => `?${params.toString().replace(/%2C/gi, ',')}`,
    onUpdate() {},
    dispose() {},
    get writes() {
      return writes;
    },
  };
}
