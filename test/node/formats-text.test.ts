import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText, readFeed, toICalendar } from '../../src/formats/index.js';
import { detectLegacyCodePage } from '../../src/formats/encoding.js';
import { decodeEntities, htmlToText } from '../../src/formats/html-text.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';

describe('character references (the entities package)', () => {
  it('decodes every named reference HTML defines, not a hand-picked fifty', () => {
    assert.equal(decodeEntities('Ko&scaron;ice'), 'Košice');
    assert.equal(decodeEntities('&Lstrok;&oacute;d&zacute;, Gda&nacute;sk, Gy&odblac;r, &Ccaron;esk&eacute;'), 'Łódź, Gdańsk, Győr, České');
    assert.equal(decodeEntities('&amp; &lt;b&gt; &quot;x&quot; &hellip; &rsquo; &euro; &nbsp;|'), '& <b> "x" … ’ € \u00a0|');
    assert.equal(decodeEntities('&#x141;&#243;d&#378; &#0; &#xD800;'), 'Łódź \ufffd \ufffd');
    assert.equal(decodeEntities('no reference'), 'no reference');
    assert.equal(htmlToText('<p>Staff week in Ko&scaron;ice</p><p>&Zcaron;ilina &amp; Tren&ccaron;&iacute;n</p>'), 'Staff week in Košice\n\nŽilina & Trenčín');
  });

  it('reaches RSS titles (double-escaped) and calendar descriptions', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>TUKE</title><link>https://www.tuke.sk/</link>
      <item><title>Staff week in Ko&amp;scaron;ice</title><link>https://www.tuke.sk/staff-week</link><guid>tuke-1</guid>
      <description>&lt;p&gt;Vitajte v Ko&amp;scaron;iciach&lt;/p&gt;</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>`;
    const r = await readFeed(rss, { defaults: { kind: 'staff-week', provider: { name: 'TUKE' } } });
    assert.equal(Object.values(r.opportunities[0]!.title)[0], 'Staff week in Košice');
    const feed = parseFeed({
      version: '1',
      opportunities: [{ id: 'x', kind: 'staff-week', title: 'Week', provider: { name: 'TUKE' }, start: '2027-05-10', description: '<p>Ko&scaron;ice</p>' }],
    });
    assert.match(toICalendar(feed.opportunities, { now: 0 }), /\r\nDESCRIPTION:Košice\r\n/);
  });
});

interface Sample { lang: string; codePage: 'windows-1250' | 'windows-1252'; text: string; bytes: string }
const SAMPLES: Sample[] = JSON.parse(readFileSync(new URL('../fixtures/encoding/legacy.json', import.meta.url), 'utf8'));
const bytesOf = (s: Sample) => new Uint8Array(Buffer.from(s.bytes, 'base64'));

describe('legacy code pages: Windows-1250 for Central Europe, Windows-1252 for the West', () => {
  it('reads a Polish, Czech, Slovak or Hungarian CSV saved as Windows-1250 with its letters', () => {
    const polish = SAMPLES.find((s) => s.lang === 'pl' && s.text.split('\r\n').length > 4)!;
    const r = decodeText(bytesOf(polish));
    assert.equal(r.text, polish.text);
    assert.ok(r.text.includes('Uniwersytet Łódzki;Łódź'));
    assert.match(r.issues[0]!.message, /not valid UTF-8; it was read as Windows-1250 \(Central European\)/);
    for (const lang of ['cs', 'sk', 'hu', 'hr', 'sl', 'ro']) {
      const long = SAMPLES.filter((s) => s.lang === lang && s.codePage === 'windows-1250').at(-1)!;
      assert.equal(decodeText(bytesOf(long)).text, long.text, lang);
    }
    assert.equal(detectLegacyCodePage(Uint8Array.from([0xa3, 0xf3, 0x64, 0x9f])).text, 'Łódź');
  });

  it('keeps Windows-1252 for Western files, and a declared charset wins', () => {
    const french = SAMPLES.find((s) => s.lang === 'fr')!;
    const r = decodeText(bytesOf(french));
    assert.equal(r.text, french.text);
    assert.match(r.issues[0]!.message, /read as Windows-1252 \(Latin-1\)/);
    const polish = SAMPLES.find((s) => s.lang === 'pl')!;
    assert.notEqual(decodeText(bytesOf(polish), 'text/csv; charset=windows-1252').text, polish.text, 'the header is trusted');
    assert.equal(decodeText(bytesOf(polish), 'text/csv; charset=windows-1250').text, polish.text);
  });

  it(`decodes the measured samples (${SAMPLES.length}): every Western one, all Central-European ones but six one-letter titles`, () => {
    const wrong = SAMPLES.filter((s) => decodeText(bytesOf(s)).text !== s.text);
    const tally = (cp: string) => {
      const all = SAMPLES.filter((s) => s.codePage === cp);
      return `${all.length - wrong.filter((s) => s.codePage === cp).length}/${all.length}`;
    };
    console.log(`windows-1250 ${tally('windows-1250')}, windows-1252 ${tally('windows-1252')}`);
    assert.deepEqual(wrong.filter((s) => s.codePage === 'windows-1252'), [], 'no Western file is read as Central European');
    // What is left: a title whose only letter beyond ASCII reads as a plausible Western word in Windows-1252
    // (`Deň` → `Deò`, `Struèna`, `Jêzyk`, `limbã`, `digitalã`, `pristupaènosti`).
    assert.deepEqual(
      wrong.map((s) => s.text.split('\r\n')[1]),
      [
        'x-1;Deň vedy v Banskej Bystrici;',
        'x-1;Stručna praksa u Osijeku;',
        'x-1;Język angielski dla kadry;',
        'x-1;Obuka o digitalnoj pristupačnosti;',
        'x-1;Curs de limbă pentru cadre didactice;',
        'x-1;Instruire privind accesibilitatea digitală;',
      ].sort((a, b) => order(a) - order(b)),
    );
  });
});

const order = (row: string) => SAMPLES.findIndex((s) => s.text.includes(row));

describe('calendar LOCATION in the reader\'s language', () => {
  it('names the country in the first of the languages asked for, else in English', () => {
    const feed = parseFeed({
      version: '1',
      opportunities: [{ id: 'x', kind: 'staff-week', title: 'Week', provider: { name: 'UGent' }, start: '2027-05-10', location: { city: 'Gent', country: 'BE' } }],
    });
    assert.match(toICalendar(feed.opportunities, { now: 0 }), /\r\nLOCATION:Gent\\, Belgium\r\n/);
    assert.match(toICalendar(feed.opportunities, { now: 0, languages: ['pl'] }), /\r\nLOCATION:Gent\\, Belgia\r\n/);
    assert.match(toICalendar(feed.opportunities, { now: 0, languages: ['de', 'en'] }), /\r\nLOCATION:Gent\\, Belgien\r\n/);
  });
});
