/**
 * Broken input never crashes or hangs a reader: truncated files, wrong encodings, huge texts, binary data and
 * random mutations all end in a result with issues.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decodeText, FEED_FORMATS, readFeed } from '../../src/formats/index.js';
import type { FeedFormat, ReadFeedOptions } from '../../src/formats/index.js';
import type { FeedIssue, FeedResult } from '../../src/sdk/feed/parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = (name: string) => readFileSync(join(here, '../fixtures/formats', name));
const fixture = (name: string) => bytes(name).toString('utf8');
const errors = (r: { issues: FeedIssue[] }) => r.issues.filter((i) => i.severity === 'error');

const FIXTURES: [string, FeedFormat, ReadFeedOptions][] = [
  ['folkhogskola.csv', 'csv', {}],
  ['university.ics', 'ics', { defaults: { provider: { name: 'University of Helsinki' }, kind: 'other' } }],
  ['wordpress.rss', 'rss', { defaults: { provider: { name: 'UGR' }, kind: 'other' } }],
  ['atom.xml', 'atom', { defaults: { provider: { name: 'UGent' }, kind: 'other' } }],
  ['page.html', 'html', { baseUrl: 'https://www.kuleuven.be/learninglab/courses' }],
];

/** The shape every result has, whatever the input. */
function assertWellFormed(r: FeedResult): void {
  assert.ok(Array.isArray(r.opportunities));
  assert.ok(Array.isArray(r.issues));
  assert.equal(typeof r.feed, 'object');
  for (const i of r.issues) {
    assert.ok(Array.isArray(i.path));
    assert.equal(typeof i.message, 'string');
    assert.ok(i.message.length > 0);
    assert.ok(i.severity === 'error' || i.severity === 'warning');
  }
}

