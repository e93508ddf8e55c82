// `npm run size` (after `rollup -c`): the script-tag bundle an English-only finder page loads before its first render
// (dist/opportunity-kit.js plus the chunks it imports statically), gzip -9, against the budget; then what each
// dependency costs in those bytes, and the lazy chunks beside it. Exits 1 over budget.
//
// How the table attributes bytes: rollup.config.mjs keeps each chunk's final source map (through terser) in
// dist/bundle-stats.json. Every byte of the minified files on disk is assigned to the source file its map segment
// points at (a segment runs to the next one; bytes a segment without a source starts go to "(glue)"). A part's
// "minified" column is its exact byte count. Gzip compresses across module boundaries, so a part has no exact gzip
// size; two estimates are printed:
//   share  — the files' gzip -9 size split in proportion to minified bytes (the rows add up to the total);
//   saved  — how much smaller the gzip -9 of the files gets with that part's bytes cut out (what dropping it saves).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 40 * 1024;
const ENTRY = 'opportunity-kit.js';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';

if (!existsSync('dist/bundle-stats.json')) {
  console.error('dist/bundle-stats.json is missing: run `npx rollup -c` first.');
  process.exit(2);
}
const stats = JSON.parse(readFileSync('dist/bundle-stats.json', 'utf8'));
if (!stats[ENTRY]) {
  console.error(`dist/bundle-stats.json has no ${ENTRY}: rebuild with \`npx rollup -c\`.`);
  process.exit(2);
}

// ---------- what loads before first render: the entry and its static imports, transitively ----------
const needed = new Set();
(function walk(file) {
  if (needed.has(file)) return;
  needed.add(file);
  for (const dep of stats[file].imports) walk(dep);
})(ENTRY);
const code = new Map([...needed].map((f) => [f, readFileSync(`dist/${f}`, 'utf8')]));

let total = 0;
console.log('Loaded before first render (English finder page), gzip -9:');
for (const file of needed) {
  const size = gz(code.get(file));
  total += size;
  console.log(`  ${kb(size)}  dist/${file}`);
}
console.log(`  ${kb(total)}  total, budget ${kb(BUDGET).trim()}`);
// The entry's own dynamic imports: tags it registers on demand, and the feed parser and search engine its top-level
// await loads at once (in parallel with the feed the finder fetches; both are ready when the entry finishes evaluating).
let atOnce = 0;
const onDemand = stats[ENTRY].dynamicImports.filter((f) => !needed.has(f));
if (onDemand.length) {
  console.log('Imported dynamically by the entry, not needed before first render (see src/bundle.ts):');
  for (const f of onDemand) {
    // The chunk with the chunks it imports statically (those not already loaded).
    const files = new Set();
    (function walk(file) {
      if (files.has(file) || needed.has(file)) return;
      files.add(file);
      for (const dep of stats[file].imports) walk(dep);
    })(f);
    const size = [...files].reduce((n, file) => n + gz(readFileSync(`dist/${file}`)), 0);
    const sources = stats[f].map?.sources ?? [];
    const parser = sources.some((src) => src.endsWith('sdk/feed/parse.ts'));
    const engine = sources.some((src) => src.endsWith('sdk/search/engine.ts'));
    const when = parser
      ? 'at once, alongside the feed (the feed parser)'
      : engine
        ? 'at once, alongside the feed (the search engine)'
        : 'when its tag is in the page';
    const with_ = files.size > 1 ? ` (+ ${[...files].slice(1).map((x) => x.replace('chunks/', '')).join(', ')})` : '';
    console.log(`  ${kb(size)}  dist/${f}${with_}  ${when}`);
    if (parser || engine) atOnce += size;
  }
}
// Not budgeted by the issue's definition, but what every finder page downloads before its results can show.
console.log(`  ${kb(total + atOnce)}  before the first results show (first render + the feed parser and the search engine)`);

