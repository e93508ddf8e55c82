/**
 * English UI strings of the finder, card, detail and stats elements (the `finder` section). The reference catalogue:
 * every other language implements the same keys (`satisfies FinderMessages`). Functions take counts and use
 * `plural()` for plural rules; arguments that are already formatted (dates, amounts, names) arrive as strings in the UI
 * language.
 *
 * The English strings are in three files, so that each travels with the elements that use it: `./finder-core.ts`
 * (bundled with the finder), `./finder-detail.ts` (with `<opp-detail>`), `./finder-stats.ts` (with `<opp-stats>`).
 */
import { finderCore } from './finder-core.js';
import { finderDetail } from './finder-detail.js';
import { finderStats } from './finder-stats.js';

export const finder = { ...finderCore, ...finderDetail, ...finderStats };

export type FinderMessages = typeof finder;
