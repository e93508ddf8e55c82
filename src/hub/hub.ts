/// <reference types="node" />
/**
 * The hub: harvests many institutions' feeds into PostgreSQL (PGlite by default), answers searches from the SDK's
 * own engine in memory, offers any search as a feed or calendar, and receives applications.
 *
 * Stateless over its database: run several processes over one PostgreSQL. One of them harvests at a time (a
 * session advisory lock); after a harvest it NOTIFYs, and every process rebuilds its index beside the old one and
 * swaps, answering all the while.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import Papa from 'papaparse';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { createSearchIndex } from '../sdk/search/engine.js';
import { queryFromParams, queryToParams } from '../sdk/search/params.js';
import { MAX_PAGE_SIZE } from '../sdk/search/types.js';
import type { SearchIndex, SearchLabels, SearchQuery, SearchResult } from '../sdk/search/types.js';
import { mergeFeeds, type MergedOpportunity } from '../sdk/client/merge.js';
import type { FeedMeta, Opportunity } from '../sdk/feed/schema.js';
import { canApply } from '../sdk/status.js';
import { applicationSchema } from '../sdk/apply/validate.js';
import { toCsv, toICalendar } from '../formats/index.js';
import type { CategoryLabel } from '../formats/ical-write.js';
import { openDb, type Db, type Queryable } from './db.js';
import { migrate } from './migrations.js';
import { harvestSource, refuseUrl, type HarvestOptions, type HarvestOutcome, type SourceRow } from './harvest.js';
import { sourceReport } from './report.js';
import { toAtom } from './atom.js';
import { webhookSender } from './webhook.js';

export interface HubSourceConfig {
  /** A short stable name (`ugent`); derived from the URL's host when absent. */
  id?: string;
  url: string;
  name?: string;
  /** Seconds between harvests (default the hub's `interval`). */
  interval?: number;
  /** What the format cannot say, merged under each item (as the SDK client's `defaults`). */
  defaults?: Record<string, unknown>;
  /** An http(s) URL that receives each new application to this source's opportunities as a JSON POST. */
  webhook?: string | null;
}

export interface HubOptions {
  sources?: HubSourceConfig[];
  /** PostgreSQL connection string; default `process.env.DATABASE_URL`; without one, PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's directory (default `./hub-data`; `memory://` for a throw-away one). */
  dataDir?: string;
  /** Default seconds between harvests of a source (3600). */
  interval?: number;
  /** Seconds after which a source's last good harvest is reported stale (default 2 days). */
  staleAfter?: number;
  /** Origins allowed by CORS: `*` (default) or a list. */
  corsOrigins?: '*' | string[];
  /** Bearer token for the admin API (default `process.env.HUB_ADMIN_TOKEN`); without one the admin API is off. */
  adminToken?: string;
  /** Whether this process may harvest (default true; it still waits for the harvester's lock). */
  harvest?: boolean;
  /** Passed to each harvest (timeouts, size limit, `allowPrivate` for loopback feeds in tests and demos). */
  harvestOptions?: HarvestOptions;
  /** Search answers kept in memory per index (default 1000; 0 turns the cache off). */
  cacheSize?: number;
  /** Applications one client (IP address) may post per minute (default 30). */
  applicationRateLimit?: number;
  /**
   * Milliseconds to wait before each retry of a failed webhook delivery (default `[1000, 4000]`: three attempts in
   * all). Each attempt times out after `webhookTimeout` ms (default 10,000).
   */
  webhookDelays?: number[];
  webhookTimeout?: number;
  /**
   * Take applications here (default true): every item the hub serves (search, opportunities/:id, feed.json) with an
   * application form gets the hub's `POST /api/v1/applications` as its `application.form.endpoint`, so `<opp-apply>`
   * posts to the hub, which stores the application for the institution's coordinator. False: the institution's own
   * endpoint is served unchanged.
   */
  receiveApplications?: boolean;
  /** The base URL the hub is reached at (`https://hub.example.eu`), for the endpoints it serves; default: each request's own origin. */
  publicUrl?: string;
  /**
   * Behind a reverse proxy: which proxies' `X-Forwarded-For` to believe (Fastify's `trustProxy`: `true`, an address
   * or a list of addresses and CIDR ranges). Without it every client seems to be the proxy, and one visitor's applications use up
   * the rate limit of all. Default false (the connection's address is the client).
   */
  trustProxy?: boolean | string | string[];
  /**
   * Search across languages (default true): a query word also finds items through the labels of their topics, fields,
   * kind and country in the 24 EU languages ("kirjasto", "Bibliothek" find a `libraries` week; "Suomi" items in
   * Finland). Costs index build time and memory (see docs/hub.md); the visitors' pages download nothing more.
   */
  searchLabels?: boolean;
  /** For tests: a fixed clock for statuses. */
  now?: () => Date;
  logger?: boolean;
}

