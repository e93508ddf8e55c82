/**
 * Layering: the SDK core (src/sdk/**) never imports the format readers (src/formats), statically or dynamically,
 * nor reads the page's `location`: the formats-aware reader is something `formats` provides through the client's
 * `read` option (`formatsReader`, `createFormatsClient`), and relative feed URLs resolve against `baseUrl`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SDK = join(ROOT, 'src/sdk');
const FORMATS = join(ROOT, 'src/formats');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** Every module specifier of a file: `import … from`, `export … from`, `import('…')`, bare `import '…'`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const re of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s*['"]([^'"]+)['"]/g]) {
    for (const m of code.matchAll(re)) out.push(m[1]!);
  }
  return out;
}

describe('layering: the SDK core does not depend on the format readers', () => {
  const files = walk(SDK);

  it('finds the SDK modules and reads their imports (the walker works)', () => {
    assert.ok(files.length > 30, `${files.length} modules under src/sdk`);
    const found = specifiers(`import a from './a.js';\nexport { b } from "../b.js";\nconst c = await import('../../formats/index.js');\nimport './d.js';`);
    assert.deepEqual(found.sort(), ['../../formats/index.js', '../b.js', './a.js', './d.js']);
  });

  it('no module under src/sdk imports src/formats (statically or with import())', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (target === FORMATS || target.startsWith(FORMATS + '/')) offenders.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the feed client reads no page global: no `location` outside comments', () => {
    const code = readFileSync(join(SDK, 'client/index.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\blocation\b/);
  });
});
