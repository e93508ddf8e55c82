/// <reference types="node" />
/**
 * Webhook delivery: each new application is POSTed as JSON to its source's `webhook` URL in the background, never
 * delaying the applicant's answer. A failed attempt (network error, timeout, a non-2xx answer) is retried after each
 * of `delays` (default 1 s, then 4 s: three attempts). Every attempt is recorded in `webhook_deliveries`. The
 * application's reference goes as `Idempotency-Key`, so a receiver can tell a retry from a new application.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from './db.js';
import { refuseUrl } from './harvest.js';

export interface WebhookOptions {
  delays: readonly number[];
  timeout: number;
  allowPrivate: boolean;
  log: (e: unknown) => void;
}

export interface WebhookSender {
  /** Starts delivering in the background; returns at once. */
  deliver(applicationId: string, sourceId: string, body: { reference: string } & Record<string, unknown>): void;
  /** Resolves when every delivery started so far has ended (delivered, or out of attempts). */
  settled(): Promise<void>;
  /** Stops waiting between retries (deliveries in flight end), then resolves when all have ended. */
  close(): Promise<void>;
}

export function webhookSender(db: Db, options: WebhookOptions): WebhookSender {
  const pending = new Set<Promise<void>>();
  const stop = new AbortController();

  async function run(applicationId: string, sourceId: string, body: { reference: string } & Record<string, unknown>): Promise<void> {
    const [source] = await db.query<{ webhook: string | null }>('SELECT webhook FROM sources WHERE id = $1', [sourceId]);
    const url = source?.webhook;
    if (!url) return;
    const payload = JSON.stringify(body);
    for (let attempt = 1; attempt <= options.delays.length + 1; attempt++) {
      let status: number | null = null;
      let error: string | null = null;
      // Checked at each attempt: a host name may have come to resolve to the hub's own network since it was set.
      const refused = await refuseUrl(url, options.allowPrivate);
      if (refused) {
        error = refused;
      } else {
        try {
          const res = await fetch(url, {
            method: 'POST', body: payload, redirect: 'manual',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.reference, 'User-Agent': 'opportunity-kit-hub' },
            signal: AbortSignal.any([AbortSignal.timeout(options.timeout), stop.signal]),
          });
          status = res.status;
          await res.body?.cancel();
          if (!res.ok) error = `HTTP ${res.status}`;
        } catch (e) {
          error = e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e);
        }
      }
      await db.query(
        'INSERT INTO webhook_deliveries (application_id, source_id, url, attempt, http_status, ok, error) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [applicationId, sourceId, url, attempt, status, error === null, error]);
      if (error === null || refused || attempt > options.delays.length || stop.signal.aborted) return;
      try {
        await sleep(options.delays[attempt - 1]!, undefined, { signal: stop.signal });
      } catch {
        return; // the hub is closing
      }
    }
  }

  return {
    deliver(applicationId, sourceId, body) {
      const p = run(applicationId, sourceId, body).catch(options.log).finally(() => pending.delete(p));
      pending.add(p);
    },
    async settled() {
      while (pending.size) await Promise.all([...pending]);
    },
    async close() {
      stop.abort();
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
