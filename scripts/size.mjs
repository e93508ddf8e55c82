// `npm run size`: the script-tag bundle an English-only finder page loads before first render (the entry plus the
// chunks it imports statically), gzip -9, against the budget; then what each dependency costs. Exits 1 over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const BUDGET = 40 * 1024;
const gz = (s) => gzipSync(s, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';

const stats = JSON.parse(readFileSync('dist/bundle-stats.json', 'utf8'));
const entry = 'opportunity-kit.js';
const needed = new Set();
(function walk(file) {
  if (needed.has(file)) return;
  needed.add(file);
  for (const dep of stats[file]?.imports ?? []) walk(dep);
})(entry);

let total = 0;
console.log('Loaded before first render (English finder page):');
for (const file of needed) {
  const size = gz(readFileSync(`dist/${file}`));
  total += size;
  console.log(`  ${kb(size)}  dist/${file}`);
}
const lazy = readdirSync('dist/chunks').filter((f) => !needed.has(`chunks/${f}`));
const lazyTotal = lazy.reduce((n, f) => n + gz(readFileSync(`dist/chunks/${f}`)), 0);
console.log(`  ${kb(total)}  total, budget ${kb(BUDGET)} (gzip -9)`);
console.log(`Lazy chunks loaded only when needed: ${lazy.length} files, ${kb(lazyTotal).trim()} gzip in all`);

// What each dependency costs in the first-render bundle: its modules' code, minified and gzipped on their own.
const groups = new Map();
for (const file of needed) {
  for (const [id, code] of Object.entries(stats[file].modules)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
    const name = m ? m[1].replace(/^@lit\/reactive-element$|^lit-html$|^lit-element$/, 'lit') : 'own code';
    groups.set(name, (groups.get(name) ?? '') + code + '\n');
  }
}
console.log('\nWhat each part costs (each minified and gzipped on its own, so the sum exceeds the total):');
const rows = [];
for (const [name, code] of groups) {
  const min = (await minify(code, { module: true, ecma: 2022, compress: true, mangle: true })).code ?? '';
  rows.push([name, gz(min)]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [name, size] of rows) console.log(`  ${kb(size)}  ${name}`);
const lazyDeps = new Set();
for (const f of lazy) for (const id of Object.keys(stats[`chunks/${f}`]?.modules ?? {})) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (m) lazyDeps.add(m[1]);
}
console.log(`  lazy only: ${[...lazyDeps].filter((d) => !groups.has(d)).join(', ') || '(none)'}`);

if (total > BUDGET) {
  console.error(`\nOver budget: ${total} bytes > ${BUDGET} bytes`);
  process.exit(1);
}
console.log(`\nWithin budget: ${total} of ${BUDGET} bytes.`);
