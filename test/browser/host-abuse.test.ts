/**
 * Host pages that abuse the elements, in real Chromium:
 * - hostile host CSS (`* { all: unset !important }`, `!important` resets, huge fonts, rules aimed at the tags, every
 *   button hidden) on a page with the script-tag bundle: everything still renders, and the buttons are visible and
 *   really receive the click (hit-tested through the shadow roots);
 * - elements configured before the bundle loads (properties on unknown elements, an element moved, one made with
 *   createElement) — extends the embed test's "early" page;
 * - elements removed and re-added (state survives, no extra fetches, no errors), also while loading;
 * - attributes changed while the first load is in flight (only the second feed is ever shown);
 * - 100 finders on one page (timed and logged, not asserted);
 * - 1,000 mount/unmount cycles: net listeners on window/document, live observers, intervals and adopted sheets
 *   return to their baseline; heap and garbage collection of the unmounted elements are logged.
 * Pages in test/browser/pages/abuse-*.html load dist/opportunity-kit.js (the test command builds it first).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { nothing, render } from 'lit';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppCard, OppDetail, OppFinder, OppStats } from '../../src/index.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import type { FeedInput, OpportunityInput } from '../../src/sdk/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, items, many, NOW, parsed, serve } from './support/feeds.js';
import { mount, settled, unmountAll } from './support/dom.js';

const BASE = location.href;
const errors: string[] = [];
addEventListener('error', (e) => errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));

// ---------- pages in a frame ----------

interface AbuseReport {
  errors: string[];
  ready: boolean;
  [k: string]: unknown;
}
type FrameWindow = Window & typeof globalThis & { __abuse?: AbuseReport };

async function openPage(path: string, timeout = 20_000): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document; report: AbuseReport }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as FrameWindow | null)?.__abuse?.ready, `${path} did not get ready`, { timeout, interval: 50 });
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: win.document, report: win.__abuse! };
}

/** `root`'s shadow descendants by a chain of selectors (`q(finder, 'opp-results', 'opp-card', '.link')`). */
function q<T extends Element = HTMLElement>(root: Element | null | undefined, ...selectors: string[]): T | null {
  let cur: Element | null | undefined = root;
  for (const s of selectors) {
    cur = (cur?.shadowRoot ?? cur)?.querySelector(s);
    if (!cur) return null;
  }
  return (cur as T) ?? null;
}
function qa<T extends Element = HTMLElement>(root: Element | null | undefined, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? q(root, ...selectors) : root;
  return parent ? [...(parent.shadowRoot ?? parent).querySelectorAll<T>(last)] : [];
}

/** The innermost element at a point, through open shadow roots. */
function deepHit(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}
/** Shadow-including containment. */
function within(outer: Element, inner: Element | null): boolean {
  for (let n: Node | null = inner; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === outer) return true;
  return false;
}

/** Visible (size, CSS visibility, opacity) and the element a click at its centre reaches. */
function clickable(el: Element | null, what: string): string | undefined {
  if (!el) return `${what}: missing`;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return `${what}: ${r.width}×${r.height} box`;
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return `${what}: not visible`;
  const hit = deepHit(el.ownerDocument, r.left + r.width / 2, r.top + r.height / 2);
  if (!within(el, hit)) return `${what}: a click at its centre reaches <${hit?.localName}> "${hit?.textContent?.trim().slice(0, 30)}"`;
  return undefined;
}

// ---------- listener, observer and timer accounting ----------