// ---------- attribution of the first-render bytes by source map ----------
/** Which part of the table a source file belongs to. */
function partOf(source) {
  if (source === '(glue)') return 'own code';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (!m) return 'own code';
  const pkg = m[1];
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg)) return 'lit';
  if (pkg.startsWith('@lit/')) return 'lit';
  if (pkg === 'dompurify') return 'DOMPurify';
  return pkg;
}
/** A finer split of own code, by folder. */
function areaOf(source) {
  if (source === '(glue)') return '(glue)';
  const m = /^src\/((?:sdk|elements)\/[^/]+|i18n\/en|[^/]+)/.exec(source);
  return m ? m[1].replace(/\.ts$/, '') : source;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = Object.fromEntries([...B64].map((c, i) => [c, i]));
/** Decode a source map's `mappings` into, per generated line, [generated column, source index or -1]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64_VALUE[ch];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      col += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        segs.push([col, source]);
      } else segs.push([col, -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** For one file: a list of [start, end, source] character ranges covering all of its code. */
function rangesOf(file, text) {
  const map = stats[file].map;
  const out = [];
  if (!map) return [[0, text.length, '(glue)']];
  const lines = decodeMappings(map.mappings);
  let lineStart = 0;
  const textLines = text.split('\n');
  // A segment runs to the next one, across line ends (minified template literals keep their newlines).
  let src = '(glue)';
  for (let i = 0; i < textLines.length; i++) {
    const len = textLines[i].length + (i < textLines.length - 1 ? 1 : 0);
    const segs = lines[i] ?? [];
    let pos = 0;
    for (const [col, idx] of segs) {
      if (col > pos) out.push([lineStart + pos, lineStart + col, src]);
      pos = Math.max(pos, col);
      src = idx >= 0 ? map.sources[idx] : '(glue)';
    }
    if (len > pos) out.push([lineStart + pos, lineStart + len, src]);
    lineStart += len;
  }
  return out;
}

const ranges = [...needed].map((f) => ({ file: f, text: code.get(f), ranges: rangesOf(f, code.get(f)) }));
const bytesBy = (key) => {
  const out = new Map();
  for (const { text, ranges: rs } of ranges) {
    for (const [a, b, src] of rs) {
      const k = key(src);
      out.set(k, (out.get(k) ?? 0) + Buffer.byteLength(text.slice(a, b)));
    }
  }
  return out;
};
const minTotal = [...needed].reduce((n, f) => n + Buffer.byteLength(code.get(f)), 0);
/** gzip -9 of every first-render file with the bytes of one part (by `key`) cut out. */
const gzWithout = (key, name) =>
  ranges.reduce(
    (n, { text, ranges: rs }) =>
      n + gz(rs.filter(([, , src]) => key(src) !== name).map(([a, b]) => text.slice(a, b)).join('')),
    0,
  );

function table(title, key, filter = () => true) {
  const bytes = bytesBy(key);
  const rows = [...bytes]
    .filter(([name]) => filter(name))
    .map(([name, min]) => [name, min, (total * min) / minTotal, total - gzWithout(key, name)])
    .sort((a, b) => b[1] - a[1]);
  console.log(`\n${title}`);
  console.log(`  ${'minified'.padStart(9)}  ${'gz share'.padStart(9)}  ${'gz saved'.padStart(9)}  part`);
  for (const [name, min, share, saved] of rows) console.log(`  ${kb(min)}  ${kb(share)}  ${kb(saved)}  ${name}`);
  return rows;
}

const parts = table('What each part of the first-render bytes costs (source-map attribution, see scripts/size.mjs):', partOf);
for (const dep of ['lit', 'ky', 'zod', 'DOMPurify']) {
  if (!parts.some(([name]) => name === dep)) console.log(`  ${kb(0)}  ${kb(0)}  ${kb(0)}  ${dep} (not loaded before first render)`);
}
table('Own code by folder:', (src) => (partOf(src) === 'own code' ? areaOf(src) : '-'), (name) => name !== '-');
// `npm run size -- --files`: own code file by file, for finding what to trim.
if (process.argv.includes('--files')) {
  table('Own code by file:', (src) => (partOf(src) === 'own code' ? src : '-'), (name) => name !== '-');
}

// Lit (and any other package) must be its production build: `development/` builds are larger and warn in the console.
const devBuilds = [...new Set(Object.values(stats).flatMap((c) => c.map?.sources ?? []))].filter((src) =>
  /node_modules\/.*\/development\//.test(src),
);
if (devBuilds.length) {
  console.error(`\nDevelopment builds in the bundle (check nodeResolve's exportConditions): ${devBuilds.join(', ')}`);
  process.exitCode = 1;
}

// ---------- the lazy chunks ----------
const lazy = Object.keys(stats).filter((f) => !needed.has(f));
const lazySize = (f) => gz(readFileSync(`dist/${f}`));
const lazyDeps = new Set();
for (const f of lazy) for (const s of stats[f].map?.sources ?? []) if (s.includes('node_modules/')) lazyDeps.add(partOf(s));
const lazyTotal = lazy.reduce((n, f) => n + lazySize(f), 0);
console.log(`\nLazy chunks beside it, loaded when needed: ${lazy.length} files, ${kb(lazyTotal).trim()} gzip -9 in all`);
const named = new Map();
for (const f of lazy) {
  const name = f
    .replace(/^chunks\//, '')
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/^i18n-[a-z]{2}$/, 'i18n (a UI language)');
  const e = named.get(name) ?? { n: 0, size: 0 };
  e.n++;
  e.size += lazySize(f);
  named.set(name, e);
}
for (const [name, { n, size }] of [...named].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`  ${kb(size)}  ${name}${n > 1 ? ` (${n} files, ${kb(size / n).trim()} each on average)` : ''}`);
}
console.log(`  dependencies only in lazy chunks: ${[...lazyDeps].filter((d) => !parts.some(([p]) => p === d)).join(', ') || '(none)'}`);

if (total > BUDGET) {
  console.error(`\nOver budget: ${total} bytes > ${BUDGET} bytes (gzip -9, before first render).`);
  process.exit(1);
}
console.log(`\nWithin budget: ${total} of ${BUDGET} bytes (gzip -9, before first render).`);
