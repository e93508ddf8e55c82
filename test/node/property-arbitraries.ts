/**
 * Shared generators and settings for the property and fault suites (`property-*.test.ts`, `faults-*.test.ts`).
 *
 * Runs are deterministic: seed 42 (override with OPP_FUZZ_SEED) and a bounded number of runs per property, scaled by
 * OPP_FUZZ_RUNS (a multiplier: `OPP_FUZZ_RUNS=20` for a nightly run).
 */
import fc from 'fast-check';
import { CURRENCY_CODES } from '../../src/sdk/feed/code-sets.js';
import { CEFR_LEVELS, KINDS, MODES, PROVIDER_TYPES, DIRECTIONS, SCHEDULE_STATUSES } from '../../src/sdk/feed/codes.js';

export const SEED = Number.isFinite(Number(process.env.OPP_FUZZ_SEED)) && process.env.OPP_FUZZ_SEED ? Number(process.env.OPP_FUZZ_SEED) : 42;
const MULT = Number(process.env.OPP_FUZZ_RUNS);
export const MULTIPLIER = Number.isFinite(MULT) && MULT > 0 ? MULT : 1;

/** `numRuns` scaled by OPP_FUZZ_RUNS, at least 1. */
export const runs = (n: number): number => Math.max(1, Math.round(n * MULTIPLIER));

/** fast-check parameters: fixed seed, bounded runs; a failure prints its seed and path to replay. */
export const params = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs(n), includeErrorInReport: true });

/** A tally of cases per suite, printed as one summary line at the end. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  get total(): number {
    let t = 0;
    for (const v of this.counts.values()) t += v;
    return t;
  }
  line(suite: string, extra = ''): string {
    const parts = [...this.counts.entries()].map(([k, v]) => `${k}=${v}`).join(', ');
    return `[${suite}] seed=${SEED} multiplier=${MULTIPLIER}: ${this.total} cases generated (${parts})${extra ? '; ' + extra : ''}`;
  }
}

// ---------- strings ----------
/** Words that matter for search and folding: diacritics, special letters, Greek, Cyrillic, mixed case. */
export const WORDS = [
  'library', 'Library', 'week', 'staff', 'open', 'science', 'Łódź', 'lodz', 'Île-de-France', 'Göteborg', 'goteborg',
  'vård', 'ICT', 'ict', 'Ελλάδα', 'Σχολείο', 'школа', 'ёлка', 'straße', 'strasse', 'Ærø', 'œuvre', 'Đakovo', 'Þingvellir',
  'teaching', 'course', 'shadowing', 'Kraków', 'krakow', 'Universität', 'café', 'CAFÉ', 'ﬁnance', 'col·legi', "l'Aquila",
  'résumé', 'ıstanbul', 'İzmir', '42', '2027', 'data', 'datum', 'dat',
] as const;

export const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

/** Values that are hard to write as CSV, iCalendar or XML: delimiters, quotes, formula starts, markup. */
export const HOSTILE = [
  'a|b', 'x, y', 'semi;colon', '"quoted"', "'=1+1", '=cmd', '@SUM(1)', '-5', '+x', "''=x", 'line\nbreak', 'tab\there',
  '<b>bold</b>', 'a & b', '</script>', ']]>', 'back\\slash', 'END:VEVENT', 'x:y', '\u2028sep', 'emoji 🎓', 'zero\u200bwidth',
] as const;

/** A non-empty text value (something other than white space), sometimes odd unicode or hostile characters. */
export const nonEmptyString = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '') },
);

export const LANGS = ['en', 'nl', 'sv', 'de', 'fr', 'pl', 'el', 'pt-BR', 'pt-PT', 'fi', 'es'] as const;

/** Text: a plain string or a map from language tag to string. */
export const textArb = fc.oneof(
  nonEmptyString,
  fc.dictionary(fc.constantFrom(...LANGS), nonEmptyString, { minKeys: 1, maxKeys: 3 }),
);

// ---------- codes and dates ----------
export const COUNTRIES = ['BE', 'NL', 'SE', 'FI', 'PL', 'GR', 'DE', 'FR', 'PT', 'ES', 'IT', 'GB', 'XK'] as const;
/** Countries as publishers write them: lower case and the EU aliases EL/UK are valid input too. */
export const countryInput = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...COUNTRIES) },
  { weight: 1, arbitrary: fc.constantFrom('be', 'se', 'EL', 'UK', 'el', 'uk', ' fi ') },
);
export const TOPICS = ['libraries', 'open-science', 'ict', 'human-resources', 'international-relations', 'finance'] as const;
export const AUDIENCES = ['library-staff', 'academic-staff', 'administrative-staff', 'teachers', 'students'] as const;
export const FIELDS = ['04', '041', '0413', '03', '032', '0322', '06', '061', '0611'] as const;

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const isoTime = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A day index 0 … 1100 from 2026-01-01 (three years). */
const dayArb = fc.integer({ min: 0, max: 1100 });
export const dateArb = fc.oneof(
  dayArb.map((d) => isoDay(T0 + d * DAY)),
  fc.tuple(dayArb, fc.integer({ min: 0, max: 24 * 60 - 1 })).map(([d, m]) => isoTime(T0 + d * DAY + m * 60_000)),
);

/** A valid start/end pair (end on or after start), or only a start, or only an end, or neither. */
const datesArb = fc.oneof(
  fc.constant({}),
  fc.tuple(dayArb, fc.integer({ min: 0, max: 30 })).map(([d, len]) => ({ start: isoDay(T0 + d * DAY), end: isoDay(T0 + (d + len) * DAY) })),
  fc.tuple(dayArb, fc.integer({ min: 0, max: 30 })).map(([d, len]) => ({
    start: isoTime(T0 + d * DAY + 9 * 3_600_000),
    end: isoTime(T0 + (d + len) * DAY + 17 * 3_600_000),
  })),
  dayArb.map((d) => ({ start: isoDay(T0 + d * DAY) })),
);

