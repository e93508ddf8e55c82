/**
 * Property tests for the tolerant reader: `parseFeed` / `parseOpportunity` on arbitrary values and on mutated valid
 * feeds, and `readFeed` on every format written by the project's own writers and then damaged.
 *
 * Invariants: never throws or rejects, always well-formed results, every item that is valid on its own is kept (same
 * ids, same order, minus repeated ids), every invalid item is reported with its index (and id), the input is not
 * changed, and no built-in prototype is polluted. Seed 42, bounded runs, scaled by OPP_FUZZ_RUNS.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseFeed, parseOpportunity } from '../../src/sdk/feed/parse.js';
import type { FeedResult } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';
import { readFeed, toCsv, toICalendar, toJsonLd, FEED_FORMATS } from '../../src/formats/index.js';
import type { FeedFormat } from '../../src/formats/index.js';
import { runCli } from '../../src/formats/cli.js';
import { assertNoPollution, idArb, params, rawFeedArb, rawItemArb, stripUndefined, Tally } from './property-arbitraries.js';

/**
 * Issues other than the consistency warnings a valid item may get (deadline before opening or after the start,
 * more places left than places, a field of education ISCED-F does not list, a topic of the publisher's own): a
 * generated valid item has none.
 */
const CONSISTENCY = /^opportunities\[\d+\]\.(application\.deadline: '[^']*' is (before application\.opens|after the start)|application\.placesLeft: \d+ is more than|fields\[\d+\]: '\d+' is (not a field of education|'field unknown')|topics\[\d+\]: '[^']*' is not in the topic vocabulary)/;
const errorsOf = (issues: readonly { severity: string; message: string }[]) =>
  issues.filter((i) => i.severity === 'error' || !CONSISTENCY.test(i.message));

const tally = new Tally();
/** Valid items that a reader dropped (must stay 0) and invalid items it did not report (must stay 0). */
let lost = 0;
let unreported = 0;
after(() => console.log(tally.line('property-parse', `faults injected=${tally.get('mutations')}, lost: ${lost}, unreported: ${unreported}`)));

