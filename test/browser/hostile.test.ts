/**
 * Hostile content in real Chromium: a corpus of XSS payloads (test/fixtures/xss/payloads.ts) placed into every text and
 * URL field of feed items, run through `parseFeed` (and `readFeed` for RSS, JSON-LD pages and CSV) exactly as a page
 * would get them, and rendered in `<opp-card>`, `<opp-detail>` (with its application form opened), `<opp-apply>`,
 * `<opp-stats>` and a finder fed by an msw-served feed (and by hostile URL parameters).
 *
 * Every payload calls the trap `window.__xss(n)` if it ever runs. After each render (plus DOMPurify, which loads
 * lazily, and a short settle so failed image loads and animations get their chance) the suite asserts that the trap
 * never fired, no uncaught error happened, and no tree (deep, through open shadow roots) holds an `on*` attribute, a
 * javascript:/data:/vbscript: URL, a `style` attribute, or a script/iframe/object/embed/base/meta/… element.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { html, render } from 'lit';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppDetail, OppFinder, OppStats } from '../../src/index.js';
import type { OppApply } from '../../src/elements/apply/opp-apply.js';
import { parseFeed } from '../../src/sdk/index.js';
import type { Opportunity } from '../../src/sdk/index.js';
import { readFeed } from '../../src/formats/index.js';
import { CLOBBERING_NAMES, PAYLOADS } from '../fixtures/xss/payloads.js';
import type { Payload } from '../fixtures/xss/payloads.js';
import { startWorker, worker } from './support/msw.js';
import { feedUrl, NOW } from './support/feeds.js';
import { settled } from './support/dom.js';

// ---------- the trap ----------

const fired: string[] = [];
const errors: string[] = [];
const w = window as unknown as Record<string, unknown>;
const trap = (n?: unknown) => {
  fired.push(String(n));
};
w.__xss = trap;
for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = (...a: unknown[]) => trap(`${name}(${a.join(',')})`);
addEventListener('error', (e) => errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));

const BASE = location.href;
const ENDPOINT = new URL('/api/hostile-applications', location.href).href;

// ---------- the deep check ----------

const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame', 'frameset', 'applet', 'portal', 'link', 'style',
  'noscript', 'template', 'img', 'image', 'video', 'audio', 'source', 'picture', 'math', 'use', 'animate', 'set',
  'animatemotion', 'animatetransform', 'foreignobject', 'handler', 'listener', 'isindex', 'marquee', 'xmp',
  'plaintext', 'noembed', 'noframes',
]);
const URL_ATTRS = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'srcset', 'codebase',
  'cite', 'longdesc', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'profile', 'values', 'to', 'from', 'by', 'content',
]);
const BAD_SCHEME = /^(?:javascript|data|vbscript|livescript|mocha):/;
const LINK_OK = /^(?:https?:|mailto:)/i;
/** What a URL parser sees: controls and spaces dropped anywhere (tabs and newlines are, leading C0 is), lower case. */
const normal = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]+/g, '').toLowerCase();
/** Globals a clobbering payload names; they must still be what the platform made them. */
const CLOBBER_CHECKS: [string, () => boolean][] = [
  ['window.__xss', () => w.__xss === trap],
  ['document.getElementById', () => typeof document.getElementById === 'function'],
  ['document.querySelector', () => typeof document.querySelector === 'function'],
  ['document.cookie', () => typeof document.cookie === 'string'],
  ['document.body', () => document.body instanceof HTMLBodyElement],
  ['document.documentElement', () => document.documentElement instanceof HTMLHtmlElement],
  ['window.location', () => typeof location.href === 'string'],
  ['window.defaultView', () => !('defaultView' in window) || w.defaultView === undefined],
];

let scanned = 0;
/**
 * Element members read through the prototypes: a form's fields clobber its own members (`<input name=attributes>`
 * makes `form.attributes` that input), and a check that trusts them can be blinded the same way a sanitiser can.
 */
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
const dom = {
  localName: getter(Element.prototype, 'localName') as (this: Element) => string,
  attributes: getter(Element.prototype, 'attributes') as (this: Element) => NamedNodeMap,
  shadowRoot: getter(Element.prototype, 'shadowRoot') as (this: Element) => ShadowRoot | null,
  parentNode: getter(Node.prototype, 'parentNode') as (this: Node) => Node | null,
  querySelectorAll: (root: ParentNode) =>
    (root instanceof Element ? Element.prototype.querySelectorAll : DocumentFragment.prototype.querySelectorAll).call(root, '*'),
};

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

