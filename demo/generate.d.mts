// Types for demo/generate.mjs (plain JavaScript, so the Node tests can import it under `tsc --noEmit`).
export const REFERENCE_DATE: string;
export const DEMO_ORIGIN: string;
export const APPLY_ENDPOINT: string;
export const APPLY_DEMO_ID: string;
export const LARGE_COUNT: number;
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  weighted<T>(list: readonly T[], weight?: (x: T) => number): T;
  sample<T>(list: readonly T[], n: number): T[];
}
export function createRng(seed: number): Rng;
/** A feed object in format version 1 (see FEED-FORMAT.md). */
export type DemoFeed = { version: '1'; opportunities: Record<string, unknown>[] } & Record<string, unknown>;
export function applicationForm(provider: Record<string, unknown>, options?: { lang?: string; consent?: boolean; cv?: boolean }): Record<string, unknown>;
export function buildOpportunities(seed?: number): DemoFeed;
export function buildUniversity(seed?: number): DemoFeed;
export function buildNetwork(seed?: number): DemoFeed;
export function buildBroken(): { version: string; opportunities: unknown[] } & Record<string, unknown>;
export function buildLarge(count?: number, seed?: number): DemoFeed;
export const NETWORK_MEMBERS: Record<string, unknown>[];
export function serialize(value: unknown, options?: { compact?: boolean }): string;
/** File name → content of every committed demo feed. */
export function committedFeeds(): Record<string, string>;
export function writeLarge(dir?: string, count?: number): Promise<string>;
export function writeAll(options?: { dir?: string; large?: boolean }): Promise<string[]>;
