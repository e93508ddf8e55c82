/// <reference types="node" />
/**
 * Harvesting one source: a conditional GET (ETag / Last-Modified) with a timeout and a size limit, read by
 * `readFeed` (every format), validated, and written in ONE transaction. A source that fails, times out or sends
 * something that is not a feed keeps its last good items; each attempt is recorded in `harvests` with its issues.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import ky, { HTTPError, TimeoutError } from 'ky';
import { readFeed, decodeText } from '../formats/index.js';
import { feedIssue } from '../sdk/feed/issues.js';
import type { FeedIssue } from '../sdk/feed/issues.js';
import type { Opportunity } from '../sdk/feed/schema.js';
import type { Db } from './db.js';

export interface SourceRow {
  id: string;
  url: string;
  name: string | null;
  defaults: Record<string, unknown> | null;
  interval_seconds: number;
  position: number;
  etag: string | null;
  last_modified: string | null;
  state: string;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
}

export interface HarvestOptions {
  /** Per request (default 15 s). */
  timeout?: number;
  /** Largest body read (default 50 MiB). */
  maxBytes?: number;
  /** Allow feed URLs on loopback and private networks (default false: a hub must not fetch its own network). */
  allowPrivate?: boolean;
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface HarvestOutcome {
  source: string;
  outcome: 'loaded' | 'not-modified' | 'failed';
  status?: number;
  items: number;
  issues: FeedIssue[];
  error?: string;
}

const PRIVATE = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/** Whether an address is loopback, private, link-local, multicast or reserved (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  return family === 0 ? true : PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why this URL may not be harvested, or undefined when it may. */
export async function refuseUrl(url: string, allowPrivate = false): Promise<string | undefined> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `'${url}' is not a URL.`;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `Only http(s) feeds are harvested, not ${u.protocol}.`;
  if (u.username || u.password) return 'Feed URLs must not carry a user name or password.';
  if (allowPrivate) return undefined;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `The host ${host} could not be found.`;
  }
  const bad = addresses.find(isPrivateAddress);
  return bad ? `${host} resolves to ${bad}, a private or loopback address: the hub does not harvest its own network.` : undefined;
}

class TooLarge extends Error {}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
}

