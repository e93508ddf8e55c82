/** `opportunity-kit/hub` (Node only): the harvesting, searching, application-receiving server. */
export { createHub } from './hub.js';
export type { Hub, HubOptions, HubSourceConfig } from './hub.js';
export { openDb } from './db.js';
export type { Db, OpenDbOptions, Queryable } from './db.js';
export { migrate, MIGRATIONS } from './migrations.js';
export { harvestSource, refuseUrl, isPrivateAddress } from './harvest.js';
export type { HarvestOptions, HarvestOutcome, SourceRow } from './harvest.js';