const TRACKED = () => new Set<EventTarget>([window, document, document.documentElement, document.body]);
interface Counts {
  listeners: number;
  byType: Record<string, number>;
  mutationObservers: number;
  resizeObservers: number;
  intersectionObservers: number;
  intervals: number;
  adoptedSheets: number;
  headChildren: number;
  elements: number;
}
function instrument() {
  const tracked = TRACKED();
  const live = new Map<EventTarget, Map<string, Set<unknown>>>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const keyOf = (type: string, options: unknown) => `${type}|${typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture}`;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (tracked.has(this) && listener) {
      let m = live.get(this);
      if (!m) live.set(this, (m = new Map()));
      const k = keyOf(type, options);
      if (!m.has(k)) m.set(k, new Set());
      m.get(k)!.add(listener);
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (tracked.has(this)) live.get(this)?.get(keyOf(type, options))?.delete(listener);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof remove;

  const observers = (Ctor: { prototype: { observe: (...a: never[]) => void; disconnect: () => void } }) => {
    const active = new Set<object>();
    const { observe, disconnect } = Ctor.prototype;
    Ctor.prototype.observe = function (this: object, ...a: never[]) {
      active.add(this);
      return observe.apply(this, a);
    };
    Ctor.prototype.disconnect = function (this: object) {
      active.delete(this);
      return disconnect.call(this);
    };
    return { active, restore: () => Object.assign(Ctor.prototype, { observe, disconnect }) };
  };
  const mo = observers(MutationObserver as never);
  const ro = observers(ResizeObserver as never);
  const io = observers(IntersectionObserver as never);

  const intervals = new Set<unknown>();
  const setI = window.setInterval;
  const clearI = window.clearInterval;
  window.setInterval = ((...a: Parameters<typeof setInterval>) => {
    const id = setI(...a);
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    intervals.delete(id);
    clearI(id);
  }) as typeof clearInterval;

  return {
    counts(): Counts {
      const byType: Record<string, number> = {};
      let listeners = 0;
      for (const [target, m] of live) {
        const name = target === window ? 'window' : target === document ? 'document' : target === document.body ? 'body' : 'html';
        for (const [k, set] of m) {
          if (!set.size) continue;
          byType[`${name}:${k}`] = set.size;
          listeners += set.size;
        }
      }
      return {
        listeners,
        byType,
        mutationObservers: mo.active.size,
        resizeObservers: ro.active.size,
        intersectionObservers: io.active.size,
        intervals: intervals.size,
        adoptedSheets: document.adoptedStyleSheets.length,
        headChildren: document.head.childElementCount,
        elements: document.getElementsByTagName('*').length,
      };
    },
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      mo.restore();
      ro.restore();
      io.restore();
      window.setInterval = setI;
      window.clearInterval = clearI;
    },
  };
}