// ---------- invariants ----------
function assertWellFormed(r: FeedResult): void {
  assert.ok(r && typeof r === 'object', 'a result object');
  assert.ok(Array.isArray(r.opportunities), 'opportunities is an array');
  assert.ok(Array.isArray(r.issues), 'issues is an array');
  assert.ok(r.feed !== null && typeof r.feed === 'object', 'feed is an object');
  for (const i of r.issues) {
    assert.ok(Array.isArray(i.path), `issue path is an array: ${JSON.stringify(i)}`);
    for (const seg of i.path) assert.ok(typeof seg === 'string' || typeof seg === 'number', 'path segments are strings or numbers');
    assert.equal(typeof i.message, 'string');
    assert.ok(i.message.length > 0, 'issue message is not empty');
    assert.ok(i.severity === 'error' || i.severity === 'warning', `severity ${String(i.severity)}`);
    if (i.index !== undefined) assert.ok(Number.isInteger(i.index) && i.index >= 0, `index ${String(i.index)}`);
  }
  for (const o of r.opportunities) assert.ok(o && typeof o === 'object' && typeof o.id === 'string' && o.id !== '', 'items have ids');
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function trimmedId(raw: unknown): string | undefined {
  try {
    const id = isPlainRecord(raw) ? raw.id : undefined;
    return typeof id === 'string' ? id.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

let stringifyFails = 0;
function safeStringify(v: unknown): string | undefined {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
  } catch {
    stringifyFails++;
    return undefined;
  }
}

/**
 * parseFeed(input) against a model built from parseOpportunity, item by item: the oracle for "kept", "dropped and
 * reported" and "first id wins".
 */
function checkParseFeed(input: unknown): FeedResult {
  const before = safeStringify(input);
  let res: FeedResult;
  try {
    res = parseFeed(input);
  } catch (e) {
    assert.fail(`parseFeed threw: ${(e as Error)?.stack ?? String(e)}`);
  }
  assertWellFormed(res);
  assertNoPollution();
  if (before !== undefined) assert.equal(safeStringify(input), before, 'parseFeed must not change its input');

  let data: unknown = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    try {
      data = JSON.parse(text);
    } catch {
      assert.equal(res.opportunities.length, 0);
      assert.ok(res.issues.some((i) => i.severity === 'error' && i.path.length === 0), 'a JSON error is a feed-level error');
      return res;
    }
  }
  const items = isPlainRecord(data) ? data.opportunities : undefined;
  if (!Array.isArray(items)) {
    assert.equal(res.opportunities.length, 0, 'no opportunities array, no items');
    assert.ok(res.issues.some((i) => i.severity === 'error' && i.path.length === 0), 'a feed-level error says why');
    return res;
  }
  const expected: string[] = [];
  const expectedObjects: Opportunity[] = [];
  const seen = new Set<string>();
  const errorsAt = new Map<number, string[]>();
  for (const i of res.issues) {
    if (i.severity === 'error' && i.index !== undefined) errorsAt.set(i.index, [...(errorsAt.get(i.index) ?? []), i.id ?? '']);
  }
  for (let index = 0; index < items.length; index++) {
    const one = parseOpportunity(items[index], index, res.feed.language);
    tally.add('items');
    if (one.opportunity) {
      if (!seen.has(one.opportunity.id)) {
        seen.add(one.opportunity.id);
        expected.push(one.opportunity.id);
        expectedObjects.push(one.opportunity);
      } else if (!errorsAt.has(index)) {
        unreported++;
        assert.fail(`duplicate id '${one.opportunity.id}' at opportunities[${index}] was not reported`);
      }
    } else {
      assert.ok(one.issues.length > 0, 'an invalid item explains itself');
      if (!errorsAt.has(index)) {
        unreported++;
        assert.fail(`invalid opportunities[${index}] was not reported with its index: ${JSON.stringify(one.issues)}`);
      }
      const id = trimmedId(items[index]);
      if (id) assert.ok(errorsAt.get(index)!.every((x) => x === id), `issues of opportunities[${index}] carry its id '${id}'`);
    }
  }
  const got = res.opportunities.map((o) => o.id);
  const missing = expected.filter((id) => !got.includes(id)).length;
  lost += missing;
  assert.deepEqual(got, expected, 'every valid item kept, in order, first of each id');
  assert.deepEqual(res.opportunities, expectedObjects, 'kept items equal parseOpportunity of the same raw item');
  tally.add('kept', got.length);
  return res;
}

// ---------- mutations of valid feeds ----------
const OPS = [
  'delete', 'replace', 'retype', 'unicode', 'huge', 'deep', 'proto', 'whitespace', 'case', 'null', 'number-edge',
  'dup-item', 'same-id', 'swap',
] as const;
type Op = (typeof OPS)[number];
interface Mutation {
  op: Op;
  at: number;
  value: unknown;
  text: string;
  n: number;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...OPS),
  at: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\u200b', '\ufeff', '\u2028', 'e\u0301', '🎓', '\uffff', '\\', '"', '</script>'),
  ),
  n: fc.nat(5),
});

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;
const EDGE_NUMBERS = [NaN, Infinity, -Infinity, -0, 1e308, -1, 1.5, 2 ** 53 + 1, Number.MIN_VALUE];

/** Every (parent, key) in the tree, to a bounded depth. */
function slots(root: unknown, depth = 0, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (depth > 12 || root === null || typeof root !== 'object') return out;
  if (Array.isArray(root)) {
    root.forEach((v, i) => {
      out.push([root, i]);
      slots(v, depth + 1, out);
    });
  } else {
    for (const k of Object.keys(root)) {
      out.push([root as Record<string, unknown>, k]);
      slots((root as Record<string, unknown>)[k], depth + 1, out);
    }
  }
  return out;
}

function retype(v: unknown): unknown {
  if (typeof v === 'string') return v.length ? v.length : false;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return v === null ? {} : null;
}

function mapStrings(v: unknown, f: (s: string) => string, depth = 0): unknown {
  if (typeof v === 'string') return f(v);
  if (depth > 20) return v;
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f, depth + 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f, depth + 1)]));
  return v;
}

