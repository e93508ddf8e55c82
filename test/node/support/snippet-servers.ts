/**
 * Preloaded (`node --import`) before a README snippet runs: msw answers for the example hosts the README uses, with
 * the repo's real sample files, so a snippet that fetches `https://www.ugent.be/staffweeks.json` runs as written.
 * Anything else is an error (a snippet must not reach the network).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const file = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const serve = (url: string, path: string, type: string) =>
  http.get(url, () => new HttpResponse(file(path), { headers: { 'Content-Type': type } }));

const server = setupServer(
  serve('https://www.ugent.be/staffweeks.json', 'demo/data/university.json', 'application/json'),
  serve('https://uni.example.fi/feed.csv', 'test/fixtures/formats/folkhogskola.csv', 'text/csv'),
  serve('https://www.helsinki.fi/staffweeks.ics', 'test/fixtures/formats/university.ics', 'text/calendar'),
);
server.listen({ onUnhandledRequest: 'error' });