const heap = (): number | undefined => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1048576).toFixed(1)} MB`);

/** Ask for a collection: `gc()` when exposed, else allocation pressure (V8 collects under it, eventually). */
async function collect(): Promise<void> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  for (let round = 0; round < 4; round++) {
    if (gc) gc();
    else {
      let junk: unknown[] = [];
      for (let i = 0; i < 200; i++) junk.push(new Array(50_000).fill(i));
      junk = [];
      void junk;
    }
    await aTimeout(50);
  }
}

// ---------- the suite ----------

/** An open opportunity with a form and a privacy notice (the fixture's form has none, and says so on the console). */
const umea = items.find((o) => o.id === 'umea-traineeship')!;
const FORM_ITEM: OpportunityInput = {
  ...umea,
  id: 'form-week',
  application: {
    ...umea.application,
    form: {
      ...umea.application!.form!,
      privacy: { controller: 'Umeå kommun', purpose: 'Selection', retention: '12 months', policyUrl: 'https://www.umea.se/privacy' },
    },
  },
};
const titleOf = (card: Element) => card.shadowRoot?.querySelector('.title')?.textContent?.trim();
const cardsOf = (finder: Element) => qa(finder, 'opp-results', 'opp-card');

describe('host page abuse', function () {
  this.timeout(120_000);
  before(() => startWorker());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
    for (const f of document.querySelectorAll('body > iframe')) f.remove();
    unmountAll();
    errors.length = 0;
  });

  describe('removed and re-added', () => {
    it('a loaded finder keeps its query, filters and open detail through 50 moves, with no new fetch', async () => {
      const url = feedUrl('reattach');
      let hits = 0;
      worker.use(http.get(url, () => (hits++, HttpResponse.json(feed()))));
      const el = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} no-url .clientOptions=${{ retry: 0 }}></opp-finder>`);
      await waitUntil(() => el.controller.status === 'ready');
      el.controller.setText('week');
      el.controller.toggle('country', 'FI', true);
      el.controller.select('helsinki-ir-week');
      await settled(el);
      const snapshot = () => ({
        query: JSON.stringify(el.controller.query),
        selected: el.controller.selectedId,
        total: el.controller.result?.total,
        detail: q(el, 'opp-detail', '#title')?.textContent?.trim(),
      });
      const before = snapshot();
      expect(before.detail).to.equal('International Relations Week');
      const home = el.parentElement!;
      const other = document.createElement('section');
      document.body.append(other);
      let loads = 0;
      el.addEventListener('opp-load', () => loads++);
      for (let i = 0; i < 50; i++) {
        el.remove();
        if (i % 5 === 0) await aTimeout(0);
        (i % 2 ? home : other).append(el);
        await settled(el);
      }
      expect(snapshot()).to.deep.equal(before);
      expect(hits, 'feed requests').to.equal(1);
      expect(loads, 'reloads').to.equal(0);
      el.controller.close();
      await settled(el);
      expect(cardsOf(el).length).to.equal(el.controller.result!.items.length);
      expect(errors).to.deep.equal([]);
      other.remove();
      console.log(`host abuse: finder moved 50 times: state kept, ${hits} feed request, ${loads} reloads`);
    });

    it('removed while loading, then re-added: it loads again and shows the feed, without an error event', async () => {
      const url = feedUrl('reattach-loading');
      let hits = 0;
      worker.use(http.get(url, async () => (hits++, await aTimeout(300), HttpResponse.json(feed()))));
      const statsUrl = feedUrl('reattach-stats');
      let statsHits = 0;
      worker.use(http.get(statsUrl, async () => (statsHits++, await aTimeout(300), HttpResponse.json(feed()))));
      const applyUrl = feedUrl('reattach-apply');
      let applyHits = 0;
      worker.use(http.get(applyUrl, async () => (applyHits++, await aTimeout(300), HttpResponse.json(feed([...items, FORM_ITEM])))));
      const box = await mount(html`
        <opp-finder feed=${url} now=${NOW} no-url .clientOptions=${{ retry: 0, cache: false }}></opp-finder>
        <opp-stats feed=${statsUrl} now=${NOW} .clientOptions=${{ retry: 0, cache: false }}></opp-stats>
        <opp-apply feed=${applyUrl} opportunity-id="form-week" no-draft></opp-apply>
      `);
      const failures: string[] = [];
      box.addEventListener('opp-error', (e) => failures.push((e.target as Element).localName));
      const kids = [...box.children] as HTMLElement[];
      await aTimeout(60);
      for (const k of kids) k.remove();
      await aTimeout(100);
      for (const k of kids) box.append(k);
      const [finder, stats, apply] = kids as [OppFinder, OppStats, OppApply];
      await waitUntil(() => finder.controller.status === 'ready' && stats.controller.status === 'ready' && apply.querySelector('form input'), 'loaded after re-adding', { timeout: 5000 });
      await settled(box);
      expect(cardsOf(finder).length).to.be.greaterThan(0);
      expect(failures, 'opp-error events').to.deep.equal([]);
      expect(hits, 'finder feed requests (the aborted one and the new one)').to.be.at.most(2);
      expect(statsHits).to.be.at.most(2);
      expect(applyHits).to.be.at.most(2);
      expect(errors).to.deep.equal([]);
      console.log(`host abuse: removed while loading and re-added: finder ${hits}, stats ${statsHits}, apply ${applyHits} requests; no error events`);
    });

    it('an application form keeps the answers typed so far when moved', async () => {
      const o = parsed([FORM_ITEM])[0]!;
      const el = await fixture<OppApply>(html`<opp-apply .opportunity=${o} .now=${new Date(NOW)} no-draft></opp-apply>`);
      const input = () => el.querySelector<HTMLInputElement>('input[name="givenName"]')!;
      input().value = 'Ada';
      input().dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      const other = document.createElement('div');
      document.body.append(other);
      for (let i = 0; i < 20; i++) {
        (i % 2 ? el.ownerDocument.body : other).append(el);
        await el.updateComplete;
      }
      expect(input().value).to.equal('Ada');
      expect(el.querySelectorAll('form').length, 'one form').to.equal(1);
      other.remove();
      el.remove();
      expect(errors).to.deep.equal([]);
    });
  });

  describe('attributes changed while loading', () => {
    const named = (prefix: string, n = 4): OpportunityInput[] =>
      many(n).map((o, i) => ({ ...o, id: `${prefix}-${i}`, title: `${prefix.toUpperCase()} week ${i}` }));

    /** Mount a finder on `first`, switch to `second` after `switchAfter` ms; every id it ever showed. */
    async function race(delays: { a: number; b: number; c?: number }, switchAfter = 60) {
      const a = feedUrl('race-a');
      const b = feedUrl('race-b');
      const c = feedUrl('race-c');
      serve(a, feed(named('a')), delays.a);
      serve(b, feed(named('b')), delays.b);
      if (delays.c !== undefined) serve(c, feed(named('c')), delays.c);
      const el = await fixture<OppFinder>(html`<opp-finder feed=${a} now=${NOW} no-url .clientOptions=${{ retry: 0, cache: false }}></opp-finder>`);
      const shown = new Set<string>();
      const loads: string[][] = [];
      el.controller.addEventListener('change', () => {
        if (el.controller.status === 'ready') for (const o of el.controller.loaded) shown.add(o.id);
      });
      el.addEventListener('opp-load', (e) => loads.push((e as CustomEvent<{ sources: { url: string }[] }>).detail.sources.map((s) => s.url)));
      await aTimeout(switchAfter);
      el.feed = b;
      if (delays.c !== undefined) {
        await aTimeout(switchAfter);
        el.setAttribute('feed', c);
      }
      const last = delays.c !== undefined ? 'c' : 'b';
      await waitUntil(() => el.controller.status === 'ready' && el.controller.loaded.every((o) => o.id.startsWith(`${last}-`)), 'the last feed shown', { timeout: 5000 });
      await aTimeout(Math.max(delays.a, delays.b, delays.c ?? 0) + 200); // every earlier response has arrived by now
      await settled(el);
      return { el, shown: [...shown], loads, last, titles: cardsOf(el).map(titleOf) };
    }

    it('the first feed is slower than the second: only the second is ever shown', async () => {
      const r = await race({ a: 600, b: 50 });
      expect(r.shown.every((id) => id.startsWith('b-')), `ids shown: ${r.shown.join(' ')}`).to.equal(true);
      expect(r.titles.every((t) => t?.startsWith('B week'))).to.equal(true);
      expect(r.loads.flat().every((u) => u.includes('race-b'))).to.equal(true);
    });

    it('the first feed answers while the second is in flight: it is ignored', async () => {
      const r = await race({ a: 150, b: 500 });
      expect(r.shown.every((id) => id.startsWith('b-')), `ids shown: ${r.shown.join(' ')}`).to.equal(true);
      expect(r.loads.flat().every((u) => u.includes('race-b'))).to.equal(true);
    });

    it('three feeds in quick succession: only the last', async () => {
      const r = await race({ a: 400, b: 300, c: 100 }, 40);
      expect(r.shown.every((id) => id.startsWith('c-')), `ids shown: ${r.shown.join(' ')}`).to.equal(true);
      expect(r.titles.length).to.be.greaterThan(0);
    });

    it('stats and a standalone form switch feeds mid-load too', async () => {
      const a = feedUrl('race-stats-a');
      const b = feedUrl('race-stats-b');
      serve(a, feed(named('a', 7)), 500);
      serve(b, feed(named('b', 3)), 50);
      const fa = feedUrl('race-form-a');
      const fb = feedUrl('race-form-b');
      const withForm = (prefix: string): FeedInput => feed([{ ...FORM_ITEM, id: `${prefix}-form`, title: `${prefix.toUpperCase()} form` }]);
      serve(fa, withForm('a'), 500);
      serve(fb, withForm('b'), 50);
      const box = await mount(html`
        <opp-stats feed=${a} now=${NOW} .clientOptions=${{ retry: 0, cache: false }}></opp-stats>
        <opp-apply feed=${fa} opportunity-id="a-form" .now=${new Date(NOW)} no-draft></opp-apply>
      `);
      const stats = box.querySelector<OppStats>('opp-stats')!;
      const apply = box.querySelector<OppApply>('opp-apply')!;
      await aTimeout(60);
      stats.feed = b;
      apply.feed = fb;
      apply.opportunityId = 'b-form';
      await aTimeout(800);
      await settled(box);
      expect(stats.controller.status).to.equal('ready');
      expect(stats.shadowRoot!.querySelector('dd')!.textContent!.trim(), 'stats count the second feed').to.equal('3');
      expect(apply.current?.id).to.equal('b-form');
      expect(apply.querySelector('form input'), 'the second form').to.not.equal(null);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('hostile host CSS', () => {
    for (const sheet of ['unset', 'important', 'huge', 'hosts', 'buttons']) {
      it(`"${sheet}": every element renders and its buttons are visible and take the click`, async () => {
        const { doc, win, report } = await openPage(`/test/browser/pages/abuse-css.html?sheet=${sheet}`);
        const finder = doc.querySelector('opp-finder') as OppFinder;
        const stats = doc.querySelector('opp-stats') as OppStats;
        const card = doc.querySelector('opp-card') as OppCard;
        const detail = doc.querySelector('opp-detail') as OppDetail;
        const apply = doc.querySelector('opp-apply') as OppApply;
        await waitUntil(() => finder.controller?.status === 'ready' && cardsOf(finder).length > 0, 'finder rendered', { timeout: 10_000 });
        await waitUntil(() => stats.controller?.status === 'ready', 'stats rendered', { timeout: 10_000 });
        await waitUntil(() => q(detail, '[part~="description"] .prose') && apply.querySelector('form input'), 'detail and form rendered', { timeout: 10_000 });
        await aTimeout(100);
        // The sheet is really in force.
        const wrapper = getComputedStyle(doc.querySelector('.entry-content')!);
        const probe = {
          unset: wrapper.display === 'inline',
          important: wrapper.display === 'inline' && wrapper.textTransform === 'uppercase',
          huge: parseFloat(wrapper.fontSize) >= 64,
          hosts: getComputedStyle(finder).display === 'inline',
          buttons: getComputedStyle(apply.querySelector('button[type=submit]')!).display === 'none',
        }[sheet];
        expect(probe, `the "${sheet}" sheet applies`).to.equal(true);

        const problems: string[] = [];
        const check = (el: Element | null, what: string) => {
          const p = clickable(el, what);
          if (p) problems.push(p);
        };
        // Rendered: every element shows its content.
        for (const [el, part] of [[finder, '[part~="base"]'], [stats, '[part~="summary"]'], [card, '[part~="base"]'], [detail, '[part~="base"]']] as const) {
          const box = q(el, part)?.getBoundingClientRect();
          if (!box || box.width < 1 || box.height < 1) problems.push(`<${el.localName}> ${part} has no box`);
        }
        expect(stats.shadowRoot!.querySelectorAll('tbody tr').length, 'stats rows').to.be.greaterThan(0);

        // Finder: the search button, the filters toggle, a card's title, the pagination.
        check(q(finder, 'opp-search-box', 'button'), 'finder search button');
        const toggle = q(finder, 'summary');
        if (toggle) check(toggle, 'finder filters toggle');
        const firstLink = q(finder, 'opp-results', 'opp-card', '.link');
        check(firstLink, 'finder card title');
        for (const b of qa(finder, 'opp-pagination', 'button:not([disabled]), a[href]').slice(0, 2)) check(b, 'finder pagination');
        // Standalone card, detail and its buttons.
        check(q(card, '.link'), 'card title');
        for (const b of qa(detail, 'button')) check(b, `detail button "${b.textContent!.trim().slice(0, 20)}"`);

        // Clicks do what they should. A card title in the finder opens the detail in place…
        firstLink!.click();
        await waitUntil(() => finder.controller.selectedId !== undefined, 'the card click opened the detail');
        // <opp-detail> may be a lazy chunk of the bundle: wait for it to upgrade and render.
        await waitUntil(() => q(finder, 'opp-detail', '[part~="close"]'), 'the detail rendered in the finder', { timeout: 5000 });
        await settled(finder);
        const close = q(finder, 'opp-detail', '[part~="close"]');
        check(close, 'finder detail back button');
        close!.click();
        await waitUntil(() => finder.controller.selectedId === undefined, 'the back button closed the detail');
        // …the standalone card emits opp-select…
        let selected = '';
        card.addEventListener('opp-select', (e) => {
          selected = (e as CustomEvent<{ id: string }>).detail.id;
          e.preventDefault();
        });
        q(card, '.link')!.click();
        expect(selected, 'opp-select from the standalone card').to.equal(card.opportunity!.id);
        // …and the detail's apply button opens the form, whose controls (in the detail's shadow tree) are reachable.
        q(detail, 'button[part~="apply-button"]')!.click();
        await waitUntil(() => q(detail, 'opp-apply')?.querySelector('input'), 'the apply button opened the form', { timeout: 5000 });
        await aTimeout(50);
        const inner = q(detail, 'opp-apply')!;
        check(inner.querySelector('input:not([type=hidden]):not([tabindex="-1"])'), 'detail form first input');
        check(inner.querySelector('button[type=submit]'), 'detail form send button');

        // The standalone form lives in the page's light DOM (autofill, assistive technology), so the page's rules
        // reach it — on purpose: "any host rule wins". Only a sheet that hides every button can hide its Send button.
        const send = apply.querySelector('button[type=submit]');
        const firstInput = apply.querySelector('input:not([type=hidden]):not([tabindex="-1"])');
        if (sheet === 'buttons') {
          console.log(
            `host abuse: "buttons" sheet hides the standalone <opp-apply> light-DOM controls as the host asked ` +
              `(send: ${clickable(send, 'send') ?? 'visible'}); the same form inside <opp-detail> stays usable`,
          );
        } else {
          check(send, 'standalone form send button');
          check(firstInput, 'standalone form first input');
        }
        expect(problems, `"${sheet}": rendering or click problems`).to.deep.equal([]);
        expect(report.errors, 'page errors').to.deep.equal([]);
        console.log(`host abuse: sheet "${sheet}": all 5 elements rendered, buttons visible and hit-tested, clicks worked`);
        void win;
      });
    }
  });

  describe('configured before the bundle loads', () => {
    it('elements configured before the bundle loads (properties on unknown elements, moved, createElement) upgrade with their state', async () => {
      const { doc, report } = await openPage('/test/browser/pages/abuse-early.html');
      expect(report.upgradedAtStart, 'the elements were unknown when configured').to.equal(false);
      const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
      const finder = $<OppFinder>('f');
      await waitUntil(() => finder.controller?.status === 'ready' && cardsOf(finder).length > 0, 'finder rendered', { timeout: 10_000 });
      await waitUntil(() => q($('d'), '[part~="description"] .prose') && $('a').querySelector('form input'), 'detail and form rendered', { timeout: 10_000 });
      expect(q($('c'), 'h4')?.textContent?.trim(), 'card: property and heading level set before the upgrade').to.equal('Early card week');
      expect(q($('d'), '#title')?.textContent?.trim(), 'moved detail').to.equal('Early form week');
      expect($('d').parentElement!.id).to.equal('elsewhere');
      expect(titleOf($('late')), 'card made with createElement').to.equal('Early form week');
      const stats = $<OppStats>('s');
      await waitUntil(() => stats.controller.status === 'ready');
      expect([...stats.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent!.trim())[0], 'stats over the early opportunities').to.equal('2');
      expect($('a').querySelector('form input[name="givenName"]'), 'form from the early property').to.not.equal(null);
      // Attribute and property set before the upgrade both count.
      expect(finder.controller.prefilter.kind).to.deep.equal(['staff-week']);
      expect(finder.pageSize).to.equal(5);
      expect(cardsOf(finder).length).to.be.within(1, 5);
      expect(finder.controller.result!.items.every((o) => o.kind === 'staff-week')).to.equal(true);
      expect(report.errors).to.deep.equal([]);
    });
  });

  describe('many finders', () => {
    it('100 finders on one page (script-tag bundle): all render from one request; time logged', async () => {
      const { report } = await openPage('/test/browser/pages/abuse-many.html?n=100', 60_000);
      console.log(
        `host abuse: ${report.n} finders: ${report.rendered} rendered with ${report.cards} cards in ${Math.round(report.msToRender as number)} ms ` +
          `(bundle loaded and defined in ${Math.round(report.msToDefine as number)} ms); ${report.fetches} requests for the shared feed`,
      );
      expect(report.rendered).to.equal(100);
      // Identical loads in flight share one request (src/sdk/client): 100 before that; a little slack for timing.
      expect(report.fetches as number, 'requests for the one feed all finders show').to.be.within(1, 3);
      expect(report.errors).to.deep.equal([]);
    });
  });

  describe('mount and unmount', () => {
    it('1,000 mount/unmount cycles: listeners, observers, intervals and sheets return to baseline; heap logged', async function () {
      this.timeout(180_000);
      const list = parsed([...items, FORM_ITEM]);
      const o = list.find((x) => x.id === 'ugent-library-week')!;
      const formO = list.find((x) => x.id === 'form-week')!;
      const stage = document.createElement('div');
      document.body.append(stage);
      // Every kind of element, one per cycle in turn: a finder without and with URL sync (popstate), a provider with
      // parts, a card, a detail with a sanitised description, stats, and a form (pagehide, adopted sheet).
      const templates = [
        () => html`<opp-finder .opportunities=${list} now=${NOW} no-url page-size="3"></opp-finder>`,
        () => html`<opp-card .opportunity=${o} now=${NOW}></opp-card>`,
        () => html`<opp-finder .opportunities=${list} now=${NOW} page-size="3"></opp-finder>`,
        () => html`<opp-detail .opportunity=${o} now=${NOW}></opp-detail>`,
        () => html`<opp-finder-provider .opportunities=${list} now=${NOW} no-url><opp-results></opp-results><opp-detail></opp-detail></opp-finder-provider>`,
        () => html`<opp-stats .opportunities=${list} now=${NOW}></opp-stats>`,
        () => html`<opp-apply .opportunity=${formO} .now=${new Date(NOW)} no-draft></opp-apply>`,
      ];
      const all = () => html`${templates.map((t) => t())}`;
      const refs: WeakRef<Element>[] = [];
      let collected = 0;
      const registry = new FinalizationRegistry(() => collected++);
      const peak = { listeners: 0, mutationObservers: 0, resizeObservers: 0 };
      let meter: ReturnType<typeof instrument> | undefined;
      const cycle = async (i: number, keep: boolean) => {
        const box = document.createElement('div');
        stage.append(box);
        render(templates[i % templates.length]!(), box);
        await settled(box);
        // While mounted the accounting does see them (popstate, the language observers, the finder's resize observer).
        const now = meter?.counts();
        if (now) for (const k of Object.keys(peak) as (keyof typeof peak)[]) peak[k] = Math.max(peak[k], now[k]);
        if (keep) {
          const el = box.firstElementChild!;
          refs.push(new WeakRef(el));
          registry.register(el, 0);
        }
        render(nothing, box);
        box.remove();
      };
      meter = instrument();
      try {
        // Warm up: lazy chunks (DOMPurify, catalogues), the context root, the first adopted sheets.
        for (let i = 0; i < 14; i++) await cycle(i, false);
        await aTimeout(100);
        await collect();
        const base = meter.counts();
        const heapBefore = heap();
        const t0 = performance.now();
        const N = 1000;
        for (let i = 0; i < N; i++) await cycle(i, true);
        const ms = performance.now() - t0;
        // The same instances, 1,000 more times: removed and re-added.
        const box = document.createElement('div');
        stage.append(box);
        render(all(), box);
        await settled(box);
        const kids = [...box.children];
        const t1 = performance.now();
        for (let i = 0; i < N; i++) {
          for (const k of kids) k.remove();
          for (const k of kids) box.append(k);
          if (i % 100 === 0) await settled(box);
        }
        await settled(box);
        const msMoves = performance.now() - t1;
        render(nothing, box);
        box.remove();
        await aTimeout(400); // debounced work (drafts, resize callbacks) runs out
        await collect();
        const after = meter.counts();
        const heapAfter = heap();
        const alive = refs.filter((r) => r.deref()).length;
        console.log(
          `host abuse: ${N} mount/unmount cycles (${templates.length} kinds of element in turn) in ${Math.round(ms)} ms (${(ms / N).toFixed(1)} ms each), ` +
            `then ${N} remove/re-add of the same ${kids.length} elements in ${Math.round(msMoves)} ms`,
        );
        console.log(
          `host abuse: window/document listeners ${base.listeners} → ${after.listeners} (${JSON.stringify(after.byType)}); ` +
            `MutationObservers ${base.mutationObservers} → ${after.mutationObservers}, ResizeObservers ${base.resizeObservers} → ${after.resizeObservers}, ` +
            `IntersectionObservers ${base.intersectionObservers} → ${after.intersectionObservers}, intervals ${base.intervals} → ${after.intervals}, ` +
            `document.adoptedStyleSheets ${base.adoptedSheets} → ${after.adoptedSheets}, <head> children ${base.headChildren} → ${after.headChildren}, ` +
            `elements in the document ${base.elements} → ${after.elements}; while mounted up to ${peak.listeners} listeners, ` +
            `${peak.mutationObservers} MutationObservers, ${peak.resizeObservers} ResizeObservers`,
        );
        console.log(
          `host abuse: heap (performance.memory.usedJSHeapSize, ${(window as unknown as { gc?: unknown }).gc ? 'after gc()' : 'no gc(); after allocation pressure'}) ` +
            `${mb(heapBefore)} → ${mb(heapAfter)} (${heapBefore && heapAfter ? `${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB, ${Math.round((heapAfter - heapBefore) / N)} bytes per cycle` : 'n/a'}); ` +
            `unmounted elements still reachable: ${alive} of ${N} (${collected} finalised)`,
        );
        expect(peak.listeners, 'the accounting saw listeners while mounted').to.be.greaterThan(base.listeners);
        expect(peak.mutationObservers, 'the accounting saw observers while mounted').to.be.greaterThan(0);
        expect(peak.resizeObservers).to.be.greaterThan(0);
        expect(after.listeners, `net window/document listeners: ${JSON.stringify(base.byType)} → ${JSON.stringify(after.byType)}`).to.equal(base.listeners);
        expect(after.mutationObservers, 'live MutationObservers').to.equal(base.mutationObservers);
        expect(after.resizeObservers, 'live ResizeObservers').to.equal(base.resizeObservers);
        expect(after.intersectionObservers, 'live IntersectionObservers').to.equal(base.intersectionObservers);
        expect(after.intervals, 'live intervals').to.equal(base.intervals);
        expect(after.adoptedSheets, 'adopted style sheets').to.equal(base.adoptedSheets);
        expect(after.headChildren, '<head> children').to.equal(base.headChildren);
        expect(after.elements, 'elements left in the document').to.equal(base.elements);
        // The heap may grow with the engine's own caches; a leak of the elements would be tens of MB here.
        if (heapBefore !== undefined && heapAfter !== undefined) expect(heapAfter - heapBefore, 'heap growth').to.be.below(25 * 1048576);
        // With window.gc (the test runner starts Chromium with --expose-gc) they are collected. A leak keeps all 1,000;
        // Blink may still hold the last few removed nodes for a while (seen: 3 of 1,000 in one run of 5), so allow 1%.
        expect(typeof (window as unknown as { gc?: unknown }).gc, 'window.gc (web-test-runner.config.mjs passes --expose-gc)').to.equal('function');
        expect(alive, 'unmounted elements still reachable after gc()').to.be.below(N / 100);
        expect(errors).to.deep.equal([]);
      } finally {
        meter.restore();
        stage.remove();
      }
    });
  });
});
