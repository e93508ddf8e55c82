/**
 * A hub in a child process for test/node/hub-crash.test.ts: opens the PGlite data directory `HUB_DATA` with the
 * source `HUB_FEED`, harvests once, and reports on stdout each step of the harvest's transaction (`TX-BEGIN`, `BATCH`
 * after each insert of a batch of items, `TX-COMMITTED`) so the test can kill it with SIGKILL in the middle.
 */
import { createHub } from '../../../src/hub/index.js';
import type { Queryable } from '../../../src/hub/index.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const hub = await createHub({
  dataDir: process.env.HUB_DATA!, databaseUrl: '',
  sources: [{ id: 'big', url: process.env.HUB_FEED! }],
  harvestOptions: { allowPrivate: true, timeout: 120_000 },
});
say('OPEN');
const transaction = hub.db.transaction.bind(hub.db);
// The hub hands its Db object to each harvest: watching its transactions watches the harvest's.
(hub.db as { transaction: typeof transaction }).transaction = async (fn) => {
  say('TX-BEGIN');
  const result = await transaction((tx) => fn({
    query: async (sql: string, params?: readonly unknown[]) => {
      const rows = await tx.query(sql, params);
      if (/INSERT INTO opportunities/.test(sql)) say('BATCH');
      return rows;
    },
  } as Queryable));
  say('TX-COMMITTED');
  return result;
};
const outcomes = await hub.harvestNow({ force: true });
say(`DONE ${JSON.stringify(outcomes.map((o) => [o.outcome, o.items]))}`);
await hub.close();
