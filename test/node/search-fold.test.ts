import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, tokenize } from '../../src/sdk/search/index.js';
import { boundedDistance, signature, signatureBound } from '../../src/sdk/search/fuzzy.js';
import { htmlToText } from '../../src/sdk/search/fold.js';

describe('foldText', () => {
  // Letters that NFD alone does not fold, and the usual accented ones.
  const table: [string, string][] = [
    ['Łódź', 'lodz'],
    ['łąka', 'laka'],
    ['Øresund', 'oresund'],
    ['Tromsø', 'tromso'],
    ['Ærø', 'aero'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['cœur', 'coeur'],
    ['Đakovo', 'dakovo'],
    ['đak', 'dak'],
    ['Þórður', 'thordur'],
    ['Ðorð', 'dord'],
    ['Iğdır', 'igdir'],
    ['İstanbul', 'istanbul'],
    ['Ħamrun', 'hamrun'],
    ['col·legi', 'collegi'],
    ['coŀlegi', 'collegi'],
    ['ŧ ŋ ĸ ſ', 't n k s'],
    ['ﬁnal', 'final'],
    ['Ĳssel', 'ijssel'],
    ['Borås', 'boras'],
    ['Göteborg', 'goteborg'],
    ['Crème brûlée', 'creme brulee'],
    ['Ελληνικά', 'ελληνικα'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδός', 'οδοσ'],
    ['Ἀθῆναι', 'αθηναι'],
    ['Πανεπιστήμιο Αθηνών', 'πανεπιστημιο αθηνων'],
    ['Ёлка', 'елка'],
    ['Москва', 'москва'],
    ['Київ', 'ки\u0456в'], // ї → і (Cyrillic)
    ['Йошкар-Ола', 'иошкар ола'],
  ];
  for (const [input, folded] of table) {
    it(`${input} → ${folded}`, () => assert.equal(foldText(input), folded));
  }

  it('turns punctuation into single spaces', () => {
    assert.equal(foldText("l'Île-de-France"), 'l ile de france');
    assert.equal(foldText('  Job-shadowing!!  (ICT)… “open”  '), 'job shadowing ict open');
    assert.equal(foldText('vård, och; omsorg'), 'vard och omsorg');
    assert.equal(foldText('...'), '');
    assert.equal(foldText(''), '');
  });

  it('keeps digits and splits compatibility forms', () => {
    assert.equal(foldText('2027-05-10'), '2027 05 10');
    assert.equal(foldText('x²'), 'x2');
    assert.equal(foldText('ＡＢＣ'), 'abc');
  });

  it('is idempotent', () => {
    for (const s of ["l'Île-de-France", 'Łódź', 'ΟΔΟΣ', 'Straße']) assert.equal(foldText(foldText(s)), foldText(s));
  });
});

describe('tokenize', () => {
  it('splits into folded words in order, repeats kept', () => {
    assert.deepEqual(tokenize("l'Île-de-France, Łódź & Île"), ['l', 'ile', 'de', 'france', 'lodz', 'ile']);
  });
  it('handles non-strings and empty input', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(undefined as unknown as string), []);
  });
  it('keeps astral letters and drops emoji', () => {
    assert.deepEqual(tokenize('a 😀 b 𝐀'), ['a', 'b', 'a']);
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes references', () => {
    assert.equal(foldText(htmlToText('<p>Caf&#233; <strong>Łódź</strong>&amp;Gdańsk &#xE9;t&#xE9; a&lt;b</p>')), 'cafe lodz gdansk ete a b');
  });
});

