// Types for demo/server.mjs (plain JavaScript, so the Node tests can import it under `tsc --noEmit`).
import type { Server } from 'node:http';

export const PLACEHOLDER_ORIGIN: string;
export const THANK_YOU: string;
export const CSP: string;
/** The feeds the demo hub harvests: source id → path on the demo server. */
export const HUB_FEEDS: Record<string, string>;
export interface DemoServerOptions {
  /** Default: PORT or 8040; 0 for any free port. */
  port?: number;
  /** Default: HOST or 127.0.0.1. */
  host?: string;
  /** The demo folder (pages and data/). */
  root?: string;
  /** The built bundle folder, served as /dist/. */
  dist?: string;
  /** Where applications.jsonl and files/ are written. */
  receivedDir?: string;
  /** Take a free port when `port` is busy (default true). */
  fallback?: boolean;
  /** Number of items when large.json has to be generated (default 10,000). */
  largeCount?: number;
  /**
   * The hub under /hub/ (default true), in a worker thread: false for none, or its PGlite directory (default
   * `memory://`), the URL of the module exporting `createHub` (default the built dist/lib/hub/index.js; tests give the
   * TypeScript source), a promise to wait for before starting it, and how long a search sent while it starts waits
   * for it before its 503 (default 10,000 ms).
   */
  hub?: boolean | { dataDir?: string; module?: string; waitFor?: Promise<unknown>; hold?: number };
  log?: ((message: string) => void) | null;
}
export interface DemoServer {
  server: Server;
  port: number;
  /** http://localhost:PORT/ */
  url: string;
  /** http://HOST:PORT, the exact listening address. */
  origin: string;
  ensureLarge(): Promise<void>;
  /** Once the hub has harvested the demo feeds and answers: its own loopback URL, its size and number of sources. */
  hubReady(): Promise<{ url: string; size: number; sources: number } | undefined>;
  close(): Promise<void>;
}
export function startServer(options?: DemoServerOptions): Promise<DemoServer>;
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string | string[]>; files: { field: string; filename: string; type: string; data: Buffer }[] };
export function validateApplication(app: { values: Record<string, unknown>; files?: { field: string; data: Buffer }[] }): Record<string, string>;
