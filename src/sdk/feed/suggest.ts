/**
 * "Did you mean …?" for the validator and the format readers: one suggester for unknown JSON fields, unknown CSV
 * columns and codes that are not in their list (`staff week` → `staff-week`), and the ISO code for a country's
 * name (`Poland` → `PL`). Only runs when something is wrong, so valid feeds never pay for it.
 */
import { COUNTRY_CODES } from './code-sets.js';
import { isIsoDate } from './values.js';
import { foldText } from '../search/fold.js';
import { displayNames } from '../text/names.js';

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1), given up as soon as it exceeds `max` (then `max + 1` is returned).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Case, spaces, `_` and `-` do not count: `Staff Week`, `staff_week` and `staffweek` are all `staffweek`. */
export const looseKey = (s: string): string => s.toLowerCase().replace(/[\s_\-]+/g, '');

/**
 * The candidate closest to `input`, or `undefined` when none is close enough. Equal up to case, spaces, `_` and `-`
 * is closest; otherwise the edit distance (swaps count 1: `titel` → `title`) may be at most 1 for names of up to
 * 4 characters, 2 up to 8, and 3 beyond, so short names are not "corrected" into unrelated ones. A tie goes to the
 * candidate listed first.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const want = looseKey(input);
  if (!want || want.length > 100) return undefined;
  const limit = want.length <= 4 ? 1 : want.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const have = looseKey(c);
    if (have === want) return c;
    const d = editDistance(want, have, bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The EU's languages and their neighbours': country names in these map back to codes. */
const NAME_LOCALES = 'en bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no is tr sq mk sr bs ca eu gl lb uk'.split(' ');
/** The search folding (ł, ø, ß… too), so `Lotwa` finds Łotwa's code: one folding for search, slugs, merging and names. */
const fold = (s: string): string => foldText(s);

let countryNames: Map<string, string> | undefined;
const namesFor = new Set<string>();

/**
 * The ISO 3166-1 alpha-2 code of a country named in English or in one of `languages` (by default the EU's and its
 * neighbours' languages): `Poland`, `Polska`, `Pologne` → `PL`. Uses `Intl.DisplayNames`, so it knows what the
 * runtime knows; `undefined` when the name is not a country's.
 */
export function countryFromName(name: string, languages: readonly string[] = NAME_LOCALES): string | undefined {
  const key = fold(name);
  if (!key) return undefined;
  learnCountryNames(languages);
  return countryNames!.get(key);
}

/** Teach `countryFromName` the country names in more languages (a feed's own, say); each language is read once. */
export function learnCountryNames(languages: readonly string[]): void {
  countryNames ??= new Map([
    ['the netherlands', 'NL'], ['holland', 'NL'], ['czech republic', 'CZ'], ['great britain', 'GB'], ['england', 'GB'],
    ['scotland', 'GB'], ['wales', 'GB'], ['uk', 'GB'], ['usa', 'US'], ['turkey', 'TR'],
  ]);
  for (const locale of ['en', ...languages]) {
    if (namesFor.has(locale)) continue;
    namesFor.add(locale);
    const names = displayNames('region', [locale]);
    if (!names) continue;
    for (const code of COUNTRY_CODES) {
      const n = names.of(code);
      if (n && !countryNames.has(fold(n))) countryNames.set(fold(n), code);
    }
  }
}

const DAY_FIRST_RE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const NO_OFFSET_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * What to write instead of a date that is not ISO 8601, when it can be known: `19/04/2027` → `use '2027-04-19'`
 * (the day is first: 19 is no month); `04/19/2027` → `use '2027-04-19'`; `04/05/2027` could be either, so
 * `write it as YYYY-MM-DD` without guessing; a date-time without offset → add one. `undefined` when nothing helps.
 */
export function dateHint(value: string): string | undefined {
  const m = DAY_FIRST_RE.exec(value);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const use = (d: number, mo: number) => {
      const iso = `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return isIsoDate(iso) ? `use '${iso}'` : undefined;
    };
    if (a > 12 && b <= 12) return use(a, b);
    if (b > 12 && a <= 12) return use(b, a);
    if (a === b) return use(a, b);
    if (a > 12 || a < 1 || b < 1) return undefined;
    return 'it could be day-first or month-first: write it as YYYY-MM-DD';
  }
  const t = NO_OFFSET_RE.exec(value);
  if (t) return `a date-time needs its offset: use '${t[1]}T${t[2]!.length === 5 ? t[2] + ':00' : t[2]}Z' (UTC) or '…+01:00'`;
  return undefined;
}