describe('boundedDistance', () => {
  it('counts edits, swaps of neighbours as one', () => {
    assert.equal(boundedDistance('library', 'library', 2), 0);
    assert.equal(boundedDistance('libary', 'library', 2), 1);
    assert.equal(boundedDistance('libraty', 'library', 2), 1);
    assert.equal(boundedDistance('lirbary', 'library', 2), 1);
    assert.equal(boundedDistance('univresity', 'university', 2), 1);
    assert.equal(boundedDistance('unversty', 'university', 2), 2);
    assert.equal(boundedDistance('kitten', 'sitting', 3), 3);
  });
  it('stops above the bound', () => {
    assert.equal(boundedDistance('kitten', 'sitting', 2), 3);
    assert.equal(boundedDistance('abc', 'abcdef', 1), 2);
    assert.equal(boundedDistance('', 'ab', 2), 2);
  });
  it('agrees with a full dynamic programme on random words', () => {
    const full = (a: string, b: string) => {
      const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 1;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 9) }, () => 'abcde'[Math.floor(rnd() * 5)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      for (const k of [1, 2]) {
        const d = full(a, b);
        assert.equal(boundedDistance(a, b, k), d <= k ? d : k + 1, `${a} ${b} k=${k}`);
        // The signature bound never exceeds the distance.
        assert.ok(signatureBound(signature(a), signature(b)) <= d, `${a} ${b}`);
      }
    }
  });
});

describe('one folding for slugs, file names and search', () => {
  it('topic slugs (formats) and icsFileName (detail) fold ł, ø, ß, æ, đ, ħ, ı, þ, œ like search', async () => {
    const { splitCategories } = await import('../../src/formats/categories.js');
    const { icsFileName } = await import('../../src/formats/ical-write.js');
    const { foldSlug } = await import('../../src/sdk/search/fold.js');
    const table: [string, string][] = [
      ['Współpraca międzynarodowa', 'wspolpraca-miedzynarodowa'],
      ['Øresund', 'oresund'],
      ['Straße', 'strasse'],
      ['Ærø', 'aero'],
      ['Đakovo', 'dakovo'],
      ['Ħamrun', 'hamrun'],
      ['Iğdır', 'igdir'],
      ['Þórður', 'thordur'],
      ['Œuvre', 'oeuvre'],
      ['Łódź — Staff Week!', 'lodz-staff-week'],
      ['Αθήνα', ''],
    ];
    for (const [text, slug] of table) {
      assert.equal(splitCategories([text]).topics[0] ?? '', slug, text);
      assert.equal(foldSlug(text), slug, text);
      assert.equal(slug.replace(/-/g, ' '), foldText(text).replace(/[^a-z0-9 ]+/g, ' ').trim(), text);
    }
    assert.equal(icsFileName('Straße'), 'strasse.ics');
    assert.equal(icsFileName('Współpraca międzynarodowa'), 'wspolpraca-miedzynarodowa.ics');
    assert.equal(icsFileName('Øresund'), 'oresund.ics');
    assert.equal(icsFileName('Αθήνα'), 'event.ics');
  });
});

describe('character references in indexed HTML', () => {
  it('named references to accented letters fold to their letter (Ko&scaron;ice is found as kosice)', async () => {
    const { decodeEntities } = await import('../../src/sdk/search/fold.js');
    assert.equal(foldText(decodeEntities('Ko&scaron;ice, &Lstrok;&oacute;d&zacute;, Gda&nacute;sk, &Aring;rhus, Stra&szlig;e, &AElig;r&oslash;, Gy&odblac;r')), 'kosice lodz gdansk arhus strasse aero gyor');
    assert.equal(foldText(htmlToText('<p>Ko&scaron;ice &amp; &THORN;&oacute;rshavn</p>')), 'kosice thorshavn');
    assert.equal(decodeEntities('a&lt;b&gt;c &bogus; d'), 'a b c   d');
  });
});

describe('country and language names fold like search', () => {
  it('finds a country or language written without its special letters', async () => {
    const { countryCode, languageTag } = await import('../../src/formats/places.js');
    assert.equal(countryCode('Łotwa'), 'LV');
    assert.equal(countryCode('Lotwa'), 'LV');
    assert.equal(countryCode('Ostrig'), 'AT', 'Danish Østrig');
    assert.equal(countryCode('Osterreich'), 'AT');
    assert.equal(countryCode('the Netherlands'), 'NL');
    assert.equal(languageTag('Polski'), 'pl');
    assert.equal(languageTag('Dansk'), 'da');
    assert.equal(languageTag('Wlochy'), undefined);
  });
});
