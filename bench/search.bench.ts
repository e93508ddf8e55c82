/**
 * Search speed and memory: our index vs MiniSearch vs a naive `includes` scan, on generated feeds of 10,000 and
 * 100,000 items.
 *
 *   node --expose-gc --import tsx bench/search.bench.ts          (both sizes)
 *   node --import tsx bench/search.bench.ts --sizes=10000        (one size; gc is enabled at run time if needed)
 *   node --import tsx bench/search.bench.ts --engines=ours,labels (some engines: ours, labels, minisearch, naive)
 *
 * Items are generated deterministically (seeded PRNG): words drawn from a Zipf distribution over a 30,000-word
 * vocabulary (real domain words at the top, then pseudo-words with diacritics), titles ~8 words, summaries ~20,
 * descriptions ~80, multilingual titles for one item in five, and realistic facet values (kinds, countries, cities,
 * topics, ISCED fields, audiences, languages, dates).
 *
 * Every query counts all facets (the page of a finder always shows them):
 * - ours: `index.search({ text, now })`, which counts every facet disjunctively in the same pass;
 * - MiniSearch: `prefix` on the last word + `fuzzy: 0.2` + AND over the same text fields (title, summary,
 *   description, provider/place/topics/tags) with the same boosts and diacritic folding, then one pass over its hits
 *   counting the ten facets;
 * - naive: every item's text folded once with `foldText`, then `includes` of every folded query word, then the same
 *   facet pass.
 * Queries: common words, rare words, two-word queries, 3-letter prefixes, typos. After a warm-up (up to 0.5 s), the query
 * list is run up to ROUNDS times per engine (a slow engine stops once QUERY_BUDGET_MS of query time is spent, so the
 * whole bench stays around a minute); median and max are over all timed runs (`runs`). Ours keeps a small per-word
 * cache of prefix/typo expansions, so a repeated word is cheaper, as when someone types.
 *
 * Memory: `heapUsed + arrayBuffers` growth after a full gc while the engine is alive (typed arrays live outside the
 * JS heap, so heapUsed alone would under-count an index made of them).
 *
 * Budgets (issue): median ≤ 0.5 ms at 10k and ≤ 5 ms at 100k, slowest ≤ 30 ms at 100k, build at 100k ≤ 3 s,
 * memory ≤ MiniSearch's.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import type { Opportunity } from '../src/sdk/feed/schema.js';
import { opportunityStatus } from '../src/sdk/status.js';
import { createSearchIndex, foldText } from '../src/sdk/search/index.js';
import type { SearchLabels } from '../src/sdk/search/index.js';
import { searchLabels } from '../src/sdk/vocab/labels.js';
import '../src/i18n/vocab-loaders.js';
import { loadAllVocabularies } from '../src/i18n/vocab.js';

const ROUNDS = 3;
/** A slow engine stops after the round that passes this much query time (at least one round is always timed). */
const QUERY_BUDGET_MS = 4000;
const NOW = new Date('2027-02-01T12:00:00Z');

// ---------- deterministic data ----------
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL_WORDS = (
  'the of and to in for with on staff week university international library students teaching learning ' +
  'mobility erasmus training programme research exchange services management digital open science network ' +
  'education partner institutions participants project skills visit days practice job shadowing course ' +
  'administrative academic european innovation support development quality inclusion sustainability green ' +
  'teachers school vocational adult workshop session presentation experience cooperation culture language ' +
  'communication technology data career guidance office relations campus welcome week hospitality tourism ' +
  'engineering health nursing care social business economics law history art design music sport ' +
  'bibliothèque université échange formation coopération società università biblioteca educação ciência ' +
  'wissenschaft hochschule bildung weiterbildung zusammenarbeit öffentliche förderung stadtbibliothek ' +
  'vård omsorg högskola utbildning kunskap forskning łódź kraków współpraca szkoła nauczyciel ' +
  'εκπαίδευση πανεπιστήμιο συνεργασία образование университет сотрудничество'
).split(/\s+/);