const urlArb = fc.oneof(
  fc.constantFrom('https://www.ugent.be/staffweek/library', 'http://example.eu', 'https://uni.example.eu/a?b=c#d', 'HTTPS://WWW.KULEUVEN.BE/X'),
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
);
const emailArb = fc.oneof(
  fc.constantFrom('staffweek@ugent.be', 'mailto:io@uu.se', 'International.Office@uni.example.eu'),
  fc.emailAddress().filter((e) => e.length <= 200),
);

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

// ---------- items ----------
/** A raw item that FEED-FORMAT.md says is valid (a sanity property checks that `parseOpportunity` agrees). */
export const rawItemArb = (id: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record(
      {
        id,
        kind: fc.constantFrom(...KINDS),
        direction: opt(fc.constantFrom(...DIRECTIONS)),
        title: textArb,
        summary: opt(textArb),
        description: opt(fc.oneof(textArb, fc.constantFrom('<p>Programme: <b>open</b> science &amp; ICT</p>', '<ul><li>Łódź</li></ul>'))),
        language: opt(fc.constantFrom(...LANGS, 'EN', 'pt-br')),
        url: opt(urlArb),
        provider: fc.record(
          {
            name: textArb,
            country: opt(countryInput),
            city: opt(nonEmptyString),
            type: opt(fc.constantFrom(...PROVIDER_TYPES)),
            erasmusCode: opt(fc.constantFrom('B GENT01', 'b  gent01', 'S UPPSALA01', 'PL KRAKOW01')),
          },
          { requiredKeys: ['name'] },
        ),
        location: opt(fc.record({ city: opt(nonEmptyString), country: opt(countryInput), lat: opt(fc.double({ min: -90, max: 90, noNaN: true })) })),
        mode: opt(fc.constantFrom(...MODES)),
        dates: datesArb,
        application: opt(
          fc.record({
            opens: opt(dateArb),
            deadline: opt(dateArb),
            url: opt(urlArb),
            email: opt(emailArb),
            places: opt(fc.nat(100)),
            placesLeft: opt(fc.nat(3)),
          }),
        ),
        audience: opt(fc.array(fc.constantFrom(...AUDIENCES, 'Library-Staff'), { maxLength: 3 })),
        topics: opt(fc.array(fc.constantFrom(...TOPICS, 'ICT', 'Open-Science'), { maxLength: 3 })),
        fields: opt(fc.array(fc.constantFrom(...FIELDS), { maxLength: 3 })),
        languages: opt(fc.array(fc.record({ lang: fc.constantFrom(...LANGS), level: opt(fc.constantFrom(...CEFR_LEVELS, 'b2')) }), { maxLength: 3 })),
        fee: opt(fc.record({ amount: fc.oneof(fc.constant(0), fc.nat(2000), fc.double({ min: 0, max: 5000, noNaN: true })), currency: fc.constantFrom(...CURRENCY_CODES, 'eur'), covers: opt(textArb) })),
        tags: opt(fc.array(nonEmptyString, { maxLength: 3 })),
        status: opt(fc.constantFrom(...SCHEDULE_STATUSES)),
        contact: opt(fc.record({ name: opt(nonEmptyString), email: opt(emailArb) })),
        feedback: opt(fc.record({ rating: fc.double({ min: 0, max: 5, noNaN: true }), count: fc.nat(500) })),
        updated: opt(dateArb),
      },
      { requiredKeys: ['id', 'kind', 'title', 'provider', 'dates'] },
    )
    .map(({ dates, ...rest }) => stripUndefined({ ...rest, ...(dates as object) }));

/** JSON has no `undefined`: leave such keys out (nested too), so the raw item equals its JSON round trip. */
export function stripUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(stripUndefined) as T;
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = stripUndefined(x);
  return out as T;
}

/** Ids: mostly distinct slugs, sometimes repeated (duplicates must be dropped), sometimes odd but valid. */
export const idArb = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/) },
  { weight: 1, arbitrary: fc.constantFrom('dup', 'https://www.ugent.be/staffweek/library', ' padded ', 'Ünïcödé-ïd', '__proto__', 'constructor') },
);

export const rawFeedArb = (maxItems = 12) =>
  fc.record(
    {
      version: fc.constant('1'),
      title: opt(textArb),
      language: opt(fc.constantFrom(...LANGS)),
      publisher: opt(fc.record({ name: textArb, url: opt(urlArb) }, { requiredKeys: ['name'] })),
      updated: opt(dateArb),
      opportunities: fc.array(rawItemArb(idArb), { maxLength: maxItems }),
    },
    { requiredKeys: ['version', 'opportunities'] },
  ).map(stripUndefined);

// ---------- prototype pollution ----------
const PROTOS = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const snapshot = () => PROTOS.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const BASELINE = snapshot();

/** Throws when any built-in prototype gained or lost a property since this module loaded. */
export function assertNoPollution(): void {
  const now = snapshot();
  for (let i = 0; i < PROTOS.length; i++) {
    if (now[i] !== BASELINE[i]) throw new Error(`prototype pollution: ${PROTOS[i]!.constructor.name}.prototype changed: ${now[i]}`);
  }
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'kind', 'id', 'title', 'provider', 'isAdmin']) {
    if (probe[k] !== undefined) throw new Error(`prototype pollution: ({}).${k} is ${String(probe[k])}`);
  }
}
