/**
 * The built npm package as a user gets it (run after `npm run build`): every `exports` entry exists with its types,
 * `opportunity-kit/sdk` imports in plain Node with no DOM and no Lit, and the command line validates feeds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = existsSync(join(root, 'dist/lib/sdk/index.js'));

describe('the npm package', { skip: built ? false : 'run `npm run build` first' }, () => {
  it('has a file (and types) behind every export', () => {
    for (const [name, target] of Object.entries<string | { types: string; default: string }>(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const f of files) assert.ok(existsSync(join(root, f)), `${name} → ${f} is missing`);
    }
    assert.ok(existsSync(join(root, pkg.customElements)), 'custom-elements.json');
  });

  it('imports opportunity-kit/sdk in Node, with no DOM and no Lit in its module graph', async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const sdk = await import('opportunity-kit/sdk');
    for (const fn of ['parseFeed', 'opportunityStatus', 'localize', 'createClient', 'createSearchIndex', 'submitApplication', 'queryToParams']) {
      assert.equal(typeof (sdk as Record<string, unknown>)[fn], 'function', fn);
    }
    const { opportunities } = sdk.parseFeed({
      version: '1',
      opportunities: [{ id: 'a', kind: 'course', title: 'Course', provider: { name: 'Uni' } }],
    });
    assert.equal(opportunities.length, 1);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.js') ? [join(dir, f)] : []));
    for (const file of walk(join(root, 'dist/lib/sdk'))) {
      const src = readFileSync(file, 'utf8');
      assert.doesNotMatch(src, /from ['"](lit|@lit\/|lit-html|dompurify)/, `${file} imports a view library`);
      assert.doesNotMatch(src, /\bdocument\.|\bwindow\./, `${file} touches the DOM`);
    }
  });

  it('ships the feed contract and the reference endpoint the README points to, not the build statistics', () => {
    const out = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const files = new Set<string>(JSON.parse(out.stdout)[0].files.map((f: { path: string }) => f.path));
    for (const f of ['docs/FEED-FORMAT.md', 'docs/embedding.md', 'docs/apply-endpoint.md', 'docs/elements.md', 'demo/server.mjs', 'demo/README.md', 'README.md', 'dist/opportunity-kit.js', 'schema/opportunity-feed.schema.json'])
      assert.ok(files.has(f), `${f} is in the package`);
    assert.ok(!files.has('dist/bundle-stats.json'), 'dist/bundle-stats.json (627 KB of build statistics) is not shipped');
    // Every relative link in the README that the package ships points at a shipped file.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [, found] of readme.matchAll(/\]\(\.\/((?:docs|demo|schema)\/[^)#\s]+)/g)) {
      const target = found!;
      if (target === 'demo/server.mjs' || target === 'demo/README.md' || (target.startsWith('docs/') && target.endsWith('.md') && existsSync(join(root, target))))
        assert.ok(files.has(target), target);
    }
    for (const field of ['repository', 'homepage', 'bugs']) assert.ok(pkg[field], `package.json has ${field}`);
  });

  it("exports queryToString from the script-tag bundle (the README's search example uses it)", () => {
    const entry = readFileSync(join(root, 'dist/opportunity-kit.js'), 'utf8');
    assert.match(entry, /\bqueryToString\b|as queryToString/);
  });

  it('validates feeds from the command line', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/opportunity-kit.mjs'), ...args], { cwd: root, encoding: 'utf8' });
    const good = run('validate', 'demo/data/university.json');
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const bad = run('validate', 'demo/data/broken.json');
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /opportunities\[\d+\]/);
  });

  it('stops quietly when its reader closes the pipe early (`… | head`), keeping the exit status', () => {
    // The shell's exit status of the first command of the pipe, and what it wrote to stderr.
    const piped = (args: string) =>
      spawnSync('bash', ['-c', `node bin/opportunity-kit.mjs ${args} 2>/tmp/opp-cli-err-$$ | head -c 100 >/dev/null; s=\${PIPESTATUS[0]}; cat /tmp/opp-cli-err-$$; rm -f /tmp/opp-cli-err-$$; exit $s`], { cwd: root, encoding: 'utf8' });
    const convert = piped('convert demo/data/opportunities.json --to csv');
    assert.doesNotMatch(convert.stdout, /EPIPE|Unhandled/, convert.stdout);
    assert.equal(convert.status, 0, convert.stdout);
    // A reader that never reads (`true` exits at once): every write meets a closed pipe; the errors still count.
    const bad = spawnSync('bash', ['-c', 'node bin/opportunity-kit.mjs validate demo/data/broken.json 2>/tmp/opp-cli-err-$$ | true; s=${PIPESTATUS[0]}; cat /tmp/opp-cli-err-$$; rm -f /tmp/opp-cli-err-$$; exit $s'], { cwd: root, encoding: 'utf8' });
    assert.doesNotMatch(bad.stdout, /EPIPE|Unhandled/, bad.stdout);
    assert.equal(bad.status, 1);
  });
});
