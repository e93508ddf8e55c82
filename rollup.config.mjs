// Builds the script-tag bundle: dist/opportunity-kit.js, one self-contained ES module (lit, ky, zod inlined, minified)
// that registers every element, with rarely used parts as lazy chunks beside it (dist/chunks/): one per UI language,
// the format readers, DOMPurify, the application form. Chunks load relative to the bundle's own URL, so the dist/
// folder can be copied to any web server or CDN as is. The npm library build (dist/lib, ESM + .d.ts) is tsc's.
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { writeFileSync, mkdirSync } from 'node:fs';

/** Records which module each byte of the bundle came from, for `npm run size`'s table of what each dependency costs. */
function moduleStats() {
  return {
    name: 'module-stats',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[file] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.fromEntries(
            Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.code ?? '']),
          ),
        };
      }
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/bundle-stats.json', JSON.stringify(chunks));
    },
  };
}

export default {
  input: { 'opportunity-kit': 'src/bundle.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { outDir: 'dist', declaration: false },
      noEmitOnError: false,
    }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // papaparse ships UMD only.
    commonjs({ include: /node_modules/ }),
    terser({ ecma: 2022, module: true, compress: { passes: 1 }, format: { comments: false } }),
    moduleStats(),
  ],
  onwarn(warning, warn) {
    // zod 4 ships harmless annotation and circular-import warnings.
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