/** A copy where possible (a 2,000-level nesting is shared instead: copying it would overflow the test's stack). */
function copy<T>(v: T): T {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

function mutate(feed: Record<string, unknown>, m: Mutation): void {
  const all = slots(feed);
  if (all.length === 0) return;
  const [parent, key] = all[m.at % all.length]!;
  const cur = (parent as Record<string | number, unknown>)[key];
  const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v);
  const items = Array.isArray(feed.opportunities) ? (feed.opportunities as unknown[]) : undefined;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key as string];
      break;
    case 'replace':
      set(m.value);
      break;
    case 'retype':
      set(retype(cur));
      break;
    case 'unicode':
      if (typeof cur === 'string') {
        const at = m.n % (cur.length + 1);
        set(cur.slice(0, at) + m.text + cur.slice(at));
      } else set(m.text);
      break;
    case 'huge': {
      const unit = typeof cur === 'string' && cur ? cur : 'Ł\u0301x ';
      set(unit.repeat(Math.ceil((50_000 + m.n * 30_000) / unit.length)));
      break;
    }
    case 'deep': {
      let x: unknown = cur ?? 1;
      for (let i = 0; i < 1000 + m.n * 500; i++) x = i % 2 ? [x] : { a: x };
      set(x);
      break;
    }
    case 'proto': {
      const target = cur && typeof cur === 'object' && !Array.isArray(cur) ? cur : parent;
      const evil = { polluted: 'yes', kind: 'course', id: 'evil', title: 'Evil', provider: { name: 'Evil' }, prototype: { polluted: 'yes' } };
      Object.defineProperty(target, PROTO_KEYS[m.n % PROTO_KEYS.length]!, { value: evil, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'whitespace':
      set(mapStrings(cur, (s) => ['  ', '\t', '\u00a0', '\n', '\u3000'][m.n % 5] + s + ['  ', '\r\n', '\u2003'][m.n % 3]));
      break;
    case 'case':
      set(mapStrings(cur, (s) => (m.n % 2 ? s.toUpperCase() : s.toLowerCase())));
      break;
    case 'null':
      set(null);
      break;
    case 'number-edge':
      set(EDGE_NUMBERS[m.n % EDGE_NUMBERS.length]);
      break;
    case 'dup-item':
      if (items?.length) items.splice(m.n % (items.length + 1), 0, copy(items[m.at % items.length]));
      break;
    case 'same-id':
      if (items && items.length > 1) {
        const a = items[m.at % items.length];
        const b = items[m.n % items.length];
        if (isPlainRecord(a) && isPlainRecord(b)) a.id = b.id;
      }
      break;
    case 'swap':
      if (items && items.length > 1) {
        const i = m.at % items.length;
        const j = m.n % items.length;
        [items[i], items[j]] = [items[j], items[i]];
      }
      break;
  }
}

describe('parseFeed: arbitrary input', () => {
  it('never throws on arbitrary JSON values (as values and as text)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        tally.add('json-values');
        checkParseFeed(v);
        checkParseFeed(JSON.stringify(v));
      }),
      params(300),
    );
  });

  it('never throws on arbitrary JavaScript values (maps, sets, boxed values, null prototypes, sparse arrays, bigint)', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (v) => {
        tally.add('js-values');
        checkParseFeed(v);
      }),
      params(300),
    );
  });

  it('keeps every valid item of a feed whose items and envelope are arbitrary values', () => {
    const anyItem = fc.oneof(
      { weight: 3, arbitrary: rawItemArb(idArb) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    );
    const envelope = fc.record(
      {
        version: fc.oneof(fc.constant('1'), fc.anything({ maxDepth: 1 })),
        title: fc.anything({ maxDepth: 1 }),
        language: fc.oneof(fc.constantFrom('en', 'nl', 'xx-invalid-', 'EN'), fc.anything({ maxDepth: 1 })),
        publisher: fc.anything({ maxDepth: 2 }),
        opportunities: fc.array(anyItem, { maxLength: 10 }),
      },
      { requiredKeys: ['opportunities'] },
    );
    fc.assert(
      fc.property(envelope, fc.boolean(), (feed, asText) => {
        tally.add('mixed-feeds');
        const text = asText ? safeStringify(feed) : undefined;
        checkParseFeed(text ?? feed);
      }),
      params(300),
    );
  });

  it('survives exotic values: throwing getters, proxies, cycles, frozen objects, symbols', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cyclic: Record<string, unknown> = { id: 'cyc', kind: 'course', provider: { name: 'P' } };
    cyclic.title = { en: 'Cycle', self: cyclic };
    cyclic.self = cyclic;
    let flips = 0;
    const exotic: unknown[] = [
      { get id() { throw new Error('getter'); }, kind: 'course' },
      Object.defineProperty({ id: 'g', title: 'T', provider: { name: 'P' } }, 'kind', { get: () => (flips++ % 2 ? 'course' : 'nope'), enumerable: true }),
      revoked.proxy,
      new Proxy({}, { ownKeys() { throw new Error('ownKeys'); }, get() { throw new Error('get'); } }),
      cyclic,
      Object.freeze({ id: 'frozen', kind: 'course', title: 'Frozen', provider: Object.freeze({ name: 'P' }) }),
      { [Symbol('id')]: 'x', id: 'sym', kind: 'course', title: 'S', provider: { name: 'P' } },
      Object.assign(Object.create({ kind: 'course', title: 'inherited', provider: { name: 'P' } }), { id: 'inherits' }),
      JSON.parse('{"__proto__": {"kind": "course", "title": "T", "provider": {"name": "P"}}, "id": "proto-only"}'),
      { id: 'x'.repeat(600), kind: 'course', title: 'Long id', provider: { name: 'P' } },
    ];
    for (const item of exotic) {
      tally.add('exotic');
      for (const wrap of [
        { version: '1', opportunities: [item] },
        { version: '1', opportunities: [{ id: 'ok', kind: 'course', title: 'OK', provider: { name: 'P' } }, item] },
      ]) {
        const r = parseFeed(wrap);
        assertWellFormed(r);
        assert.ok(r.opportunities.every((o) => typeof o.id === 'string'));
        if (wrap.opportunities.length === 2) assert.equal(r.opportunities[0]?.id, 'ok', 'a valid neighbour is kept');
      }
      const feedLevel = parseFeed(item);
      assertWellFormed(feedLevel);
      assertNoPollution();
    }
    // A feed whose envelope is exotic
    for (const env of [revoked.proxy, new Proxy({}, { get() { throw new Error('get'); } }), cyclic]) {
      tally.add('exotic');
      assertWellFormed(parseFeed(env));
    }
    // An item that only inherits its fields is not valid on its own: parseFeed must not read inherited fields either.
    const inherits = parseFeed({ version: '1', opportunities: [exotic[7], exotic[8]] });
    assert.deepEqual(inherits.opportunities.map((o) => o.id), parseOpportunity(exotic[7], 0).opportunity ? ['inherits'] : []);
  });
});

