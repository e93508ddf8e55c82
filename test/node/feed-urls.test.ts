/**
 * The URL rule shared by the feed and the templates: `isHttpUrl` (feed) and `safeUrl` (anything that reaches a page).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isHttpUrl } from '../../src/sdk/feed/schema.js';
import { safeUrl } from '../../src/sdk/text/url.js';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.eu/',
  '/relative',
  '//example.eu/x',
  'http://',
  'https://',
  'http:example.eu',
  '',
];

describe('isHttpUrl', () => {
  it('accepts absolute http(s) URLs with a host', () => {
    for (const url of ['https://www.ugent.be', 'http://example.eu:8080/a?b#c', 'HTTPS://EXAMPLE.EU', 'https://[::1]/']) {
      assert.equal(isHttpUrl(url), true, url);
    }
  });
  it('rejects everything else', () => {
    for (const url of HOSTILE) assert.equal(isHttpUrl(url), false, url);
  });
  it('agrees with the WHATWG URL parser (its fast path for everyday URLs is a true subset)', () => {
    const reference = (v: string) => {
      if (!/^https?:\/\//i.test(v)) return false;
      try {
        const u = new URL(v);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
      } catch {
        return false;
      }
    };
    const everyday = fc.stringMatching(/^[hH][tT][tT][pP][sS]?:\/\/([a-zA-Z0-9-]{1,8}\.){0,3}[a-zA-Z][a-zA-Z0-9-]{0,8}([/?#][ -~]{0,12})?$/);
    const odd = fc.tuple(
      fc.constantFrom('http://', 'https://', 'HTTP://', 'https:///', 'http:'),
      fc.string({ unit: fc.constantFrom(...'aZ09-._~:@[]/?#%\\ \t\nxn-é€\u0000'.split('')), maxLength: 16 }),
    ).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(everyday, odd), (v) => assert.equal(isHttpUrl(v), reference(v), JSON.stringify(v))),
      { seed: 20261123, numRuns: 3000 },
    );
    for (const v of ['http://1.2.3.4', 'http://256.1.1.1', 'http://0x7f.1', 'https://a.0x1g', 'http://xn--a.eu', 'http://xn--mnchen-3ya.de', 'http://a:99999', 'http://a:8080', 'http://user:pw@a.eu', 'http://a..b', 'http://a.b.', 'http://-a.eu', 'http://a_b.eu', 'http://%41.eu', 'http://a.eu/ b', 'http://a.eu/\u007f']) {
      assert.equal(isHttpUrl(v), reference(v), v);
    }
  });
});

describe('safeUrl', () => {
  it('returns trimmed http(s) URLs', () => {
    assert.equal(safeUrl(' https://www.ugent.be/x '), 'https://www.ugent.be/x');
  });
  it('returns undefined for other schemes, malformed URLs and non-strings', () => {
    for (const url of [...HOSTILE, 'mailto:a@b.eu']) assert.equal(safeUrl(url), undefined, url);
    for (const v of [undefined, null, 5, {}, ['https://x.eu']]) assert.equal(safeUrl(v), undefined);
  });
  it('allows mailto: only when asked', () => {
    assert.equal(safeUrl('mailto:staffweek@ugent.be', { allowMailto: true }), 'mailto:staffweek@ugent.be');
    assert.equal(safeUrl('MAILTO:staffweek@ugent.be', { allowMailto: true }), 'MAILTO:staffweek@ugent.be');
    assert.equal(safeUrl('mailto:not an address', { allowMailto: true }), undefined);
    assert.equal(safeUrl('javascript:alert(1)', { allowMailto: true }), undefined);
  });
});