const SYLLABLES = 'ka lo mi ne ra su te vi bo da re po li sa ma no ti ve ga ru be di fo ko lu pe si to ze an er in on ur el ås ø æ ł é ü ñ ç'.split(
  ' ',
);

const CITIES: [string, string][] = [
  ['Gent', 'BE'], ['Leuven', 'BE'], ['Liège', 'BE'], ['Porto', 'PT'], ['Lisboa', 'PT'], ['Kraków', 'PL'],
  ['Łódź', 'PL'], ['Wrocław', 'PL'], ['Tartu', 'EE'], ['Bologna', 'IT'], ['Torino', 'IT'], ['Granada', 'ES'],
  ['Sevilla', 'ES'], ['Thessaloniki', 'GR'], ['Utrecht', 'NL'], ['Groningen', 'NL'], ['Uppsala', 'SE'],
  ['Borås', 'SE'], ['Göteborg', 'SE'], ['Helsinki', 'FI'], ['Jyväskylä', 'FI'], ['Århus', 'DK'], ['Tromsø', 'NO'],
  ['Reykjavík', 'IS'], ['Wien', 'AT'], ['Graz', 'AT'], ['München', 'DE'], ['Köln', 'DE'], ['Lyon', 'FR'],
  ['Île-de-France', 'FR'], ['Brno', 'CZ'], ['Košice', 'SK'], ['Ljubljana', 'SI'], ['Zagreb', 'HR'], ['Cluj-Napoca', 'RO'],
  ['Plovdiv', 'BG'], ['Debrecen', 'HU'], ['Vilnius', 'LT'], ['Rīga', 'LV'], ['Cork', 'IE'], ['Valletta', 'MT'],
  ['Nicosia', 'CY'], ['Luxembourg', 'LU'], ['İzmir', 'TR'], ['Skopje', 'MK'], ['Beograd', 'RS'],
];
const KINDS = ['staff-week', 'job-shadowing', 'teaching', 'course', 'traineeship', 'vet-placement', 'volunteering', 'research-job', 'good-practice', 'other'] as const;
const PROVIDER_TYPES = ['hei', 'vet', 'school', 'adult-education', 'company', 'ngo', 'public-authority', 'network'] as const;
const MODES = ['onsite', 'online', 'blended'] as const;
const TOPICS = (
  'libraries open-science international-relations human-resources ict student-services research-support ' +
  'quality-assurance sustainability inclusion digital-education language-policy finance procurement marketing ' +
  'alumni career-services mental-health accessibility data-protection e-learning curriculum-design ' +
  'entrepreneurship internationalisation-at-home virtual-exchange micro-credentials green-campus'
).split(' ');
const AUDIENCE = ['academic-staff', 'administrative-staff', 'technical-staff', 'library-staff', 'teachers', 'students', 'vet-learners', 'adult-learners', 'job-seekers'];
const LANGS = ['en', 'en', 'en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'fi', 'el', 'cs', 'hu'];
const FIELDS = ['00', '01', '011', '0111', '0114', '02', '021', '0213', '0222', '0231', '03', '031', '0311', '032', '0322', '04', '041', '0413', '0415', '042', '05', '051', '0511', '06', '061', '0613', '07', '071', '0714', '073', '08', '081', '09', '091', '0913', '10', '101', '1015'];

function zipf(size: number, s: number, r: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < size; i++) cdf[i]! /= sum;
  return () => {
    const x = r();
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Data {
  items: Opportunity[];
  vocab: string[];
}

export function generate(n: number, seed = 42): Data {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const vocab = [...REAL_WORDS];
  const seen = new Set(vocab);
  while (vocab.length < 30_000) {
    let w = '';
    const k = 2 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) w += pick(SYLLABLES);
    if (!seen.has(w)) {
      seen.add(w);
      vocab.push(w);
    }
  }
  const word = zipf(vocab.length, 1.05, r);
  const sentence = (len: number) => {
    const out: string[] = [];
    for (let i = 0; i < len; i++) out.push(vocab[word()]!);
    const s = out.join(' ');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const pad = (x: number) => String(x).padStart(2, '0');
  const date = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const base = Date.UTC(2026, 0, 1);
  const items: Opportunity[] = [];
  for (let i = 0; i < n; i++) {
    const [city, country] = pick(CITIES);
    const lang = pick(LANGS);
    const startT = base + Math.floor(r() * 900) * 86_400_000;
    const o: Opportunity = {
      id: `https://example.eu/opportunities/${i}`,
      kind: KINDS[Math.min(KINDS.length - 1, Math.floor(Math.pow(r(), 2) * KINDS.length))]!,
      title: r() < 0.2 ? { en: sentence(8), [pick(LANGS.slice(3))]: sentence(8) } : { [lang]: sentence(6 + Math.floor(r() * 5)) },
      summary: { [lang]: sentence(15 + Math.floor(r() * 10)) },
      description: { [lang]: `<p>${sentence(40)}.</p><p>${sentence(40)}.</p>` },
      language: lang,
      provider: {
        name: { [lang]: `${pick(['University', 'Hochschule', 'Université', 'Uniwersytet', 'College'])} ${city} ${vocab[word()]}` },
        country,
        city,
        type: pick(PROVIDER_TYPES),
      },
      ...(r() < 0.7 ? { location: { city, country } } : {}),
      mode: pick(MODES),
      direction: r() < 0.9 ? 'offer' : 'request',
      ...(r() < 0.95 ? { start: date(startT), end: date(startT + Math.floor(1 + r() * 10) * 86_400_000) } : {}),
      application: {
        ...(r() < 0.8 ? { deadline: date(startT - Math.floor(10 + r() * 80) * 86_400_000) } : {}),
        ...(r() < 0.2 ? { opens: date(startT - 120 * 86_400_000) } : {}),
        ...(r() < 0.05 ? { placesLeft: 0 } : {}),
      },
      topics: [pick(TOPICS), ...(r() < 0.5 ? [pick(TOPICS)] : [])].filter((t, k, a) => a.indexOf(t) === k),
      fields: [pick(FIELDS), ...(r() < 0.3 ? [pick(FIELDS)] : [])].filter((t, k, a) => a.indexOf(t) === k),
      audience: [pick(AUDIENCE), ...(r() < 0.4 ? [pick(AUDIENCE)] : [])].filter((t, k, a) => a.indexOf(t) === k),
      languages: [{ lang: pick(LANGS) }],
      ...(r() < 0.3 ? { tags: [vocab[word()]!, vocab[word()]!] } : {}),
      ...(r() < 0.8 ? { updated: `${date(startT - 200 * 86_400_000)}T10:00:00Z` } : {}),
      ...(r() < 0.02 ? { status: 'cancelled' as const } : {}),
    };
    items.push(o);
  }
  // Through JSON, as a feed arrives: flat strings, so no engine's build changes the data's own memory (V8 flattens
  // concatenated strings the first time their characters are read, which would skew the memory figures).
  return { items: JSON.parse(JSON.stringify(items)) as Opportunity[], vocab };
}

export function queries(vocab: string[]): { label: string; text: string }[] {
  const r = prng(7);
  const pickIn = (lo: number, hi: number) => vocab[lo + Math.floor(r() * (hi - lo))]!;
  const out: { label: string; text: string }[] = [];
  for (const w of ['university', 'staff', 'library', 'international', 'erasmus']) out.push({ label: 'common', text: w });
  for (let i = 0; i < 5; i++) out.push({ label: 'rare', text: pickIn(3000, 30000) });
  out.push({ label: 'two words', text: 'staff week' });
  out.push({ label: 'two words', text: 'library training' });
  out.push({ label: 'two words', text: `university ${pickIn(200, 2000)}` });
  out.push({ label: 'two words', text: `${pickIn(500, 5000)} ${pickIn(100, 1000)}` });
  out.push({ label: 'two words', text: 'vard omsorg' });
  for (const p of ['lib', 'uni', 'int', 'kar', 'bor', 'lod']) out.push({ label: 'prefix', text: p });
  for (const w of ['libary', 'univresity', 'internationl', 'coopération', 'hochschul']) out.push({ label: 'typo/fold', text: w });
  return out;
}

// ---------- engines ----------
interface Engine {
  name: string;
  run(text: string): number;
}

const FACETS = ['kind', 'direction', 'providerType', 'country', 'topic', 'field', 'audience', 'mode', 'language', 'status'] as const;

/** The facet pass the other engines need: count every facet value over the hits. */
function facetPass(items: Opportunity[], hits: ArrayLike<number>): number {
  const counts = FACETS.map(() => new Map<string, number>());
  const inc = (m: Map<string, number>, v: string | undefined) => {
    if (v !== undefined) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (let i = 0; i < hits.length; i++) {
    const o = items[hits[i]!]!;
    inc(counts[0]!, o.kind);
    inc(counts[1]!, o.direction ?? 'offer');
    inc(counts[2]!, o.provider.type);
    inc(counts[3]!, o.location?.country ?? o.provider.country);
    for (const t of o.topics ?? []) inc(counts[4]!, t);
    for (const f of o.fields ?? []) inc(counts[5]!, f);
    for (const a of o.audience ?? []) inc(counts[6]!, a);
    inc(counts[7]!, o.mode);
    for (const l of o.languages ?? []) inc(counts[8]!, l.lang);
    inc(counts[9]!, opportunityStatus(o, NOW));
  }
  return counts.length;
}

const allText = (o: Opportunity, field: string): string => {
  const vals = (t: Record<string, string> | undefined) => (t ? Object.values(t).join(' ') : '');
  switch (field) {
    case 'title':
      return vals(o.title);
    case 'summary':
      return vals(o.summary);
    case 'description':
      return vals(o.description).replace(/<[^>]*>/g, ' ');
    default:
      return [vals(o.provider.name), o.provider.city, o.location?.city, o.location?.region, ...(o.topics ?? []), ...(o.tags ?? [])]
        .filter(Boolean)
        .join(' ');
  }
};

function ours(items: Opportunity[]): Engine {
  const index = createSearchIndex(items, { now: NOW });
  return { name: 'ours', run: (text) => index.search({ text }).total };
}

/** The labels of the 24 vocabularies and country names (`searchLabels`), loaded once by `run()`. */
let labelData: SearchLabels | undefined;
/** Ours with the labels of topics, fields, kinds and countries in 24 languages (search across languages). */
function oursWithLabels(items: Opportunity[]): Engine {
  const index = createSearchIndex(items, { now: NOW, labels: labelData! });
  return { name: 'ours+labels', run: (text) => index.search({ text }).total };
}

function minisearch(items: Opportunity[]): Engine {
  const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const ms = new MiniSearch<{ i: number }>({
    idField: 'i',
    fields: ['title', 'summary', 'description', 'meta'],
    extractField: (doc, field) => (field === 'i' ? doc.i : allText(items[doc.i]!, field)),
    processTerm: fold,
    searchOptions: {
      boost: { title: 8, summary: 4, meta: 2, description: 1 },
      prefix: (_t, i, terms) => i === terms.length - 1,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
  ms.addAll(items.map((_, i) => ({ i })));
  return {
    name: 'minisearch',
    run: (text) => {
      const hits = ms.search(text);
      facetPass(items, hits.map((h) => h.id as number));
      return hits.length;
    },
  };
}

function naive(items: Opportunity[]): Engine {
  const texts = items.map((o) => foldText(['title', 'summary', 'description', 'meta'].map((f) => allText(o, f)).join(' ')));
  const hits = new Int32Array(items.length);
  return {
    name: 'naive',
    run: (text) => {
      const words = foldText(text).split(' ').filter(Boolean);
      let m = 0;
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i]!;
        if (words.every((w) => t.includes(w))) hits[m++] = i;
      }
      facetPass(items, hits.subarray(0, m));
      return m;
    },
  };
}

// ---------- measuring ----------
function getGc(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const gc = getGc();
const mem = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

interface Row {
  size: number;
  engine: string;
  build: number;
  /** CPU time of the build (all threads, GC included): steadier than wall time on a shared machine. */
  buildCpu: number;
  memory: number;
  median: number;
  max: number;
  /** The slowest query in CPU time: a wall-clock max on a busy machine can be the OS running something else. */
  maxCpu: number;
  perLabel: Map<string, number[]>;
  runs: number;
}

function bench(size: number): Row[] {
  const { items, vocab } = generate(size);
  const qs = queries(vocab);
  const rows: Row[] = [];
  const totals = new Map<string, number[]>();
  for (const make of engines) {
    const before = mem();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let engine: Engine | undefined = make(items);
    const build = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    const buildCpu = (c1.user + c1.system) / 1000;
    const memory = mem() - before;
    // Warm-up (JIT), not timed: whole passes while they are cheap (up to 5 passes or 0.5 s), else the first queries.
    const warm = performance.now();
    for (let pass = 0; pass < 5 && performance.now() - warm < 500; pass++) {
      for (const q of pass === 0 ? qs.slice(0, 6) : qs) engine.run(q.text);
    }
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const perLabel = new Map<string, number[]>();
    const counts: number[] = [];
    let spent = 0;
    for (let round = 0; round < ROUNDS && (round === 0 || spent < QUERY_BUDGET_MS); round++) {
      for (const q of qs) {
        const c = process.cpuUsage();
        const t = performance.now();
        const total = engine.run(q.text);
        const dt = performance.now() - t;
        const dc = process.cpuUsage(c);
        cpuTimes.push((dc.user + dc.system) / 1000);
        spent += dt;
        times.push(dt);
        if (!perLabel.has(q.label)) perLabel.set(q.label, []);
        perLabel.get(q.label)!.push(dt);
        if (round === 0) counts.push(total);
      }
    }
    totals.set(engine.name, counts);
    rows.push({ size, engine: engine.name, build, buildCpu, memory, median: median(times), max: Math.max(...times), maxCpu: Math.max(...cpuTimes), perLabel, runs: times.length });
    engine = undefined;
  }
  const line = (name: string) => `${name}: ${qs.map((q, i) => `${q.text}=${totals.get(name)![i]}`).join(' ')}`;
  console.log(`\n${size.toLocaleString('en')} items; hits per query`);
  for (const name of totals.keys()) console.log('  ' + line(name));
  return rows;
}

let engines = [ours, oursWithLabels, minisearch, naive];

export async function run(sizes = [10_000, 100_000], only?: string[]): Promise<void> {
  labelData = searchLabels((await loadAllVocabularies()).values());
  if (only) engines = engines.filter((e) => only.includes(e.name === 'oursWithLabels' ? 'labels' : e.name));
  if (!gc) console.log('(no gc available: memory figures are rough)');
  const load = os.loadavg()[0]!;
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${load.toFixed(1)}${load > os.cpus().length * 0.75 ? ' (busy machine: timings are inflated)' : ''}`);
  const rows: Row[] = [];
  for (const size of sizes) rows.push(...bench(size));
  const labels = [...rows[0]!.perLabel.keys()];
  const header = ['items', 'engine', 'runs', 'build ms', 'build cpu ms', 'memory MB', 'median ms', 'max ms', 'max cpu ms', ...labels.map((l) => `${l} (med)`)];
  const table = rows.map((r) => [
    r.size.toLocaleString('en'),
    r.engine,
    String(r.runs),
    r.build.toFixed(0),
    r.buildCpu.toFixed(0),
    (r.memory / 1e6).toFixed(1),
    fmt(r.median),
    fmt(r.max),
    fmt(r.maxCpu),
    ...labels.map((l) => fmt(median(r.perLabel.get(l) ?? [0]))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const print = (cells: string[]) => console.log('| ' + cells.map((c, i) => c.padStart(widths[i]!)).join(' | ') + ' |');
  console.log('');
  print(header);
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of table) print(row);
  console.log('\nBudgets (ours): median ≤ 0.5 ms at 10k, ≤ 5 ms at 100k; max ≤ 30 ms at 100k; build ≤ 3 s at 100k; memory ≤ MiniSearch.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = arg ? arg.slice(8).split(',').map(Number).filter((x) => x > 0) : undefined;
  const engineArg = process.argv.find((a) => a.startsWith('--engines='));
  run(sizes, engineArg ? engineArg.slice(10).split(',') : undefined).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
