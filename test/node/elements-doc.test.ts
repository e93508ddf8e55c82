/**
 * docs/elements.md is generated from custom-elements.json: the committed file must be what the generator makes from
 * the committed manifest now (like the JSON Schema drift test), and it must name every element the manifest has.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { docPath, elementsMarkdown, manifestPath } from '../../scripts/gen-elements-doc.js';

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

describe('docs/elements.md', () => {
  it('is what `npm run docs:elements` makes from custom-elements.json (no drift)', () => {
    assert.equal(readFileSync(docPath, 'utf8'), elementsMarkdown(manifest),
      'docs/elements.md is out of date: run `npm run docs:elements` (after `npm run cem`) and commit the result');
  });

  it('has a section for every custom element of the manifest, with its parts and events', () => {
    const doc = elementsMarkdown(manifest);
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    assert.ok(tags.length >= 10, `${tags.length} elements`);
    for (const tag of tags) assert.match(doc, new RegExp(`^## ${tag}$`, 'm'), tag);
    assert.match(doc, /\| `opp-select` \|/);
    assert.match(doc, /\| `apply-button` \|/);
  });
});