/** Deterministic pseudo-random bytes. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('truncated files', () => {
  it('every fixture cut at 25 places reads without throwing, keeping what is complete', async () => {
    for (const [name, format, options] of FIXTURES) {
      const text = fixture(name);
      const full = await readFeed(text, { ...options, format });
      for (let k = 1; k <= 25; k++) {
        const cut = text.slice(0, Math.floor((text.length * k) / 26));
        for (const opts of [{ ...options, format }, options]) {
          const r = await readFeed(cut, opts);
          assertWellFormed(r);
          assert.ok(r.opportunities.length <= full.opportunities.length + 1, `${name} cut ${k}`);
        }
      }
    }
  });

  it('a CSV cut inside a quoted cell reports the open quote', async () => {
    const text = fixture('folkhogskola.csv');
    const cut = text.slice(0, text.indexOf('Kahoot'));
    const r = await readFeed(cut);
    assert.ok(r.issues.some((i) => /^row 2 \(line 5\): a quoted cell is not closed/.test(i.message)));
    assert.equal(r.opportunities[0]!.id, 'vfhs-2027-skuggning-vard');
  });

  it('a JSON feed cut short reports the JSON error', async () => {
    const r = await readFeed('{"version":"1","opportunities":[{"id":"a"');
    assert.equal(r.opportunities.length, 0);
    assert.match(errors(r)[0]!.message, /not valid JSON/);
  });

  it('an HTML page cut inside its JSON-LD reports the block', async () => {
    const text = fixture('page.html');
    const r = await readFeed(text.slice(0, text.indexOf('"@type": "Course"')));
    assert.ok(errors(r).some((i) => /JSON-LD block 1 \(line 7\): is not valid JSON/.test(i.message)));
  });
});

describe('wrong encodings', () => {
  it('reads text with replacement characters and says the file is probably not UTF-8', async () => {
    const text = fixture('folkhogskola.csv').replace(/[åäö]/g, '\ufffd');
    const r = await readFeed(text);
    assert.equal(r.opportunities.length, 3);
    const w = r.issues.find((i) => /replacement characters/.test(i.message))!;
    assert.equal(w.severity, 'warning');
    assert.deepEqual(w.path, []);
    assert.match(w.message, /e\.g\. '.*\ufffd.*'.*save it as UTF-8/);
  });

  it('repairs UTF-8 that was read as Latin-1 / Windows-1252, with a warning', async () => {
    for (const [name, format, options] of FIXTURES) {
      const good = await readFeed(fixture(name), { ...options, format });
      for (const decoder of [new TextDecoder('latin1'), new TextDecoder('windows-1252')]) {
        const garbled = decoder.decode(bytes(name));
        assert.notEqual(garbled, fixture(name));
        const r = await readFeed(garbled, { ...options, format });
        assert.deepEqual(r.opportunities, good.opportunities, `${name} via ${decoder.encoding}`);
        assert.ok(r.issues.some((i) => i.severity === 'warning' && /read as Windows-1252\/Latin-1 \('.+'\); it was repaired/.test(i.message)));
      }
    }
  });

  it('warns about mojibake it cannot repair', async () => {
    const text = 'id,kind,title,provider.name\nx,course,GÃ¶teborg Ő,Uni\n';
    const r = await readFeed(text);
    assert.deepEqual(r.opportunities[0]!.title, { und: 'GÃ¶teborg Ő' });
    assert.ok(r.issues.some((i) => /looks like UTF-8 that was read as Windows-1252\/Latin-1 \('GÃ¶teborg'\)/.test(i.message)));
  });

  it('decodeText: BOMs, a declared charset, and Windows-1252 when the bytes are not UTF-8', () => {
    const cp = new Uint8Array([0x56, 0xe4, 0x73, 0x74, 0x65, 0x72, 0xe5, 0x73, 0x20, 0x96, 0x20, 0x93, 0x6b, 0x94]);
    const guessed = decodeText(cp);
    assert.equal(guessed.text, 'Västerås – “k”');
    assert.match(guessed.issues[0]!.message, /not valid UTF-8; it was read as Windows-1252/);
    assert.equal(decodeText(cp, 'text/csv; charset=windows-1252').issues.length, 0);
    assert.equal(decodeText(cp, 'text/csv; charset=windows-1252').text, 'Västerås – “k”');
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9])).text, 'hé');
    assert.equal(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00])).text, 'hé');
    assert.equal(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]).buffer).text, 'hé');
    assert.match(decodeText(new Uint8Array([0x68]), 'text/plain; charset=x-klingon').issues[0]!.message, /not known/);
  });
});

describe('huge and binary input', () => {
  it('a 50 MB text ends in issues, never a hang', async () => {
    const size = 50 * 1024 * 1024;
    const row = 'vfhs-x,course,Digital tools for SFI teachers,Västerås folkhögskola\r\n';
    let text = 'id,kind,title,provider.name\r\n' + row.repeat(Math.ceil(size / row.length));
    assert.ok(text.length >= size);
    let r = await readFeed(text);
    assertWellFormed(r);
    assert.equal(r.opportunities.length, 1);
    assert.ok(errors(r).some((i) => i.path.length === 0 && /more than 20000 rows; only the first 20000 were read/.test(i.message)));
    assert.ok(errors(r).some((i) => /row 2 \(line 3\): .*already used/.test(i.message)));

    text = 'lorem ipsum dolor '.repeat(Math.ceil(size / 18));
    r = await readFeed(text);
    assert.match(errors(r)[0]!.message, /not a JSON feed, CSV, iCalendar, RSS, Atom or HTML page/);
    r = await readFeed(text, { format: 'csv' });
    assert.match(errors(r)[0]!.message, /the first line is \d+ characters long, which is no header row/);

    text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:big\r\nSUMMARY:Big\r\nDESCRIPTION:${'x'.repeat(size)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    r = await readFeed(text, { defaults: { provider: { name: 'U' }, kind: 'other' } });
    assert.deepEqual(r.opportunities.map((o) => [o.id, o.description!.und!.length]), [['big', size]]);
  });

  it('binary garbage is refused with a message, for every format', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const garbage = new TextDecoder().decode(randomBytes(20_000, seed));
      for (const format of [undefined, ...FEED_FORMATS]) {
        const r = await readFeed(garbage, format ? { format } : {});
        assert.equal(r.opportunities.length, 0);
        assert.match(errors(r)[0]!.message, /binary data, not text/);
      }
    }
    const xlsx = new TextDecoder('latin1').decode(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, ...Buffer.from('xl/workbook.xml')]));
    assert.match(errors(await readFeed(xlsx))[0]!.message, /Excel \.xlsx workbook.*CSV UTF-8/);
    assert.match(errors(await readFeed('%PDF-1.7\n%âãÏÓ\n1 0 obj'))[0]!.message, /PDF document/);
    const greek = new TextDecoder().decode(new Uint8Array([...Buffer.from('id,kind,title\n1,course,', 'latin1'), ...Array(40).fill(0xe1)]));
    assert.match(errors(await readFeed(greek))[0]!.message, /undecodable bytes.*not UTF-8 but another encoding/);
    const utf16 = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, ...Buffer.from('id,kind,title', 'utf16le')]));
    assert.match(errors(await readFeed(utf16))[0]!.message, /UTF-16/);
    assert.match(errors(await readFeed(undefined as unknown as string))[0]!.message, /expected the feed as text/);
    assert.match(errors(await readFeed('x', { format: 'xml' as FeedFormat }))[0]!.message, /'xml' is not a format/);
  });

  it('random text and random mutations of real files never throw', async () => {
    const texts = FIXTURES.map(([name]) => fixture(name));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(undefined, ...FEED_FORMATS),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
          fc.tuple(fc.nat(texts.length - 1), fc.nat(), fc.nat(400), fc.string({ unit: 'grapheme-ascii', maxLength: 40 })).map(
            ([which, at, remove, insert]) => {
              const t = texts[which]!;
              const i = at % t.length;
              return t.slice(0, i) + insert + t.slice(i + remove);
            },
          ),
        ),
        async (format, text) => {
          assertWellFormed(await readFeed(text, { ...(format ? { format } : {}), defaults: { kind: 'other', provider: { name: 'U' } } }));
        },
      ),
      { numRuns: 300, seed: 20270510 },
    );
  });
});