/** PostgreSQL's text and jsonb cannot hold U+0000 (a feed may): it is dropped from every string and key before storing. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\u0000/g, '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') {
    // fromEntries defines own properties (a `__proto__` key stays a key, never a prototype).
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/\u0000/g, ''), withoutNul(v)])) as T;
  }
  return value;
}

const issue = (message: string): FeedIssue => feedIssue(message);

/** Fetches and reads one source; writes the outcome. Never throws for what the remote side does. */
export async function harvestSource(db: Db, source: SourceRow, options: HarvestOptions = {}): Promise<HarvestOutcome> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  let result: HarvestOutcome;
  let etag: string | null = source.etag;
  let lastModified: string | null = source.last_modified;
  let opportunities: Opportunity[] | undefined;

  const refused = await refuseUrl(source.url, options.allowPrivate);
  if (refused) {
    result = { source: source.id, outcome: 'failed', items: 0, issues: [issue(refused)], error: refused };
  } else {
    try {
      const headers: Record<string, string> = { Accept: 'application/json, text/csv, text/calendar, application/rss+xml, application/atom+xml, text/html;q=0.8, */*;q=0.5' };
      if (source.etag) headers['If-None-Match'] = source.etag;
      if (source.last_modified) headers['If-Modified-Since'] = source.last_modified;
      const response = await ky.get(source.url, {
        headers, timeout: options.timeout ?? 15_000, retry: { limit: 1 }, throwHttpErrors: false,
        redirect: 'follow', ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      if (response.status === 304) {
        result = { source: source.id, outcome: 'not-modified', status: 304, items: 0, issues: [] };
      } else if (!response.ok) {
        await response.body?.cancel();
        const error = `${source.url} answered HTTP ${response.status}; its last good items are kept.`;
        result = { source: source.id, outcome: 'failed', status: response.status, items: 0, issues: [issue(error)], error };
      } else {
        const contentType = response.headers.get('content-type') ?? undefined;
        const bytes = await readLimited(response, maxBytes);
        const decoded = decodeText(bytes, contentType);
        const read = await readFeed(decoded.text, {
          ...(contentType ? { contentType } : {}), baseUrl: response.url || source.url,
          ...(source.defaults ? { defaults: source.defaults as never } : {}),
        });
        const issues = [...decoded.issues, ...read.issues];
        const feedLevel = issues.some((i) => i.path.length === 0 && i.severity === 'error');
        if (read.opportunities.length === 0 && feedLevel) {
          // Garbage (an HTML error page, a truncated file): never replaces the last good items.
          result = { source: source.id, outcome: 'failed', status: response.status, items: 0, issues, error: 'Not an opportunity feed; its last good items are kept.' };
        } else {
          opportunities = withoutNul(read.opportunities);
          etag = response.headers.get('etag');
          lastModified = response.headers.get('last-modified');
          result = { source: source.id, outcome: 'loaded', status: response.status, items: read.opportunities.length, issues };
        }
      }
    } catch (e) {
      const error = e instanceof TooLarge ? `${source.url} is larger than ${Math.round(maxBytes / 1048576)} MiB; its last good items are kept.`
        : e instanceof TimeoutError ? `${source.url} did not answer in time; its last good items are kept.`
        : e instanceof HTTPError ? `${source.url} answered HTTP ${e.response.status}.`
        : `${source.url} could not be reached (${e instanceof Error ? e.message : String(e)}); its last good items are kept.`;
      result = { source: source.id, outcome: 'failed', items: 0, issues: [issue(error)], error };
    }
  }

  const finished = now();
  const write = () => db.transaction(async (tx) => {
    if (opportunities) {
      const ids = opportunities.map((o) => o.id);
      await tx.query('DELETE FROM opportunities WHERE source_id = $1 AND NOT (item_id = ANY($2::text[]))', [source.id, ids]);
      // In batches of JSON arrays: one statement per 2,000 items rather than one per item.
      for (let i = 0; i < opportunities.length; i += 2000) {
        await tx.query(
          `INSERT INTO opportunities (source_id, item_id, data, first_seen, last_seen)
           SELECT $1, e->>'id', e, $3, $3 FROM jsonb_array_elements($2::jsonb) AS e
           ON CONFLICT (source_id, item_id) DO UPDATE SET data = EXCLUDED.data, last_seen = EXCLUDED.last_seen`,
          [source.id, JSON.stringify(opportunities.slice(i, i + 2000)), finished],
        );
      }
    }
    await tx.query(
      `INSERT INTO harvests (source_id, started_at, finished_at, outcome, http_status, etag, items, issues, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      [source.id, started, finished, result.outcome, result.status ?? null, etag, result.items, JSON.stringify(withoutNul(result.issues.slice(0, 1000))), result.error ?? null],
    );
    await tx.query(
      `UPDATE sources SET etag = $2, last_modified = $3, last_attempt_at = $4,
         state = CASE WHEN $5 = 'failed' THEN 'failed' ELSE 'ok' END,
         last_success_at = CASE WHEN $5 = 'failed' THEN last_success_at ELSE $4 END
       WHERE id = $1`,
      [source.id, etag, lastModified, finished, result.outcome],
    );
  });
  try {
    await write();
  } catch (e) {
    if (!opportunities) throw e;
    // The database refused what was read (it rolled back): record a failed attempt, the last good items kept.
    const error = `${source.url} was read but could not be stored (${e instanceof Error ? e.message : String(e)}); its last good items are kept.`;
    result = { source: source.id, outcome: 'failed', status: result.status, items: 0, issues: [...result.issues.slice(0, 999), issue(error)], error } as HarvestOutcome;
    opportunities = undefined;
    etag = source.etag;
    lastModified = source.last_modified;
    await write();
  }
  return result;
}
