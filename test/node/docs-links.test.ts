/**
 * The README and docs/*.md link to each other by relative paths and #anchors: every such link must land on a file
 * that exists and, with an anchor, on a heading of that file (GitHub's heading slugs). Moving a section from one page
 * to another cannot leave a dead link behind.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, relative } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'demo/README.md'];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const out = new Set<string>();
  let fence = false;
  for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = !fence && /^#{1,6} (.*)/.exec(line);
    if (m) out.add(slug(m[1]!));
  }
  return out;
}

describe('links between the README and docs', () => {
  it('land on existing files and headings', () => {
    const dead: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(root, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, found] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = found!;
        if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
        const [path, anchor] = target.split('#');
        const file = path ? relative(root, normalize(join(root, dirname(doc), path))) : doc;
        if (!existsSync(join(root, file))) { dead.push(`${doc}: ${target} (no ${file})`); continue; }
        if (anchor && file.endsWith('.md') && statSync(join(root, file)).isFile() && !anchors(file).has(anchor))
          dead.push(`${doc}: ${target} (no heading #${anchor} in ${file})`);
      }
    }
    assert.deepEqual(dead, []);
  });
});
