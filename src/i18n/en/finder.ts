/**
 * English UI strings of the finder, card, detail and stats elements (the `finder` section). The reference catalogue:
 * every language fills in the same layout, `FinderMessages` in `../messages.ts` (a note on each message); texts with
 * `{placeholders}` and plural messages, no code. Values (dates, amounts, names) arrive formatted in the UI language.
 *
 * The English strings are in three files, so that each travels with the elements that use it: `./finder-core.ts`
 * (bundled with the finder), `./finder-detail.ts` (with `<opp-detail>`), `./finder-stats.ts` (with `<opp-stats>`).
 */
import { finderCore } from './finder-core.js';
import { finderDetail } from './finder-detail.js';
import { finderStats } from './finder-stats.js';
import type { FinderMessages } from '../messages.js';

export const finder: FinderMessages = { ...finderCore, ...finderDetail, ...finderStats };

export type { FinderMessages };
