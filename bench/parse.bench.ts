/**
 * Parsing throughput of `parseFeed` on generated feeds (issue budget: a 10,000-item feed in under 200 ms).
 *
 *   node --expose-gc --import tsx bench/parse.bench.ts
 *
 * Two deterministic 10,000-item feeds, parsed from their JSON text (so the time includes `JSON.parse`):
 * - "mixed": realistic — one in ten items fills every field (form, privacy, consents…), most have the typical
 *   fields, some only the required ones; titles are multilingual maps or plain strings;
 * - "full": every item fills every field (the worst case).
 * Each case is warmed up, then timed RUNS times; the median is printed (and the first, cold parse: what a page that
 * parses one feed pays, JIT warm-up included).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../src/sdk/feed/parse.js';

const ITEMS = 10_000;
const RUNS = 9;
const WARMUP = 3;

/** mulberry32: a small seeded PRNG so every run benches the same feed. */
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

const CITIES: [string, string, string, string][] = [
  ['Gent', 'BE', 'B  GENT01', 'ugent.be'],
  ['Leuven', 'BE', 'B LEUVEN01', 'kuleuven.be'],
  ['Porto', 'PT', 'P PORTO02', 'up.pt'],
  ['Kraków', 'PL', 'PL KRAKOW01', 'uj.edu.pl'],
  ['Tartu', 'EE', 'EE TARTU02', 'ut.ee'],
  ['Bologna', 'IT', 'I BOLOGNA01', 'unibo.it'],
  ['Granada', 'ES', 'E GRANADA01', 'ugr.es'],
  ['Thessaloniki', 'el', 'G THESSAL01', 'auth.gr'],
  ['Utrecht', 'NL', 'NL UTRECHT01', 'uu.nl'],
  ['Uppsala', 'SE', 'S UPPSALA01', 'uu.se'],
];
const KINDS = ['staff-week', 'job-shadowing', 'teaching', 'course', 'traineeship', 'vet-placement', 'volunteering'];
const TOPICS = ['libraries', 'open-science', 'international-relations', 'human-resources', 'ict', 'student-services'];
const AUDIENCE = ['library-staff', 'administrative-staff', 'academic-staff', 'teachers', 'technical-staff'];
const LANGS = ['en', 'nl', 'fr', 'de', 'pt-BR', 'es', 'it', 'pl'];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (r: () => number, year: number) => `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;

function fullItem(i: number, r: () => number): Record<string, unknown> {
  const [city, country, code, schac] = CITIES[i % CITIES.length]!;
  const host = `https://www.${schac}`;
  return {
    id: `${host}/opportunities/${i}`,
    kind: KINDS[i % KINDS.length],
    direction: 'offer',
    title: { en: `International Staff Week ${i}`, nl: `Internationale week ${i}`, fr: `Semaine internationale ${i}` },
    summary: { en: 'Five days on open science services and learning centres.', nl: 'Vijf dagen over open science.' },
    description: '<p>Programme: <strong>visits</strong>, workshops and a <a href="https://example.eu">city walk</a>.</p>',
    language: 'en',
    url: `${host}/staffweek/${i}`,
    provider: { name: { en: `University of ${city}` }, country, city, erasmusCode: code, schac, pic: '999986096', type: 'hei', url: host },
    location: { city, country, region: 'Region', lat: 51.05, lon: 3.72 },
    mode: 'blended',
    start: '2027-05-10',
    end: '2027-05-14',
    application: {
      opens: '2026-12-01',
      deadline: '2027-02-28T23:59:00+01:00',
      url: `${host}/staffweek/apply`,
      email: 'mailto:staffweek@example.eu',
      places: 25,
      placesLeft: 7,
      form: {
        endpoint: 'https://apply.example.eu/api/applications',
        fields: [
          { name: 'givenName', type: 'text', label: { en: 'Given name', nl: 'Voornaam' }, required: true, autocomplete: 'given-name' },
          { name: 'email', type: 'email', label: 'E-mail', required: true, autocomplete: 'email' },
          { name: 'role', type: 'select', label: 'Your role', options: [{ value: 'admin', label: 'Administrative staff' }, { value: 'lib', label: { en: 'Library staff' } }] },
          { name: 'motivation', type: 'textarea', label: 'Motivation', maxLength: 2000, help: 'Why you?' },
          { name: 'cv', type: 'file', label: 'CV (PDF)', accept: '.pdf', maxBytes: 5242880 },
        ],
        privacy: {
          controller: `University of ${city}`,
          purpose: 'Selecting participants',
          retention: '12 months',
          policyUrl: `${host}/privacy`,
          legalBasis: 'Consent',
        },
        consents: [{ name: 'newsletter', label: 'Send me future staff weeks', required: false }],
      },
    },
    audience: ['library-staff', 'administrative-staff'],
    topics: ['libraries', 'open-science'],
    fields: ['0322', '041'],
    languages: [{ lang: 'en', level: 'B2' }, { lang: 'nl', level: 'a2' }],
    fee: { amount: 150, currency: 'EUR', covers: 'Lunches, social programme' },
    funding: ['erasmus-plus-ka1'],
    learningOutcomes: ['Know open science services', { en: 'Compare learning centres' }],
    recognition: { ects: 2, note: 'Certificate of attendance' },
    contact: { name: 'Staff week team', email: 'staffweek@example.eu', phone: '+32 9 264 00 00', url: `${host}/contact` },
    image: `${host}/img/${i % 50}.jpg`,
    tags: ['library', `tag-${Math.floor(r() * 40)}`],
    status: 'scheduled',
    feedback: { rating: 4.5, count: 31 },
    updated: '2026-11-18T09:00:00Z',
  };
}

