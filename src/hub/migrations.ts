/**
 * Versioned SQL migrations, applied in order at start, each in its own transaction, under an advisory lock so two
 * hub processes starting together do not both apply one. The same SQL runs on PostgreSQL and PGlite.
 */
import type { Db } from './db.js';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sources, harvests, opportunities, applications',
    sql: `
      CREATE TABLE sources (
        id text PRIMARY KEY,
        url text NOT NULL UNIQUE,
        name text,
        defaults jsonb,
        interval_seconds integer NOT NULL DEFAULT 3600,
        position integer NOT NULL DEFAULT 0,
        etag text,
        last_modified text,
        state text NOT NULL DEFAULT 'new',
        last_attempt_at timestamptz,
        last_success_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE harvests (
        id bigserial PRIMARY KEY,
        source_id text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('loaded', 'not-modified', 'failed')),
        http_status integer,
        etag text,
        items integer NOT NULL DEFAULT 0,
        issues jsonb NOT NULL DEFAULT '[]',
        error text
      );
      CREATE INDEX harvests_source ON harvests (source_id, started_at DESC);
      CREATE TABLE opportunities (
        source_id text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        item_id text NOT NULL,
        data jsonb NOT NULL,
        first_seen timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_id, item_id)
      );
      CREATE TABLE applications (
        id bigserial PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        body_hash text NOT NULL,
        opportunity_id text NOT NULL,
        source_id text REFERENCES sources(id) ON DELETE SET NULL,
        data jsonb NOT NULL,
        response jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX applications_opportunity ON applications (opportunity_id, received_at);
    `,
  },
  {
    version: 2,
    name: 'coordinator tokens, webhooks and their deliveries',
    sql: `
      ALTER TABLE sources ADD COLUMN coordinator_token_hash text UNIQUE;
      ALTER TABLE sources ADD COLUMN webhook text;
      CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        application_id bigint NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        source_id text REFERENCES sources(id) ON DELETE SET NULL,
        url text NOT NULL,
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        http_status integer,
        ok boolean NOT NULL,
        error text
      );
      CREATE INDEX webhook_deliveries_application ON webhook_deliveries (application_id, attempt);
    `,
  },
];

/** The advisory lock key for migrations (any constant; the harvester uses another). */
const MIGRATION_LOCK = 0x6f6b0001;

/** Applies what is missing; returns the versions applied now. */
export async function migrate(db: Db): Promise<number[]> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const have = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (have.length) return false;
      for (const statement of m.sql.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
