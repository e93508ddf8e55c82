/**
 * The accessibility sweep: every story of the BUILT Storybook (storybook-static/), loaded in headless Chromium.
 * A green `storybook build` proves nothing about the browser (decorators, lazy chunks, msw, Lit), so each story must:
 *
 * 1. render: Storybook's render phase reaches `finished` (play function included) without an error or exception,
 *    every `opp-*` element in it is defined (upgraded) and at least one has a populated shadow root;
 * 2. stay quiet: no uncaught exception and no `console.error` while it loads and plays;
 * 3. pass axe-core with the WCAG 2.0/2.1 A and AA rules on `#storybook-root` (axe looks into open shadow roots),
 *    in light, then — same page, no reload — the colour rules under `prefers-color-scheme: dark` emulation. The story root
 *    is a white page that declares no colour scheme, so in dark the elements must paint their own background; the
 *    dark pass also checks that they did follow the preference (else it would only repeat the light one).
 *
 * Run: node --import tsx --test test/node/storybook.test.ts
 * Builds storybook-static/ first (scripts/storybook-build.mjs) when it is missing or older than the sources.
 * Env: CHROME_PATH (browser), STORYBOOK_STATIC=dir (sweep that build as it is, no rebuild),
 *      STORYBOOK_SWEEP_FILTER=text (only story ids containing it), STORYBOOK_SWEEP_CONCURRENCY (default 2),
 *      STORYBOOK_SWEEP_WARNINGS=1 (list each story's console warnings too), STORYBOOK_SWEEP_TIMING=1 (each story's
 *      load, render and axe times; stories slower than 5 s always show them).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC_DIR = resolve(ROOT, process.env.STORYBOOK_STATIC ?? 'storybook-static');
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The dark pass changes colours only (same page, same DOM), so it runs the WCAG A/AA rules whose outcome depends on
 * colour: text contrast and links told apart from the text around them. The other rules would repeat the light pass.
 */
const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const AXE_FILE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_URL = '/__sweep__/axe.min.js';
const STORY_TIMEOUT = 30_000;
const CONCURRENCY = Math.max(1, Number(process.env.STORYBOOK_SWEEP_CONCURRENCY) || 2);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

interface Violation {
  /** The emulated colour scheme the violation was found in. */
  scheme?: 'light' | 'dark';
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

// ---------- build (when needed) ----------

/** Newest modification time under `paths` (files or directories, recursively). */
function newest(paths: string[]): number {
  let max = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name));
    else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach((p) => visit(resolve(ROOT, p)));
  return max;
}

const SOURCES = [
  '.storybook', 'stories', 'src', 'public', 'demo/data/opportunities.json', 'package.json',
  'custom-elements-manifest.config.mjs', 'scripts/storybook-build.mjs',
];

let buildSeconds: number | undefined;
function ensureBuilt(): void {
  const index = join(STATIC_DIR, 'index.json');
  if (process.env.STORYBOOK_STATIC) {
    assert.ok(existsSync(index), `STORYBOOK_STATIC=${process.env.STORYBOOK_STATIC}: no index.json there`);
    return;
  }
  if (existsSync(index) && statSync(index).mtimeMs >= newest(SOURCES)) return;
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/storybook-build.mjs'), '--out', STATIC_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(r.status, 0, `building Storybook failed:\n${r.stdout}\n${r.stderr}`);
  buildSeconds = (performance.now() - started) / 1000;
}

// ---------- a tiny static server ----------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === AXE_URL) {
      // Served (and cached) like any script, so Chrome compiles axe once instead of once per story.
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'max-age=3600' });
      createReadStream(AXE_FILE).pipe(res);
      return;
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Chrome asks for /favicon.ico on its own; Storybook ships an SVG one.
    if (path === '/favicon.ico') file = join(dir, 'favicon.svg');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    // Hashed assets may be cached (Chrome then reuses their compiled code from story to story); pages may not.
    const cache = path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

