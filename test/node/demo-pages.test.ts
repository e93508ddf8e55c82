/**
 * Every demo page, served by the real demo server (strict CSP, real feeds over HTTP, the built bundle), opened in
 * headless Chromium: the page must finish its work (finders loaded with cards, stats counted, the form shown, the
 * scripted pages filled in), with no script error, no console error (CSP refusals are console errors), no failed
 * request, and no axe violation (WCAG 2.1 A/AA); the network page searches on the server's hub (/hub/api/v1). Needs
 * `npm run build` first (the test command does it).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { startServer } from '../../demo/server.mjs';
import type { DemoServer } from '../../demo/server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** What each page must have done once it is ready, checked in the page (through shadow roots). */
const READY: Record<string, string> = {
  // Every finder loaded and shows cards; every stats element counted; every form has its fields.
  elements: `(() => {
    const finders = [...document.querySelectorAll('opp-finder')];
    const cards = (f) => f.shadowRoot?.querySelector('opp-results')?.shadowRoot?.querySelectorAll('opp-card').length ?? 0;
    const stats = [...document.querySelectorAll('opp-stats')];
    const forms = [...document.querySelectorAll('opp-apply')];
    return finders.every((f) => f.controller?.status === 'ready' && cards(f) > 0) &&
      stats.every((s) => s.controller?.status === 'ready') &&
      forms.every((a) => a.querySelector('form input[name]'));
  })()`,
  cards: `document.querySelectorAll('#cards li').length > 0`,
  issues: `document.querySelectorAll('#kept li').length > 0 && document.querySelectorAll('#issues li').length > 0`,
};
const PAGES: [page: string, ready: string, mustHave: string][] = [
  ['index.html', 'true', 'a'],
  ['university.html', READY.elements!, 'opp-finder'],
  ['network.html', READY.elements!, 'opp-stats'],
  ['partner.html', READY.elements!, 'opp-finder'],
  ['apply.html', READY.elements!, 'opp-apply'],
  ['cards.html', READY.cards!, '#cards'],
  ['issues.html', READY.issues!, '#kept'],
  ['sv.html', READY.elements!, 'opp-finder'],
  ['nl.html', READY.elements!, 'opp-finder'],
  ['large.html', READY.elements!, 'opp-finder'],
];

describe('demo pages in Chromium', () => {
  let demo: DemoServer;
  let browser: Browser;
  let received: string;

  before(async () => {
    received = mkdtempSync(join(tmpdir(), 'opp-demo-pages-'));
    demo = await startServer({ port: 0, receivedDir: received });
    const hubReady = demo.hubReady(); // the network page searches on the hub: PGlite starts while Chromium does
    const { findChrome } = (await import(new URL('../../scripts/find-chrome.mjs', import.meta.url).href)) as { findChrome(): string | undefined };
    const executablePath = findChrome();
    assert.ok(executablePath, 'No Chrome/Chromium found: run `node scripts/find-chrome.mjs` or set CHROME_PATH');
    browser = await puppeteer.launch({ executablePath, headless: true, args: FLAGS });
    await hubReady;
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    rmSync(received, { recursive: true, force: true });
  });

  for (const [name, ready, mustHave] of PAGES) {
    it(`${name}: does its work with no error, failed request or axe violation`, async () => {
      const page: Page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      try {
        await page.setViewport({ width: 1100, height: 900 });
        await page.goto(`${demo.origin}/${name}`, { waitUntil: 'load' });
        assert.ok(await page.$(mustHave), `${name} has ${mustHave}`);
        await page.waitForFunction(ready, { timeout: 20_000 }).catch(() => {
          throw new Error(`${name} did not finish its work within 20 s (${problems.join('; ') || 'no errors seen'})`);
        });
        // Through DevTools, not a <script>: the page's CSP (script-src 'self') stays on and is part of what is tested.
        await page.evaluate(AXE);
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
          const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        })) as string[];
        assert.deepEqual(violations, [], `${name}: axe`);
        assert.deepEqual(problems, [], `${name}: errors`);
        // The network page's finder searches on the demo's hub, under the page's own origin.
        if (name === 'network.html') {
          assert.ok(requested.some((u) => u.startsWith(`${demo.origin}/hub/api/v1/search?`)), 'network.html searched on the hub');
          // Its figures come from the hub too: the page downloads no feed.
          assert.deepEqual(requested.filter((u) => u.includes('/data/')), [], 'network.html downloaded a feed');
        }
      } finally {
        await page.close();
      }
    });
  }
});
