/**
 * The custom-elements manifest (`custom-elements.json`, listed under "customElements" in package.json): generated from
 * the elements' class JSDoc (`@summary @event @slot @csspart @cssproperty`) by `cem analyze`. Storybook's docs and
 * controls read it (.storybook/preview.ts), and IDEs use it for completion.
 *
 *   npx cem analyze            (this file is picked up automatically)
 */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.spec.ts', 'src/elements/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  watch: false,
  packagejson: true,
};
