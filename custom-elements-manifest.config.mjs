/**
 * The custom-elements manifest (`custom-elements.json`, package.json's "customElements"): generated from the elements'
 * class JSDoc (`@summary @event @slot @csspart @cssproperty`) by `cem analyze`. Storybook's controls and docs read it
 * (.storybook/preview.ts), and IDEs use it for completion.
 *
 *   npx cem analyze        (picks this file up; scripts/storybook-build.mjs runs it before `storybook build`)
 */
import { readdirSync, readFileSync } from 'node:fs';

const DEFINE = /\b([A-Z]\w*)\.define\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*\)/g;

/** `src/elements/card/opp-card.ts` (or `/src/….js`, as the analyzer writes superclass modules) → `dist/lib/….js`. */
const published = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/lib/$1.js');

/**
 * Tags are registered by `OppCard.define('opp-card')` in the per-element entry modules (src/define/*.ts, or the
 * element's own `opp-card.ts` beside its `card.component.ts`, which src/define/opp-card.ts re-exports), not by
 * `customElements.define` or `@customElement`, so the analyzer cannot see them. This plugin reads
 * those calls, gives each class its `tagName` (Storybook finds a component's docs and controls by tag) and adds each
 * entry module with its `custom-element-definition`. Module paths then point at the published files (dist/lib/…js):
 * the manifest ships in the package, the TypeScript sources do not.
 */
function registeredTags({ entries }) {
  return {
    name: 'opportunity-kit:registered-tags',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const files = entries.flatMap((entry) =>
        entry.endsWith('/') ? readdirSync(entry).filter((f) => f.endsWith('.ts')).map((f) => entry + f) : [entry],
      );
      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.kind === 'class') classes.set(decl.name, { mod, decl });
      }
      const defined = new Set();
      for (const file of files) {
        let text;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        const definitions = [];
        for (const [, className, tag] of text.matchAll(DEFINE)) {
          const found = classes.get(className);
          if (!found || defined.has(tag)) continue;
          defined.add(tag);
          found.decl.tagName = tag;
          found.decl.customElement = true;
          definitions.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.mod.path } });
        }
        if (!definitions.length) continue;
        let mod = manifest.modules.find((m) => m.path === file);
        if (!mod) manifest.modules.push((mod = { kind: 'javascript-module', path: file, declarations: [], exports: [] }));
        mod.exports = [...(mod.exports ?? []), ...definitions];
      }
      // The base class is a LitElement without a tag of its own, not an element a page can use; and the analyzer reads
      // its `customElements.define(tag, ctor)` helper as a definition of a tag named "tag".
      for (const { decl } of classes.values()) if (decl.customElement && !decl.tagName) delete decl.customElement;
      const tagged = new Set([...classes.values()].filter(({ decl }) => decl.tagName).map(({ decl }) => `${decl.tagName} ${decl.name}`));
      for (const mod of manifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || tagged.has(`${e.name} ${e.declaration.name}`));
      }
      const rewrite = (node) => {
        if (Array.isArray(node)) node.forEach(rewrite);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
            else rewrite(value);
          }
        }
      };
      rewrite(manifest.modules);
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.spec.ts', 'src/elements/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    registeredTags({
      entries: [
        'src/define/',
        'src/elements/apply/opp-apply.ts',
        'src/elements/card/opp-card.ts',
        'src/elements/stats/opp-stats.ts',
        'src/elements/parts/opp-search-box.ts',
        'src/elements/parts/opp-filters.ts',
        'src/elements/parts/opp-results.ts',
        'src/elements/parts/opp-pagination.ts',
        'src/index.ts',
      ],
    }),
  ],
};
