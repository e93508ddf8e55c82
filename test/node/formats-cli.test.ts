import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../../src/formats/cli.js';
import type { CliIo } from '../../src/formats/cli.js';
import { readFeed } from '../../src/formats/index.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/formats', name));

interface Fake {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
  written: Map<string, string>;
  fetched: string[];
}

function fake(files: Record<string, string | Uint8Array> = {}, web: Record<string, { status?: number; type?: string; body: string | Uint8Array }> = {}): Fake {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const fetched: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (path, data) => void written.set(path, data),
    fetch: async (input) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      fetched.push(url);
      const r = web[url] ?? { status: 404, body: 'Not found' };
      const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
      return new Response(new Uint8Array(body), { status: r.status ?? 200, headers: r.type ? { 'content-type': r.type } : {} });
    },
  };
  return { io, stdout: () => stdout, stderr: () => stderr, written, fetched };
}

describe('opportunity-kit validate', () => {
  it('passes the publisher template', async () => {
    const f = fake({ 'opportunities.csv': readFileSync(join(root, 'schema/opportunities-template.csv')) });
    assert.equal(await runCli(['validate', 'opportunities.csv'], f.io), 0);
    assert.equal(f.stdout(), '1 opportunity valid, 0 errors, 0 warnings\n');
  });

  it('prints each issue with its path and a summary, and exits 1 on errors', async () => {
    const f = fake({ 'kurser.csv': fixture('folkhogskola.csv') });
    assert.equal(await runCli(['validate', 'kurser.csv'], f.io), 1);
    const lines = f.stdout().trimEnd().split('\n');
    assert.match(lines[0]!, /^warning  \(feed\): column AJ \('Anteckning'\) is not a field/);
    assert.match(lines[1]!, /^error    row 3 \(line 7\): provider\.country: 'Sverige'/);
    assert.equal(lines.at(-1), '3 opportunities valid, 1 error, 1 warning');
  });

  it('reads a URL, takes the format from the content type, applies --default and writes JSON with --json', async () => {
    const url = 'https://www.helsinki.fi/staffweeks.ics';
    const f = fake({}, { [url]: { type: 'text/calendar; charset=utf-8', body: fixture('university.ics') } });
    const code = await runCli(
      ['validate', url, '--default', 'kind=other', '--default=provider.name=University of Helsinki', '--default', 'provider.country=fi', '--json'],
      f.io,
    );
    assert.equal(code, 0);
    assert.deepEqual(f.fetched, [url]);
    const report = JSON.parse(f.stdout());
    assert.deepEqual([report.opportunities, report.errors], [5, 0]);
    assert.ok(Array.isArray(report.issues));
  });

  it('reports a file in Windows-1252 and reads it', async () => {
    const latin = new Uint8Array([...new TextEncoder().encode('id;kind;title;provider.name\nx;course;'), 0x4b, 0xf6, 0x72, 0x73, 0x20, 0x96, 0x20, 0x61, ...new TextEncoder().encode(';Uni\n')]);
    const f = fake({ 'latin.csv': latin });
    assert.equal(await runCli(['validate', 'latin.csv', '--language', 'sv'], f.io), 0);
    assert.match(f.stdout(), /warning  \(feed\): the file is not valid UTF-8; it was read as Windows-1252/);
    assert.match(f.stdout(), /1 opportunity valid, 0 errors, 1 warning/);
  });
});

