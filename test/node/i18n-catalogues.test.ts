/**
 * The 24 UI catalogues are data a translator edits (docs/translating.md): each is complete — every message of the
 * English one, nothing more; a plural message has every plural form its language needs for whole numbers
 * (Intl.PluralRules) and no form it never uses; every message has the same placeholders as the English one; nothing is
 * code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import en from '../../src/i18n/en/index.js';
import { EU_LANGUAGES } from '../../src/i18n/index.js';
import { pluralRules } from '../../src/i18n/format.js';
import type { Messages } from '../../src/i18n/messages.js';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** A plural message: an object whose keys are plural categories (a vocabulary such as `kinds` may have `other` too). */
const isPlural = (v: object) => Object.keys(v).length > 0 && Object.keys(v).every((k) => CATEGORIES.includes(k));

/** Every message of a catalogue by key path; a plural message is one message. Anything but a text or an object is reported. */
function messages(node: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node && typeof node === 'object' && !isPlural(node)) {
    for (const [k, v] of Object.entries(node)) messages(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, node);
  return out;
}

const WHOLE_NUMBERS = [...Array.from({ length: 2001 }, (_, i) => i), ...[3, 4, 5, 6, 7, 8, 9].map((k) => 10 ** k)];
/** The categories whole numbers fall into in `lang`, and `other` (the fallback, always there). */
function neededCategories(lang: string): Map<string, number[]> {
  const r = pluralRules(lang);
  const m = new Map<string, number[]>([['other', []]]);
  for (const n of WHOLE_NUMBERS) {
    const c = r.select(n);
    m.set(c, [...(m.get(c) ?? []), n]);
  }
  return m;
}

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const placeholdersOf = (m: unknown): string[] =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m as object)).flatMap((t: string) => names(t)))].sort();

/** What is wrong with one catalogue, as readable lines (empty when it is complete). */
export function problems(lang: string, cat: unknown): string[] {
  const bad: string[] = [];
  const reference = messages(en);
  const mine = messages(cat);
  const needed = neededCategories(lang);
  for (const key of reference.keys()) if (!mine.has(key)) bad.push(`${key}: missing`);
  for (const [key, m] of mine) {
    const ref = reference.get(key);
    if (ref === undefined) {
      bad.push(`${key}: not in the English catalogue`);
      continue;
    }
    const forms = typeof m === 'string' ? { other: m } : m && typeof m === 'object' ? (m as Record<string, unknown>) : undefined;
    if (!forms || Object.values(forms).some((t) => typeof t !== 'string')) {
      bad.push(`${key}: is a ${typeof m}, not a text or a plural message`);
      continue;
    }
    const texts = Object.values(forms) as string[];
    if (texts.some((t) => t.trim() === '') && key !== 'apply.errorPrefix') bad.push(`${key}: empty`);
    if (texts.some((t) => /\$\{|\{(?!\w+\})|(?<!\{\w+)\}/.test(t))) bad.push(`${key}: a brace that is not a {placeholder}`);
    const want = placeholdersOf(ref);
    if (placeholdersOf(m).join() !== want.join()) bad.push(`${key}: placeholders {${placeholdersOf(m).join('}, {')}}, English has {${want.join('}, {')}}`);
    if (typeof m === 'string') continue;
    if (!want.includes('count')) {
      bad.push(`${key}: a plural message, but it has no {count} to choose by`);
      continue;
    }
    for (const c of needed.keys()) if (!(c in forms)) bad.push(`${key}: no "${c}" form (${lang} needs it for ${needed.get(c)!.slice(0, 3).join(', ') || 'fractions'}…)`);
    for (const c of Object.keys(forms)) if (!needed.has(c)) bad.push(`${key}: a "${c}" form, which ${lang} never uses for whole numbers`);
    for (const [c, t] of Object.entries(forms) as [string, string][]) {
      for (const p of want) {
        if (names(t).includes(p)) continue;
        // "There is a problem" may leave out the number only where the form stands for one number (1) alone.
        const positives = (needed.get(c) ?? []).filter((n) => n > 0);
        if (p !== 'count' || positives.length !== 1) bad.push(`${key}.${c}: leaves out {${p}}`);
      }
    }
  }
  return bad;
}

const catalogues: [string, Messages][] = [];
for (const lang of EU_LANGUAGES) {
  catalogues.push([lang, lang === 'en' ? en : ((await import(`../../src/i18n/${lang}/index.ts`)) as { default: Messages }).default]);
}

describe('UI catalogues', () => {
  it('there are 24, one per official EU language', () => assert.equal(catalogues.length, 24));
  for (const [lang, cat] of catalogues) {
    it(`${lang}: complete — every message, the plural forms ${lang} needs, the English placeholders, no code`, () => {
      assert.deepEqual(problems(lang, cat), []);
    });
  }

  it('reports what a translator can get wrong', () => {
    const broken = structuredClone(catalogues.find(([l]) => l === 'pl')![1]) as unknown as { finder: Record<string, unknown>; apply: Record<string, unknown> };
    delete broken.finder.loading;
    broken.finder.resultCount = { one: '{count} oferta', other: '{count} ofert' }; // Polish needs few and many
    broken.finder.visitSite = 'Odwiedź {strona}';
    broken.finder.page = () => 'Strona';
    broken.finder.nonsense = 'x';
    broken.apply.summaryTitle = { one: 'Problem', few: '{count} problemy', many: '{count} problemów', other: '{count} problemu', two: 'x {count}' };
    broken.finder.chipText = '„${text}”';
    assert.deepEqual(problems('pl', broken).sort(), [
      'finder.loading: missing',
      'finder.resultCount: no "few" form (pl needs it for 2, 3, 4…)',
      'finder.resultCount: no "many" form (pl needs it for 0, 5, 6…)',
      'finder.chipText: a brace that is not a {placeholder}',
      'finder.visitSite: placeholders {strona}, English has {site}',
      'finder.page: is a function, not a text or a plural message',
      'finder.nonsense: not in the English catalogue',
      'apply.summaryTitle: a "two" form, which pl never uses for whole numbers',
    ].sort());
  });
});
