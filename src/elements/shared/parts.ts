import { STATUSES } from '../../sdk/status.js';

/** The parts a status badge has besides its own (`statusBadge` in ./present.ts): `status-open`, `status-full`, …. */
export const STATUS_PARTS = STATUSES.map((s) => `status-${s}` as const);

/**
 * `exportparts` values, so a host can style nested parts from outside: `opp-finder::part(card-title)`.
 * Each part `p` of the child is exported as `prefix-p`, and its `base` as `prefix` itself.
 */
export function exportParts(parts: readonly string[], prefix: string): string {
  return parts.map((p) => (p === 'base' ? `base: ${prefix}` : `${p}: ${prefix}-${p}`)).join(', ');
}

/** Re-export parts a child already exported under their final names. */
export const passParts = (parts: readonly string[]): string => parts.join(', ');