describe('opportunity-kit convert', () => {
  it('CSV → JSON on stdout, issues on stderr', async () => {
    const f = fake({ 'kurser.csv': fixture('folkhogskola.csv') });
    assert.equal(await runCli(['convert', 'kurser.csv', '--to', 'json'], f.io), 1);
    const json = JSON.parse(f.stdout());
    assert.equal(json.version, '1');
    const reread = parseFeed(json);
    assert.deepEqual(reread.issues, []);
    assert.deepEqual(reread.opportunities, (await readFeed(fixture('folkhogskola.csv').toString('utf8'))).opportunities);
    assert.match(f.stderr(), /3 opportunities valid, 1 error, 1 warning\n$/);
  });

  it('iCalendar → CSV into a file, RSS → iCalendar with a name, JSON → CSV with ; and a BOM', async () => {
    const f = fake({
      'cal.ics': fixture('university.ics'),
      'feed.rss': fixture('wordpress.rss'),
      'feed.json': JSON.stringify({ version: '1', opportunities: [{ id: 'a', kind: 'course', title: 'A', provider: { name: 'U' } }] }),
    });
    assert.equal(await runCli(['convert', 'cal.ics', '--to', 'csv', '--out', 'cal.csv', '--default', 'kind=other', '--default', 'provider.name=HY'], f.io), 0);
    const csv = f.written.get('cal.csv')!;
    const back = await readFeed(csv);
    assert.equal(back.opportunities.length, 5);
    assert.equal(f.stdout(), '');

    assert.equal(
      await runCli(['convert', 'feed.rss', '--to=ics', '-o', 'ugr.ics', '--name', 'UGR weeks', '--default', 'kind=other', '--default', 'provider.name=UGR'], f.io),
      0,
    );
    assert.match(f.written.get('ugr.ics')!, /^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:UGR weeks\r\n[\s\S]*END:VCALENDAR\r\n$/);

    assert.equal(await runCli(['convert', 'feed.json', '--to', 'csv', '--delimiter', ';', '--bom'], f.io), 0);
    assert.ok(f.stdout().startsWith('\ufeffid;kind;direction;title;'));
  });

  it('--out never replaces a feed with one holding fewer than half its items, unless --force', async () => {
    const item = (id: string) => ({ id, kind: 'course', title: id, provider: { name: 'U' } });
    const old = JSON.stringify({ version: '1', opportunities: ['a', 'b', 'c', 'd'].map(item) });
    // Every row of the new CSV fails (no title, no provider): the converted feed is empty.
    const f = fake({ 'live.json': old, 'broken.csv': 'id,kind\nx,course\ny,course\n' });
    assert.equal(await runCli(['convert', 'broken.csv', '--to', 'json', '--out', 'live.json'], f.io), 1);
    assert.equal(f.written.has('live.json'), false, 'the live feed was not overwritten');
    assert.match(f.stderr(), /not writing live\.json: it holds 4 opportunities and the new feed only 0.*--force/);
    // Two of four is half: allowed; --force replaces anyway.
    const half = fake({ 'live.json': old, 'two.json': JSON.stringify({ version: '1', opportunities: ['a', 'b'].map(item) }) });
    assert.equal(await runCli(['convert', 'two.json', '--to', 'json', '--out', 'live.json'], half.io), 0);
    assert.equal(JSON.parse(half.written.get('live.json')!).opportunities.length, 2);
    const forced = fake({ 'live.json': old, 'broken.csv': 'id,kind\nx,course\n' });
    await runCli(['convert', 'broken.csv', '--to', 'json', '--out', 'live.json', '--force'], forced.io);
    assert.equal(JSON.parse(forced.written.get('live.json')!).opportunities.length, 0);
  });

  it('the command line writes --out atomically (temp file + rename): no temp file left, the target complete', async () => {
    const { mkdtempSync, readdirSync, readFileSync: read, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'opp-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ version: '1', opportunities: [{ id: 'a', kind: 'course', title: 'A', provider: { name: 'U' } }] }));
    const bin = new URL('../../bin/opportunity-kit.mjs', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'convert', 'in.json', '--to', 'csv', '--out', 'out.csv'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(dir).sort(), ['in.json', 'out.csv']);
    assert.match(read(join(dir, 'out.csv'), 'utf8'), /^id,/);
  });

  it('refuses wrong usage with exit 2 and a usage text', async () => {
    const cases: string[][] = [
      [],
      ['frobnicate', 'x'],
      ['validate'],
      ['convert', 'x.csv'],
      ['convert', 'x.csv', '--to', 'pdf'],
      ['validate', 'x.csv', '--format', 'xls'],
      ['validate', 'x.csv', '--default', 'novalue'],
      ['validate', 'x.csv', '--bogus'],
      ['validate', 'x.csv', '--format'],
    ];
    for (const argv of cases) {
      const f = fake();
      assert.equal(await runCli(argv, f.io), 2, argv.join(' '));
      assert.match(f.stderr(), /Usage:/);
    }
    const help = fake();
    assert.equal(await runCli(['--help'], help.io), 0);
    assert.match(help.stdout(), /opportunity-kit validate <file-or-URL>/);
  });

  it('exits 2 when the input cannot be read', async () => {
    const f = fake();
    assert.equal(await runCli(['validate', 'missing.csv'], f.io), 2);
    assert.match(f.stderr(), /cannot read missing\.csv: ENOENT/);
    const g = fake();
    assert.equal(await runCli(['validate', 'https://example.eu/gone.json'], g.io), 2);
    assert.match(g.stderr(), /cannot read https:\/\/example\.eu\/gone\.json: GET https:\/\/example\.eu\/gone\.json failed with HTTP 404/);
    assert.deepEqual(g.fetched, ['https://example.eu/gone.json'], 'a 404 is not retried');
  });
});

describe('opportunity-kit and Europass (ELM 3)', () => {
  const university = () => readFileSync(join(root, 'demo/data/university.json'));
  const ready = {
    id: 'ready-course',
    kind: 'course',
    title: 'Open science course',
    url: 'https://www.example.eu/course',
    fields: ['0322'],
    learningOutcomes: ['Plan open science services'],
    provider: { name: 'Example University', country: 'BE' },
  };
  const bare = { id: 'bare-week', kind: 'staff-week', title: 'Library week', provider: { name: 'Example University' } };
  const feedOf = (...items: object[]) => JSON.stringify({ version: '1', language: 'en', opportunities: items });

  it('convert --to elm writes ELM 3 JSON-LD with one LearningOpportunity per item', async () => {
    const f = fake({ 'university.json': university() });
    assert.equal(await runCli(['convert', 'university.json', '--to', 'elm'], f.io), 0);
    const doc = JSON.parse(f.stdout());
    assert.equal(doc['@context'][0], 'http://data.europa.eu/snb/model/context/edc-ap');
    assert.equal(doc['@graph'].length, 13);
    assert.ok(doc['@graph'].every((n: { type: string }) => n.type === 'LearningOpportunity'));
    assert.equal(
      doc['@graph'][0].providedBy.location.address.countryCode.id,
      'http://publications.europa.eu/resource/authority/country/BEL',
    );
    assert.match(f.stderr(), /13 opportunities valid, 0 errors/);
  });

  it('convert --to elm --out keeps an export from being replaced by a much smaller one', async () => {
    const f = fake({ 'university.json': university(), 'one.json': feedOf(ready) });
    assert.equal(await runCli(['convert', 'university.json', '--to', 'elm', '--out', 'elm.jsonld'], f.io), 0);
    const g = fake({ 'one.json': feedOf(ready), 'elm.jsonld': f.written.get('elm.jsonld')! });
    assert.equal(await runCli(['convert', 'one.json', '--to', 'elm', '--out', 'elm.jsonld'], g.io), 1);
    assert.match(g.stderr(), /holds 13 opportunities and the new feed only 1/);
  });

  it('validate --profile elm prints what each item lacks and exits 1 when one is not ready', async () => {
    const f = fake({ 'feed.json': feedOf(ready, bare) });
    assert.equal(await runCli(['validate', 'feed.json', '--profile', 'elm'], f.io), 1);
    const out = f.stdout();
    assert.match(out, /^elm {6}'ready-course': ready for Europass$/m);
    assert.match(out, /^elm {6}'bare-week': not ready for Europass, 4 things missing:$/m);
    for (const field of ['url', 'fields', 'learningOutcomes', 'provider.country']) {
      assert.match(out, new RegExp(`^ {11}- ${field.replace('.', '\\.')} \\(`, 'm'), field);
    }
    assert.match(out, /Europass \(ELM 3\): 1 of 2 opportunities ready\n$/);

    const ok = fake({ 'feed.json': feedOf(ready) });
    assert.equal(await runCli(['validate', 'feed.json', '--profile', 'elm'], ok.io), 0);
    assert.match(ok.stdout(), /Europass \(ELM 3\): 1 of 1 opportunity ready/);
    const plain = fake({ 'feed.json': feedOf(ready, bare) });
    assert.equal(await runCli(['validate', 'feed.json'], plain.io), 0, 'without the profile, readiness does not count');
    assert.doesNotMatch(plain.stdout(), /Europass/);
  });

  it('validate --profile elm --json adds the readiness report', async () => {
    const f = fake({ 'feed.json': feedOf(ready, bare) });
    assert.equal(await runCli(['validate', 'feed.json', '--profile=elm', '--json'], f.io), 1);
    const report = JSON.parse(f.stdout());
    assert.deepEqual([report.elm.ready, report.elm.notReady], [1, 1]);
    assert.deepEqual(
      report.elm.items.map((i: { id: string; ready: boolean; missing: { field: string }[] }) => [i.id, i.ready, i.missing.map((m) => m.field)]),
      [
        ['ready-course', true, []],
        ['bare-week', false, ['url', 'fields', 'learningOutcomes', 'provider.country']],
      ],
    );
  });

  it('a profile other than elm, or one given to convert, is wrong usage', async () => {
    for (const argv of [
      ['validate', 'x.json', '--profile', 'qdr'],
      ['convert', 'x.json', '--to', 'elm', '--profile', 'elm'],
      ['validate', 'x.json', '--profile'],
    ]) {
      const f = fake();
      assert.equal(await runCli(argv, f.io), 2, argv.join(' '));
      assert.match(f.stderr(), /Usage:/);
    }
  });
});

describe('opportunity-kit with a URL: the SDK download path (timeout, size limit, retries)', () => {
  /** A real HTTP server on a free local port; `handle` answers each request. */
  async function serve(handle: (path: string, res: import('node:http').ServerResponse) => void) {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.accept?.split(',')[0]}`);
      handle(req.url ?? '/', res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, seen, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
  }
  const realIo = () => {
    const f = fake();
    f.io.fetch = (input, init) => globalThis.fetch(input, init);
    return f;
  };
  const FEED = JSON.stringify({ version: '1', language: 'en', opportunities: [{ id: 'a', kind: 'course', title: { en: 'A course' }, provider: { name: 'Uni', country: 'BE' } }] });

  it('downloads a feed from a local server (JSON accepted first)', async () => {
    const s = await serve((_p, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(FEED));
    try {
      const f = realIo();
      assert.equal(await runCli(['validate', `${s.base}/feed.json`], f.io), 0, f.stderr());
      assert.equal(f.stdout(), '1 opportunity valid, 0 errors, 0 warnings\n');
      assert.deepEqual(s.seen, ['GET /feed.json application/json']);
    } finally {
      await s.close();
    }
  });

  it('--timeout: a server that never answers is given up on, as a timeout', async () => {
    const s = await serve(() => {
      /* never answers */
    });
    try {
      const f = realIo();
      assert.equal(await runCli(['validate', `${s.base}/slow.json`, '--timeout', '50'], f.io), 2);
      assert.match(f.stderr(), /cannot read .*slow\.json: GET .*slow\.json timed out after 50 ms/);
      assert.equal(s.seen.length, 1, 'a timeout is not retried');
    } finally {
      await s.close();
    }
  });

  it('--max-bytes: a larger feed is refused (declared length, or counted while streaming)', async () => {
    const s = await serve((p, res) => {
      if (p === '/declared.json') res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(FEED)) }).end(FEED);
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(FEED.slice(0, 60));
        setTimeout(() => res.end(FEED.slice(60)), 5);
      }
    });
    try {
      for (const path of ['/declared.json', '/chunked.json']) {
        const f = realIo();
        assert.equal(await runCli(['validate', `${s.base}${path}`, '--max-bytes', '100'], f.io), 2, path);
        assert.match(f.stderr(), /the feed is larger than 100 bytes/, path);
        const g = realIo();
        assert.equal(await runCli(['validate', `${s.base}${path}`, `--max-bytes=${FEED.length}`], g.io), 0, `${path}: ${g.stderr()}`);
      }
    } finally {
      await s.close();
    }
  });

  it('retries a 503 as the client does, then reads the feed', async () => {
    let n = 0;
    const s = await serve((_p, res) => (++n === 1 ? res.writeHead(503, { 'retry-after': '0' }).end() : res.writeHead(200, { 'content-type': 'application/json' }).end(FEED)));
    try {
      const f = realIo();
      assert.equal(await runCli(['validate', `${s.base}/flaky.json`], f.io), 0, f.stderr());
      assert.equal(s.seen.length, 2);
    } finally {
      await s.close();
    }
  });

  it('refuses a --timeout or --max-bytes that is not a positive whole number', async () => {
    for (const bad of [['--timeout', 'soon'], ['--timeout', '0'], ['--max-bytes', '-5'], ['--max-bytes', '1.5']]) {
      const f = fake();
      assert.equal(await runCli(['validate', 'https://example.eu/feed.json', ...bad], f.io), 2, bad.join(' '));
      assert.match(f.stderr(), new RegExp(`${bad[0]} must be a whole number`));
      assert.deepEqual(f.fetched, []);
    }
  });
});