// ---------- the browser ----------

async function chromePath(): Promise<string> {
  const { findChrome } = (await import(new URL('../../scripts/find-chrome.mjs', import.meta.url).href)) as {
    findChrome(): string | undefined;
  };
  const found = findChrome();
  assert.ok(found, 'No Chrome/Chromium found: run `node scripts/find-chrome.mjs` (installs Debian chromium) or set CHROME_PATH');
  return found;
}

// The code below runs in the page. It is plain JavaScript in strings: functions compiled by tsx would carry helpers
// (`__name`) that do not exist there.

/** Before Storybook starts: record what Storybook's channel reports about the story. */
const RECORD_EVENTS = `(() => {
  window.__sweep = { events: [] };
  const EVENTS = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing',
    'unhandledErrorsWhilePlaying', 'storyFinished'];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const type of EVENTS) {
        next?.on?.(type, (payload) => {
          let detail;
          try { detail = JSON.stringify(payload); } catch { detail = String(payload); }
          window.__sweep.events.push({ type, detail });
        });
      }
    },
  });
})()`;

/** Whether Storybook has finished rendering (and playing) story \`id\`. */
const FINISHED = (id: string) => `(() => {
  const r = window.__STORYBOOK_PREVIEW__?.currentRender;
  return r?.id === ${JSON.stringify(id)} && r.phase === 'finished';
})()`;

const STATE = `({
  phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? null,
  events: window.__sweep?.events ?? [],
  errorShown: document.body.classList.contains('sb-show-errordisplay'),
  errorText: (document.querySelector('#error-message')?.textContent ?? '') + ' ' + (document.querySelector('#error-stack')?.textContent ?? ''),
  expectedFailures: window.__oppExpectedFailures ?? [],
})`;

/** The media features every story starts with; the dark pass adds prefers-color-scheme: dark. */
const LIGHT_MEDIA = [
  { name: 'prefers-reduced-motion', value: 'reduce' },
  { name: 'prefers-color-scheme', value: 'light' },
];
const DARK_MEDIA = [
  { name: 'prefers-reduced-motion', value: 'reduce' },
  { name: 'prefers-color-scheme', value: 'dark' },
];

/**
 * The story's own opp-* elements (its light DOM) whose colour scheme cannot be dark (computed `color-scheme` without
 * `dark`): under dark emulation on the default page, which declares no scheme, these did not follow the visitor.
 */
const NOT_DARK = `[...document.querySelectorAll('#storybook-root *')]
  .filter((el) => el.localName.startsWith('opp-') && !getComputedStyle(el).colorScheme.includes('dark'))
  .map((el) => el.localName + ' (color-scheme: ' + getComputedStyle(el).colorScheme + ')')`;

/** Two animation frames: the styles of a media change are applied and painted. */
const FRAMES = `new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true))))`;

/** Wait for the elements (defined, updated, shadow roots populated), then run axe on the story root. */
const INSPECT = (runOnly: { type: 'tag' | 'rule'; values: string[] }) => `(async () => {
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root'));
  const opp = all.filter((el) => el.localName.startsWith('opp-'));
  const undefinedTags = [...new Set(opp.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
  await Promise.all(opp.map((el) => el.updateComplete));
  const rendered = opp.filter((el) => el.shadowRoot && el.shadowRoot.querySelector('*')).map((el) => el.localName);
  const result = await window.axe.run(
    { include: ['#storybook-root'] },
    { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ['violations'] },
  );
  return {
    elements: [...new Set(opp.map((el) => el.localName))],
    undefinedTags,
    rendered: [...new Set(rendered)],
    violations: result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        // Targets inside shadow roots are lists of selectors, one per shadow boundary.
        target: JSON.stringify(n.target),
        html: n.html.length > 300 ? n.html.slice(0, 300) + '…' : n.html,
        summary: (n.failureSummary ?? '').replace(/\\s+/g, ' ').trim(),
      })),
    })),
  };
})()`;

