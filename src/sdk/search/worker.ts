/**
 * Run the search index in a Web Worker (or any MessagePort-like endpoint), so building a large index and counting
 * facets never blocks the page.
 *
 * Inside the worker (the index is built from plain structured-clone data):
 * ```ts
 * import { serveSearchIndex } from 'opportunity-kit/sdk';
 * serveSearchIndex(self);
 * ```
 * On the page:
 * ```ts
 * const search = createWorkerSearch(new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' }));
 * await search.load(opportunities, { locale: 'nl' });
 * const result = await search.search({ text: 'bibliotheek', country: ['BE'] });
 * ```
 *
 * Protocol (all plain objects): requests `{type: 'load', id?, opportunities, options?}` and
 * `{type: 'search', id, query}`; replies `{type: 'loaded', id?, size}`, `{type: 'result', id, result}` and
 * `{type: 'error', id?, message}`. A search before any load is answered with an error.
 */
import type { Opportunity } from '../feed/schema.js';
import { createSearchIndex } from './engine.js';
import type { SearchIndex, SearchIndexOptions, SearchQuery, SearchResult } from './types.js';

/** What both ends need: a Worker, a worker's global scope, a MessagePort (browser or `node:worker_threads`). */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  /** MessagePorts need it before messages flow when listened to with addEventListener. */
  start?: () => void;
}

export type SearchRequest =
  | { type: 'load'; id?: number; opportunities: Opportunity[]; options?: SearchIndexOptions }
  | { type: 'search'; id: number; query: SearchQuery };

export type SearchReply =
  | { type: 'loaded'; id?: number; size: number }
  | { type: 'result'; id: number; result: SearchResult }
  | { type: 'error'; id?: number; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Answer search requests arriving on `port` (inside a worker: `serveSearchIndex(self)`). A new `load` replaces the
 * index. Returns a function that stops serving.
 */
export function serveSearchIndex(port: MessageEndpoint): () => void {
  let index: SearchIndex | undefined;
  const reply = (message: SearchReply) => port.postMessage(message);
  const listener = (event: { data: unknown }) => {
    const msg = event?.data as Partial<SearchRequest> | null;
    if (!msg || typeof msg !== 'object') return;
    const id = typeof msg.id === 'number' ? msg.id : undefined;
    try {
      if (msg.type === 'load') {
        const list = (msg as { opportunities?: unknown }).opportunities;
        index = createSearchIndex(Array.isArray(list) ? (list as Opportunity[]) : [], (msg as { options?: SearchIndexOptions }).options ?? {});
        reply({ type: 'loaded', ...(id !== undefined ? { id } : {}), size: index.size });
      } else if (msg.type === 'search') {
        if (id === undefined) return;
        if (!index) reply({ type: 'error', id, message: 'search before load: send {type: "load", opportunities} first' });
        else reply({ type: 'result', id, result: index.search((msg as { query?: SearchQuery }).query ?? {}) });
      }
    } catch (e) {
      reply({ type: 'error', ...(id !== undefined ? { id } : {}), message: messageOf(e) });
    }
  };
  port.addEventListener('message', listener);
  port.start?.();
  return () => port.removeEventListener('message', listener);
}

/** The page side of `serveSearchIndex`. */
export interface WorkerSearch {
  /** Send the opportunities to index (replacing any earlier ones); resolves with the number indexed. */
  load(opportunities: readonly Opportunity[], options?: SearchIndexOptions): Promise<number>;
  /** Run a query in the worker. Replies may arrive in any order; each promise gets its own. */
  search(query?: SearchQuery): Promise<SearchResult>;
  /** Stop listening; pending promises are rejected. Does not terminate the worker. */
  close(): void;
}

/**
 * A Promise-based client for a search index served in a worker (or on any MessagePort-like endpoint).
 */
export function createWorkerSearch(worker: MessageEndpoint): WorkerSearch {
  let next = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  const listener = (event: { data: unknown }) => {
    const msg = event?.data as SearchReply | null;
    if (!msg || typeof msg !== 'object' || typeof msg.id !== 'number') return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`search worker: ${msg.message}`));
    else if (msg.type === 'loaded') p.resolve(msg.size as never);
    else if (msg.type === 'result') p.resolve(msg.result as never);
  };
  worker.addEventListener('message', listener);
  worker.start?.();
  const request = <T>(message: SearchRequest & { id: number }): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (v: never) => void, reject });
      try {
        worker.postMessage(message);
      } catch (e) {
        pending.delete(message.id);
        reject(e instanceof Error ? e : new Error(messageOf(e)));
      }
    });
  return {
    load: (opportunities, options) =>
      request<number>({ type: 'load', id: next++, opportunities: [...opportunities], ...(options ? { options } : {}) }),
    search: (query = {}) => request<SearchResult>({ type: 'search', id: next++, query }),
    close() {
      worker.removeEventListener('message', listener);
      for (const p of pending.values()) p.reject(new Error('search worker: closed'));
      pending.clear();
    },
  };
}