function violations(root: Node, out: string[] = [], where = ''): string[] {
  const visit = (el: Element) => {
    scanned++;
    const tag = dom.localName.call(el);
    const here = `${where}<${tag}>`;
    // The detail's own schema.org data block is not executable: a JSON-LD script, the detail's direct child, whose
    // text is JSON (a script of any other type, anywhere else, or not JSON is still a violation).
    const parent = dom.parentNode.call(el);
    const dataBlock = tag === 'script' && Element.prototype.getAttribute.call(el, 'type') === 'application/ld+json' &&
      parent instanceof Element && dom.localName.call(parent) === 'opp-detail' && isJson(el.textContent ?? '');
    if (FORBIDDEN_TAGS.has(tag) && !dataBlock) out.push(`${here} element`);
    // The elements the test itself placed carry the host page's own attributes (hostile on purpose in one test).
    const hostMarkup = dom.parentNode.call(el) === stage;
    const attrs = hostMarkup ? [] : [...dom.attributes.call(el)];
    const attr = (n: string) => attrs.find((a) => a.name.toLowerCase() === n)?.value;
    for (const { name, value } of attrs) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) out.push(`${here} ${n}="${value.slice(0, 80)}"`);
      if (n === 'srcdoc' || n === 'style' || n === 'formaction') out.push(`${here} ${n}="${value.slice(0, 80)}"`);
      if ((URL_ATTRS.has(n) || n.endsWith(':href')) && BAD_SCHEME.test(normal(value))) out.push(`${here} ${n}="${value.slice(0, 80)}"`);
    }
    const href = attr('href');
    if ((tag === 'a' || tag === 'area') && href !== undefined && !href.startsWith('#') && !LINK_OK.test(href)) {
      out.push(`${here} href="${href.slice(0, 80)}" is not http(s)/mailto/#`);
    }
    if (tag === 'form' && attr('action') !== undefined) out.push(`${here} action="${attr('action')}"`);
    const shadow = dom.shadowRoot.call(el);
    if (shadow) violations(shadow, out, `${here}#shadow `);
    if (el instanceof HTMLTemplateElement) violations(el.content, out, `${here}#content `);
  };
  if (root instanceof Element) visit(root);
  for (const el of dom.querySelectorAll(root as ParentNode)) visit(el);
  return out;
}

/** Visible text through shadow roots (what a visitor reads). */
function deepText(root: Node): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.nodeValue;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return s;
}

/** The trap did not fire, nothing threw, no tree holds anything executable, no global was clobbered. */
async function assertClean(stage: Element, what: string): Promise<void> {
  await aTimeout(60); // failed image loads, animations, autofocus
  const found = violations(stage);
  expect(found.slice(0, 20), `${what}: executable markup in the rendered trees`).to.deep.equal([]);
  for (const [name, ok] of CLOBBER_CHECKS) expect(ok(), `${what}: ${name} was clobbered`).to.equal(true);
  // Prototype members never stand in for labels (a slug like "constructor" must read as a slug).
  expect(deepText(stage), `${what}: a prototype member rendered as text`).not.to.include('[native code]');
  expect(errors, `${what}: uncaught errors`).to.deep.equal([]);
  expect(fired, `${what}: the trap fired`).to.deep.equal([]);
}

// ---------- hostile items ----------

const M = '\u0001PAYLOAD\u0001';
const OPEN_APPLICATION = { opens: '2026-12-01', deadline: '2027-02-28', url: 'https://www.ugent.be/apply', email: 'staffweek@ugent.be' };

const base = (id: string): Record<string, unknown> => ({
  id,
  kind: 'staff-week',
  title: 'Hostile week',
  summary: 'A week.',
  provider: { name: 'Ghent University', country: 'BE', city: 'Gent', url: 'https://www.ugent.be' },
  location: { city: 'Gent', country: 'BE' },
  start: '2027-05-10',
  end: '2027-05-14',
  application: { ...OPEN_APPLICATION },
  topics: ['libraries'],
  audience: ['library-staff'],
  languages: [{ lang: 'en', level: 'B2' }],
  fee: { amount: 10, currency: 'EUR' },
});

const PRIVACY = { controller: 'Ghent University', purpose: 'Selection', retention: '12 months', policyUrl: 'https://www.ugent.be/privacy' };
const form = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ endpoint: ENDPOINT, fields, privacy: PRIVACY, ...extra });

/** Every free-text field of an item, and every text of its application form. */
const TEXT_TEMPLATE = {
  ...base('text'),
  title: M,
  summary: M,
  description: M,
  provider: { name: M, city: M, country: 'BE', url: 'https://www.ugent.be' },
  location: { city: M, region: M, country: 'BE' },
  tags: [M, `tag ${M}`],
  fee: { amount: 10, currency: 'EUR', covers: M },
  learningOutcomes: [M, { en: M, nl: M }],
  recognition: { ects: 1, note: M },
  contact: { name: M, email: 'staffweek@ugent.be', url: 'https://www.ugent.be/contact' },
  application: {
    ...OPEN_APPLICATION,
    form: form(
      [
        { name: 'givenName', type: 'text', label: M, help: M, required: true },
        { name: 'email', type: 'email', label: M, help: M },
        { name: 'phone', type: 'tel', label: M },
        { name: 'site', type: 'url', label: M },
        { name: 'motivation', type: 'textarea', label: M, help: M, maxLength: 2000 },
        { name: 'years', type: 'number', label: M, min: 0, max: 50 },
        { name: 'arrival', type: 'date', label: M },
        { name: 'role', type: 'select', label: M, help: M, options: [{ value: M, label: M }, { value: 'b', label: { en: M } }] },
        { name: 'mode', type: 'radio', label: M, options: [{ value: M, label: M }] },
        { name: 'agree', type: 'checkbox', label: M, help: M },
        { name: 'topics', type: 'checkboxes', label: M, options: [{ value: M, label: M }, { value: 'x', label: M }] },
        { name: 'english', type: 'language-level', label: M },
        { name: 'cv', type: 'file', label: M, help: M, accept: '.pdf', maxBytes: 1000 },
        { name: 'source', type: 'hidden', label: M, value: M },
      ],
      {
        privacy: { controller: M, purpose: M, retention: M, legalBasis: M, contact: M, policyUrl: 'https://www.ugent.be/privacy' },
        consents: [{ name: 'newsletter', label: M }, { name: 'terms', label: M, required: true }],
      },
    ),
  },
};

