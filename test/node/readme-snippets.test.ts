/**
 * Every TypeScript/JavaScript snippet in the README and in docs/*.md works as written. Each fenced `ts`, `js` or `tsx` block carries a
 * marker on the line before it:
 *   <!-- snippet: run -->    type-checked (strict) and run in Node against the real sample files (msw answers for the
 *                            example hosts: test/node/support/snippet-servers.ts);
 *   <!-- snippet: types -->  type-checked only (browser code: DOM types);
 *   <!-- snippet: skip … --> neither, with the reason (e.g. a tool's config file).
 * A block without a marker fails the test, so a new snippet cannot go unchecked. Run after `npm run build`: snippets
 * import the package by its name, as a user would.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/lib/sdk/index.d.ts'));
const dir = join(root, 'tmp/readme-snippets'); // inside the package, so `opportunity-kit/sdk` resolves to it by name

interface Snippet { doc: string; line: number; lang: string; mode: string; code: string; file: string }

/** The README and every Markdown file in docs/ (docs/api/ is TypeDoc's output, not ours). */
const DOCS = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** `README.md` → `README`, `docs/sdk.md` → `docs-sdk`: the prefix of a snippet's file name. */
const stem = (doc: string) => doc.replace(/\.md$/, '').replace(/\//g, '-');

function snippets(): Snippet[] {
  const found: Snippet[] = [];
  for (const doc of DOCS) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(ts|js|tsx)\s*$/.exec(lines[i]!);
      if (!open) continue;
      const end = lines.indexOf('```', i + 1);
      const mode = /^<!-- snippet: (\w+)/.exec(lines[i - 1] ?? '')?.[1] ?? 'unmarked';
      const lang = open[1]!;
      found.push({ doc, line: i + 1, lang, mode, code: lines.slice(i + 1, end).join('\n'), file: `${stem(doc)}-line-${i + 1}.${lang}` });
      i = end;
    }
  }
  return found;
}

/** `docs-sdk-line-40.ts(3,5)` → `docs/sdk.md:43:5`. */
const where = (file: string, l = 0, c?: number) => {
  const m = /^(.*)-line-(\d+)\.(?:ts|js|tsx)$/.exec(file)!;
  const doc = DOCS.find((d) => stem(d) === m[1]) ?? m[1];
  return `${doc}:${Number(m[2]) + l}${c === undefined ? '' : `:${c}`}`;
};

/** Child processes at most `n` at a time. */
async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i]!); }
  }));
  return out;
}

describe('README and docs snippets', { skip: built ? false : 'run `npm run build` first' }, () => {
  const all = snippets();
  const checked = all.filter((s) => s.mode === 'run' || s.mode === 'types');

  before(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const s of checked) {
      // A snippet with no import is still a module (top-level await, its own scope).
      const code = /^\s*(import|export)\s/m.test(s.code) ? s.code : `${s.code}\nexport {};`;
      writeFileSync(join(dir, s.file), code + '\n');
    }
    // The file the server snippet reads, as a publisher would have it next to their code.
    copyFileSync(join(root, 'demo/data/university.json'), join(dir, 'staffweeks.json'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, skipLibCheck: true, allowJs: true, checkJs: true,
        target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', jsx: 'react-jsx',
        lib: ['es2023', 'dom', 'dom.iterable'], types: ['node'],
      },
      include: ['*.ts', '*.js', '*.tsx'],
    }));
  });

  it('marks every TypeScript/JavaScript block as run, types or skip', () => {
    assert.ok(all.length >= 8, `found ${all.length} blocks`);
    assert.ok(all.some((s) => s.doc === 'README.md' && s.mode === 'run'), 'the README has a snippet that runs');
    const unmarked = all.filter((s) => !['run', 'types', 'skip'].includes(s.mode)).map((s) => `${s.doc}:${s.line}`);
    assert.deepEqual(unmarked, [], 'blocks without a <!-- snippet: … --> marker');
    assert.ok(all.filter((s) => s.mode === 'run').length >= 5, 'most SDK snippets run');
  });

  it('type-checks every marked snippet under strict TypeScript', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    // Point each error at the document line it comes from.
    const errors = (r.stdout + r.stderr).replace(/(?:tmp\/readme-snippets\/)?([\w-]+-line-\d+\.(?:ts|js|tsx))\((\d+),(\d+)\)/g,
      (_, file, l, c) => where(file, Number(l), Number(c)));
    assert.equal(r.status, 0, errors);
  });

  it('runs every `run` snippet in Node as written', async () => {
    const runs = checked.filter((s) => s.mode === 'run');
    const results = await pool(runs, 3, (s) => new Promise<{ s: Snippet; code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--import', join(root, 'test/node/support/snippet-servers.ts'), s.file], { cwd: dir });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { out += d; });
      child.on('close', (code) => resolve({ s, code, out }));
    }));
    const failed = results.filter((r) => r.code !== 0).map((r) => `${r.s.doc}:${r.s.line} exited ${r.code}:\n${r.out}`);
    assert.deepEqual(failed, []);
  });
});
