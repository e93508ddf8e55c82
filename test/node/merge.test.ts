import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFeeds } from '../../src/sdk/client/merge.js';
import type { MergedOpportunity } from '../../src/sdk/client/merge.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { FeedResult } from '../../src/sdk/feed/parse.js';

const A = 'https://www.ugent.be/staffweeks.json';
const B = 'https://network.example.eu/feed.json';
const C = 'https://aggregator.example.eu/all.json';

const feed = (opportunities: Record<string, unknown>[], extra: Record<string, unknown> = {}): FeedResult =>
  parseFeed({ version: '1', ...extra, opportunities });
const item = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  kind: 'staff-week',
  title: `Staff week ${id}`,
  provider: { name: 'Ghent University' },
  ...more,
});

describe('mergeFeeds', () => {
  it('namespaces ids by source, keeps URL ids and the ids of global sources', () => {
    const r = mergeFeeds([
      { source: A, result: feed([item('week-1'), item('https://www.ugent.be/staffweek/library', { title: 'Library week' })]) },
      { source: B, result: feed([item('week-1', { title: 'Another week', provider: { name: 'KU Leuven' } })]) },
      { source: C, result: feed([item('agg-77', { title: 'Third' })]), global: true },
    ]);
    assert.deepEqual(
      r.opportunities.map((o) => o.id),
      [`${A}#week-1`, 'https://www.ugent.be/staffweek/library', `${B}#week-1`, 'agg-77'],
    );
    assert.deepEqual(r.opportunities.map((o) => o.sources), [[A], [A], [B], [C]]);
    assert.equal(r.duplicates, 0);
  });

  it('keeps the first copy of an opportunity published twice (same url and start) and lists both sources', () => {
    const r = mergeFeeds([
      { source: A, result: feed([item('lib', { url: 'https://www.ugent.be/staffweek/library/', start: '2027-05-10', summary: 'first' })]) },
      {
        source: B,
        result: feed([
          item('ugent-lib', { url: 'http://WWW.UGENT.BE/staffweek/library', start: '2027-05-10T09:00:00+02:00', summary: 'second' }),
          item('ugent-lib-autumn', { url: 'https://www.ugent.be/staffweek/library', start: '2027-10-04' }),
        ]),
      },
    ]);
    assert.equal(r.duplicates, 1);
    assert.equal(r.opportunities.length, 2);
    const first = r.opportunities[0]!;
    assert.equal(first.id, `${A}#lib`);
    assert.deepEqual(first.summary, { und: 'first' });
    assert.deepEqual(first.sources, [A, B]);
    assert.deepEqual(r.opportunities[1]!.sources, [B], 'same page, another start: another opportunity');
  });

  it('matches provider name + title + start after folding case, diacritics and whitespace', () => {
    const r = mergeFeeds([
      { source: A, result: feed([item('x', { title: { fr: 'Semaine du personnel  à Liège' }, provider: { name: 'Université de Liège' }, start: '2027-03-22' })]) },
      { source: B, result: feed([item('y', { title: { en: 'SEMAINE DU PERSONNEL A LIEGE' }, provider: { name: 'universite de liege' }, start: '2027-03-22' })]) },
      { source: C, result: feed([item('z', { title: 'Semaine du personnel à Liège', provider: { name: 'Université de Liège' }, start: '2028-03-22' })]) },
    ]);
    assert.deepEqual(r.opportunities.map((o) => o.id), [`${A}#x`, `${C}#z`]);
    assert.deepEqual(r.opportunities[0]!.sources, [A, B]);
    assert.equal(r.duplicates, 1);
  });

  it('never merges two items of one source, and drops a source listed twice', () => {
    const one = feed([item('a', { url: 'https://x.example/p', start: '2027-01-01' }), item('b', { url: 'https://x.example/p', start: '2027-01-01' })]);
    const r = mergeFeeds([{ source: A, result: one }]);
    assert.equal(r.opportunities.length, 2);
    const twice = mergeFeeds([{ source: A, result: one }, { source: A, result: one }]);
    assert.equal(twice.opportunities.length, 2);
    assert.equal(twice.duplicates, 2);
    assert.deepEqual(twice.opportunities[0]!.sources, [A]);
  });

  it('same global id from two sources is one opportunity', () => {
    const r = mergeFeeds([
      { source: A, result: feed([item('https://www.ugent.be/w/1')]) },
      { source: B, result: feed([item('https://www.ugent.be/w/1', { title: 'Renamed' })]) },
    ]);
    assert.equal(r.opportunities.length, 1);
    assert.deepEqual(r.opportunities[0]!.sources, [A, B]);
  });

  it('tags issues with their source and merges feed metadata', () => {
    const bad = feed([item('ok'), { id: 'bad' }], { language: 'en', updated: '2026-11-20T10:00:00Z' });
    const other = feed([item('ok2')], { language: 'en', updated: '2026-11-21T10:00:00Z' });
    const preTagged: FeedResult = { ...other, issues: [{ path: [], message: '(feed): x', severity: 'warning', source: 'upstream' }] };
    const r = mergeFeeds([{ source: A, result: bad }, { source: B, result: preTagged }]);
    assert.ok(r.issues.length > 1);
    assert.ok(r.issues.filter((i) => i.id === 'bad').every((i) => i.source === A));
    assert.equal(r.issues.at(-1)!.source, 'upstream');
    assert.deepEqual(r.feed, { version: '1', language: 'en', updated: '2026-11-21T10:00:00Z' });
    const typed: MergedOpportunity[] = r.opportunities;
    assert.equal(typed.length, 2);
    assert.deepEqual(mergeFeeds([]), { opportunities: [], issues: [], feed: { version: '1' }, duplicates: 0 });
  });

  it('folds the letters NFD leaves alone (ł, ø, ß) when matching by provider and title', () => {
    const r = mergeFeeds([
      { source: A, result: feed([item('x', { title: 'Tydzień szkoleniowy Łódzki', provider: { name: 'Uniwersytet Łódzki' }, start: '2027-03-22' })]) },
      { source: B, result: feed([item('y', { title: 'Tydzien szkoleniowy Lodzki', provider: { name: 'Uniwersytet Lodzki' }, start: '2027-03-22' })]) },
      { source: C, result: feed([item('z', { title: 'Øresund Straße week', provider: { name: 'Ørsted' }, start: '2027-03-22' })]) },
      { source: 'https://d.example.eu/f.json', result: feed([item('w', { title: 'Oresund Strasse week', provider: { name: 'Orsted' }, start: '2027-03-22' })]) },
    ]);
    assert.equal(r.duplicates, 2);
    assert.deepEqual(r.opportunities.map((o) => o.sources.length), [2, 2]);
  });
});
