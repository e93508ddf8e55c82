/**
 * Drafts: what someone has typed, kept on their own device (e.g. `localStorage`) so a reload or a crash loses nothing.
 * Files are never kept (they cannot be, and should not be); consents are never kept either, so a box is only ever
 * ticked by the person in front of the form. A draft expires after `maxAge` (default 30 days): it holds personal data.
 * Every storage failure (disabled storage, quota, private mode, corrupt data) is swallowed: a draft is a convenience
 * and must never break the form.
 */
import type { ApplicationForm } from '../feed/schema.js';
import { isFileLike } from './values.js';
import type { ApplicationValues } from './values.js';

/** The part of the Web Storage API a draft store needs (`localStorage`, `sessionStorage` or your own). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft {
  /** Answers by field name, without files (and without hidden fields). */
  values: Record<string, string | number | boolean | string[]>;
  /**
   * The idempotency key of an application that was sent but not confirmed (timeout, network failure): kept so a send
   * after a reload is recognised by the server as the same application.
   */
  idempotencyKey?: string;
  /** When it was saved (ms since epoch). */
  savedAt: number;
}

export interface DraftStore {
  /** The storage key: `opportunity-kit:draft:<endpoint>:<opportunityId>`. */
  readonly key: string;
  /** The saved draft, or `undefined` (none, expired, unreadable, or storage unavailable). */
  load(): Draft | undefined;
  /** Keep `values` (files dropped); returns false when the storage refused. */
  save(values: ApplicationValues | Record<string, unknown>, extra?: { idempotencyKey?: string }): boolean;
  /** Forget the draft; returns false when the storage refused. */
  clear(): boolean;
}

export interface DraftStoreOptions {
  /** The form's endpoint: part of the key, so two forms for the same id on different endpoints never mix. */
  endpoint?: string;
  /** The form, to leave out `file` and `hidden` fields by type (values that are files are left out anyway). */
  form?: Pick<ApplicationForm, 'fields'>;
  /** Drafts older than this (ms) are discarded on load (default 30 days). */
  maxAge?: number;
  now?: () => number;
}

const VERSION = 1;
export const DRAFT_PREFIX = 'opportunity-kit:draft:';

export const draftKey = (opportunityId: string, endpoint = ''): string => `${DRAFT_PREFIX}${endpoint}:${opportunityId}`;

function keepable(v: unknown): v is string | number | boolean | string[] {
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * A draft store for one opportunity's application. `storage` may be `undefined` or `null` (no storage): every call
 * then does nothing.
 * ```ts
 * const drafts = createDraftStore(localStorage, o.id, { endpoint: form.endpoint });
 * drafts.save({ givenName: 'Ana' }); drafts.load()?.values.givenName // 'Ana'
 * ```
 */
export function createDraftStore(
  storage: StorageLike | null | undefined,
  opportunityId: string,
  options: DraftStoreOptions = {},
): DraftStore {
  const key = draftKey(opportunityId, options.endpoint);
  const now = options.now ?? Date.now;
  const maxAge = options.maxAge ?? 30 * 86_400_000;
  const skip = new Set(
    (options.form?.fields ?? []).filter((f) => f.type === 'file' || f.type === 'hidden').map((f) => f.name),
  );
  const clear = (): boolean => {
    try {
      storage?.removeItem(key);
      return !!storage;
    } catch {
      return false;
    }
  };
  return {
    key,
    load() {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(key) ?? null;
      } catch {
        return undefined;
      }
      if (raw === null) return undefined;
      try {
        const d = JSON.parse(raw) as { v?: unknown; values?: unknown; idempotencyKey?: unknown; savedAt?: unknown };
        if (d.v !== VERSION || typeof d.savedAt !== 'number' || !d.values || typeof d.values !== 'object') throw new Error('bad draft');
        if (now() - d.savedAt > maxAge) {
          clear();
          return undefined;
        }
        const values: Draft['values'] = {};
        for (const [k, v] of Object.entries(d.values as Record<string, unknown>)) if (!skip.has(k) && keepable(v)) values[k] = v;
        return {
          values,
          savedAt: d.savedAt,
          ...(typeof d.idempotencyKey === 'string' ? { idempotencyKey: d.idempotencyKey } : {}),
        };
      } catch {
        clear();
        return undefined;
      }
    },
    save(values, extra = {}) {
      if (!storage) return false;
      const kept: Draft['values'] = {};
      for (const [k, v] of Object.entries(values)) {
        if (skip.has(k) || isFileLike(v) || !keepable(v)) continue;
        kept[k] = Array.isArray(v) ? [...v] : v;
      }
      try {
        storage.setItem(
          key,
          JSON.stringify({ v: VERSION, savedAt: now(), values: kept, ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}) }),
        );
        return true;
      } catch {
        return false;
      }
    },
    clear,
  };
}
