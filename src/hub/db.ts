/// <reference types="node" />
/**
 * The hub's store: PostgreSQL, through `pg` when `DATABASE_URL` is set, else an embedded PGlite database in a data
 * directory — the same SQL on both. Everything goes through parameters (`$1`, `$2`); no value is ever spliced into SQL.
 */
import type { PGlite as PGliteType } from '@electric-sql/pglite';
import type { Pool as PoolType, PoolClient } from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  /** Calls `onMessage` for each NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Takes a session-level advisory lock for as long as this Db is open (the harvester's: one process harvests at a
   * time). Resolves to false when another process holds it.
   */
  tryLock(key: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** A PostgreSQL connection string; without it, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory (default `./hub-data`); `memory://` for a throw-away database. */
  dataDir?: string | undefined;
}

export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir ?? './hub-data');
}

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg: PGliteType = await PGlite.create(dataDir);
  // PGlite has one connection: queries are serialised, and a transaction must not interleave with other queries.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <R>(fn: () => Promise<R>): Promise<R> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    kind: 'pglite',
    query: <T>(sql: string, params: readonly unknown[] = []) => serial(async () => (await pg.query<T>(sql, [...params])).rows),
    transaction: (fn) => serial(() => pg.transaction((tx) => fn({ query: async <T>(sql: string, params: readonly unknown[] = []) => (await tx.query<T>(sql, [...params])).rows }))),
    listen: async (channel, onMessage) => {
      const stop = await pg.listen(channel, onMessage);
      return async () => { await stop(); };
    },
    tryLock: async (key) => serial(async () => (await pg.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key])).rows[0]?.ok === true),
    close: async () => { await chain; await pg.close(); },
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool: PoolType = new pg.Pool({ connectionString: url, max: 10 });
  const held: PoolClient[] = [];
  const listeners: PoolClient[] = [];
  const db: Db = {
    kind: 'postgres',
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await pool.query(sql, [...params])).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as T[] });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onMessage) => {
      const client = await pool.connect();
      listeners.push(client);
      client.on('notification', (n) => { if (n.channel === channel) onMessage(n.payload ?? ''); });
      // A channel name cannot be a parameter: quote it as an identifier.
      await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      return async () => {
        await client.query(`UNLISTEN "${channel.replace(/"/g, '""')}"`).catch(() => undefined);
        listeners.splice(listeners.indexOf(client), 1);
        client.release();
      };
    },
    tryLock: async (key) => {
      const client = await pool.connect();
      const ok = (await client.query('SELECT pg_try_advisory_lock($1) AS ok', [key])).rows[0]?.ok === true;
      if (ok) held.push(client); // the lock lives as long as this session
      else client.release();
      return ok;
    },
    close: async () => {
      for (const c of [...held, ...listeners]) c.release();
      await pool.end();
    },
  };
  return db;
}
