import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed, toICalendar } from '../../src/formats/index.js';
import { decodeEntities, htmlToText } from '../../src/formats/shared.js';
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
