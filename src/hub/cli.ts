/// <reference types="node" />
/**
 * `npx opportunity-kit hub [--config hub.json] [--port N] [--host H] [--data DIR]`: runs the hub until SIGINT/SIGTERM.
 * The config file is JSON: `{ "sources": [{ "url": "https://…", "name": "…", "interval": 3600 }], "corsOrigins": "*",
 * "interval": 3600, "staleAfter": 172800, "allowPrivate": false, "receiveApplications": true, "publicUrl": "https://…",
 * "trustProxy": "127.0.0.1", "searchLabels": true }`.
 * `DATABASE_URL` selects a PostgreSQL server,
 * `HUB_ADMIN_TOKEN` turns the admin API on.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createHub, type HubOptions, type HubSourceConfig } from './hub.js';

interface HubFile {
  sources?: HubSourceConfig[];
  corsOrigins?: '*' | string[];
  interval?: number;
  staleAfter?: number;
  allowPrivate?: boolean;
  dataDir?: string;
  receiveApplications?: boolean;
  publicUrl?: string;
  trustProxy?: boolean | string | string[];
  searchLabels?: boolean;
}

export async function runHub(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let values: { config?: string; port?: string; host?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { config: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (e) {
    io.stderr.write(`opportunity-kit hub: ${(e as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write('usage: opportunity-kit hub [--config hub.json] [--port 8050] [--host 127.0.0.1] [--data ./hub-data]\n');
    return 0;
  }
  let file: HubFile = {};
  if (values.config) {
    try {
      file = JSON.parse(await readFile(values.config, 'utf8')) as HubFile;
    } catch (e) {
      io.stderr.write(`opportunity-kit hub: cannot read ${values.config}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const options: HubOptions = {
    sources: file.sources ?? [],
    ...(file.corsOrigins ? { corsOrigins: file.corsOrigins } : {}),
    ...(file.interval ? { interval: file.interval } : {}),
    ...(file.staleAfter ? { staleAfter: file.staleAfter } : {}),
    harvestOptions: { allowPrivate: file.allowPrivate === true },
    ...(typeof file.receiveApplications === 'boolean' ? { receiveApplications: file.receiveApplications } : {}),
    ...(file.publicUrl ? { publicUrl: file.publicUrl } : {}),
    ...(file.trustProxy !== undefined ? { trustProxy: file.trustProxy } : {}),
    ...(typeof file.searchLabels === 'boolean' ? { searchLabels: file.searchLabels } : {}),
    dataDir: values.data ?? file.dataDir ?? './hub-data',
  };
  const hub = await createHub(options);
  const url = await hub.listen(Number(values.port ?? process.env.PORT ?? 8050), values.host ?? process.env.HOST ?? '127.0.0.1');
  io.stdout.write(`opportunity-kit hub on ${url} (${hub.db.kind}; ${options.sources?.length ?? 0} sources in the config)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await hub.close();
  return 0;
}
