// Builds the script-tag bundle: dist/opportunity-kit.js, a small ES module entry that registers every element, and
// beside it (dist/chunks/) one core chunk with everything a finder page needs before its first render (lit and own
// code, minified) plus lazy chunks: one per UI language, <opp-detail> (with the calendar export), the detail's
// sanitiser (DOMPurify), <opp-stats>, the application form, the feed parser, the format readers. Chunks load relative
// to the bundle's own URL, so the dist/ folder can be copied to any web server or CDN as is. `npm run size` checks the
// budget. The npm library build (dist/lib, ESM + .d.ts) is tsc's.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * Records, for `npm run size`, each chunk's static and dynamic imports and its final (minified) source map, so the size
 * script can attribute every byte of the files on disk to the module it came from. The maps are not written to dist/.
 * Also deletes chunks that earlier builds left in dist/chunks (file names carry content hashes).
 */
function moduleStats() {
  let chunks = {};
  return {
    name: 'module-stats',
    generateBundle(_options, bundle) {
      chunks = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (file.endsWith('.map')) {
          delete bundle[file];
          continue;
        }
        if (chunk.type !== 'chunk') continue;
        const map = chunk.map;
        chunks[file] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          map: map && {
            sources: map.sources.map((s) => relative(process.cwd(), resolve('dist', dirname(file), s))),
            mappings: map.mappings,
          },
        };
      }
    },
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/bundle-stats.json', JSON.stringify(chunks));
      for (const f of readdirSync('dist/chunks')) if (!chunks[`chunks/${f}`]) rmSync(`dist/chunks/${f}`);
    },
  };
}

/** `output.manualChunks`: every module statically reachable from `entry` (but `entry` itself) in the chunk `name`. */
function eagerInOneChunk(entry, name) {
  let eager;
  return (id, { getModuleInfo }) => {
    if (!eager) {
      eager = new Set();
      const walk = (m) => {
        if (eager.has(m)) return;
        eager.add(m);
        for (const dep of getModuleInfo(m)?.importedIds ?? []) walk(dep);
      };
      walk(resolve(entry));
      eager.delete(resolve(entry));
    }
    return eager.has(id) ? name : undefined;
  };
}

export default {
  input: { 'opportunity-kit': 'src/bundle.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks are named for their main module; an `index.ts` for its folder (`i18n-sv-….js`, `formats-….js`).
    chunkFileNames: (chunk) => {
      const main = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
      const lang = /[\\/]i18n[\\/]([a-z]{2})[\\/]index\.ts$/.exec(main)?.[1];
      const folder = /[\\/]src[\\/](?:.*[\\/])?([\w-]+)[\\/]index\.ts$/.exec(main)?.[1];
      return `chunks/${lang ? `i18n-${lang}` : (folder ?? '[name]')}-[hash].js`;
    },
    // Everything the entry imports statically goes into ONE chunk (gzip compresses one file better than several, and
    // it is one request). The entry file keeps only its own small module, so lazy chunks import that chunk, never the
    // entry: a page that loads `opportunity-kit.js?v=2` gets no second copy when a lazy chunk loads, and the entry's
    // top-level await (which waits for lazy chunks that import the core chunk) cannot deadlock.
    manualChunks: eagerInOneChunk('src/bundle.ts', 'core'),
    // Maps are made for the size report only (moduleStats removes them from the output).
    sourcemap: 'hidden',
    generatedCode: 'es2015',
  },
  plugins: [
    // White space and comments out of Lit's html`` and css`` templates (html-minifier-next and lightningcss, no CSS
    // transpiling). A template it cannot read fails the build rather than shipping unminified. Runs of white space
    // become one space, never none: a template such as html` · <span>…</span>` must keep its leading space. Empty
    // attributes stay (an empty `lang` or `alt` means something).
    minifyHTML({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: {
        minifyOptions: {
          caseSensitive: true,
          collapseWhitespace: true,
          conservativeCollapse: true,
          decodeEntities: true,
          minifyCSS: { minify: true },
          removeComments: true,
          removeAttributeQuotes: false,
          removeEmptyAttributes: false,
        },
      },
    }),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { outDir: 'dist', declaration: false, sourceMap: true },
      noEmitOnError: false,
    }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // papaparse ships UMD only.
    commonjs({ include: /node_modules/ }),
    // Measured: passes 2 and es2015 glue save ~40 bytes gz; pure_getters and unsafe_arrows are not used (Lit reads
    // layout getters for their side effects; zod calls functions with `new`).
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    moduleStats(),
  ],
  onwarn(warning, warn) {
    // zod 4 ships harmless annotation and circular-import warnings.
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