describe('parseFeed: mutated valid feeds', () => {
  it('generated valid items are valid (the generator agrees with FEED-FORMAT.md) and parsing is idempotent', () => {
    fc.assert(
      fc.property(rawItemArb(idArb), (raw) => {
        tally.add('valid-items');
        const before = JSON.stringify(raw);
        const one = parseOpportunity(raw, 0);
        assert.deepEqual(errorsOf(one.issues), [], `a valid item: ${before}`);
        assert.equal(JSON.stringify(raw), before, 'parseOpportunity must not change its input');
        // A parsed opportunity is a valid raw item that parses to itself.
        const again = parseOpportunity(structuredClone(one.opportunity), 0);
        assert.deepEqual(again.opportunity, one.opportunity);
      }),
      params(300),
    );
  });

  it('keeps every item that is valid on its own and reports every other one, after any mutation', () => {
    fc.assert(
      fc.property(rawFeedArb(10), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), fc.constantFrom('object', 'text', 'bom-text'), (feed, mutations, as) => {
        tally.add('mutated-feeds');
        const f = structuredClone(feed) as Record<string, unknown>;
        for (const m of mutations) mutate(f, m);
        tally.add('mutations', mutations.length);
        if (as === 'object') checkParseFeed(f);
        else {
          const text = safeStringify(f);
          if (text !== undefined) checkParseFeed(as === 'bom-text' ? '\ufeff' + text : text);
        }
      }),
      params(250),
    );
  });

  it('never lets prototype keys in a feed pollute prototypes or invent fields', () => {
    const keyArb = fc.constantFrom(...PROTO_KEYS);
    fc.assert(
      fc.property(rawFeedArb(4), keyArb, fc.nat(), fc.boolean(), (feed, key, at, onItem) => {
        tally.add('proto-feeds');
        const evil = '{"polluted":"yes","isAdmin":true,"kind":"course","prototype":{"polluted":"yes"}}';
        let text = JSON.stringify(feed);
        // Inject `"<key>": {...}` as raw JSON text, so JSON.parse creates an own property named `__proto__`.
        const items = feed.opportunities as unknown[];
        if (onItem && items.length) {
          const marker = `"id":${JSON.stringify((items[at % items.length] as { id: string }).id)}`;
          text = text.replace(marker, `"${key}":${evil},${marker}`);
        } else text = `{"${key}":${evil},` + text.slice(1);
        checkParseFeed(text);
        checkParseFeed(JSON.parse(text));
      }),
      params(150),
    );
  });
});