const HARVEST_LOCK = 0x6f6b0002;

/** JSON with <, >, & and the JavaScript line separators as \u escapes (see the reply serializer). */
const safeJson = (payload: unknown): string =>
  JSON.stringify(payload).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const CHANNEL = 'opportunity_kit_harvested';
const SEARCH_PARAMS = ['q', 'kind', 'direction', 'provider', 'country', 'topic', 'field', 'audience', 'mode', 'language', 'status', 'from', 'to', 'sort', 'page', 'size'];
const MAX_FEED_ITEMS = 5000;

export interface Hub {
  app: FastifyInstance;
  db: Db;
  /** Harvest every source that is due now (or all with `force`), then rebuild. Resolves to each outcome. */
  harvestNow(options?: { force?: boolean }): Promise<HarvestOutcome[]>;
  /**
   * Rebuild the in-memory index from the database (after another process harvested). Only the sources whose rows
   * changed since the last rebuild are read again; `reread` reads every source (as a process starting does).
   */
  rebuild(options?: { reread?: boolean }): Promise<void>;
  /** The current index's size and generation. */
  readonly state: { ready: boolean; size: number; generation: number; harvester: boolean };
  /** Resolves when every webhook delivery started so far has ended (delivered or out of attempts). */
  webhooksSettled(): Promise<void>;
  /** Start listening on a port (0 for any); resolves to the URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const slug = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  } catch {
    return createHash('sha256').update(url).digest('hex').slice(0, 12);
  }
};

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Which known search parameter holds a value the SDK would drop, with a message naming it. */
export function badParameter(params: URLSearchParams): string | undefined {
  for (const name of SEARCH_PARAMS) {
    const raw = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
      // The finder writes `status=all` for "no status filter", which is what an absent status means here.
      .filter((v) => !(name === 'status' && v === 'all'));
    if (!raw.length) continue;
    const kept = queryToParams(queryFromParams(new URLSearchParams(raw.map((v) => [name, v]))));
    if (name === 'q') continue;
    if (name === 'page' || name === 'size' || name === 'from' || name === 'to' || name === 'sort') {
      if (!kept.has(name) && !(name === 'page' && raw[0] === '1')) return `The parameter '${name}' has a value the hub cannot read: '${raw[0]}'.`;
      continue;
    }
    const got = (kept.get(name) ?? '').split(',').filter(Boolean).length;
    if (got < new Set(raw.map((v) => v.toLowerCase())).size) {
      const good = new Set((kept.get(name) ?? '').toLowerCase().split(','));
      const bad = raw.find((v) => !good.has(v.toLowerCase())) ?? raw[0];
      return `The parameter '${name}' has a value the hub does not know: '${bad}'.`;
    }
  }
  return undefined;
}

/** Every match of a query, page by page (for feed and calendar subscriptions), at most `limit`. */
function allMatches(index: SearchIndex, query: SearchQuery, limit = MAX_FEED_ITEMS): Opportunity[] {
  const out: Opportunity[] = [];
  for (let page = 1; out.length < limit; page++) {
    const r = index.search({ ...query, page, pageSize: MAX_PAGE_SIZE, now: query.now ?? Date.now() });
    out.push(...r.items);
    if (r.items.length === 0 || out.length >= r.total) break;
  }
  return out.slice(0, limit);
}

/** Every language's vocabulary labels and country names, for search across languages (loaded once per process). */
let labelsOnce: Promise<SearchLabels> | undefined;
const allLabels = () =>
  (labelsOnce ??= Promise.all([import('../sdk/vocab/labels.js'), import('../i18n/vocab.js')]).then(async ([{ searchLabels }, { loadAllVocabularies }]) =>
    searchLabels((await loadAllVocabularies()).values()),
  ));

/**
 * The language of a calendar or Atom feed (`?lang=pl`, one of the 24 EU languages; default English): texts in that
 * language where the item has them, and the kind and topics as labels of the vocabulary in it (then English).
 */
async function outputLanguage(params: URLSearchParams): Promise<{ languages: string[]; categoryLabel: CategoryLabel }> {
  const { uiLanguageOf } = await import('../i18n/index.js');
  const { loadVocabulary } = await import('../i18n/vocab.js');
  const lang = uiLanguageOf(params.get('lang')) ?? 'en';
  const [mine, english] = await Promise.all([loadVocabulary(lang), loadVocabulary('en')]);
  const categoryLabel: CategoryLabel = (type, code) => {
    for (const v of [mine, english]) {
      const table: Record<string, string> | undefined = type === 'kind' ? v?.kinds : v?.topics;
      if (table && Object.hasOwn(table, code)) return table[code];
    }
    return undefined;
  };
  return { languages: [lang], categoryLabel };
}

export async function createHub(options: HubOptions = {}): Promise<Hub> {
  if (options.publicUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(options.publicUrl)) {
    throw new TypeError(`publicUrl must be the hub's http(s) base URL, such as https://hub.example.eu (got '${options.publicUrl}').`);
  }
  const now = options.now ?? (() => new Date());
  const db = await openDb({ databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL, dataDir: options.dataDir });
  await migrate(db);
  const adminToken = options.adminToken ?? process.env.HUB_ADMIN_TOKEN;
  const staleAfter = (options.staleAfter ?? 2 * 86400) * 1000;
  const interval = options.interval ?? 3600;

  // Sources from the configuration are upserted (the admin API adds more at run time).
  for (const [position, s] of (options.sources ?? []).entries()) {
    await db.query(
      `INSERT INTO sources (id, url, name, defaults, interval_seconds, position) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, name = EXCLUDED.name, defaults = EXCLUDED.defaults,
         interval_seconds = EXCLUDED.interval_seconds, position = EXCLUDED.position`,
      [s.id ?? slug(s.url), s.url, s.name ?? null, s.defaults ? JSON.stringify(s.defaults) : null, s.interval ?? interval, position],
    );
  }

  // Webhooks from the configuration (a source the config leaves without one keeps what the admin API set).
  for (const s of options.sources ?? []) {
    if (s.webhook === undefined) continue;
    const refused = s.webhook === null ? undefined : await refuseUrl(s.webhook, options.harvestOptions?.allowPrivate);
    if (refused) throw new Error(`The webhook of source '${s.id ?? slug(s.url)}': ${refused}`);
    await db.query('UPDATE sources SET webhook = $2 WHERE id = $1', [s.id ?? slug(s.url), s.webhook]);
  }

  const labels = options.searchLabels === false ? undefined : await allLabels();
  let index: SearchIndex = createSearchIndex([], { now: now() });
  /**
   * Serialised answers by query, for this index and this minute (statuses move with the clock), least recently used
   * dropped first: the finder's first page is the same for every visitor.
   */
  const answers = new Map<string, string>();
  const cacheSize = options.cacheSize ?? 1000;
  let ready = false;
  let generation = 0;
  let harvester = false;
  /** Which source each merged id came from (for applications). */
  let sourceOf = new Map<string, string>();

  /**
   * Per source, the items the last rebuild read, with the version they were read at: a rebuild reads again only the
   * sources whose rows changed since (a harvest usually changes a few of hundreds).
   */
  let readCache = new Map<string, { version: string; items: Opportunity[] }>();

  /** Reads one source's items from the database, in its order (first seen, then id). */
  async function readSource(tx: Queryable, id: string, count: number, order: string[]): Promise<Opportunity[]> {
    // One text per part, parsed here: no per-row decoding, and no sort of the wide rows (the order comes from the
    // narrow ids). Parts of about 20,000 items keep each text far below the engine's string limit.
    const parts = Math.max(1, Math.ceil(count / 20_000));
    const texts = await tx.query<{ data: string | null }>(
      `SELECT '[' || string_agg(data::text, ',') || ']' AS data FROM opportunities WHERE source_id = $1
       GROUP BY (hashtext(item_id) & 2147483647) % $2::int`, [id, parts]);
    const byId = new Map<string, Opportunity>();
    for (const t of texts) for (const o of JSON.parse(t.data ?? '[]') as Opportunity[]) byId.set(String(o.id), o);
    const items: Opportunity[] = [];
    for (const itemId of order) {
      const o = byId.get(itemId);
      if (o) items.push(o);
    }
    return items;
  }

  async function rebuild({ reread = false } = {}): Promise<void> {
    const bySource = await db.transaction(async (tx) => {
      // One snapshot for the versions and the rows (a harvest committing in between must not mix in).
      if (db.kind === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const sources = await tx.query<{ id: string; url: string; count: number; version: string; ids: string }>(
        `SELECT s.id, s.url, o.count, o.version, o.ids FROM sources s
         JOIN LATERAL (SELECT count(*)::int AS count,
             count(*) || ' ' || coalesce(max(last_seen)::text, '') || ' ' || coalesce(sum(xmin::text::bigint), 0) AS version,
             json_agg(item_id ORDER BY first_seen, item_id)::text AS ids
           FROM opportunities WHERE source_id = s.id) o ON o.count > 0
         ORDER BY s.position, s.id`);
      const out: { id: string; url: string; version: string; items: Opportunity[] }[] = [];
      for (const s of sources) {
        const version = `${s.url} ${s.version}`;
        const known = reread ? undefined : readCache.get(s.id);
        const items = known?.version === version ? known.items : await readSource(tx, s.id, s.count, JSON.parse(s.ids) as string[]);
        out.push({ id: s.id, url: s.url, version, items });
      }
      return out;
    });
    readCache = new Map(bySource.map((s) => [s.id, { version: s.version, items: s.items }]));
    const merged = mergeFeeds(bySource.map((s) => ({ source: s.url, result: { opportunities: s.items, issues: [], feed: {} as FeedMeta } })));
    const urls = new Map(bySource.map((s) => [s.url, s.id]));
    const next = createSearchIndex(merged.opportunities, { now: now(), ...(labels ? { labels } : {}) });
    sourceOf = new Map(merged.opportunities.map((o: MergedOpportunity) => [o.id, urls.get(o.sources[0] ?? '') ?? '']));
    index = next; // the swap: searches in flight finish on the old index
    generation++;
    answers.clear();
    ready = true;
  }

  let harvestCount: (outcome: string) => void = () => undefined;

  async function dueSources(force: boolean): Promise<SourceRow[]> {
    return db.query<SourceRow>(
      force ? 'SELECT * FROM sources ORDER BY position, id'
        : `SELECT * FROM sources WHERE last_attempt_at IS NULL
             OR last_attempt_at + make_interval(secs => interval_seconds) <= $1 ORDER BY position, id`,
      force ? [] : [now()],
    );
  }

  async function harvestNow({ force = false } = {}): Promise<HarvestOutcome[]> {
    if (!harvester) harvester = options.harvest !== false && (await db.tryLock(HARVEST_LOCK));
    if (!harvester) return [];
    const due = await dueSources(force);
    const outcomes: HarvestOutcome[] = [];
    // Four at a time: hundreds of sources must not open hundreds of connections at once.
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(4, due.length) }, async () => {
      while (next < due.length) {
        const outcome = await harvestSource(db, due[next++]!, options.harvestOptions);
        harvestCount(outcome.outcome);
        outcomes.push(outcome);
      }
    }));
    if (outcomes.some((o) => o.outcome === 'loaded') || !ready) {
      await rebuild();
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, String(generation)]);
      if (db.kind === 'pglite') await db.query('CHECKPOINT'); // PGlite's WAL grows until a checkpoint
    }
    return outcomes;
  }

  const stopListening = await db.listen(CHANNEL, () => {
    if (!harvester) void rebuild().catch(() => undefined);
  });

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024, trustProxy: options.trustProxy ?? false });
  await app.register(cors, {
    origin: options.corsOrigins === undefined || options.corsOrigins === '*' ? '*' : options.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
    exposedHeaders: ['Idempotent-Replayed', 'Retry-After', 'ETag'],
    maxAge: 600,
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
  });
  await app.register(rateLimit, { global: false });
  // JSON with <, >, & and the JavaScript line separators as \u escapes: the same data to any JSON reader, and feed
  // text cannot close a <script> or open a tag when a page inlines the hub's JSON.
  app.setReplySerializer(safeJson);

  // Metrics in Prometheus format, one registry per hub (several hubs may share a process in tests).
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'hub_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({ name: 'hub_http_request_duration_seconds', help: 'Time to answer', labelNames: ['route'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5], registers: [registry] });
  const harvests = new Counter({ name: 'hub_harvests_total', help: 'Harvest attempts by outcome', labelNames: ['outcome'], registers: [registry] });
  new Gauge({ name: 'hub_opportunities_indexed', help: 'Opportunities in the in-memory index', registers: [registry], collect() { this.set(index.size); } });
  new Gauge({ name: 'hub_index_generation', help: 'Index rebuilds since start', registers: [registry], collect() { this.set(generation); } });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    latency.observe({ route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()));

  const paramsOf = (req: FastifyRequest) => new URLSearchParams(req.url.split('?')[1] ?? '');
  /** Where this hub takes applications, as the request reached it (or `publicUrl`); undefined when it does not. */
  const applicationsUrl = (req: FastifyRequest): string | undefined => {
    if (options.receiveApplications === false) return undefined;
    const base = options.publicUrl?.replace(/\/+$/, '') || `${req.protocol}://${req.host}`;
    return `${base}/api/v1/applications`;
  };
  /** An item as served: its application form posts to the hub (when it takes applications). The index is not changed. */
  const served = (req: FastifyRequest) => {
    const endpoint = applicationsUrl(req);
    return (o: Opportunity): Opportunity =>
      endpoint && o.application?.form ? { ...o, application: { ...o.application, form: { ...o.application.form, endpoint } } } : o;
  };
  /** 304 when the client has this generation's answer to this query. */
  const cached = (req: FastifyRequest, reply: FastifyReply, extra: string): boolean => {
    const etag = `W/"${generation}-${createHash('sha1').update(`${applicationsUrl(req) ?? ''} ${extra}`).digest('base64url').slice(0, 16)}"`;
    reply.header('ETag', etag).header('Cache-Control', 'public, max-age=30');
    if (String(req.headers['if-none-match'] ?? '').split(',').some((t) => t.trim() === etag)) {
      reply.code(304).send();
      return true;
    }
    return false;
  };
  const notReady = (reply: FastifyReply) => reply.code(503).header('Retry-After', '5').send({ error: 'The hub is still building its index; try again in a few seconds.' });

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => (ready ? { ok: true, size: index.size, generation } : notReady(reply)));

  app.get('/api/v1/search', async (req, reply) => {
    if (!ready) return notReady(reply);
    const params = paramsOf(req);
    const bad = badParameter(params);
    if (bad) return reply.code(400).send({ error: bad });
    if (cached(req, reply, `search?${params}`)) return reply;
    const at = now();
    const key = `${Math.floor(at.getTime() / 60_000)} ${applicationsUrl(req) ?? ''} ${params}`;
    let body = answers.get(key);
    if (body === undefined) {
      // Statuses at this moment, not at the last harvest; form endpoints as this hub serves them.
      const result: SearchResult = index.search({ ...queryFromParams(params), now: at });
      body = safeJson({ ...result, items: result.items.map(served(req)) });
      if (cacheSize > 0) {
        if (answers.size >= cacheSize) answers.delete(answers.keys().next().value!);
        answers.set(key, body);
      }
    } else {
      answers.delete(key);
      answers.set(key, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get<{ Params: { id: string } }>('/api/v1/opportunities/:id', async (req, reply) => {
    if (!ready) return notReady(reply);
    const o = index.get(req.params.id);
    if (!o) return reply.code(404).send({ error: `No opportunity has the id '${req.params.id}' (it may have been withdrawn by its publisher).` });
    if (cached(req, reply, `opportunity:${req.params.id}`)) return reply;
    return served(req)(o);
  });

  app.get<{ Params: { format: string } }>('/api/v1/feed.:format', async (req, reply) => {
    if (!ready) return notReady(reply);
    const params = paramsOf(req);
    const bad = badParameter(params);
    if (bad) return reply.code(400).send({ error: bad });
    const format = req.params.format;
    if (!['json', 'csv', 'ics'].includes(format)) return reply.code(404).send({ error: `No feed format '${format}': use feed.json, feed.csv, feed.ics or feed.atom.` });
    if (cached(req, reply, `feed.${format}?${params}`)) return reply;
    const { page: _p, pageSize: _s, ...query } = queryFromParams(params);
    const items = allMatches(index, { ...query, now: now() });
    const title = 'Opportunities' + (params.toString() ? ` (${params.toString()})` : '');
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'inline; filename="opportunities.csv"').send(toCsv(items));
    if (format === 'ics') {
      const { languages, categoryLabel } = await outputLanguage(params);
      return reply.type('text/calendar; charset=utf-8').send(toICalendar(items, { name: title, languages, categoryLabel }));
    }
    return reply.type('application/json; charset=utf-8').send({ version: '1', title, updated: now().toISOString(), opportunities: items.map(served(req)) });
  });

  // Atom 1.0 for feed readers (a static route: it wins over `feed.:format`).
  app.get('/api/v1/feed.atom', async (req, reply) => {
    if (!ready) return notReady(reply);
    const params = paramsOf(req);
    const bad = badParameter(params);
    if (bad) return reply.code(400).send({ error: bad });
    if (cached(req, reply, `feed.atom?${params}`)) return reply;
    const { page: _p, pageSize: _s, ...query } = queryFromParams(params);
    const items = allMatches(index, { ...query, now: now() });
    const origin = `${req.protocol}://${req.host}`;
    const { languages, categoryLabel } = await outputLanguage(params);
    return reply.type('application/atom+xml; charset=utf-8').send(toAtom(items, {
      languages, categoryLabel,
      title: 'Opportunities' + (params.toString() ? ` (${params.toString()})` : ''),
      self: `${origin}${req.url}`, updated: now(),
      itemUrl: (id) => `${origin}/api/v1/opportunities/${encodeURIComponent(id)}`,
    }));
  });

  const sourceView = async (row: SourceRow) => {
    const [last] = await db.query<{ outcome: string; http_status: number | null; items: number; issues: unknown[]; error: string | null; finished_at: Date }>(
      'SELECT outcome, http_status, items, issues, error, finished_at FROM harvests WHERE source_id = $1 ORDER BY id DESC LIMIT 1', [row.id]);
    const [{ count } = { count: 0 }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM opportunities WHERE source_id = $1', [row.id]);
    const stale = row.last_success_at !== null && now().getTime() - row.last_success_at.getTime() > staleAfter;
    return {
      id: row.id, url: row.url, name: row.name, state: row.state, stale, items: count,
      lastAttemptAt: row.last_attempt_at, lastSuccessAt: row.last_success_at,
      lastHarvest: last ? { outcome: last.outcome, httpStatus: last.http_status, items: last.items, error: last.error, finishedAt: last.finished_at, issues: last.issues } : null,
    };
  };
  app.get('/api/v1/sources', async () => {
    const rows = await db.query<SourceRow>('SELECT * FROM sources ORDER BY position, id');
    return { sources: await Promise.all(rows.map(async (r) => { const { lastHarvest, ...v } = await sourceView(r); return { ...v, issues: lastHarvest?.issues.length ?? 0 }; })) };
  });
  app.get<{ Params: { id: string } }>('/api/v1/sources/:id', async (req, reply) => {
    const [row] = await db.query<SourceRow>('SELECT * FROM sources WHERE id = $1', [req.params.id]);
    if (!row) return reply.code(404).send({ error: `No source '${req.params.id}'.` });
    return sourceView(row);
  });
  app.get<{ Params: { id: string } }>('/sources/:id', async (req, reply) => {
    const [row] = await db.query<SourceRow>('SELECT * FROM sources WHERE id = $1', [req.params.id]);
    if (!row) return reply.code(404).type('text/plain; charset=utf-8').send('No such source.\n');
    return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(sourceReport(await sourceView(row)));
  });

  const admin = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const given = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    if (!adminToken || !safeEqual(given, adminToken)) {
      reply.code(adminToken ? 401 : 403).header('WWW-Authenticate', 'Bearer').send({ error: adminToken ? 'The admin API needs the hub\'s bearer token.' : 'The admin API is off: set HUB_ADMIN_TOKEN.' });
      return false;
    }
    return true;
  };
  app.post<{ Body: HubSourceConfig }>('/api/v1/sources', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const body = req.body;
    if (!body || typeof body.url !== 'string') return reply.code(400).send({ error: 'Send { "url": "https://…" } (and optionally id, name, interval, defaults).' });
    const refused = await refuseUrl(body.url, options.harvestOptions?.allowPrivate);
    if (refused) return reply.code(422).send({ error: refused });
    const hookRefused = typeof body.webhook === 'string' ? await refuseUrl(body.webhook, options.harvestOptions?.allowPrivate) : undefined;
    if (hookRefused) return reply.code(422).send({ error: `The webhook: ${hookRefused}` });
    const id = body.id ?? slug(body.url);
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) return reply.code(400).send({ error: 'A source id is lower-case letters, digits and hyphens.' });
    const [{ position } = { position: 0 }] = await db.query<{ position: number }>('SELECT coalesce(max(position), -1) + 1 AS position FROM sources');
    const rows = await db.query('INSERT INTO sources (id, url, name, defaults, interval_seconds, position) VALUES ($1, $2, $3, $4::jsonb, $5, $6) ON CONFLICT DO NOTHING RETURNING id',
      [id, body.url, body.name ?? null, body.defaults ? JSON.stringify(body.defaults) : null, body.interval ?? interval, position]);
    if (!rows.length) return reply.code(409).send({ error: `A source with this id or URL exists already.` });
    if (typeof body.webhook === 'string') {
      await db.query('UPDATE sources SET webhook = $2 WHERE id = $1', [id, body.webhook]);
    }
    return reply.code(201).send({ id });
  });
  const bearer = (req: FastifyRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
  const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

  // A coordinator's token for one source: made here, shown once, stored only as its SHA-256.
  app.post<{ Params: { id: string } }>('/api/v1/sources/:id/token', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const token = `oksrc_${randomBytes(32).toString('base64url')}`;
    const rows = await db.query('UPDATE sources SET coordinator_token_hash = $2 WHERE id = $1 RETURNING id', [req.params.id, tokenHash(token)]);
    if (!rows.length) return reply.code(404).send({ error: `No source '${req.params.id}'.` });
    return reply.code(201).header('Cache-Control', 'no-store').send({ source: req.params.id, token, note: 'Shown once: the hub keeps only its hash. Asking again replaces it.' });
  });

  // A source's webhook (null or absent `url` removes it).
  app.put<{ Params: { id: string }; Body: { url?: string | null } }>('/api/v1/sources/:id/webhook', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const url = req.body?.url ?? null;
    if (url !== null) {
      const refused = typeof url === 'string' ? await refuseUrl(url, options.harvestOptions?.allowPrivate) : 'Send { "url": "https://…" } or { "url": null }.';
      if (refused) return reply.code(422).send({ error: refused });
    }
    const rows = await db.query('UPDATE sources SET webhook = $2 WHERE id = $1 RETURNING id', [req.params.id, url]);
    if (!rows.length) return reply.code(404).send({ error: `No source '${req.params.id}'.` });
    return { source: req.params.id, webhook: url };
  });

  // Applications, to the hub's admin (all) or to a source's coordinator (that source's only), as JSON or CSV.
  app.get<{ Querystring: { opportunity?: string; format?: string } }>('/api/v1/applications', async (req, reply) => {
    if (req.query.format !== undefined && req.query.format !== 'csv' && req.query.format !== 'json') {
      return reply.code(400).send({ error: `The parameter 'format' is json or csv, not '${req.query.format}'.` });
    }
    const given = bearer(req);
    let scope: string | undefined; // the coordinator's source; undefined for the admin
    if (!(adminToken && given && safeEqual(given, adminToken))) {
      const [source] = given ? await db.query<{ id: string }>('SELECT id FROM sources WHERE coordinator_token_hash = $1', [tokenHash(given)]) : [];
      if (!source) {
        return reply.code(401).header('WWW-Authenticate', 'Bearer')
          .send({ error: 'Listing applications needs the hub\'s admin token or the coordinator token of the opportunity\'s source.' });
      }
      scope = source.id;
      const owner = req.query.opportunity ? sourceOf.get(req.query.opportunity) : undefined;
      if (owner !== undefined && owner !== scope) return reply.code(403).send({ error: 'This token is for another source: it sees only its own source\'s applications.' });
    }
    const rows = await db.query<{ reference: string; opportunity_id: string; data: { values?: Record<string, unknown>; consents?: Record<string, unknown> } & Record<string, unknown>; received_at: Date }>(
      `SELECT reference, opportunity_id, data, received_at FROM applications
       WHERE ($1::text IS NULL OR opportunity_id = $1) AND ($2::text IS NULL OR source_id = $2) ORDER BY id`,
      [req.query.opportunity ?? null, scope ?? null]);
    reply.header('Cache-Control', 'no-store').header('Vary', 'Accept, Authorization');
    const csv = req.query.format === 'csv' || (req.query.format === undefined && /\btext\/csv\b/.test(String(req.headers.accept ?? '')));
    if (!csv) return { applications: rows.map((r) => ({ reference: r.reference, opportunityId: r.opportunity_id, receivedAt: r.received_at, ...r.data })) };
    // One column per answer field (in the opportunity's form order when it is still on the hub), then the consents.
    const formFields = req.query.opportunity ? (index.get(req.query.opportunity)?.application?.form?.fields ?? []).map((f) => f.name) : [];
    const fields = [...new Set([...formFields, ...rows.flatMap((r) => Object.keys(r.data.values ?? {}))])];
    const consents = [...new Set(rows.flatMap((r) => Object.keys(r.data.consents ?? {})))];
    const cell = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v));
    const text = Papa.unparse({
      fields: ['reference', 'receivedAt', 'opportunityId', ...fields, ...consents.map((c) => `consent:${c}`)],
      data: rows.map((r) => [r.reference, r.received_at.toISOString(), r.opportunity_id,
        ...fields.map((f) => cell(r.data.values?.[f])), ...consents.map((c) => cell(r.data.consents?.[c]))]),
    }, { escapeFormulae: true, newline: '\r\n' });
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="applications.csv"').send(`${text}\r\n`);
  });

  app.post('/api/v1/applications', { config: { rateLimit: { max: options.applicationRateLimit ?? 30, timeWindow: '1 minute' } } }, async (req, reply) => {
    const key = String(req.headers['idempotency-key'] ?? '').trim();
    if (!key || key.length > 255 || /[^\x21-\x7e]/.test(key)) {
      return reply.code(400).send({ error: 'An Idempotency-Key header is required: one unique value (such as a UUID) per application, sent again unchanged on every retry.' });
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return reply.code(415).send({ error: 'The hub takes applications as application/json (files are not accepted here: send them to the institution).' });
    }
    const body = req.body as { opportunityId?: unknown } | null;
    const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    const [earlier] = await db.query<{ body_hash: string; response: object }>('SELECT body_hash, response FROM applications WHERE idempotency_key = $1', [key]);
    if (earlier) return replay(reply, earlier, hash);
    if (!ready) return notReady(reply);
    const id = typeof body?.opportunityId === 'string' ? body.opportunityId : '';
    const o = index.get(id);
    if (!o) return reply.code(404).send({ error: 'No such opportunity on this hub (it may have been withdrawn).' });
    const form = o.application?.form;
    if (!form) return reply.code(422).send({ error: 'This opportunity does not take applications through a form: see its page for how to apply.' });
    if (!canApply(o, now())) return reply.code(410).send({ error: 'Applications for this opportunity are closed.' });
    const r = applicationSchema(form).safeParse(body);
    if (!r.success) {
      const errors = Object.fromEntries(r.error.issues.map((i) => [String(i.path.at(-1) ?? '(body)'), i.message]));
      return reply.code(422).send({ errors });
    }
    const reference = `APP-${randomUUID()}`;
    const response = { message: 'Thank you: your application has been received.', reference };
    const inserted = await db.query<{ id: string; received_at: Date }>(
      `INSERT INTO applications (reference, idempotency_key, body_hash, opportunity_id, source_id, data, response)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, received_at`,
      [reference, key, hash, id, sourceOf.get(id) || null, JSON.stringify(r.data), JSON.stringify(response)]);
    if (!inserted.length) {
      // Another request with this key won the race: answer as a replay of it.
      const [first] = await db.query<{ body_hash: string; response: object }>('SELECT body_hash, response FROM applications WHERE idempotency_key = $1', [key]);
      return replay(reply, first!, hash);
    }
    // Only a new row reaches here (never a replay): its source's webhook hears of it in the background.
    const sourceId = sourceOf.get(id) || null;
    if (sourceId) webhooks.deliver(inserted[0]!.id, sourceId, { ...r.data, reference, receivedAt: inserted[0]!.received_at, opportunityId: id, sourceId });
    return reply.code(201).send(response);
  });
  const webhooks = webhookSender(db, {
    delays: options.webhookDelays ?? [1000, 4000], timeout: options.webhookTimeout ?? 10_000,
    allowPrivate: options.harvestOptions?.allowPrivate === true, log: (e) => app.log.error(e),
  });
  const replay = (reply: FastifyReply, earlier: { body_hash: string; response: object }, hash: string) =>
    earlier.body_hash === hash
      ? reply.code(201).header('Idempotent-Replayed', 'true').send(earlier.response)
      : reply.code(409).send({ error: 'This Idempotency-Key was already used for a different application: use a new key for a new application.' });

  await rebuild();
  ready = (await db.query('SELECT 1 FROM sources s WHERE s.last_success_at IS NOT NULL LIMIT 1')).length > 0 || (options.sources ?? []).length === 0;

  harvestCount = (outcome) => harvests.inc({ outcome });
  let timer: NodeJS.Timeout | undefined;
  return {
    app, db, harvestNow, rebuild, webhooksSettled: () => webhooks.settled(),
    get state() { return { ready, size: index.size, generation, harvester }; },
    async listen(port = 0, host = '127.0.0.1') {
      const url = await app.listen({ port, host });
      if (options.harvest !== false) {
        const tick = () => { void harvestNow().catch((e) => app.log.error(e)).finally(() => { timer = setTimeout(tick, 30_000); timer.unref(); }); };
        tick();
      }
      return url;
    },
    async close() {
      if (timer) clearTimeout(timer);
      await app.close();
      await webhooks.close();
      await stopListening();
      await db.close();
    },
  };
}