/** Fields that refuse most payloads (a refusal drops the item, so each gets items of its own). */
const NARROW_TEMPLATES: Record<string, Record<string, unknown>> = {
  phone: { ...base('phone'), contact: { name: 'Desk', phone: M } },
  slugs: { ...base('slugs'), topics: [M], audience: [M], funding: [M] },
  id: { ...base('id'), id: M },
  language: { ...base('language'), language: M, languages: [{ lang: M }] },
  formAttrs: {
    ...base('formAttrs'),
    application: {
      ...OPEN_APPLICATION,
      form: form([
        { name: 'a', type: 'text', label: 'A', autocomplete: M, pattern: M },
        { name: 'f', type: 'file', label: 'F', accept: M },
      ]),
    },
  },
};

/** Every URL field (and the e-mail fields that become mailto: links). */
const URL_TEMPLATES: Record<string, Record<string, unknown>> = {
  url: { ...base('url'), url: M },
  image: { ...base('image'), image: M },
  'provider.url': { ...base('provider-url'), provider: { name: 'Ghent University', country: 'BE', url: M } },
  'contact.url': { ...base('contact-url'), contact: { name: 'Desk', url: M } },
  'contact.email': { ...base('contact-email'), contact: { name: 'Desk', email: M } },
  'application.url': { ...base('application-url'), application: { ...OPEN_APPLICATION, url: M } },
  'application.email': { ...base('application-email'), application: { ...OPEN_APPLICATION, url: undefined, email: M } },
  'form.endpoint': {
    ...base('form-endpoint'),
    application: { ...OPEN_APPLICATION, form: { endpoint: M, fields: [{ name: 'a', type: 'text', label: 'A' }], privacy: PRIVACY } },
  },
  'privacy.policyUrl': {
    ...base('privacy-url'),
    application: {
      ...OPEN_APPLICATION,
      form: form([{ name: 'a', type: 'text', label: 'A' }], { privacy: { controller: 'U', purpose: 'P', retention: 'R', policyUrl: M } }),
    },
  },
};

/** A copy of `template` with `value` for every marker; `count` says how many places took it. */
function place(template: unknown, value: string, id: string): { item: Record<string, unknown>; count: number } {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!v.includes(M)) return v;
      count++;
      return v.split(M).join(value);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = walk(x);
      return out;
    }
    return v;
  };
  const item = walk(template) as Record<string, unknown>;
  if (item.id !== value) item.id = id;
  return { item, count };
}

interface Corpus {
  raw: Record<string, unknown>[];
  placements: number;
  byGroup: Record<string, number>;
}

function corpus(payloads: Payload[]): Corpus {
  const raw: Record<string, unknown>[] = [];
  let placements = 0;
  const byGroup: Record<string, number> = {};
  const add = (group: string, template: unknown, p: Payload) => {
    const { item, count } = place(template, p.text, `${group}-${p.n}`);
    raw.push(item);
    placements += count;
    byGroup[group] = (byGroup[group] ?? 0) + count;
  };
  for (const p of payloads) {
    add('text', TEXT_TEMPLATE, p);
    for (const [group, t] of Object.entries(NARROW_TEMPLATES)) add(group, t, p);
    for (const [group, t] of Object.entries(URL_TEMPLATES)) add(group, t, p);
  }
  return { raw, placements, byGroup };
}

const feedOf = (opportunities: unknown[]) => ({ version: '1', title: 'Hostile feed', language: 'en', opportunities });

// ---------- rendering ----------

let stage: HTMLElement;
const NOW_DATE = new Date(NOW);

async function show(template: unknown): Promise<void> {
  render(template, stage);
  await settled(stage);
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Render each item in a detail, wait for DOMPurify's fragment, open every form, wait for the forms. */
async function renderDetails(list: Opportunity[], what: string): Promise<{ details: number; forms: number; descriptions: number }> {
  let details = 0;
  let forms = 0;
  let descriptions = 0;
  for (const batch of chunks(list, 40)) {
    await show(html`${batch.map((o) => html`<opp-detail .opportunity=${o} now=${NOW} closable></opp-detail>`)}`);
    const els = [...stage.querySelectorAll<OppDetail>('opp-detail')];
    details += els.length;
    const withDescription = els.filter((d) => d.opportunity?.description);
    await waitUntil(
      () => withDescription.every((d) => d.shadowRoot!.querySelector('[part~="description"] .prose')),
      `${what}: descriptions were not sanitised`,
      { timeout: 10_000 },
    );
    descriptions += withDescription.length;
    const opened: OppDetail[] = [];
    for (const d of els) {
      const b = d.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="apply-button"]');
      if (b) {
        b.click();
        opened.push(d);
      }
    }
    await waitUntil(
      () => opened.every((d) => d.shadowRoot!.querySelector('opp-apply')?.querySelector('form')),
      `${what}: forms did not open`,
      { timeout: 10_000 },
    );
    forms += opened.length;
    await settled(stage);
    await assertClean(stage, what);
  }
  return { details, forms, descriptions };
}

