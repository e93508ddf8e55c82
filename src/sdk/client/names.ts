/**
 * Names for feeds in what a visitor reads ("… could not be loaded", "… is not an opportunity feed"): the feed's own
 * name when it is known, else its address cut to host and path. Pure: no network, no DOM.
 */

/** Paths longer than this are shortened to their last segment (`example.org/…/feed.json`) when that stays distinct. */
const LONG_PATH = 40;

/**
 * A feed's address as a name: host (without `www.`, with a port) and path, never the query, fragment or credentials
 * (a query may hold a key, and none of them names the feed). `https://www.ugent.be/feeds/staff.json?key=secret` →
 * `ugent.be/feeds/staff.json`. `short`: a path longer than 40 characters is cut to its last segment.
 */
export function feedLabel(url: string, short = false): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/[?#][\s\S]*$/, '');
  }
  let path = u.pathname.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    /* kept encoded */
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  return u.host.replace(/^www\./, '') + (short && last && path.length > LONG_PATH ? `/…/${last}` : path);
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
  const steps: ((s: NamedSource, i: number) => string)[] = [
    (s) => s.title?.trim() || s.publisher?.trim() || feedLabel(s.url, true),
    (s) => feedLabel(s.url, true),
    (s) => feedLabel(s.url),
    (s, i) => `${feedLabel(s.url)} (${i + 1})`,
  ];
  const names = sources.map((s, i) => steps[0]!(s, i));
  for (const step of steps.slice(1)) {
    const count = new Map<string, number>();
    for (const n of names) count.set(n.toLowerCase(), (count.get(n.toLowerCase()) ?? 0) + 1);
    const clash = names.map((n) => count.get(n.toLowerCase())! > 1);
    if (!clash.includes(true)) break;
    clash.forEach((c, i) => c && (names[i] = step(sources[i]!, i)));
  }
  return names;
}
