/**
 * Time to the first rendered page of results: `<opp-finder>` on a 1,000- and a 10,000-item feed, against the floor
 * of the same list served as static HTML (no script at all), in headless Chromium.
 *
 *   npm run bench -- render                 (or: node --import tsx bench/render.bench.ts)
 *   node --import tsx bench/render.bench.ts --sizes=1000 --runs=3
 *
 * - The elements are bundled in memory with esbuild from the script-tag entry (src/bundle.ts: minified, production
 *   Lit, lazy chunks split out as in dist/), and served with the feed and the pages by a throwaway local HTTP server.
 * - Feeds come from the demo generator (`buildLarge`, deterministic), statuses computed at its reference date.
 * - "Rendered" means: the page's content is in the DOM and a frame has been painted since — for the finder, every card
 *   of its first page has rendered its shadow DOM; for static HTML, the whole document has been parsed. Measured with
 *   `performance.now()` (from navigation start), HTTP cache off; the median of the runs is printed (one warm-up run
 *   first). "First visit" runs in a fresh browser profile; "repeat visit" then loads the page again in that profile,
 *   where the finder shows its saved copy of the feed (Cache API) while it refreshes.
 * - Floors: "static list" is all N items as plain HTML articles (what a CMS page listing them would serve);
 *   "static page" is only the first 20 (what a server-rendered, paginated page would serve).
 *
 * Needs Chrome/Chromium (CHROME_PATH, or the usual paths, see scripts/find-chrome.mjs) and puppeteer-core (installed
 * with @web/test-runner-chrome). Prints; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { buildLarge, REFERENCE_DATE } from '../demo/generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const PAGE_SIZE = 20;

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function chromePath(): Promise<string> {
  const finder = './../scripts/find-chrome.mjs';
  const { findChrome } = (await import(new URL(finder, import.meta.url).href)) as { findChrome: () => string | undefined };
  const path = findChrome();
  if (!path || !existsSync(path)) throw new Error('render bench: no Chrome/Chromium found; set CHROME_PATH');
  return path;
}

/** The script-tag bundle and its chunks, in memory: path → source. */
async function bundle(): Promise<Map<string, string>> {
  const entry = existsSync(`${ROOT}src/bundle.ts`) ? 'src/bundle.ts' : 'src/index.ts';
  const out = await build({
    absWorkingDir: ROOT,
    entryPoints: { 'opportunity-kit': entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: '/bench-out',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['browser', 'production'],
    logLevel: 'error',
  });
  return new Map(out.outputFiles.map((f) => [f.path.replace('/bench-out', ''), f.text]));
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const first = (t: unknown): string =>
  typeof t === 'string' ? t : t && typeof t === 'object' ? String(Object.values(t as Record<string, string>)[0] ?? '') : '';

/** The floor: the list as static HTML articles, roughly what a card shows. */
function staticPage(items: Record<string, unknown>[]): string {
  const rows = items.map((o) => {
    const provider = o.provider as { name: unknown; city?: string; country?: string };
    return `<li><article><h2><a href="${escapeHtml(String(o.url ?? '#'))}">${escapeHtml(first(o.title))}</a></h2>` +
      `<p>${escapeHtml(String(o.kind))}</p><p>${escapeHtml(first(provider.name))}</p>` +
      `<p>${escapeHtml([provider.city, provider.country].filter(Boolean).join(', '))}</p>` +
      `<p>${escapeHtml([o.start, o.end].filter(Boolean).join(' – '))}</p></article></li>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title>
<style>ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem;list-style:none;padding:0}
article{border:1px solid #ccc;border-radius:.5rem;padding:1rem}</style></head>
<body><ul>${rows.join('')}</ul>
<script>requestAnimationFrame(() => setTimeout(() => { window.__done = performance.now(); }));</script></body></html>`;
}

const finderPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>finder</title></head>
<body><opp-finder feed="/feed.json" no-url now="${REFERENCE_DATE}T12:00:00Z" page-size="${PAGE_SIZE}"></opp-finder>
<script type="module">
  const el = document.querySelector('opp-finder');
  el.addEventListener('opp-load', () => { window.__loaded = performance.now(); }, { once: true });
  await import('/opportunity-kit.js');
  const check = () => {
    const c = el.controller;
    const cards = el.shadowRoot?.querySelector('opp-results')?.shadowRoot?.querySelectorAll('opp-card') ?? [];
    const ready = c?.status === 'ready' && cards.length > 0 && cards.length === c.result.items.length &&
      [...cards].every((card) => card.shadowRoot?.querySelector('h2'));
    if (ready) requestAnimationFrame(() => setTimeout(() => { window.__done = performance.now(); }));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script></body></html>`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function run(): Promise<void> {
  const sizes = (arg('sizes') ?? '1000,10000').split(',').map(Number);
  const runs = Number(arg('runs') ?? 5);
  const files = await bundle();
  const routes = new Map<string, { type: string; body: string }>();
  for (const [path, text] of files) routes.set(path, { type: 'text/javascript', body: text });
  routes.set('/finder.html', { type: 'text/html', body: finderPage });

  const server = createServer((req, res) => {
    const hit = routes.get((req.url ?? '/').split('?')[0]!);
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${hit.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(hit.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ executablePath: await chromePath(), args: FLAGS, headless: true });

  type Sample = { done: number; loaded?: number };
  async function measureIn(context: import('puppeteer-core').BrowserContext, path: string): Promise<Sample> {
    const page = await context.newPage();
    try {
      await page.setCacheEnabled(false);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForFunction('window.__done !== undefined', { timeout: 60_000 });
      return (await page.evaluate('({ done: window.__done, loaded: window.__loaded })')) as Sample;
    } finally {
      await page.close();
    }
  }

  /** A first visit (fresh profile: no saved copy of the feed), then a repeat visit in the same profile. */
  async function visit(path: string): Promise<{ first: Sample; repeat: Sample }> {
    const context = await browser.createBrowserContext();
    try {
      return { first: await measureIn(context, path), repeat: await measureIn(context, path) };
    } finally {
      await context.close();
    }
  }

  const time = async (path: string) => {
    await visit(path); // warm-up
    const all: { first: Sample; repeat: Sample }[] = [];
    for (let i = 0; i < runs; i++) all.push(await visit(path));
    const loaded = all.every((r) => r.first.loaded !== undefined) ? median(all.map((r) => r.first.loaded!)) : undefined;
    return { done: median(all.map((r) => r.first.done)), loaded, repeat: median(all.map((r) => r.repeat.done)) };
  };

  const js = [...files.values()];
  console.log(`bundle: ${js.length} files, entry ${(files.get('/opportunity-kit.js')!.length / 1024).toFixed(0)} KB minified; ${runs} runs each (median)`);
  console.log('items  | feed KB | finder, first visit: loaded → page rendered | repeat visit | static list (floor) | ratio | static page of 20');
  try {
    for (const n of sizes) {
      const feed = buildLarge(n);
      const json = JSON.stringify(feed);
      routes.set('/feed.json', { type: 'application/json', body: json });
      routes.set('/static-list.html', { type: 'text/html', body: staticPage(feed.opportunities) });
      routes.set('/static-page.html', { type: 'text/html', body: staticPage(feed.opportunities.slice(0, PAGE_SIZE)) });
      const finder = await time('/finder.html');
      const list = await time('/static-list.html');
      const pageOf20 = await time('/static-page.html');
      console.log(
        `${String(n).padStart(6)} | ${(json.length / 1024).toFixed(0).padStart(7)} | ` +
          `${(finder.loaded ?? NaN).toFixed(0).padStart(6)} ms → ${finder.done.toFixed(0).padStart(5)} ms${' '.repeat(20)}| ` +
          `${finder.repeat.toFixed(0).padStart(6)} ms    | ${list.done.toFixed(0).padStart(8)} ms         | ${(finder.done / list.done).toFixed(2).padStart(5)} | ` +
          `${pageOf20.done.toFixed(0)} ms (finder ${(finder.done / pageOf20.done).toFixed(1)}×)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
