/**
 * The URL rule shared by the feed and the templates: `isHttpUrl` (feed) and `safeUrl` (anything that reaches a page).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
  it('gives the same answer when asked again (memoised)', () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(isHttpUrl('https://www.ugent.be/x'), true);
      assert.equal(isHttpUrl('javascript:alert(1)'), false);
    }
    // more distinct values than the memo holds
    for (let i = 0; i < 12_000; i++) assert.equal(isHttpUrl(`https://example.eu/${i}`), true);
    assert.equal(isHttpUrl('javascript:alert(2)'), false);
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
