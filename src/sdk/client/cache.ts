/**
 * Where the client keeps the last good copy of each feed. Not `localStorage` (about 5 MiB, shared with the host
 * page's own scripts): memory for the page's lifetime, and in browsers the Cache API under a namespaced cache name.
 */

export interface CacheEntry {
  /** The feed's text as last received. */
  text: string;
  contentType?: string;
  etag?: string;
  /** ISO date-time of the last successful fetch or revalidation. */
  fetchedAt: string;
}

export interface CacheStore {
  get(url: string): Promise<CacheEntry | undefined>;
  set(url: string, entry: CacheEntry): Promise<void>;
}

/** An in-memory store (bounded: the oldest entries go first). Shared by default by all clients of a page. */
export function memoryCache(maxEntries = 50): CacheStore {
  const map = new Map<string, CacheEntry>();
  return {
    async get(url) {
      return map.get(url);
    },
    async set(url, entry) {
      map.delete(url);
      map.set(url, entry);
      while (map.size > maxEntries) map.delete(map.keys().next().value!);
    },
  };
}

const CACHE_NAME = 'opportunity-kit:feeds:v1';
const keyFor = (url: string) => `https://opportunity-kit.invalid/feed?url=${encodeURIComponent(url)}`;

/**
 * The browser's Cache API (persists across visits), with a memory layer in front. Falls back to memory only where the
 * Cache API is missing or refused (insecure context, private mode, quota): caching is a bonus, never a failure.
 */
export function browserCache(name = CACHE_NAME): CacheStore {
  const memory = memoryCache();
  const open = (): Promise<Cache | undefined> =>
    typeof caches === 'undefined' ? Promise.resolve(undefined) : caches.open(name).catch(() => undefined);
  return {
    async get(url) {
      const hit = await memory.get(url);
      if (hit) return hit;
      try {
        const res = await (await open())?.match(keyFor(url));
        if (!res) return undefined;
        const entry: CacheEntry = {
          text: await res.text(),
          fetchedAt: res.headers.get('x-fetched-at') ?? new Date(0).toISOString(),
          ...(res.headers.get('content-type') ? { contentType: res.headers.get('content-type')! } : {}),
          ...(res.headers.get('x-etag') ? { etag: res.headers.get('x-etag')! } : {}),
        };
        await memory.set(url, entry);
        return entry;
      } catch {
        return undefined;
      }
    },
    async set(url, entry) {
      await memory.set(url, entry);
      try {
        const headers: Record<string, string> = { 'x-fetched-at': entry.fetchedAt };
        if (entry.contentType) headers['content-type'] = entry.contentType;
        if (entry.etag) headers['x-etag'] = entry.etag;
        await (await open())?.put(keyFor(url), new Response(entry.text, { headers }));
      } catch {
        /* quota or private mode: memory is enough */
      }
    },
  };
}

let shared: CacheStore | undefined;
/** The default store: the Cache API in browsers, memory elsewhere; one per page so several finders share it. */
export function defaultCache(): CacheStore {
  shared ??= typeof caches !== 'undefined' ? browserCache() : memoryCache();
  return shared;
}
