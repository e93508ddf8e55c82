import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChrome } from './scripts/find-chrome.mjs';

export const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  // window.gc() for the leak checks in test/browser/host-abuse.test.ts (without it, "after allocation pressure" is a guess).
  '--js-flags=--expose-gc',
];

/** The policy a strict host sends; test/browser/pages/csp.html is served with it (see README, "Content-Security-Policy"). */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), args: CHROME_FLAGS } })],
  concurrency: 2,
  staticLogging: true,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [
    async function strictPolicy(context, next) {
      await next();
      if (context.path === '/test/browser/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
    function serveMswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
};
