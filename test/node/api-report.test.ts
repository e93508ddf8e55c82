/**
 * The public surface of every package entry equals its committed report in api/ (API Extractor, from the
 * declarations the sources emit). Adding, removing or changing an export fails here until the report is regenerated
 * with `npm run api` and the diff reviewed — so a change to what users import is always a visible, deliberate one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the public API report', () => {
  it('matches api/*.api.md for every entry in package.json "exports"', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/api-report.ts'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stderr}${r.stdout}\nThe public API changed: run \`npm run api\` and review the diff of api/*.api.md.`);
  });
});