function typicalItem(i: number, r: () => number): Record<string, unknown> {
  const [city, country, code] = CITIES[Math.floor(r() * CITIES.length)]!;
  const lang = LANGS[Math.floor(r() * LANGS.length)]!;
  const year = 2027;
  const start = day(r, year);
  const item: Record<string, unknown> = {
    id: `item-${i}`,
    kind: KINDS[Math.floor(r() * KINDS.length)],
    title: r() < 0.5 ? `Staff week ${i} in ${city}` : { en: `Staff week ${i}`, [lang]: `Week ${i} (${lang})` },
    summary: `A week in ${city} with visits and workshops.`,
    url: `https://www.example.eu/${lang}/opportunities/${i}`,
    provider: { name: `University of ${city}`, country, erasmusCode: code },
    start,
    application: { deadline: day(r, year - 1), url: `https://www.example.eu/apply/${i}` },
    audience: [AUDIENCE[Math.floor(r() * AUDIENCE.length)]],
    topics: [TOPICS[Math.floor(r() * TOPICS.length)], TOPICS[Math.floor(r() * TOPICS.length)]],
  };
  if (r() < 0.3) item.language = lang;
  if (r() < 0.5) item.location = { city, country };
  if (r() < 0.4) item.languages = [{ lang: 'en', level: 'B1' }];
  if (r() < 0.3) item.fee = { amount: Math.floor(r() * 300), currency: 'EUR' };
  if (r() < 0.2) item.contact = { email: `info${i % 100}@example.eu` };
  return item;
}

function minimalItem(i: number): Record<string, unknown> {
  return { id: `min-${i}`, kind: 'other', title: `Opportunity ${i}`, provider: { name: 'Somewhere' } };
}

/** A deterministic 10,000-item feed: `full` fills every field in every item, otherwise mixed. */
export function generateFeed(kind: 'mixed' | 'full', items = ITEMS, seed = 42): string {
  const r = prng(seed);
  const opportunities: Record<string, unknown>[] = [];
  for (let i = 0; i < items; i++) {
    if (kind === 'full') opportunities.push(fullItem(i, r));
    else {
      const p = r();
      opportunities.push(p < 0.1 ? fullItem(i, r) : p < 0.85 ? typicalItem(i, r) : minimalItem(i));
    }
  }
  return JSON.stringify({
    version: '1',
    title: { en: 'Generated feed', nl: 'Gegenereerde feed' },
    language: 'en',
    publisher: { name: 'Bench', url: 'https://www.example.eu' },
    updated: '2026-11-20T10:00:00Z',
    opportunities,
  });
}

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function run(): Promise<void> {
  if (!gc) console.log('(run with --expose-gc for steadier numbers)');
  for (const kind of ['mixed', 'full'] as const) {
    const json = generateFeed(kind);
    const t0 = performance.now();
    const check = parseFeed(json);
    const first = performance.now() - t0;
    if (check.opportunities.length !== ITEMS || check.issues.length !== 0) {
      throw new Error(`bench feed "${kind}" is not valid: ${check.issues.slice(0, 3).map((i) => i.message).join('; ')}`);
    }
    const jsonOnly = median(time(() => JSON.parse(json)));
    const times = time(() => parseFeed(json));
    const ms = median(times);
    const mb = (json.length / 1e6).toFixed(1);
    console.log(
      `parseFeed ${kind.padEnd(5)} ${ITEMS} items (${mb} MB): median ${ms.toFixed(1)} ms per 10k ` +
        `(${Math.round((ITEMS / ms) * 1000).toLocaleString('en')} items/s; JSON.parse alone ${jsonOnly.toFixed(1)} ms; ` +
        `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, runs ${RUNS}; ` +
        `first parse in this process ${first.toFixed(1)} ms)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