describe('readFeed with defaults: prototype keys', () => {
  /** The documented merge (`defaults` under each item, the item wins), over own properties only. */
  const mergeModel = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base;
    if (!isPlainRecord(base) || !isPlainRecord(over)) return over;
    const out: Record<string, unknown> = { ...base };
    for (const k of Object.keys(over)) {
      const merged = mergeModel(Object.hasOwn(base, k) ? base[k] : undefined, over[k]);
      Object.defineProperty(out, k, { value: merged, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  it('a "__proto__" key in an item never supplies fields the item does not have', async () => {
    const keyArb = fc.constantFrom(...PROTO_KEYS);
    const defaultsArb = fc.constantFrom<Record<string, unknown>>(
      { provider: { name: 'Default University' } },
      { kind: 'other' },
      { kind: 'other', provider: { name: 'D', country: 'BE' } },
      JSON.parse('{"__proto__": {"kind": "course"}, "provider": {"name": "D"}}'),
    );
    await fc.assert(
      fc.asyncProperty(rawFeedArb(4), keyArb, fc.nat(), fc.subarray(['kind', 'title', 'provider'] as const), defaultsArb, async (feed, key, at, hide, defaults) => {
        tally.add('proto-defaults');
        const items = feed.opportunities as Record<string, unknown>[];
        if (items.length) {
          // Move some required fields of one item under the prototype key.
          const item = items[at % items.length]!;
          const hidden: Record<string, unknown> = {};
          for (const f of hide) {
            hidden[f] = item[f];
            delete item[f];
          }
          Object.defineProperty(item, key, { value: hidden, enumerable: true, writable: true, configurable: true });
        }
        const text = JSON.stringify(feed);
        const res = await checkReadFeed(text, { format: 'json', defaults: defaults as never });
        const raws = (JSON.parse(text).opportunities as unknown[]).map((o) => mergeModel(defaults, o));
        const expected: string[] = [];
        raws.forEach((raw, i) => {
          const id = parseOpportunity(raw, i).opportunity?.id;
          if (id !== undefined && !expected.includes(id)) expected.push(id);
        });
        assert.deepEqual(res.opportunities.map((o) => o.id), expected);
      }),
      params(150),
    );
  });

  it("the command line's --default never writes to Object.prototype", async () => {
    const feedText = JSON.stringify({ version: '1', opportunities: [{ id: 'a', title: 'A', provider: { name: 'P' } }] });
    for (const pair of ['__proto__.polluted=yes', '__proto__.kind=course', 'constructor.prototype.polluted=yes', 'provider.__proto__.polluted=yes']) {
      tally.add('cli-defaults');
      let out = '';
      const io = {
        stdout: { write: (s: string) => void (out += s) },
        stderr: { write: (s: string) => void (out += s) },
        readFile: async () => new TextEncoder().encode(feedText),
        fetch: async () => new Response('nope', { status: 404 }),
      };
      await runCli(['validate', 'feed.json', '--default', pair, '--json'], io as never);
      assertNoPollution();
      assert.ok(out.length > 0);
    }
  });
});

// ---------- readFeed: every format, damaged ----------
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES: { format: FeedFormat; text: string }[] = [
  { format: 'csv', text: readFileSync(join(here, '../fixtures/formats/folkhogskola.csv'), 'utf8') },
  { format: 'ics', text: readFileSync(join(here, '../fixtures/formats/university.ics'), 'utf8') },
  { format: 'rss', text: readFileSync(join(here, '../fixtures/formats/wordpress.rss'), 'utf8') },
  { format: 'atom', text: readFileSync(join(here, '../fixtures/formats/atom.xml'), 'utf8') },
  { format: 'html', text: readFileSync(join(here, '../fixtures/formats/page.html'), 'utf8') },
];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const first = (t: Record<string, string> | undefined) => (t ? Object.values(t)[0] ?? '' : '');

/** A feed in a format, written by the project's writers (CSV, iCalendar, JSON-LD) or a plain template (RSS, Atom). */
function write(format: FeedFormat, raw: Record<string, unknown>, parsed: Opportunity[], n: number): string {
  switch (format) {
    case 'json':
      return JSON.stringify(raw, null, n % 3);
    case 'csv':
      return toCsv(parsed, { delimiter: ([',', ';', '\t'] as const)[n % 3], bom: n % 2 === 0, newline: n % 4 < 2 ? '\r\n' : '\n' });
    case 'ics':
      return toICalendar(parsed, { now: '2026-11-20T10:00:00Z', name: 'Weeks, "all"; of them' });
    case 'html': {
      const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': parsed.map((o) => toJsonLd(o, { context: false })) });
      return `<!DOCTYPE html><html><head><title>x</title><script type="application/ld+json">${graph.replace(/</g, '\\u003c')}</script></head><body><p>Hi</p></body></html>`;
    }
    case 'rss':
      return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title><link>https://www.ugent.be</link>${parsed
        .map(
          (o) =>
            `<item><title>${xml(first(o.title))}</title><link>${xml(o.url ?? 'https://www.ugent.be/x')}</link><guid isPermaLink="false">${xml(o.id)}</guid>` +
            `<category>${xml(o.kind)}</category><description><![CDATA[${first(o.description ?? o.summary)}]]></description><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>`,
        )
        .join('')}</channel></rss>`;
    case 'atom':
      return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:feed</id><updated>2026-11-20T10:00:00Z</updated>${parsed
        .map(
          (o) =>
            `<entry><id>${xml(o.id)}</id><title type="text">${xml(first(o.title))}</title><link href="${xml(o.url ?? 'https://www.ugent.be/x')}"/>` +
            `<updated>2026-11-20T10:00:00Z</updated><category term="${xml(o.kind)}"/><summary type="html">${xml(first(o.summary ?? o.title))}</summary></entry>`,
        )
        .join('')}</feed>`;
  }
}

const TEXT_OPS = ['truncate', 'flip', 'insert', 'delete-range', 'duplicate-range', 'replace-char'] as const;
const INSERTS = [
  ',', ';', '\t', '"', '""', "'", '\r\n', '\n', '\r', ' \r\n ', '<', '>', '&', '&amp', '</script>', ']]>', '<![CDATA[', '<!--',
  'BEGIN:VEVENT\r\n', 'END:VCALENDAR\r\n', 'BEGIN:VCALENDAR\r\n', '\\', '{', '}', '[', ']', ':', '\u2028', '\ufeff', '\u0000', '\ud800',
  '=cmd|', '|', 'DTSTART:99999999T999999Z\r\n', '<item>', '</entry>', '{"@type":"Event"}',
];
const textMutationArb = fc.record({ op: fc.constantFrom(...TEXT_OPS), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat(40), insert: fc.constantFrom(...INSERTS), code: fc.nat(0xffff) });
type TextMutation = typeof textMutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, m: TextMutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'flip': {
      const c = text.charCodeAt(at);
      return Number.isNaN(c) ? text : text.slice(0, at) + String.fromCharCode(c ^ (1 << (m.code % 16))) + text.slice(at + 1);
    }
    case 'insert':
      return text.slice(0, at) + m.insert.repeat(1 + (m.len % 3)) + text.slice(at);
    case 'delete-range':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate-range':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'replace-char':
      return text.slice(0, at) + String.fromCharCode(m.code) + text.slice(at + 1);
  }
}