let browser: Browser;
let server: Server;
let base: string;
let stories: IndexEntry[] = [];
const idle: Page[] = [];
const waiting: ((p: Page) => void)[] = [];


async function newPage(): Promise<Page> {
  // A browser context (window) of its own: tabs behind the active one are hidden, and hidden pages get no
  // requestAnimationFrame, so stories would hang or render their narrow layout.
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures(LIGHT_MEDIA);
  await page.evaluateOnNewDocument(RECORD_EVENTS);
  return page;
}

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((ok) => waiting.push(ok)));
  try {
    return await fn(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

interface Outcome {
  problems: string[];
  warnings: string[];
  violations: Violation[];
  /** Milliseconds: page load, until Storybook finished the story (play included), element checks + axe, dark axe. */
  timing: { load: number; render: number; axe: number; dark: number };
}

interface PageState {
  phase: string | null;
  events: { type: string; detail: string }[];
  errorShown: boolean;
  errorText: string;
  expectedFailures: string[];
}

interface Inspection {
  elements: string[];
  undefinedTags: string[];
  rendered: string[];
  violations: Violation[];
}

/** Chrome's console line for an HTTP error response (a story's mock may answer 404/500/429 on purpose). */
const HTTP_ERROR_LOG = /^Failed to load resource: the server responded with a status of \d+/;

async function check(page: Page, story: IndexEntry): Promise<Outcome> {
  const problems: string[] = [];
  const consoleErrors: { text: string; url: string }[] = [];
  const warnings: string[] = [];
  const onError = (e: unknown) => problems.push(`uncaught exception: ${(e as Error)?.stack ?? e}`);
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
    else if (msg.type() === 'warn') warnings.push(msg.text());
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  const t0 = performance.now();
  const timing = { load: 0, render: 0, axe: 0, dark: 0 };
  try {
    await page.emulateMediaFeatures(LIGHT_MEDIA);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    timing.load = Math.round(performance.now() - t0);
    let finished = true;
    try {
      await page.waitForFunction(FINISHED(story.id), { timeout: STORY_TIMEOUT, polling: 50 });
    } catch {
      finished = false;
    }
    timing.render = Math.round(performance.now() - t0 - timing.load);
    const state = (await page.evaluate(STATE)) as PageState;
    if (!finished) problems.push(`the story did not finish rendering within ${STORY_TIMEOUT / 1000} s (phase: ${state.phase ?? 'none'})`);
    for (const e of state.events) {
      if (e.type !== 'storyFinished') problems.push(`Storybook ${e.type}: ${e.detail}`);
      else if (!e.detail.includes('"status":"success"')) problems.push(`Storybook reports the story as failed: ${e.detail}`);
    }
    if (state.errorShown) problems.push(`Storybook shows its error display: ${state.errorText.trim()}`);
    for (const c of consoleErrors) {
      const expected = HTTP_ERROR_LOG.test(c.text) && state.expectedFailures.includes(c.url);
      if (!expected) problems.push(`console.error: ${c.text}${c.url ? ` (${c.url})` : ''}`);
    }
    if (problems.length) return { problems, warnings, violations: [], timing };

    const seen = consoleErrors.length;
    await page.addScriptTag({ url: AXE_URL });
    const r = (await page.evaluate(INSPECT({ type: 'tag', values: AXE_TAGS }))) as Inspection;
    if (r.elements.length === 0) problems.push('no opp-* element in the story');
    if (r.undefinedTags.length) problems.push(`elements never upgraded (not defined): ${r.undefinedTags.join(', ')}`);
    if (r.elements.length && r.rendered.length === 0) problems.push(`no element rendered anything into its shadow root (${r.elements.join(', ')})`);
    // Errors logged while the elements settled and axe ran count too.
    for (const c of consoleErrors.slice(seen)) problems.push(`console.error: ${c.text}`);
    timing.axe = Math.round(performance.now() - t0 - timing.load - timing.render);
    const violations: Violation[] = r.violations.map((v) => ({ ...v, scheme: 'light' }));
    if (problems.length) return { problems, warnings, violations, timing };

    // The same story under a dark preference, without reloading: light-dark() colours follow the media change.
    const seenDark = consoleErrors.length;
    await page.emulateMediaFeatures(DARK_MEDIA);
    await page.evaluate(FRAMES);
    const notDark = (await page.evaluate(NOT_DARK)) as string[];
    if (notDark.length) problems.push(`dark emulation: elements that did not follow the visitor's dark preference: ${notDark.join(', ')}`);
    const d = (await page.evaluate(INSPECT({ type: 'rule', values: AXE_COLOUR_RULES }))) as Inspection;
    violations.push(...d.violations.map((v) => ({ ...v, scheme: 'dark' as const })));
    for (const c of consoleErrors.slice(seenDark)) problems.push(`console.error (dark emulation): ${c.text}`);
    timing.dark = Math.round(performance.now() - t0 - timing.load - timing.render - timing.axe);
    return { problems, warnings, violations, timing };
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
}

function describeFailure(story: IndexEntry, o: Outcome): string {
  const lines = [`${story.title} › ${story.name} (${story.id})`];
  for (const p of o.problems) lines.push(`  ${p}`);
  for (const v of o.violations) {
    lines.push(`  axe${v.scheme ? ` (${v.scheme})` : ''} ${v.rule} [${v.impact}]: ${v.help}`);
    for (const n of v.nodes) lines.push(`    at ${n.target}\n      ${n.html}\n      ${n.summary}`);
  }
  return lines.join('\n');
}

// ---------- the sweep ----------

let sweepStarted = 0;
before(async () => {
  ensureBuilt();
  const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  const filter = process.env.STORYBOOK_SWEEP_FILTER;
  stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
  ({ server, base } = await serve(STATIC_DIR));
  browser = await puppeteer.launch({ executablePath: await chromePath(), headless: true, args: FLAGS });
  for (let i = 0; i < CONCURRENCY; i++) idle.push(await newPage());
  sweepStarted = performance.now();
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(() => ok(undefined)) : ok(undefined)));
});

test('accessibility sweep: every built story renders cleanly and passes axe (WCAG 2.1 A/AA) in light and in dark emulation', { concurrency: CONCURRENCY }, async (t) => {
  assert.ok(stories.length > 0, `no stories in ${join(STATIC_DIR, 'index.json')}`);
  let violations = 0;
  let failed = 0;
  await Promise.all(
    stories.map((story) =>
      t.test(`${story.title} › ${story.name}`, async (st) => {
        const outcome = await withPage((page) => check(page, story));
        const { load, render, axe, dark } = outcome.timing;
        if (process.env.STORYBOOK_SWEEP_TIMING || load + render + axe + dark > 5000) {
          st.diagnostic(`load ${load} ms, render ${render} ms, checks + axe ${axe} ms, dark axe ${dark} ms`);
        }
        if (process.env.STORYBOOK_SWEEP_WARNINGS) for (const w of outcome.warnings) st.diagnostic(`console.warn: ${w}`);
        violations += outcome.violations.reduce((n, v) => n + v.nodes.length, 0);
        if (outcome.problems.length || outcome.violations.length) {
          failed++;
          assert.fail(describeFailure(story, outcome));
        }
      }),
    ),
  );
  const seconds = ((performance.now() - sweepStarted) / 1000).toFixed(1);
  const build = buildSeconds !== undefined ? `, build ${buildSeconds.toFixed(1)} s` : ', existing build';
  const summary = `accessibility sweep: ${stories.length} stories, ${violations} violations (${failed} stories failing; sweep ${seconds} s${build})`;
  t.diagnostic(summary);
});
