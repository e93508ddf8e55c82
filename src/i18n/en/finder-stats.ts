/**
 * English strings of the `finder` section that only `<opp-stats>` uses: they live in its lazy chunk (its module hands
 * them to `provideEnglish`), not in the script-tag bundle a finder page loads first. See `./finder-detail.ts`.
 */
import type { FinderMessages } from '../messages.js';
export const finderStats = {
  // ---------- stats ----------
  statsTitle: 'Opportunities at a glance',
  statsUpcoming: 'Upcoming',
  statsOpen: 'Open for applications',
  topCountries: 'Top countries',
  topTopics: 'Top areas of expertise',
  statsCount: 'Opportunities',
  statsEmpty: 'No upcoming opportunities at the moment.',
} satisfies Partial<FinderMessages>;
