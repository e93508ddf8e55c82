#!/usr/bin/env node
// Builds the static Storybook: first the custom-elements manifest (`cem analyze`, which .storybook/preview.ts reads for
// docs and controls), then `storybook build`, offline and without telemetry. Used by `npm run build-storybook` and by
// test/node/storybook.test.ts when storybook-static/ is missing or older than the sources.
//
//   node scripts/storybook-build.mjs [--out storybook-static]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

export function buildStorybook({ out = 'storybook-static', quiet = true } = {}) {
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_UPDATE_NOTIFIER: '1' };
  const run = (what, cmd, args) => {
    const started = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
    if (r.status !== 0) {
      const output = quiet ? `\n${r.stdout ?? ''}${r.stderr ?? ''}` : '';
      throw new Error(`${what} failed (exit ${r.status ?? r.signal}): ${cmd} ${args.join(' ')}${output}`);
    }
    return (performance.now() - started) / 1000;
  };
  const cem = run('custom-elements manifest', bin('cem'), ['analyze', '--quiet']);
  const storybook = run('storybook build', bin('storybook'), ['build', '--quiet', '--disable-telemetry', '-o', out]);
  return { cem, storybook };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : 'storybook-static';
  const t = buildStorybook({ out, quiet: false });
  console.log(`custom-elements.json in ${t.cem.toFixed(1)} s, Storybook (${out}/) in ${t.storybook.toFixed(1)} s`);
}
