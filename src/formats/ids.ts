/**
 * Stable ids for items that have none: a 53-bit string hash and the rule that derives an id from an item's url,
 * title and start, the same on every read.
 */
import { isHttpUrl } from '../sdk/feed/values.js';
import { isObject } from './raw.js';
import type { RawItem } from './raw.js';

/**
 * The title as it goes into a generated id's hash: lower case, no diacritics, single spaces. Deliberately not the
 * search folding (`foldText`): ids hashed with it are in publishers' bookmarks and de-duplication keys, so this fold
 * must never change — a different fold would give every id-less item a new id.
 */
const foldForHash = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** cyrb53: a fast 53-bit string hash, stable across runs and platforms. */
export function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const firstText = (t: unknown): string =>
  typeof t === 'string' ? t : isObject(t) ? String(Object.values(t).find((v) => typeof v === 'string') ?? '') : '';

/**
 * Give every item without an id a stable one: its `url` when no other id-less item shares that url, else
 * `<prefix>-<hash of url, title and start>`. The same input gives the same id on every read, so bookmarks and
 * de-duplication keep working; an id that would collide with another item's id gets a hash instead.
 */
export function deriveIds(items: RawItem[], prefix: string): number[] {
  const taken = new Set<string>();
  const urlCount = new Map<string, number>();
  const missing: number[] = [];
  items.forEach((it, i) => {
    const id = it.data.id;
    if (typeof id === 'string' && id.trim()) taken.add(id.trim());
    else {
      missing.push(i);
      const url = it.data.url;
      if (typeof url === 'string' && isHttpUrl(url)) urlCount.set(url, (urlCount.get(url) ?? 0) + 1);
    }
  });
  const next = new Map<string, number>();
  for (const i of missing) {
    const d = items[i]!.data;
    const url = typeof d.url === 'string' && isHttpUrl(d.url) ? d.url : undefined;
    let id = url && urlCount.get(url) === 1 && !taken.has(url) ? url : undefined;
    if (!id) {
      const title = firstText(d.title).slice(0, 1000);
      const base = `${prefix}-${hash(`${url ?? ''}|${foldForHash(title)}|${typeof d.start === 'string' ? d.start : ''}`)}`;
      id = base;
      for (let n = next.get(base) ?? 2; taken.has(id); n++) {
        id = `${base}-${n}`;
        next.set(base, n + 1);
      }
    }
    taken.add(id);
    d.id = id;
  }
  return missing;
}

