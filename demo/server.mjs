#!/usr/bin/env node
/**
 * The demo server: plain Node `http`, no framework, no dependencies.
 *
 *   npm start                 build the bundle, then serve on http://localhost:8040/ (or PORT; a free port if busy)
 *   node demo/server.mjs      serve only (expects dist/ to be built)
 *
 * Serves the demo pages (demo/*.html, *.css, *.js), the feeds (demo/data/*.json → /data/…) and the built bundle
 * (dist/ → /dist/…), with ETag/If-None-Match (304), Cache-Control, gzip and a strict Content-Security-Policy on pages.
 *
 * Feeds: the generator writes form endpoints as http://localhost:8040/api/applications; when a feed is served, that
 * placeholder origin is replaced with the origin of the request (e.g. http://127.0.0.1:41234), so forms always post
 * back to this server. large.json (git-ignored) is generated on first request when it is missing.
 *
 * POST /api/applications — the application endpoint used by <opp-apply>. The contract is docs/apply-endpoint.md;
 * what this server adds (limits, simulated failures, where it records) is in demo/README.md.
 *
 * /hub/… — a hub (src/hub, built to dist/lib/hub) in this same process, on an in-memory PGlite database, whose sources
 * are this server's own feeds (HUB_FEEDS). Pages are served at once; until the hub has opened its database and
 * harvested, /hub/… answers 503 with Retry-After: 2 (a search first waits up to 10 s for it). network.html searches
 * through it (`api="/hub/api/v1"`).
 *
 * Environment: PORT (default 8040), HOST (default 127.0.0.1; use 0.0.0.0 inside a container).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { appendFile, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const gzipAsync = promisify(gzip);
const DEMO_DIR = dirname(fileURLToPath(import.meta.url));
/** The origin the generator writes into feeds (see demo/generate.mjs). */
export const PLACEHOLDER_ORIGIN = 'http://localhost:8040';
export const THANK_YOU = 'Thank you — the host will reply within 2 weeks.';

/** The policy on every page: no inline scripts or styles, data only from this origin. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'self'; object-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
/** What may be served from demo/ itself: pages and their assets, never the server, the generator or received data. */
const PAGE_ASSETS = new Set(['.html', '.css', '.js', '.svg', '.png', '.ico', '.txt', '.webmanifest']);
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/** The feeds the demo hub harvests (the network page's two feeds), as source id → path on this server. */
export const HUB_FEEDS = { opportunities: '/data/opportunities.json', network: '/data/network.json' };
/** Seconds between the demo hub's harvests of a source (a conditional GET: a feed that did not change costs a 304). */
const HUB_INTERVAL = 300;
/** The workerData key of the hub's thread (this same file). */
const HUB_WORKER = 'opportunityKitDemoHub';

const LIMITS = { json: 1024 * 1024, multipart: 12 * 1024 * 1024, file: 5 * 1024 * 1024, motivation: 2000 };
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The body of a 201: `id`, the message to show, and a short reference the applicant can quote. */
const response = (id) => ({ id, message: THANK_YOU, reference: id.slice(4, 12).toUpperCase() });

class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------------------------

