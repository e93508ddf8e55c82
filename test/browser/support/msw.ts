import { setupWorker } from 'msw/browser';

/** One msw worker for a browser test file: `await startWorker()` in `before`, `worker.resetHandlers()` in `afterEach`. */
export const worker = setupWorker();
let started: Promise<unknown> | undefined;
export function startWorker(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  return started;
}
