import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDraftStore, draftKey } from '../../src/sdk/apply/index.js';
import type { StorageLike } from '../../src/sdk/apply/index.js';
import { ENDPOINT, form } from './apply-fixtures.js';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
const throwing: StorageLike = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('createDraftStore', () => {
  it('namespaces the key by endpoint and opportunity id', () => {
    assert.equal(draftKey('week-1', ENDPOINT), `opportunity-kit:draft:${ENDPOINT}:week-1`);
    assert.equal(createDraftStore(memoryStorage(), 'week-1', { endpoint: ENDPOINT }).key, `opportunity-kit:draft:${ENDPOINT}:week-1`);
  });

  it('saves and loads answers, leaving out files and hidden fields', () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage, 'week-1', { endpoint: ENDPOINT, form, now: () => 1000 });
    const cv = new File(['x'], 'cv.pdf', { type: 'application/pdf' });
    assert.equal(drafts.save({ givenName: 'Ana', topics: ['ict'], terms: true, years: 4, cv, source: 'x' }, { idempotencyKey: 'k' }), true);
    assert.deepEqual(drafts.load(), { values: { givenName: 'Ana', topics: ['ict'], terms: true, years: 4 }, savedAt: 1000, idempotencyKey: 'k' });
    assert.ok(!storage.map.get(drafts.key)!.includes('cv.pdf'));
  });

  it('clears, and keeps drafts of other opportunities apart', () => {
    const storage = memoryStorage();
    const a = createDraftStore(storage, 'a', { endpoint: ENDPOINT });
    const b = createDraftStore(storage, 'b', { endpoint: ENDPOINT });
    a.save({ givenName: 'Ana' });
    b.save({ givenName: 'Bo' });
    a.clear();
    assert.equal(a.load(), undefined);
    assert.equal(b.load()!.values.givenName, 'Bo');
  });

  it('drops expired and corrupt drafts', () => {
    const storage = memoryStorage();
    let now = 0;
    const drafts = createDraftStore(storage, 'a', { maxAge: 100, now: () => now });
    drafts.save({ givenName: 'Ana' });
    now = 101;
    assert.equal(drafts.load(), undefined);
    assert.equal(storage.map.size, 0);
    storage.setItem(drafts.key, '{not json');
    assert.equal(drafts.load(), undefined);
    assert.equal(storage.map.size, 0);
  });

  it('never throws when storage is missing, disabled or full', () => {
    for (const storage of [undefined, null, throwing]) {
      const drafts = createDraftStore(storage, 'a');
      assert.equal(drafts.save({ givenName: 'Ana' }), false);
      assert.equal(drafts.load(), undefined);
      assert.equal(drafts.clear(), false);
    }
  });
});
