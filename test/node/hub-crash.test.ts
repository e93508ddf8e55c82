/**
 * The hub killed during a harvest: a hub in a child process (PGlite in a temporary data directory) harvests a large
 * feed streamed slowly, and is killed with SIGKILL in the middle — once while the feed is still arriving, once inside
 * the harvest's database transaction (between two batches of items). A new hub then opens the same directory: the
 * database opens, the migrations are intact, and the source has its old items or the whole new set, never a part.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHub } from '../../src/hub/index.js';
import { MIGRATIONS } from '../../src/hub/migrations.js';

const OLD = 3;
const NEW = 20_000;
const item = (id: string) => ({ id, kind: 'staff-week', title: { en: `Week ${id}` }, provider: { name: 'Crash University', country: 'FI' }, start: '2027-05-10', end: '2027-05-14' });
const feedOf = (ids: string[]) => JSON.stringify({ version: '1', language: 'en', opportunities: ids.map(item) });
const oldFeed = feedOf(Array.from({ length: OLD }, (_, i) => `old-${i}`));
const newFeed = feedOf(Array.from({ length: NEW }, (_, i) => `new-${i}`));

let serve: (res: ServerResponse) => void = () => undefined;
/** Streams `text` in 40 parts, 25 ms apart (about a second); `onHalf` when half of it is out. */
const slowly = (text: string, onHalf: () => void = () => undefined) => (res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  const parts = 40;
  const size = Math.ceil(text.length / parts);
  let i = 0;
  const next = () => {
    if (res.destroyed) return;
    if (i === parts / 2) onHalf();
    if (i >= parts) return void res.end();
    res.write(text.slice(i * size, ++i * size));
    setTimeout(next, 25);
  };
  next();
};

let server: Server;
let feedUrl = '';
let dir = '';
before(async () => {
  server = createServer((_req, res) => serve(res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.json`;
  dir = mkdtempSync(join(tmpdir(), 'opp-hub-crash-'));
});
after(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run { lines: string[]; signal: NodeJS.Signals | null; stderr: string }

/**
 * Runs the child hub on `data`; kills it with SIGKILL when `killWhen` says so for a line it printed, or when `kill`
 * is called.
 */
function startChild(data: string, killWhen: (line: string, seen: string[]) => boolean): { done: Promise<Run>; kill: () => void } {
  let kill = () => undefined as void;
  const done = new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./support/hub-child.ts', import.meta.url).pathname], {
      env: { ...process.env, HUB_DATA: data, HUB_FEED: feedUrl }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        lines.push(line);
        if (child.exitCode === null && killWhen(line, lines)) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ lines, signal, stderr }));
    kill = () => { if (child.exitCode === null) child.kill('SIGKILL'); };
  });
  return { done, kill: () => kill() };
}
const runChild = (data: string, killWhen: (line: string, seen: string[]) => boolean) => startChild(data, killWhen).done;

/** Opens the directory in this process, checks it, closes it; resolves to the source's item ids. */
async function reopen(data: string): Promise<{ ids: string[]; migrations: number[]; harvests: string[] }> {
  const hub = await createHub({ dataDir: data, databaseUrl: '', harvest: false });
  try {
    const migrations = (await hub.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
    const ids = (await hub.db.query<{ item_id: string }>("SELECT item_id FROM opportunities WHERE source_id = 'big' ORDER BY item_id")).map((r) => r.item_id);
    const harvests = (await hub.db.query<{ outcome: string }>("SELECT outcome FROM harvests WHERE source_id = 'big' ORDER BY id")).map((r) => r.outcome);
    // The index is built from what is there, and the webhook table of migration 2 answers.
    assert.equal(hub.state.size, ids.length);
    await hub.db.query('SELECT count(*) FROM webhook_deliveries');
    return { ids, migrations, harvests };
  } finally {
    await hub.close();
  }
}

const oldSet = Array.from({ length: OLD }, (_, i) => `old-${i}`).sort();
const newSet = Array.from({ length: NEW }, (_, i) => `new-${i}`).sort();
const oneWholeSet = (ids: string[]) => {
  const old = JSON.stringify(ids) === JSON.stringify(oldSet);
  const whole = ids.length === NEW && JSON.stringify(ids) === JSON.stringify(newSet);
  assert.ok(old || whole, `the source has ${ids.length} items: neither the ${OLD} old ones nor the ${NEW} new ones`);
  return old ? 'old' : 'new';
};

describe('the hub killed with SIGKILL during a harvest (PGlite data directory)', { timeout: 240_000 }, () => {
  it('first harvests the old items (child process, exits normally)', async () => {
    serve = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(oldFeed);
    const run = await runChild(dir, () => false);
    assert.equal(run.signal, null, run.stderr);
    assert.ok(run.lines.some((l) => l.startsWith('DONE [["loaded",3]]')), run.lines.join('\n') + run.stderr);
    const state = await reopen(dir);
    assert.deepEqual(state.ids, oldSet);
  });

  it('killed while the large feed is still arriving: the old items, nothing else', async () => {
    let half!: () => void;
    const halfway = new Promise<void>((r) => { half = r; });
    serve = slowly(newFeed, () => half());
    const child = startChild(dir, () => false);
    // Killed once half the body is out (the child is reading it).
    const first = await Promise.race([halfway.then(() => 'half' as const), child.done.then(() => 'exited' as const)]);
    assert.equal(first, 'half');
    child.kill();
    const result = await child.done;
    assert.equal(result.signal, 'SIGKILL');
    assert.ok(!result.lines.includes('TX-BEGIN'), `killed before its transaction: ${result.lines.join(' ')}`);
    const state = await reopen(dir);
    assert.deepEqual(state.migrations, MIGRATIONS.map((m) => m.version));
    assert.equal(oneWholeSet(state.ids), 'old');
  });

  it('killed inside the harvest\'s transaction, between two batches: the old items, or all the new ones', async () => {
    serve = slowly(newFeed);
    const run = await runChild(dir, (line, seen) => line === 'BATCH' && seen.filter((l) => l === 'BATCH').length === 2);
    assert.equal(run.signal, 'SIGKILL', run.stderr);
    assert.ok(run.lines.includes('TX-BEGIN') && !run.lines.includes('TX-COMMITTED'), `killed inside the transaction: ${run.lines.join(' ')}`);
    const state = await reopen(dir);
    assert.deepEqual(state.migrations, MIGRATIONS.map((m) => m.version), 'the migrations are intact');
    assert.equal(oneWholeSet(state.ids), 'old', 'the transaction was not committed: the old items');
    assert.deepEqual(state.harvests, ['loaded'], 'no record of the killed attempt');
  });

  it('then harvests the whole new set in a new process', async () => {
    serve = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(newFeed);
    const run = await runChild(dir, () => false);
    assert.equal(run.signal, null, run.stderr);
    const state = await reopen(dir);
    assert.equal(oneWholeSet(state.ids), 'new');
  });
});
