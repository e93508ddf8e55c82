/**
 * The format readers' issue log: a few issues of each kind, then one "… and N more" line per kind (the same
 * `IssueCap` as the validator's warnings).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IssueLog, LineCounter, quoteShort } from '../../src/formats/issue-log.js';

describe('IssueLog', () => {
  it('keeps `limit` issues of a group, counts the rest and ends with one summary line per group', () => {
    const log = new IssueLog(2);
    for (let i = 0; i < 5; i++) log.item(i, `bad date ${i}`, 'warning', 'date');
    log.item(9, 'bad url', 'warning', 'url');
    log.feed('no group: always kept');
    log.feed('no group either');
    log.feed('nor this one');
    const issues = log.finish((g) => `${g} problems`);
    assert.deepEqual(
      issues.map((i) => i.message),
      ['bad date 0', 'bad date 1', 'bad url', '(feed): no group: always kept', '(feed): no group either', '(feed): nor this one', '(feed): … and 3 more: date problems'],
    );
    assert.deepEqual(issues[0], { path: ['opportunities', 0], severity: 'warning', index: 0, message: 'bad date 0' });
  });

  it('full() says when a group is at its limit, and counts the issue it spares the caller from building', () => {
    const log = new IssueLog(1);
    assert.equal(log.full('x'), false);
    log.item(0, 'first', 'warning', 'x');
    assert.equal(log.full('x'), true);
    assert.equal(log.full('x'), true);
    assert.equal(log.full('y'), false);
    assert.deepEqual(log.finish().map((i) => i.message), ['first', '(feed): … and 2 more: x']);
  });
});

describe('LineCounter and quoteShort', () => {
  it('gives line numbers for offsets, also when asked out of order', () => {
    const lines = new LineCounter('a\nb\nc\n');
    assert.equal(lines.lineAt(0), 1);
    assert.equal(lines.lineAt(2), 2);
    assert.equal(lines.lineAt(5), 3);
    assert.equal(lines.lineAt(1), 1);
  });

  it('clips a long value to `max` characters with the validator\'s rule', () => {
    assert.equal(quoteShort('short'), "'short'");
    const q = quoteShort('x'.repeat(80), 50);
    assert.equal(q, `'${'x'.repeat(47)}…'`);
  });
});
