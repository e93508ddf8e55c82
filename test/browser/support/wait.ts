import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * open-wc's `waitUntil` with a 10 s default instead of 1 s. What the tests wait for (a lazy catalogue chunk compiled on
 * first request, a feed through msw) takes well under a second on an idle machine and several on a loaded CI runner
 * with two pages at once; a condition that is never met still fails, only later.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });
}
