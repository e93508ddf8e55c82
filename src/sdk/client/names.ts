/**
 * Names for feeds in what a visitor reads ("… could not be loaded", "… is not an opportunity feed"): the feed's own
 * name when it is known, else its address cut to host and path. Pure: no network, no DOM.
 */

/** Paths longer than this are shortened to their last segment (`example.org/…/feed.json`) when that stays distinct. */
const LONG_PATH = 40;

function parts(url: string): { host: string; path: string } | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  let path = u.pathname.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    /* kept encoded */
  }
  // `host` keeps a port (two feeds on localhost:8001 and :8002 are told apart); credentials, query and fragment are
  // dropped: a query may hold a key, and none of them names the feed.
  return { host: u.host.replace(/^www\./, ''), path };
}

/**
 * A feed's address as a name: host (without `www.`, with a port) and path, never the query, fragment or credentials.
 * `https://www.ugent.be/feeds/staff.json?key=secret` → `ugent.be/feeds/staff.json`.
 */
export function feedLabel(url: string): string {
  const p = parts(url);
  if (!p) return url.replace(/[?#][\s\S]*$/, '');
  return p.host + p.path;
}

/** `feedLabel`, with a long path cut to its last segment: `example.org/…/feed.json`. */
function shortLabel(url: string): string {
  const p = parts(url);
  if (!p || p.path.length <= LONG_PATH) return feedLabel(url);
  const last = p.path.slice(p.path.lastIndexOf('/') + 1);
  return last ? `${p.host}/…/${last}` : p.host + p.path;
}

/** What is known about a feed: its URL and, from the feed (or an earlier load), its title and publisher. */
export interface NamedSource {
  url: string;
  title?: string | undefined;
  publisher?: string | undefined;
}

/**
 * One name per source, all distinct, for listing sources to a visitor: the feed's title, else its publisher's name,
 * else its address (`feedLabel`, a long path shortened). Sources that would share a name are named by their
 * addresses instead, then by their whole addresses, and as a last resort (the same address but for the query) they
 * are numbered by their place in the list: `example.org/feed.php (2)`.
 */
export function sourceNames(sources: readonly NamedSource[]): string[] {
  const key = (s: string) => s.trim().toLowerCase();
  const steps: ((s: NamedSource, i: number) => string)[] = [
    (s) => s.title?.trim() || s.publisher?.trim() || shortLabel(s.url),
    (s) => shortLabel(s.url),
    (s) => feedLabel(s.url),
    (s, i) => `${feedLabel(s.url)} (${i + 1})`,
  ];
  const names = sources.map((s, i) => steps[0]!(s, i));
  for (const step of steps.slice(1)) {
    const seen = new Map<string, number>();
    for (const n of names) seen.set(key(n), (seen.get(key(n)) ?? 0) + 1);
    let clash = false;
    names.forEach((n, i) => {
      if (seen.get(key(n))! > 1) {
        names[i] = step(sources[i]!, i);
        clash = true;
      }
    });
    if (!clash) break;
  }
  return names;
}
