#!/usr/bin/env node
// `npx opportunity-kit validate|convert …` — a thin wrapper: the logic is runCli in src/formats/cli.ts (built to
// dist/lib/formats/cli.js), which does all input and output through the io object passed here.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { runCli } from '../dist/lib/formats/cli.js';

// A reader that stops early (`… | head`) closes the pipe: the rest of the output is dropped quietly (no EPIPE crash)
// and the exit status still tells whether the feed had errors.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

if (process.argv[2] === 'hub') {
  const { runHub } = await import('../dist/lib/hub/cli.js');
  process.exitCode = await runHub(process.argv.slice(3), { stdout: process.stdout, stderr: process.stderr });
} else process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path),
  // Atomic: a temporary file beside the target, then a rename, so a reader never sees half a feed.
  writeFile: async (path, data) => {
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, data, 'utf8');
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  },
  fetch: (input, init) => fetch(input, init),
});