async function renderCards(list: Opportunity[], what: string): Promise<number> {
  let n = 0;
  for (const batch of chunks(list, 400)) {
    await show(html`${batch.map((o) => html`<opp-card .opportunity=${o} now=${NOW}></opp-card>`)}`);
    n += stage.querySelectorAll('opp-card').length;
    await assertClean(stage, what);
  }
  return n;
}

async function renderApply(list: Opportunity[], what: string): Promise<number> {
  let n = 0;
  for (const batch of chunks(list, 40)) {
    await show(
      html`${batch.map((o) => html`<opp-apply .opportunity=${o} .now=${NOW_DATE} no-draft min-fill-time="0"></opp-apply>`)}`,
    );
    n += stage.querySelectorAll('opp-apply').length;
    await assertClean(stage, what);
  }
  return n;
}

async function renderStats(list: Opportunity[], what: string): Promise<void> {
  await show(html`<opp-stats .opportunities=${list} now=${NOW} limit="50"></opp-stats>`);
  await waitUntil(() => stage.querySelector<OppStats>('opp-stats')!.controller.status === 'ready');
  await settled(stage);
  await assertClean(stage, what);
}

/** Everything the page would render for a feed's survivors. */
async function renderAll(list: Opportunity[], what: string) {
  const cards = await renderCards(list, `${what} / cards`);
  const d = await renderDetails(list, `${what} / details`);
  const applies = await renderApply(list, `${what} / apply`);
  await renderStats(list, `${what} / stats`);
  return { cards, ...d, applies };
}

/**
 * CSV through the built bundle: papaparse ships UMD only, which the test server cannot hand to the browser as a module
 * (rollup's commonjs plugin does it for the bundle). The bundle's client reads the CSV with the same `readFeed`; its
 * `fetch` option hands it the text directly (no service worker round trip for a file of several MB).
 * Needs dist/ (the test command builds it; alone: `npx rollup -c --silent`).
 */
async function readCsv(csv: string, defaults: Record<string, unknown>): Promise<{ opportunities: Opportunity[] }> {
  const distUrl = '/dist/opportunity-kit.js';
  const dist = (await import(/* @vite-ignore */ distUrl)) as typeof import('../../src/sdk/index.js');
  const url = new URL('/hostile/feed.csv', location.href).href;
  const fetchCsv = (async () => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })) as typeof fetch;
  const res = await dist.createClient({ feeds: [{ url, format: 'csv', defaults }], cache: false, retry: 0, fetch: fetchCsv }).load().catch((e) => {
    // Say why (a lazy chunk of a dist/ rebuilt under a running test is the usual reason).
    throw new Error(`${e} (cause: ${e?.cause})`);
  });
  return { opportunities: res.opportunities };
}

/** Hostile cells in every CSV column (rows with hostile URLs, which are refused, and text-only rows, which survive). */
function hostileCsv(): { csv: string; placements: number } {
  let placements = 0;
  const cols = ['id', 'kind', 'title', 'summary', 'description', 'url', 'provider.name', 'provider.city', 'provider.country', 'provider.url', 'location.city', 'contact.name', 'contact.phone', 'contact.url', 'fee.amount', 'fee.currency', 'fee.covers', 'learningOutcomes', 'recognition.note', 'tags', 'topics', 'image', 'application.deadline', 'application.url', 'application.email', 'application.form'];
  // A NUL byte makes the whole file "binary" for readFeed (by design), so CSV cells carry the payloads without it.
  const cell = (s: string) => `"${s.replace(/\u0000/g, '').replace(/"/g, '""')}"`;
  const csvRows = PAYLOADS.map((p) => {
    const x = p.text;
    const formJson = JSON.stringify(form([{ name: 'a', type: 'text', label: x, help: x }], { privacy: { controller: x, purpose: x, retention: x, policyUrl: 'https://www.ugent.be/p' } }));
    const values: Record<string, string> = {
      id: `csv-${p.n}`, kind: 'staff-week', title: x, summary: x, description: x, url: x, 'provider.name': x, 'provider.city': x,
      'provider.country': 'BE', 'provider.url': x, 'location.city': x, 'contact.name': x, 'contact.phone': x, 'contact.url': x,
      'fee.amount': '10', 'fee.currency': 'EUR', 'fee.covers': x, learningOutcomes: x, 'recognition.note': x, tags: x, topics: x,
      image: x, 'application.deadline': '2027-02-28', 'application.url': x, 'application.email': x, 'application.form': formJson,
    };
    placements += 25;
    return cols.map((c) => cell(values[c]!)).join(',');
  });
  // Text-only rows (URLs left valid) so the text cells survive even where a URL cell would sink the row.
  const csvTextRows = PAYLOADS.map((p) => {
    const x = p.text;
    placements += 16;
    const formJson = JSON.stringify(form([{ name: 'a', type: 'text', label: x, help: x }, { name: 'b', type: 'select', label: x, options: [{ value: x, label: x }] }]));
    return [`csvt-${p.n}`, 'staff-week', x, x, x, 'https://www.ugent.be', x, x, 'BE', '', x, x, '', '', '10', 'EUR', x, x, x, x, '', '', '2027-02-28', '', '', formJson].map(cell).join(',');
  });
  const csv = [cols.join(','), ...csvRows, ...csvTextRows].join('\r\n');
  return { csv, placements };
}
const CSV_DEFAULTS = { kind: 'staff-week', provider: { name: 'Ghent University', country: 'BE' }, application: { deadline: '2027-02-28' } };
const { csv: CSV_TEXT, placements: CSV_PLACEMENTS } = hostileCsv();
/** Read at the start of the suite: the bundle's lazy chunks are fetched while dist/ is surely the one built. */
let csvRead: Promise<{ opportunities: Opportunity[] }>;

