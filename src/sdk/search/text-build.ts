/**
 * Building the text side of the index: the inverted index of every item's searchable texts, and the labels' own small
 * index (`SearchIndexOptions.labels`).
 */
import type { Opportunity } from '../feed/schema.js';
import { decodeEntities } from './fold.js';
import { baseLanguage, countryCode } from './facets.js';
import { TextIndexBuilder } from './text-index.js';
import { displayName } from '../text/names.js';
import type { TextIndex } from './text-index.js';
import type { SearchLabels } from './types.js';
import { F_DESCRIPTION, F_LABEL, F_META, F_SUMMARY, F_TITLE } from './scoring.js';

/** The labels' index (one "document" per labelled value) and, per value, the items that have it (CSR). */
export interface LabelIndex {
  text: TextIndex;
  offsets: Int32Array;
  items: Int32Array;
}

/**
 * The inverted index of every item's searchable texts: title, summary, description (tags skipped), provider name
 * and city, location city and region, topics, tags, and the country's name in English and `locale`.
 */
export function indexTexts(items: readonly Opportunity[], locale: string): TextIndex {
  const builder = new TextIndexBuilder(F_TITLE);
  const countryNames = countryNamer(locale);
  for (let doc = 0; doc < items.length; doc++) {
    const o = items[doc]!;
    builder.startDoc(doc);
    addLocalized(builder, o.title, F_TITLE, false);
    addLocalized(builder, o.summary, F_SUMMARY, false);
    addLocalized(builder, o.description, F_DESCRIPTION, true);
    addLocalized(builder, o.provider?.name, F_META, false);
    addText(builder, o.provider?.city, F_META, false);
    addText(builder, o.location?.city, F_META, false);
    addText(builder, o.location?.region, F_META, false);
    if (Array.isArray(o.topics)) for (const t of o.topics) addText(builder, t, F_META, false);
    if (Array.isArray(o.tags)) for (const t of o.tags) addText(builder, t, F_META, false);
    const c = o.location?.country ?? o.provider?.country;
    if (typeof c === 'string') addText(builder, countryNames(countryCode(c)), F_META, false);
  }
  return builder.finish(items.length);
}

/**
 * The labels as a small index of their own: one document per labelled value (a topic, an ISCED-F code and each of its
 * ancestors, a kind, a country), holding its labels in every language; and per value, the items that have it. A query
 * word found there reaches the items through that list, so 24 languages of labels cost the index a few integers per
 * item, not hundreds of postings.
 */
export function indexLabels(items: readonly Opportunity[], labels: SearchLabels): LabelIndex {
  const keys = new Map<string, number>();
  const texts: string[] = [];
  for (const [facet, table] of [['t', labels.topics], ['f', labels.fields], ['k', labels.kinds], ['c', labels.countries]] as const) {
    if (!table) continue;
    for (const value of Object.keys(table)) {
      const t = table[value];
      const text = Array.isArray(t) ? t.join(' \n ') : t;
      if (typeof text !== 'string' || !text) continue;
      keys.set(facet + ':' + value, texts.length);
      texts.push(text);
    }
  }
  const builder = new TextIndexBuilder(0);
  for (let v = 0; v < texts.length; v++) {
    builder.startDoc(v);
    builder.add(texts[v]!, F_LABEL);
  }
  const text = builder.finish(texts.length);
  // Items per value (CSR): count, then fill.
  const perItem: number[][] = [];
  const counts = new Int32Array(texts.length + 1);
  for (let d = 0; d < items.length; d++) {
    const o = items[d]!;
    const own = new Set<number>();
    const add = (k: string) => {
      const v = keys.get(k);
      if (v !== undefined) own.add(v);
    };
    if (Array.isArray(o.topics)) for (const t of o.topics) add('t:' + t);
    if (Array.isArray(o.fields)) for (const f of o.fields) if (typeof f === 'string') for (let n = 2; n <= f.length; n++) add('f:' + f.slice(0, n));
    if (typeof o.kind === 'string') add('k:' + o.kind);
    const c = o.location?.country ?? o.provider?.country;
    if (typeof c === 'string') add('c:' + countryCode(c));
    const list = [...own];
    perItem.push(list);
    for (const v of list) counts[v + 1]!++;
  }
  for (let v = 0; v < texts.length; v++) counts[v + 1]! += counts[v]!;
  const fill = counts.slice(0, texts.length);
  const out = new Int32Array(counts[texts.length]!);
  for (let d = 0; d < perItem.length; d++) for (const v of perItem[d]!) out[fill[v]!++] = d;
  return { text, offsets: counts, items: out };
}

function addText(builder: TextIndexBuilder, text: unknown, bit: number, html: boolean): void {
  if (typeof text === 'string' && text !== '') builder.add(html ? decodeEntities(text) : text, bit, html);
}

/** A Text map (every language), or a plain string. */
function addLocalized(builder: TextIndexBuilder, text: unknown, bit: number, html: boolean): void {
  if (!text || typeof text !== 'object') return addText(builder, text, bit, html);
  for (const k in text as Record<string, unknown>) addText(builder, (text as Record<string, unknown>)[k], bit, html);
}

/** Country names (English and the locale) for a code, memoised; empty when Intl.DisplayNames is unavailable. */
function countryNamer(locale: string): (code: string) => string {
  const memo = new Map<string, string>();
  const languages: string[][] = baseLanguage(locale) === 'en' ? [[]] : [[], [locale]];
  return (code) => {
    let hit = memo.get(code);
    if (hit === undefined) {
      hit = '';
      for (const l of languages) {
        const name = displayName('region', code, l);
        if (name && name !== code) hit += ' ' + name;
      }
      memo.set(code, hit);
    }
    return hit;
  };
}

