/**
 * The load generator of bench/hub.bench.ts, in a process of its own so it does not share the hub's event loop:
 * autocannon against `url` with the given paths, each request the next path (with `unique`, a cache-buster parameter
 * the hub ignores appended). Reads its settings as JSON from argv[2]; prints autocannon's figures as JSON.
 */
import autocannon from 'autocannon';

const { url, paths, unique, connections, duration } = JSON.parse(process.argv[2]!) as { url: string; paths: string[]; unique: boolean; connections: number; duration: number };
let n = 0;
const result = await autocannon({
  url, connections, duration,
  requests: [{ setupRequest: (req) => ({ ...req, path: `${paths[n % paths.length]}${unique ? `&_=${n}` : ''}`, ...(n++, {}) }) }],
});
process.stdout.write(JSON.stringify({
  requests: result.requests.average, total: result.requests.total, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99,
  max: result.latency.max, non2xx: result.non2xx, errors: result.errors,
}));
