/** The version the elements report to each other (`define()` warns across versions) is package.json's. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/elements/base/version.js';

it('VERSION is package.json version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version, 'src/elements/base/version.ts: set VERSION to package.json\'s version');
});
