/**
 * The custom-elements manifest (`custom-elements.json`, for package.json's "customElements"): generated from the
 * elements' class JSDoc (`@summary @event @slot @csspart @cssproperty`) by `cem analyze`. Storybook's docs and
 * controls read it (.storybook/preview.ts), and IDEs use it for completion.
 *
 *   npx cem analyze        (this file is picked up automatically; `--litelement` is set below)
 */
import { readFileSync } from 'node:fs';

/**
 * Tags are registered with `OppCard.define('opp-card')` (src/index.ts, src/elements/apply/opp-apply.ts), not with
 * `customElements.define` or `@customElement`, so the analyzer cannot see them: this plugin reads those calls and gives
 * each class its `tagName` (Storybook finds a component's docs by tag) and a `custom-element-definition` export.
 */
function registeredTags({ files }) {
  const DEFINE = /\b([A-Z]\w*)\.define\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*\)/g;
  return {
    name: 'opportunity-kit:registered-tags',
    packageLinkPhase({ customElementsManifest }) {
      const tags = new Map();
      const sources = [...files, ...customElementsManifest.modules.map((m) => m.path)];
      for (const file of new Set(sources)) {
        let text;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        for (const [, className, tag] of text.matchAll(DEFINE)) if (!tags.has(className)) tags.set(className, tag);
      }
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const tag = decl.kind === 'class' ? tags.get(decl.name) : undefined;
          if (!tag) continue;
          decl.tagName = tag;
          decl.customElement = true;
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: mod.path } });
          }
        }
      }
      // The base class is a LitElement without a tag of its own: not an element a page can use.
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.customElement && !decl.tagName) delete decl.customElement;
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.spec.ts', 'src/elements/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [registeredTags({ files: ['src/index.ts'] })],
};