// ---------- the suite ----------

describe('hostile content', function () {
  this.timeout(120_000);
  const built = corpus(PAYLOADS);
  const parsed = parseFeed(feedOf(built.raw));
  const survivors = parsed.opportunities;

  before(async () => {
    csvRead = readCsv(CSV_TEXT, CSV_DEFAULTS);
    csvRead.catch(() => undefined); // reported by the formats test
    await startWorker();
    stage = document.createElement('div');
    document.body.append(stage);
  });
  let totalFired = 0;
  afterEach(() => {
    // Each test answers for its own findings.
    totalFired += fired.length;
    fired.length = 0;
    errors.length = 0;
    render(html``, stage);
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
  });
  after(() => stage.remove());

  it('positive control: the trap and the deep check see a payload that does run', async () => {
    const host = document.createElement('div');
    stage.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><img src="/no-such-image.png" onerror="__xss(0)"><a href="javascript:void 0">x</a></p>';
    await waitUntil(() => fired.length > 0, 'the positive control did not fire');
    expect(fired).to.deep.equal(['0']);
    const found = violations(stage);
    expect(found.some((v) => v.includes('onerror'))).to.equal(true);
    expect(found.some((v) => v.includes('javascript:'))).to.equal(true);
    expect(found.some((v) => v.includes('<img> element'))).to.equal(true);
    host.remove();
    fired.length = 0;
  });

  it('the description allow-list keeps what it promises (links, table attributes) and nothing executable', async () => {
    const { sanitizeDescription } = await import('../../src/elements/detail/sanitize.js');
    const box = document.createElement('div');
    box.append(
      sanitizeDescription(
        '<table><tr><th scope="col" colspan="2" onclick="__xss(-1)" style="x">Day</th><td rowspan="3" title="t">x</td></tr></table>' +
          '<p><a href="https://www.ugent.be/p" onclick="__xss(-2)">p</a> <a href="mailto:a@ugent.be">m</a> <a href="javascript:__xss(-3)">j</a></p>' +
          '<frameset onload="__xss(-4)">',
      ),
    );
    stage.append(box);
    expect(box.querySelector('th')!.getAttribute('colspan')).to.equal('2');
    expect(box.querySelector('th')!.getAttribute('scope')).to.equal('col');
    expect(box.querySelector('td')!.getAttribute('rowspan')).to.equal('3');
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.ugent.be/p', 'mailto:a@ugent.be', null]);
    expect(box.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    // A description that parses without a <body> (a leading <frameset>) is an empty fragment, not an error.
    expect(sanitizeDescription('<frameset onload="__xss(-5)"><frame src="javascript:__xss(-6)"></frameset>').childNodes.length).to.equal(0);
    await assertClean(stage, 'allow-list');
    box.remove();
  });

  it('builds a corpus of at least 150 payloads of every kind', () => {
    expect(PAYLOADS.length).to.be.greaterThanOrEqual(150);
    const kinds = new Set(PAYLOADS.map((p) => p.kind));
    for (const k of ['script', 'handler', 'url', 'svg', 'mathml', 'mutation', 'css', 'frame', 'form', 'head', 'links', 'clobbering', 'template', 'encoded']) {
      expect(kinds.has(k), k).to.equal(true);
    }
    // What survives parsing is what a page gets: every text item must survive (text is text), URLs mostly not.
    const texts = survivors.filter((o) => o.id.startsWith('text-'));
    expect(texts.length, 'items with a payload in every text field').to.equal(PAYLOADS.length);
    for (const o of survivors) {
      for (const u of [o.url, o.image, o.provider.url, o.contact?.url, o.application?.url, o.application?.form?.endpoint, o.application?.form?.privacy?.policyUrl]) {
        if (u !== undefined) expect(u, `${o.id}: a URL field kept a non-http(s) URL`).to.match(/^https?:\/\//i);
      }
    }
    console.log(
      `hostile content: ${PAYLOADS.length} payloads × ${Object.keys(built.byGroup).length} item shapes = ${built.raw.length} items, ` +
        `${built.placements} payload placements (${Object.entries(built.byGroup).map(([g, n]) => `${g} ${n}`).join(', ')}); ` +
        `${survivors.length} items survived parseFeed (${parsed.issues.filter((i) => i.severity === 'error').length} errors reported)`,
    );
  });

  it('renders the survivors in cards, details (forms open), apply forms and stats without running anything', async () => {
    const t0 = performance.now();
    const r = await renderAll(survivors, 'parseFeed');
    console.log(
      `hostile content: ${built.placements} payload placements → ${survivors.length} items rendered as ${r.cards} cards, ` +
        `${r.details} details (${r.descriptions} sanitised descriptions, ${r.forms} forms opened), ${r.applies} <opp-apply>, 1 stats; ` +
        `${scanned} elements scanned, ${fired.length} fired, ${errors.length} errors (${Math.round(performance.now() - t0)} ms)`,
    );
  });

  it('hostile host attributes on cards and details (href, share-url, lang, now, heading-level, theme)', async () => {
    const o = survivors.find((x) => x.id === 'text-1')!;
    let n = 0;
    for (const batch of chunks(PAYLOADS, 60)) {
      await show(
        html`${batch.map(
          (p) =>
            html`<opp-card .opportunity=${o} href=${p.text} lang=${p.text} now=${p.text} heading-level=${p.text} theme=${p.text}></opp-card>
              <opp-detail .opportunity=${o} share-url=${p.text} now=${p.text} heading-level=${p.text}></opp-detail>`,
        )}`,
      );
      n += batch.length * 9;
      await assertClean(stage, 'host attributes');
    }
    console.log(`hostile content: ${n} host attribute placements, ${fired.length} fired`);
  });

  it('a finder over an msw-served hostile feed, its stats, and details opened from it', async () => {
    const url = feedUrl('hostile');
    worker.use(http.get(url, () => HttpResponse.json(feedOf(built.raw))));
    const statsUrl = feedUrl('hostile-stats');
    worker.use(http.get(statsUrl, () => HttpResponse.json(feedOf(built.raw))));
    await show(
      html`<opp-finder feed=${url} now=${NOW} no-url page-size="1000" .clientOptions=${{ retry: 0, cache: false }}></opp-finder>
        <opp-stats feed=${statsUrl} now=${NOW} limit="50" .clientOptions=${{ retry: 0, cache: false }}></opp-stats>`,
    );
    const finder = stage.querySelector<OppFinder>('opp-finder')!;
    const stats = stage.querySelector<OppStats>('opp-stats')!;
    await waitUntil(() => finder.controller.status === 'ready' && stats.controller.status === 'ready', 'hostile feed did not load', { timeout: 15_000 });
    await settled(stage);
    const cards = finder.shadowRoot!.querySelector('opp-results')!.shadowRoot!.querySelectorAll('opp-card').length;
    expect(cards, 'a card for every result').to.equal(finder.controller.result!.items.length);
    expect(cards, 'the hostile items are listed').to.be.greaterThan(PAYLOADS.length);
    await assertClean(stage, 'finder');
    // Open details in the finder: every shape of item, the description sanitised, the form opened.
    const groups = new Map<string, Opportunity[]>();
    for (const o of finder.controller.loaded) {
      const g = /^([a-z.-]+?)-\d+$/.exec(o.id)?.[1] ?? 'payload-as-id';
      groups.set(g, [...(groups.get(g) ?? []), o]);
    }
    const ids = [...groups.values()].flatMap((list) => list.slice(0, 8));
    for (const o of ids) {
      finder.controller.select(o.id);
      await settled(stage);
      // The finder renders its <opp-detail> once a detail has been opened.
      const detail = finder.shadowRoot!.querySelector<OppDetail>('opp-detail')!;
      expect(detail, 'the finder shows a detail').to.not.equal(null);
      if (o.description) await waitUntil(() => detail.shadowRoot!.querySelector('[part~="description"] .prose'), 'finder detail description');
      detail.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="apply-button"]')?.click();
      if (o.application?.form) await waitUntil(() => detail.shadowRoot!.querySelector('opp-apply')?.querySelector('form'), 'finder detail form');
      await assertClean(stage, `finder detail ${o.id}`);
      finder.controller.close();
    }
    // The visitor's search text is the payload: the count, chips and empty state show it as text.
    for (const p of PAYLOADS.slice(0, 60)) finder.controller.setText(p.text);
    await settled(stage);
    await assertClean(stage, 'finder search text');
    console.log(
      `hostile content: finder over ${built.raw.length} served items → ${finder.controller.loaded.length} loaded, ${cards} cards, ` +
        `${ids.length} details opened in place, 60 search texts; ${fired.length} fired`,
    );
  });

  it('hostile URL parameters restored by a URL-synced finder (q, facets, dates, sort, page, opp)', async () => {
    const list = survivors.filter((o) => o.id.startsWith('text-')).slice(0, 20);
    await show(html`<opp-finder .opportunities=${list} now=${NOW}></opp-finder>`);
    const finder = stage.querySelector<OppFinder>('opp-finder')!;
    await waitUntil(() => finder.controller.status === 'ready');
    let n = 0;
    for (const p of PAYLOADS) {
      const q = new URLSearchParams();
      const keys = ['q', 'kind', 'direction', 'provider', 'country', 'topic', 'field', 'audience', 'mode', 'language', 'status', 'from', 'to', 'sort', 'page', 'opp'];
      for (const k of keys) q.set(k, p.text);
      n += keys.length;
      history.replaceState(null, '', `${BASE.split('?')[0]}?${q}`);
      dispatchEvent(new PopStateEvent('popstate', { state: { oppFinder: true } }));
      await settled(stage);
    }
    await assertClean(stage, 'URL parameters');
    // One at a time for the opp= parameter, which opens a detail ("no longer listed").
    for (const p of PAYLOADS.slice(0, 40)) {
      history.replaceState(null, '', `${BASE.split('?')[0]}?opp=${encodeURIComponent(p.text)}&q=${encodeURIComponent(p.text)}`);
      dispatchEvent(new PopStateEvent('popstate', { state: { oppFinder: true } }));
      await settled(stage);
      n += 2;
    }
    await assertClean(stage, 'URL parameters (opp)');
    console.log(`hostile content: ${n} hostile URL parameter placements restored by a finder, ${fired.length} fired`);
  });

  it('application forms: field names that clobber form and object members still work, and hostile server answers stay text', async () => {
    // Every clobbering name as a field; all filled in, the form must send exactly those answers.
    const fields = CLOBBERING_NAMES.map((name) => ({ name, type: 'text', label: `Field ${name}`, required: true }));
    const raw = { ...base('clobber'), application: { ...OPEN_APPLICATION, form: form(fields, { consents: [{ name: 'valueOf2', label: 'OK' }] }) } };
    const o = parseFeed(feedOf([raw])).opportunities[0]!;
    expect(o, 'the form with clobbering names parses').to.not.equal(undefined);
    let attempts = 0;
    let bodies: Record<string, unknown>[] = [];
    const serverSays = PAYLOADS.slice(0, 30).map((p) => p.text);
    worker.use(
      http.post(ENDPOINT, async ({ request }) => {
        attempts++;
        bodies.push((await request.json()) as Record<string, unknown>);
        if (attempts === 1) return HttpResponse.json({ message: serverSays[0] }, { status: 503 });
        if (attempts === 2) {
          return HttpResponse.json(
            { message: serverSays[1], errors: Object.fromEntries([...CLOBBERING_NAMES.slice(0, 3), ...serverSays.slice(2, 12)].map((k, i) => [k, serverSays[i + 2]])) },
            { status: 422 },
          );
        }
        return HttpResponse.json({ message: serverSays[12], reference: serverSays[13] }, { status: 201 });
      }),
    );
    await show(html`<opp-apply .opportunity=${o} .now=${NOW_DATE} no-draft min-fill-time="0" retries="0" retry-delay="1"></opp-apply>`);
    const el = stage.querySelector<OppApply>('opp-apply')!;
    // The form's own members are clobbered by its fields (that is the point): query through <opp-apply> instead.
    expect(el.querySelector('form'), 'the form renders').to.not.equal(null);
    const inputNamed = (name: string) => [...el.querySelectorAll<HTMLInputElement>('form input')].find((i) => i.getAttribute('name') === name);
    for (const name of CLOBBERING_NAMES) {
      const input = inputNamed(name);
      expect(input, `an input for "${name}"`).to.not.equal(undefined);
      input!.value = `answer ${name}`;
      input!.dispatchEvent(new Event('input', { bubbles: true }));
      input!.dispatchEvent(new Event('blur'));
    }
    await settled(stage);
    // Nothing is in error before sending: no field looks invalid.
    const invalid = () => [...el.querySelectorAll('form [aria-invalid="true"]')].map((x) => x.getAttribute('name'));
    expect(invalid(), 'fields in error before Send').to.deep.equal([]);
    const send = () => el.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    send();
    await waitUntil(() => el.attemptState.status === 'error', 'first send did not fail', { timeout: 5000 });
    await settled(stage);
    const sent = JSON.stringify(bodies[0]);
    for (const name of CLOBBERING_NAMES) expect(sent, `answer for ${name} sent`).to.include(`answer ${name}`);
    // No field shows an error after Send when every answer is there.
    expect(invalid(), 'fields in error after Send').to.deep.equal([]);
    await assertClean(stage, 'apply: 503');
    // The Retry button re-sends the same application (the form's own requestSubmit, whatever the fields are named).
    const retry = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.classList.contains('opp-apply__button--secondary'));
    expect(retry, 'a Retry button').to.not.equal(undefined);
    retry!.click();
    await waitUntil(() => attempts === 2 && el.attemptState.status === 'error', 'Retry did not send again', { timeout: 5000 });
    await settled(stage);
    await assertClean(stage, 'apply: 422 with hostile messages');
    // The refused answers are corrected (which clears their server messages), then sent again.
    for (const name of CLOBBERING_NAMES.slice(0, 3)) {
      const input = inputNamed(name)!;
      input.value = `corrected ${name}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settled(stage);
    send();
    await waitUntil(() => el.attemptState.status === 'success', 'third send did not succeed', { timeout: 5000 });
    await settled(stage);
    await assertClean(stage, 'apply: success with hostile message and reference');
    expect(deepText(el)).to.include(serverSays[13]!.slice(0, 10));
    bodies = [];
    console.log(`hostile content: ${CLOBBERING_NAMES.length} clobbering field names, ${attempts} sends with hostile server answers; ${fired.length} fired`);
  });

  it('RSS, Atom, JSON-LD pages and CSV with hostile content, read by readFeed and rendered', async () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    // XML 1.0 forbids most C0 controls: a feed with them is not XML at all (the reader reports that), so strip them here.
    const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    const cdata = (s: string) => `<![CDATA[${xmlSafe(s).split(']]>').join(']]]]><![CDATA[>')}]]>`;
    const defaults = { kind: 'staff-week', provider: { name: 'Ghent University', country: 'BE' }, application: { deadline: '2027-02-28' } } as never;
    const t0 = performance.now();
    let placements = 0;

    const rssItems = PAYLOADS.map((p) => {
      placements += 7;
      const x = xmlSafe(p.text);
      return `<item><guid isPermaLink="false">rss-${p.n}</guid><title>${esc(x)}</title><link>${esc(x)}</link>
        <description>${esc(x)}</description><content:encoded>${cdata(x)}</content:encoded>
        <category>${esc(x)}</category><dc:subject>${esc(x)}</dc:subject><ev:location>${esc(x)}</ev:location>
        <ev:startdate>2027-05-10</ev:startdate><ev:enddate>2027-05-14</ev:enddate></item>`;
    }).join('\n');
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel><title>Hostile</title><link>https://www.ugent.be/</link>${rssItems}</channel></rss>`;
    const rssDescOnly = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>https://www.ugent.be/</link>${PAYLOADS.map((p) => {
      placements += 1;
      return `<item><guid isPermaLink="false">rss-desc-${p.n}</guid><title>Week ${p.n}</title><link>https://www.ugent.be/w/${p.n}</link><description>${cdata(p.text)}</description></item>`;
    }).join('')}</channel></rss>`;
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile</title><id>urn:x</id><updated>2026-11-20T10:00:00Z</updated>${PAYLOADS.map((p) => {
      placements += 4;
      const x = xmlSafe(p.text);
      return `<entry><id>atom-${p.n}</id><title type="html">${esc(x)}</title><link href="${esc(x)}"/><summary type="html">${esc(x)}</summary><content type="html">${esc(x)}</content><updated>2026-11-20T10:00:00Z</updated></entry>`;
    }).join('')}</feed>`;

    const ldEscape = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
    const ldNodes = PAYLOADS.map((p) => {
      placements += 9;
      return {
        '@type': 'Event',
        identifier: `ld-${p.n}`,
        name: p.text,
        description: p.text,
        url: p.text,
        image: p.text,
        startDate: '2027-05-10',
        endDate: '2027-05-14',
        organizer: { '@type': 'CollegeOrUniversity', name: p.text, url: p.text },
        location: { '@type': 'Place', name: p.text, address: { '@type': 'PostalAddress', addressLocality: p.text, addressCountry: 'BE' } },
      };
    });
    const page = `<!DOCTYPE html><html lang="en"><head><title>${esc(PAYLOADS[0]!.text)}</title><base href="javascript:__xss(9999)//">
      <script type="application/ld+json">${ldEscape({ '@context': 'https://schema.org', '@graph': ldNodes })}</script></head><body></body></html>`;
    // The raw form a careless page writes: "</script>" inside the JSON ends the script early. Still never runs.
    const careless = `<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': PAYLOADS.slice(0, 40).map((p) => ({ '@type': 'Event', identifier: `ldc-${p.n}`, name: p.text, description: p.text, startDate: '2027-05-10' })),
    })}</script></head><body></body></html>`;
    placements += 80;

    placements += CSV_PLACEMENTS;

    const results = await Promise.all([
      readFeed(rss, { format: 'rss', defaults, baseUrl: 'https://www.ugent.be/feed' }),
      readFeed(rssDescOnly, { format: 'rss', defaults }),
      readFeed(atom, { format: 'atom', defaults, baseUrl: 'https://www.ugent.be/feed' }),
      readFeed(page, { format: 'html', defaults, baseUrl: 'https://www.ugent.be/page' }),
      readFeed(careless, { format: 'html', defaults }),
      csvRead,
    ]);
    const names = ['RSS', 'RSS descriptions', 'Atom', 'JSON-LD', 'careless JSON-LD', 'CSV'];
    const all: Opportunity[] = [];
    const seen = new Set<string>();
    results.forEach((r, i) => {
      for (const o of r.opportunities) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        all.push(o);
      }
      console.log(`hostile content: ${names[i]}: ${r.opportunities.length} items survived readFeed`);
    });
    expect(all.length, 'items survived the format readers').to.be.greaterThan(PAYLOADS.length);
    const r = await renderAll(all, 'formats');
    console.log(
      `hostile content: formats: ${placements} payload placements → ${all.length} items rendered as ${r.cards} cards, ${r.details} details ` +
        `(${r.descriptions} descriptions, ${r.forms} forms), ${r.applies} <opp-apply>; ${fired.length} fired (${Math.round(performance.now() - t0)} ms)`,
    );
  });

  after(() => {
    console.log(`hostile content: total ${scanned} elements scanned, ${totalFired} fired`);
  });
});