/** Read the whole body, refusing more than `limit` bytes with 413. */
function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, `The request body is larger than ${limit} bytes.`));
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new HttpError(413, `The request body is larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => failed || resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `name="cv"; filename="cv.pdf"` → { name: 'cv', filename: 'cv.pdf' } (also RFC 5987 `filename*=UTF-8''…`). */
function headerParams(value) {
  const out = {};
  for (const m of value.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    const key = m[1].toLowerCase();
    let v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
    if (key.endsWith('*')) {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      try {
        v = ext ? decodeURIComponent(ext[2]) : v;
      } catch {
        /* keep as sent */
      }
      out[key.slice(0, -1)] = v;
    } else if (!(key in out)) out[key] = v;
  }
  return out;
}

/**
 * A small multipart/form-data parser (RFC 7578) for bodies already in memory: returns text fields and files.
 * Enough for browsers' FormData; not a streaming parser.
 */
export function parseMultipart(body, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) throw new HttpError(400, 'multipart/form-data without a boundary.');
  const boundary = m[1] ?? m[2];
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  const fields = {};
  const files = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new HttpError(400, 'The multipart body does not contain its boundary.');
  pos += delimiter.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing delimiter "--"
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else throw new HttpError(400, 'Malformed multipart body.');
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    const end = headerEnd < 0 ? -1 : body.indexOf(next, headerEnd + 4);
    if (headerEnd < 0 || end < 0) throw new HttpError(400, 'Malformed multipart body.');
    const headers = {};
    for (const line of body.subarray(pos, headerEnd).toString('utf8').split('\r\n')) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const disposition = headerParams(headers['content-disposition'] ?? '');
    const data = body.subarray(headerEnd + 4, end);
    if (disposition.name) {
      if (disposition.filename !== undefined) {
        // An empty file input is sent as a part with an empty filename and no content.
        if (disposition.filename !== '' || data.length > 0) {
          files.push({ field: disposition.name, filename: disposition.filename, type: headers['content-type'] ?? 'application/octet-stream', data });
        }
      } else addField(fields, disposition.name, data.toString('utf8'));
    }
    pos = end + next.length;
  }
  return { fields, files };
}

function addField(fields, name, value) {
  if (!(name in fields)) fields[name] = value;
  else if (Array.isArray(fields[name])) fields[name].push(value);
  else fields[name] = [fields[name], value];
}

const META_KEYS = ['opportunityId', 'consents', 'idempotencyKey', 'submittedAt', 'language'];

/**
 * An application as opportunity-kit's `submitApplication` sends it — `{opportunityId, values, consents, idempotencyKey,
 * submittedAt, language}` — or, for hand-written clients, a flat object of answers (`{givenName, email, …}`).
 */
function normaliseApplication(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new HttpError(400, 'Send the application as a JSON object: {"opportunityId": "…", "values": {"givenName": "…", "email": "…"}}.');
  }
  const nested = data.values && typeof data.values === 'object' && !Array.isArray(data.values);
  const values = nested ? { ...data.values } : Object.fromEntries(Object.entries(data).filter(([k]) => !META_KEYS.includes(k)));
  const meta = Object.fromEntries(META_KEYS.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
  return { values, ...meta };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `The body is not valid JSON (${e.message}).`);
  }
}

async function readApplication(req) {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const { fields, files } = parseMultipart(await readBody(req, LIMITS.multipart), req.headers['content-type']);
    // submitApplication sends the JSON body in a part named "application" and one part per file.
    const app = typeof fields.application === 'string' ? normaliseApplication(parseJson(fields.application)) : normaliseApplication(fields);
    return { format: 'multipart', ...app, files };
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields = {};
    for (const [k, v] of new URLSearchParams((await readBody(req, LIMITS.json)).toString('utf8'))) addField(fields, k, v);
    return { format: 'form', ...normaliseApplication(fields), files: [] };
  }
  if (type.startsWith('application/json') || /^application\/[\w.+-]+\+json/.test(type)) {
    return { format: 'json', ...normaliseApplication(parseJson((await readBody(req, LIMITS.json)).toString('utf8'))), files: [] };
  }
  throw new HttpError(415, 'Send the application as application/json or multipart/form-data.');
}

/** Server-side checks: the minimum the host needs. Returns `{field: message}` (empty when valid). */
export function validateApplication({ values: fields, files = [] }) {
  const errors = {};
  const str = (v) => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? String(v[0] ?? '').trim() : v == null ? '' : String(v).trim());
  if (!str(fields.givenName)) errors.givenName = 'Enter your given name.';
  const email = str(fields.email);
  if (!email) errors.email = 'Enter your e-mail address.';
  else if (!EMAIL_RE.test(email)) errors.email = 'Enter an e-mail address such as name@example.eu.';
  if (str(fields.motivation).length > LIMITS.motivation) errors.motivation = 'Keep the motivation to 2,000 characters or fewer.';
  for (const f of files) if (f.data.length > LIMITS.file) errors[f.field] = 'The file must be 5 MB or smaller.';
  return errors;
}

const safeFileName = (name) =>
  basename(String(name).replace(/\\/g, '/')).normalize('NFKD').replace(/[^\w.-]+/g, '_').replace(/^\.+/, '').slice(-80) || 'upload';

// ---------------------------------------------------------------------------------------------------------------
// The application endpoint
// ---------------------------------------------------------------------------------------------------------------

function createApplications(receivedDir, log) {
  const file = join(receivedDir, 'applications.jsonl');
  /** Idempotency-Key → the first successful response. Survives restarts: rebuilt from applications.jsonl. */
  const done = new Map();
  /** Idempotency-Key → the response being produced (a retry that arrives meanwhile waits for it). */
  const pending = new Map();
  /** Idempotency-Key → simulated failures so far (for ?fail=…&times=N). */
  const failures = new Map();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        const rec = JSON.parse(line);
        if (rec.idempotencyKey && rec.id) done.set(rec.idempotencyKey, { status: 201, body: response(rec.id) });
      } catch {
        /* a partial line: ignore */
      }
    }
  }

  async function record(req, key) {
    const app = await readApplication(req);
    const errors = validateApplication(app);
    if (Object.keys(errors).length) return { status: 422, body: { errors } };
    const id = `app-${randomUUID()}`;
    const saved = [];
    if (app.files.length) {
      const dir = join(receivedDir, 'files');
      await mkdir(dir, { recursive: true });
      for (const f of app.files) {
        const name = `${id}-${safeFileName(f.field)}-${safeFileName(f.filename)}`;
        await writeFile(join(dir, name), f.data);
        saved.push({ field: f.field, filename: f.filename, contentType: f.type, bytes: f.data.length, savedAs: `files/${name}` });
      }
    }
    const opportunityId = app.opportunityId ?? req.headers['x-opportunity-id'] ?? null;
    const line = {
      id,
      receivedAt: new Date().toISOString(),
      idempotencyKey: key,
      opportunityId,
      ...(app.language ? { language: app.language } : {}),
      ...(app.submittedAt ? { submittedAt: app.submittedAt } : {}),
      format: app.format,
      values: app.values,
      consents: app.consents ?? {},
      files: saved,
    };
    await mkdir(receivedDir, { recursive: true });
    await appendFile(file, JSON.stringify(line) + '\n');
    if (log) log(`application ${id} recorded${opportunityId ? ` for ${opportunityId}` : ''} (${app.format}${saved.length ? `, ${saved.length} file(s)` : ''})`);
    return { status: 201, body: response(id) };
  }

  return async function handle(req, res, url) {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Idempotent-Replayed, Retry-After',
    };
    if (req.method === 'OPTIONS') {
      return send(res, 204, '', {
        ...cors,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-Opportunity-Id, X-Demo-Fail',
        'Access-Control-Max-Age': '600',
      });
    }
    if (req.method !== 'POST') {
      req.resume();
      return sendJson(res, 405, { error: 'Use POST to send an application.' }, { ...cors, Allow: 'POST, OPTIONS' });
    }
    const key = String(req.headers['idempotency-key'] ?? '').trim();
    if (!key || key.length > 255 || /[^\x21-\x7e]/.test(key)) {
      req.resume();
      return sendJson(res, 400, {
        error: 'An Idempotency-Key header is required: one unique value (such as a UUID) per application, sent again unchanged on every retry.',
      }, cors);
    }
    // Demo of failures and retries: ?fail=503 (or 429, 500) fails every attempt; add &times=N to fail only the first N
    // attempts with this key. The header X-Demo-Fail: 503[;times=N] does the same.
    const failHeader = String(req.headers['x-demo-fail'] ?? '');
    const fail = Number(url.searchParams.get('fail') ?? failHeader.split(';')[0]);
    const times = Number(url.searchParams.get('times') ?? /times=(\d+)/.exec(failHeader)?.[1] ?? Infinity);
    if ([429, 500, 503].includes(fail)) {
      const attempts = failures.get(key) ?? 0;
      if (attempts < times) {
        failures.set(key, attempts + 1);
        req.resume();
        const retry = fail === 500 ? {} : { 'Retry-After': '1' };
        const error = fail === 429 ? 'Too many applications at once; try again in a moment.' : fail === 503 ? 'The service is briefly unavailable; try again in a moment.' : 'Something went wrong on the server.';
        return sendJson(res, fail, { error }, { ...cors, ...retry });
      }
    }
    const replay = done.get(key);
    if (replay) {
      req.resume();
      return sendJson(res, replay.status, replay.body, { ...cors, 'Idempotent-Replayed': 'true' });
    }
    let result;
    const inFlight = pending.get(key);
    if (inFlight) {
      req.resume();
      result = await inFlight;
      if (result.status === 201) return sendJson(res, result.status, result.body, { ...cors, 'Idempotent-Replayed': 'true' });
      // The first attempt failed validation: handle this one on its own (it was drained, so ask to send it again).
      return sendJson(res, 409, { error: 'Another request with this Idempotency-Key was being processed; send it again.' }, cors);
    }
    const work = record(req, key).catch((e) => {
      if (e instanceof HttpError) return { status: e.status, body: { error: e.message }, headers: e.headers };
      throw e;
    });
    pending.set(key, work);
    try {
      result = await work;
    } finally {
      pending.delete(key);
    }
    // Only a success is remembered: after a 422 the applicant corrects the form and sends again with the same key.
    if (result.status === 201) done.set(key, result);
    if (result.status === 413) req.resume();
    return sendJson(res, result.status, result.body, { ...cors, ...(result.status === 413 ? { Connection: 'close' } : {}), ...result.headers });
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Static files
// ---------------------------------------------------------------------------------------------------------------

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
const sendJson = (res, status, value, headers = {}) =>
  send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
const notFound = (res) => send(res, 404, 'Not found\n', { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });

/** `base` + `rel`, or undefined when `rel` tries to leave `base` (.., encoded slashes, NUL, dotfiles). */
async function resolveInside(base, rel) {
  const segments = rel.split('/');
  if (rel.includes('\0') || rel.includes('\\') || segments.some((s) => s === '..' || s.startsWith('.'))) return undefined;
  const full = resolve(base, ...segments.filter(Boolean));
  try {
    const [realBase, realFull] = await Promise.all([realpath(base), realpath(full)]);
    if (realFull !== realBase && !realFull.startsWith(realBase + sep)) return undefined;
    const info = await stat(realFull);
    return info.isFile() ? { path: realFull, info } : undefined;
  } catch {
    return undefined;
  }
}

/** The origin a page was loaded from, for rewriting feed URLs; falls back to the listening address. */
function requestOrigin(req, fallback) {
  const host = String(req.headers.host ?? '');
  if (!/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(host)) return fallback;
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

function acceptsGzip(req) {
  const ae = String(req.headers['accept-encoding'] ?? '');
  const m = /(?:^|,)\s*gzip\s*(?:;\s*q=([0-9.]+))?/i.exec(ae);
  return m !== null && (m[1] === undefined || Number(m[1]) > 0);
}

/** Whether `file` exists and is newer than every one of `sources` (so a changed generator makes a new large.json). */
async function isFresh(file, sources) {
  try {
    const [made, ...inputs] = await Promise.all([file, ...sources].map((f) => stat(f)));
    return inputs.every((i) => i.mtimeMs <= made.mtimeMs);
  } catch {
    return false;
  }
}

const etagMatches = (header, etag) =>
  String(header ?? '').split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === etag;
  });

export async function startServer({
  port = Number(process.env.PORT) || 8040,
  host = process.env.HOST || '127.0.0.1',
  root = DEMO_DIR,
  dist = join(root, '..', 'dist'),
  receivedDir = join(root, 'received'),
  /** Try a free port when `port` is taken. */
  fallback = true,
  /** Size of large.json when it has to be generated. */
  largeCount,
  /**
   * The hub under /hub/: `false` for none; `true` or `{ dataDir, module, waitFor, hold }` for one on PGlite, in a
   * worker thread: `dataDir` default `memory://` (a fresh database on each start); `module` the URL of the module
   * exporting `createHub` (default the built one, dist/lib/hub); `waitFor` a promise to wait for before starting
   * (tests); `hold` how long a search sent while the hub starts waits for it before its 503 (default 10,000 ms).
   */
  hub: hubOption = true,
  log = null,
} = {}) {
  const dataDir = join(root, 'data');
  const handleApplication = createApplications(receivedDir, log);
  /** path → the response body as last built: rewritten feed text, its ETag and its gzip. */
  const cache = new Map();
  let largeJob;
  let origin = '';

  function ensureLarge() {
    largeJob ??= (async () => {
      if (await isFresh(join(dataDir, 'large.json'), ['generate.mjs', 'content.mjs'].map((f) => join(DEMO_DIR, f)))) return;
      const started = Date.now();
      log?.(`generating demo/data/large.json …`);
      const { writeLarge, LARGE_COUNT } = await import('./generate.mjs');
      await writeLarge(dataDir, largeCount ?? LARGE_COUNT);
      log?.(`generated demo/data/large.json in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })().catch((e) => {
      largeJob = undefined;
      throw e;
    });
    return largeJob;
  }

  // ---------- the hub ----------
  // The hub runs in a worker thread of this process (opening PGlite is seconds of CPU that would otherwise block the
  // pages), listening on a loopback port of its own; /hub/… is passed through to it, so the browser sees one origin.
  /** Sent by the hub's own harvests, so the feeds it reads carry the address people open (`url`), not 127.0.0.1. */
  const hubToken = randomUUID();
  /** { url, size, sources } once the hub has harvested and listens. */
  let hub;
  let hubError;
  let hubWorker;
  let hubStart;
  let closing = false;
  /** http://localhost:PORT, the address printed for people (set once listening). */
  let publicOrigin = '';

  const hubSettings = hubOption === true || !hubOption ? {} : hubOption;
  /** How long a search that arrives while the hub starts waits for it before its 503 (ms). */
  const hubHold = hubSettings.hold ?? 10_000;
  let stopWaiting;
  const closed = new Promise((r) => (stopWaiting = r));

  async function startHub() {
    const { dataDir: hubData = 'memory://', module = new URL('../dist/lib/hub/index.js', import.meta.url).href, waitFor } = hubSettings;
    await Promise.race([waitFor, closed]);
    if (closing) throw new Error('the server was closed');
    const started = Date.now();
    const worker = (hubWorker = new Worker(new URL(import.meta.url), {
      workerData: {
        [HUB_WORKER]: {
          module,
          dataDir: hubData,
          token: hubToken,
          publicUrl: `${publicOrigin}/hub`,
          sources: Object.entries(HUB_FEEDS).map(([id, path]) => ({ id, url: `${origin}${path}`, interval: HUB_INTERVAL })),
        },
      },
    }));
    const info = await new Promise((resolveReady, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the hub's thread stopped (exit code ${code})`)));
      worker.once('message', (m) => (m.type === 'ready' ? resolveReady(m) : reject(new Error(m.error))));
    });
    worker.on('error', (e) => log?.(`hub: ${e.stack ?? e}`));
    for (const o of info.outcomes) if (o.outcome === 'failed') log?.(`hub: harvesting ${o.source} failed: ${o.error}`);
    hub = { url: info.url, size: info.size, sources: info.outcomes.length };
    log?.(`hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${info.size} opportunities from ${info.outcomes.length} feeds (${info.kind})`);
    return hub;
  }

  async function stopHub() {
    const worker = hubWorker;
    if (!worker) return;
    if (!hub) return void (await worker.terminate()); // it failed: nothing to close
    const closed = new Promise((r) => {
      worker.on('message', (m) => m.type === 'closed' && r());
      worker.once('exit', r);
      setTimeout(r, 5000).unref();
    });
    worker.postMessage({ type: 'close' });
    await closed;
    await worker.terminate();
  }

  /** /hub/… → the hub's own routes, with the /hub prefix taken off. */
  async function handleHub(req, res) {
    if (!hub && !hubError && hubStart && (req.method === 'GET' || req.method === 'HEAD') && req.url.startsWith('/hub/api/')) {
      // A search that arrives while the hub starts waits for it (up to hubHold) rather than failing at once: opening
      // PGlite takes 2-3 s on an idle machine and 20 s on a loaded one. Probes (/hub/readyz) are answered at once.
      let timer;
      await Promise.race([hubStart.catch(() => undefined), closed, new Promise((r) => (timer = setTimeout(r, hubHold)))]);
      clearTimeout(timer);
      if (req.socket.destroyed) return;
    }
    if (!hub) {
      req.resume();
      const why = hubError
        ? `The demo hub could not start (${hubError.message}).${/dist[\\/]lib[\\/]hub/.test(hubError.message) ? ' Run `npm run build` (npm start does it).' : ''}`
        : hubOption ? 'The hub is starting (opening its database, harvesting the demo feeds); try again in a moment.' : 'This demo server runs without a hub.';
      return sendJson(res, 503, { error: why }, hubError || !hubOption ? {} : { 'Retry-After': '2' });
    }
    let path = req.url.slice('/hub'.length) || '/';
    if (path.startsWith('?')) path = `/${path}`;
    const target = new URL(hub.url);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path, method: req.method, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      log?.(`hub: ${e.message}`);
      if (!res.headersSent) sendJson(res, 502, { error: 'The demo hub did not answer.' });
      else res.destroy();
    });
    req.pipe(upstream);
  }

  async function serveFile(req, res, file, { feed = false, cacheControl = 'no-cache', csp = false } = {}) {
    const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    const reqOrigin = !feed ? '' : req.headers['x-demo-hub'] === hubToken ? publicOrigin : requestOrigin(req, origin);
    const key = `${file.path}\n${reqOrigin}`;
    let entry = cache.get(key);
    if (!entry || entry.mtimeMs !== file.info.mtimeMs || entry.size !== file.info.size) {
      let body = await readFile(file.path);
      if (feed && reqOrigin !== PLACEHOLDER_ORIGIN) body = Buffer.from(body.toString('utf8').replaceAll(PLACEHOLDER_ORIGIN, reqOrigin));
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      entry = { mtimeMs: file.info.mtimeMs, size: file.info.size, body, etag, gzip: undefined };
      cache.set(key, entry);
    }
    const compressible = COMPRESSIBLE.test(type) && entry.body.length > 1024;
    const headers = { 'Content-Type': type, 'Cache-Control': cacheControl, ETag: entry.etag };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (csp) headers['Content-Security-Policy'] = CSP;
    if (etagMatches(req.headers['if-none-match'], entry.etag)) return send(res, 304, undefined, headers);
    let body = entry.body;
    if (compressible && acceptsGzip(req)) {
      entry.gzip ??= gzipAsync(entry.body);
      body = await entry.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    return send(res, 200, body, headers);
  }

  async function handle(req, res) {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://demo').pathname);
    } catch {
      return send(res, 400, 'Bad request\n', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    if (pathname === '/api/applications') return handleApplication(req, res, new URL(req.url ?? '/', 'http://demo'));
    if (/^\/hub(?:[/?]|$)/.test(req.url ?? '')) return handleHub(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      return send(res, 405, 'Method not allowed\n', { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' });
    }
    if (pathname === '/') pathname = '/index.html';
    if (pathname.startsWith('/dist/')) {
      const file = await resolveInside(dist, pathname.slice('/dist/'.length));
      if (!file || !TYPES[extname(file.path).toLowerCase()]) return notFound(res);
      return serveFile(req, res, file);
    }
    if (pathname.startsWith('/data/')) {
      const rel = pathname.slice('/data/'.length);
      if (!rel.endsWith('.json')) return notFound(res);
      if (rel === 'large.json') await ensureLarge();
      const file = await resolveInside(dataDir, rel);
      return file ? serveFile(req, res, file, { feed: true }) : notFound(res);
    }
    // Pages and their assets: top-level files of demo/ only (never received/, the generator or this server).
    const rel = pathname.slice(1);
    if (rel.includes('/') || !PAGE_ASSETS.has(extname(rel).toLowerCase())) return notFound(res);
    const file = await resolveInside(root, rel);
    if (!file) return notFound(res);
    return serveFile(req, res, file, { csp: extname(rel) === '.html' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      log?.(`error: ${e.stack ?? e}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error.' });
      else res.destroy();
    });
  });
  const listen = (p) =>
    new Promise((resolvePromise, reject) => {
      const onError = (e) => {
        server.off('listening', onListening);
        reject(e);
      };
      const onListening = () => {
        server.off('error', onError);
        resolvePromise();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });
  try {
    await listen(port);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || !fallback || port === 0) throw e;
    log?.(`port ${port} is in use; using a free port instead`);
    await listen(0);
  }
  const actual = server.address().port;
  const urlHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${actual}`;
  publicOrigin = `http://localhost:${actual}`;
  if (hubOption) {
    hubStart = startHub().catch((e) => {
      hubError = e;
      if (!closing) log?.(`hub: could not start: ${e.message}`);
      throw e;
    });
    hubStart.catch(() => undefined);
  }
  return {
    server,
    port: actual,
    /** The URL to open (localhost, as printed for people). */
    url: `http://localhost:${actual}/`,
    /** The URL on the exact address the server listens on (for tests). */
    origin,
    ensureLarge,
    /** Resolves to `{ url, size, sources }` once the hub has harvested and answers (undefined without one; rejects when it could not start). */
    hubReady: () => hubStart ?? Promise.resolve(undefined),
    close: async () => {
      closing = true;
      stopWaiting();
      await new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      });
      // A hub still starting is stopped once it has started.
      await hubStart?.catch(() => undefined);
      await stopHub();
    },
  };
}

/** The hub's thread: open the hub, harvest the demo feeds once, listen on a loopback port, report to the server. */
async function runHubWorker({ module, dataDir, token, publicUrl, sources }) {
  // The TypeScript source (the tests'): tsx compiles it in this thread too.
  if (module.endsWith('.ts')) (await import('tsx/esm/api')).register();
  const { createHub } = await import(module);
  const hub = await createHub({
    // Always the embedded database: a DATABASE_URL in the environment (the hub tests') is not the demo's.
    databaseUrl: '',
    dataDir,
    sources,
    interval: HUB_INTERVAL,
    // The hub takes the applications for what it serves (the network page's forms post to /hub/api/v1/applications),
    // at the address people open; this server's /hub/ pass-through is the proxy whose X-Forwarded-For it believes,
    // so each visitor has their own rate limit.
    receiveApplications: true,
    publicUrl,
    trustProxy: '127.0.0.1',
    harvestOptions: {
      allowPrivate: true, // its sources are the demo server, on loopback
      fetch: (input, init) => {
        const req = new Request(input, init);
        req.headers.set('X-Demo-Hub', token);
        return fetch(req);
      },
    },
  });
  const outcomes = await hub.harvestNow({ force: true });
  const url = await hub.listen(0, '127.0.0.1'); // and harvests each source again when due
  parentPort.on('message', async (m) => {
    if (m.type !== 'close') return;
    await hub.close().catch(() => undefined);
    parentPort.postMessage({ type: 'closed' });
    parentPort.close();
  });
  parentPort.postMessage({
    type: 'ready', url, size: hub.state.size, kind: hub.db.kind,
    outcomes: outcomes.map(({ source, outcome, error }) => ({ source, outcome, error })),
  });
}

if (!isMainThread && workerData?.[HUB_WORKER]) {
  runHubWorker(workerData[HUB_WORKER]).catch((e) => parentPort.postMessage({ type: 'failed', error: e.message }));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const log = (msg) => console.log(`[demo] ${msg}`);
  const demo = await startServer({ log });
  console.log(`opportunity-kit demo: ${demo.url}`);
  console.log(`[demo] the hub (network.html searches through it): ${demo.url}hub/api/v1/search?q=library — starting …`);
  if (!existsSync(join(DEMO_DIR, '..', 'dist', 'opportunity-kit.js'))) {
    console.warn('[demo] dist/opportunity-kit.js is missing: run `npm run build` (npm start builds it for you). Pages load but the elements will not appear.');
  }
  // Make the 10,000-item feed ahead of the first visit to large.html.
  demo.ensureLarge().catch((e) => console.error(`[demo] could not generate large.json: ${e.message}`));
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