async function checkReadFeed(text: string, options: Parameters<typeof readFeed>[1]): Promise<FeedResult> {
  let res: FeedResult;
  try {
    res = await readFeed(text, options);
  } catch (e) {
    assert.fail(`readFeed rejected (${options?.format ?? 'detected'}): ${(e as Error)?.stack ?? String(e)}`);
  }
  assertWellFormed(res);
  assertNoPollution();
  // What a reader returns is a valid opportunity: it parses again to itself.
  for (const o of res.opportunities) {
    const again = parseOpportunity(structuredClone(o), 0);
    // Warnings about what a valid item says (a deadline after the start, …) do not make it invalid.
    assert.deepEqual(errorsOf(again.issues), [], `readFeed returned an invalid opportunity: ${JSON.stringify(o).slice(0, 500)}`);
  }
  return res;
}

const DEFAULTS = { kind: 'other', provider: { name: 'Ghent University', country: 'BE' } } as const;

describe('readFeed: every format, written then damaged', () => {
  it('reads back what the writers wrote (JSON exactly, CSV exactly, iCalendar and JSON-LD by id)', async () => {
    const prune = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(prune);
      if (!isPlainRecord(v)) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const p = prune(x);
        if (p && typeof p === 'object' && Object.keys(p).length === 0) continue;
        out[k] = p;
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(rawFeedArb(6), fc.nat(11), async (raw, n) => {
        tally.add('round-trips');
        const parsed = parseFeed(raw).opportunities;
        const json = await checkReadFeed(write('json', raw, parsed, n), {});
        assert.deepEqual(json.opportunities, parsed, 'JSON');
        // CSV: the list separator `|` has no escape, so a list entry holding `|` cannot survive (documented).
        if (!parsed.some((o) => [...(o.tags ?? [])].some((t) => t.includes('|')))) {
          const csv = await checkReadFeed(write('csv', raw, parsed, n), { format: 'csv' });
          // A spreadsheet has no empty objects or lists: compare without them.
          assert.deepEqual(prune(csv.opportunities), prune(parsed), 'CSV');
        }
        const ics = await checkReadFeed(write('ics', raw, parsed, n), { defaults: DEFAULTS });
        assert.deepEqual(ics.opportunities.map((o) => o.id), parsed.filter((o) => o.start).map((o) => o.id), 'iCalendar');
        // JSON-LD: good practice is written as CreativeWork, which the reader does not take from a page.
        const html = await checkReadFeed(write('html', raw, parsed, n), {});
        assert.deepEqual(html.opportunities.map((o) => o.id), parsed.filter((o) => o.kind !== 'good-practice').map((o) => o.id), 'JSON-LD');
      }),
      params(60),
    );
  });

  it('resolves with a well-formed result for any damage, in every format, detected or forced', async () => {
    const source = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...FEED_FORMATS), rawFeedArb(5), fc.nat(11)).map(([format, raw, n]) => ({ format, text: write(format, raw, parseFeed(raw).opportunities, n) })) },
      { weight: 1, arbitrary: fc.constantFrom(...FIXTURES) },
    );
    await fc.assert(
      fc.asyncProperty(
        source,
        fc.array(textMutationArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<'detect' | 'same' | 'other'>('detect', 'same', 'other'),
        fc.constantFrom(...FEED_FORMATS),
        fc.boolean(),
        async ({ format, text }, mutations, how, other, withDefaults) => {
          tally.add('damaged-texts');
          tally.add('mutations', mutations.length);
          let damaged = text;
          for (const m of mutations) damaged = mutateText(damaged, m);
          const options = {
            ...(how === 'same' ? { format } : how === 'other' ? { format: other } : {}),
            ...(withDefaults ? { defaults: DEFAULTS } : {}),
            baseUrl: 'https://www.ugent.be/feeds/',
          };
          await checkReadFeed(damaged, options);
        },
      ),
      params(200),
    );
  });

  it('never rejects on wrong argument types or unknown formats', async () => {
    const bad = fc.record({
      text: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })),
      format: fc.oneof(fc.constantFrom(...FEED_FORMATS), fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 0 })),
      defaults: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
      maxItems: fc.oneof(fc.constant(undefined), fc.integer({ min: -5, max: 5 }), fc.double()),
    });
    await fc.assert(
      fc.asyncProperty(bad, async ({ text, format, defaults, maxItems }) => {
        tally.add('bad-arguments');
        await checkReadFeed(text as string, stripUndefined({ format, defaults, maxItems }) as never);
      }),
      params(150),
    );
  });
});
