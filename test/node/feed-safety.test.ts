/**
 * parseFeed against hostile or odd input: prototype pollution, cyclic and deeply nested values, throwing getters,
 * and random values (it never throws).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed, parseOpportunity } from '../../src/sdk/feed/parse.js';
import type { FeedResult } from '../../src/sdk/feed/parse.js';
import { item, feed } from '../fixtures/feeds/helpers.js';

const PROTO_KEYS = ['polluted', 'isAdmin', 'toString2'];
const assertUnpolluted = () => {
  for (const k of PROTO_KEYS) {
    assert.equal(k in {}, false, `Object.prototype.${k} was set`);
    assert.equal(k in [], false, `Array.prototype.${k} was set`);
  }
  assert.equal(typeof ({} as { toString: unknown }).toString, 'function');
};

/** Every object in a result is a plain object or array, with no own `__proto__` and no polluted key. */
function assertClean(value: unknown, path = 'result'): void {
  if (value === null || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${path} has an unexpected prototype`);
  assert.equal(Object.hasOwn(value, '__proto__'), false, `${path} has an own __proto__`);
  for (const k of PROTO_KEYS) assert.equal(k in value, false, `${path}.${k}`);
  for (const [k, v] of Object.entries(value)) assertClean(v, `${path}.${k}`);
}

describe('prototype pollution', () => {
  const payload = '{"polluted": true, "isAdmin": true, "toString2": 1}';
  const feedJson = `{
    "version": "1", "language": "en",
    "__proto__": ${payload},
    "constructor": { "prototype": ${payload} },
    "publisher": { "name": "P", "__proto__": ${payload} },
    "opportunities": [
      {
        "id": "a", "kind": "staff-week", "title": "Week",
        "__proto__": ${payload},
        "constructor": { "prototype": ${payload} },
        "prototype": ${payload},
        "provider": { "name": { "en": "U" }, "__proto__": ${payload}, "constructor": { "prototype": ${payload} } },
        "application": { "form": { "endpoint": "https://x.eu", "__proto__": ${payload},
          "fields": [ { "name": "a", "type": "text", "label": "A", "__proto__": ${payload} } ] } },
        "languages": [ { "lang": "en", "__proto__": ${payload} } ]
      }
    ]
  }`;

  it('__proto__, constructor and prototype keys in items and the envelope pollute nothing and are dropped', () => {
    const r = parseFeed(feedJson);
    assertUnpolluted();
    // Reported as fields the format does not know (warnings: the item is kept), and nothing else.
    assert.deepEqual(r.issues.filter((i) => i.severity !== 'warning' || !/: is not a field of the feed format and was ignored$/.test(i.message)), []);
    assert.ok(r.issues.some((i) => i.message === 'opportunities[0].__proto__: is not a field of the feed format and was ignored'));
    assert.equal(r.opportunities.length, 1);
    assertClean(r);
    assert.deepEqual(r.opportunities[0]!.provider, { name: { en: 'U' } });
  });

  it('also when the feed is an already parsed value with an own __proto__ key', () => {
    const r = parseFeed(JSON.parse(feedJson));
    assertUnpolluted();
    assertClean(r);
    assert.equal(r.opportunities.length, 1);
  });

  it('__proto__ and constructor as keys of a text map are reported, not used', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const r = parseFeed(`{"version":"1","opportunities":[{"id":"a","kind":"other","provider":{"name":"U"},
        "title":{"en":"x",${JSON.stringify(key)}:{"polluted":true}}}]}`);
      assertUnpolluted();
      assert.equal(r.opportunities.length, 0, key);
      assert.deepEqual(r.issues[0]!.path, ['opportunities', 0, 'title', key]);
      assert.match(r.issues[0]!.message, /is not a BCP 47 language tag/);
    }
  });

  it('a feed language or item language cannot name a prototype key', () => {
    const r = parseFeed({ version: '1', language: '__proto__', opportunities: [item({ language: 'constructor' })] });
    assertUnpolluted();
    assert.equal(r.opportunities.length, 0);
    assertClean(r);
  });
});

describe('odd already-parsed values', () => {
  it('cyclic feeds and items are read without looping', () => {
    const o: Record<string, unknown> = item({ id: 'a' });
    o.self = o;
    (o.provider as Record<string, unknown>).owner = o;
    o.tags = ['x'];
    const f: Record<string, unknown> = { version: '1', opportunities: [o, o] };
    f.me = f;
    (f.opportunities as unknown[]).push(f.opportunities);
    const r = parseFeed(f);
    assert.deepEqual(
      r.opportunities.map((x) => x.id),
      ['a'],
    );
    assert.deepEqual(
      r.issues.filter((i) => i.severity === 'error').map((i) => i.message),
      [
        "opportunities[1].id: 'a' is already used by opportunities[0]; ids must be unique (this item was dropped)",
        'opportunities[2]: expected object, got an array',
      ],
    );
    assert.doesNotThrow(() => JSON.stringify(r));
  });

  it('a value that refers to itself where a text or list is expected is reported', () => {
    const o: Record<string, unknown> = item({ id: 'a' });
    o.title = o;
    const tags: unknown[] = [];
    tags.push(tags);
    o.tags = tags;
    const r = parseFeed(feed(o));
    assert.equal(r.opportunities.length, 0);
    assert.ok(r.issues.length >= 2);
  });

  it('deeply nested arrays, as JSON or as values', () => {
    const depth = 100_000;
    const json = '{"version":"1","opportunities":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
    const r = parseFeed(json);
    assert.equal(r.opportunities.length, 0);
    assert.deepEqual(r.issues.map((i) => i.message), ['opportunities[0]: expected object, got an array']);

    let nested: unknown = 'x';
    for (let i = 0; i < depth; i++) nested = [nested];
    const r2 = parseFeed(feed(item({ id: 'a', tags: nested, unknown: nested }), item({ id: 'b', title: nested })));
    assert.equal(r2.opportunities.length, 0);
    assert.equal(r2.issues.filter((i) => i.severity === 'error').length, 2);
    assert.deepEqual(r2.issues.filter((i) => i.severity === 'warning').map((i) => i.message), [
      'opportunities[0].unknown: is not a field of the feed format and was ignored',
    ]);
  });

  it('throwing getters and revoked proxies give an issue, never an exception', () => {
    const bad = item({ id: 'a' });
    Object.defineProperty(bad, 'kind', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = parseFeed(feed(bad, item({ id: 'b' })));
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      ['b'],
    );
    assert.deepEqual(r.issues, [
      { path: ['opportunities', 0], severity: 'error', index: 0, id: 'a', message: 'opportunities[0]: could not be read (boom)' },
    ]);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(parseFeed(feed(proxy)).issues.length, 1);
    const feedProxy = Proxy.revocable({}, {});
    feedProxy.revoke();
    const r3 = parseFeed(feedProxy.proxy);
    assert.equal(r3.opportunities.length, 0);
    assert.deepEqual(r3.issues[0]!.path, []);
    assert.match(r3.issues[0]!.message, /^\(feed\): the feed could not be read/);

    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); }, get: () => { throw new Error('no get'); } });
    assert.equal(parseFeed(trap).opportunities.length, 0);
  });

  it('class instances, dates, maps and sets are not objects of the format', () => {
    const r = parseFeed(feed(item({ id: 'a', title: new Map([['en', 'x']]) }), item({ id: 'b', start: new Date() }), new Set()));
    assert.equal(r.opportunities.length, 0);
    assert.deepEqual([...new Set(r.issues.map((i) => i.index))], [0, 1, 2]);
    assert.deepEqual(r.issues[0]!.path, ['opportunities', 0, 'title']);
    assert.deepEqual(r.issues[1]!.path, ['opportunities', 1, 'start']);
  });
});

describe('never throws', () => {
  const fields = [
    'id', 'kind', 'direction', 'title', 'summary', 'description', 'language', 'url', 'provider', 'location', 'mode',
    'start', 'end', 'application', 'audience', 'topics', 'fields', 'languages', 'fee', 'funding', 'learningOutcomes',
    'recognition', 'contact', 'image', 'tags', 'status', 'feedback', 'updated', 'duration', 'volumeOfLearning',
    'learningSetting', 'eqfLevel', 'entryRequirements', '__proto__', 'constructor',
  ];
  const check = (r: FeedResult) => {
    assert.ok(Array.isArray(r.opportunities) && Array.isArray(r.issues));
    for (const i of r.issues) {
      assert.equal(typeof i.message, 'string');
      assert.ok(Array.isArray(i.path));
    }
    assertUnpolluted();
  };

  it('for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (v) => {
        check(parseFeed(v));
        check(parseFeed({ version: '1', opportunities: [v, v] }));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('for any JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => check(parseFeed(text))),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('for items made of the format fields with random values', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom('2027-05-10', 'https://x.eu', 'en', 'BE', 'staff-week', ''));
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom(...fields), anyValue), { maxLength: 5 }), (items) => {
        const r = parseFeed(JSON.stringify({ version: '1', opportunities: items }));
        check(r);
        // every item is either kept or reported
        const reported = new Set(r.issues.map((i) => i.index));
        assert.equal(r.opportunities.length + reported.size, items.length);
        for (let i = 0; i < items.length; i++) assert.doesNotThrow(() => parseOpportunity(items[i], i, 'en'));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
