/**
 * English strings of the `finder` section that only `<opp-detail>` uses. They live in its lazy chunk (its module hands
 * them to `provideEnglish`), not in the script-tag bundle a finder page loads first (`./finder-stats.ts` likewise). Other languages keep the whole section in one file (`<lang>/finder.ts`), checked against `FinderMessages`.
 */
import { plural } from '../plural.js';

export const finderDetail = {
  // ---------- detail facts ----------
  placesLeft: (n: number) => plural('en', n, { one: '1 place left', other: `${n} places left` }),
  places: (n: number) => plural('en', n, { one: '1 place', other: `${n} places` }),
  feedback: 'Participant rating',
  feedbackRating: (rating: string, n: number) =>
    plural('en', n, { one: `Rated ${rating} of 5 by 1 participant`, other: `Rated ${rating} of 5 by ${n} participants` }),

  // ---------- detail ----------
  backToResults: 'Back to results',
  close: 'Close',
  about: 'About',
  learningOutcomes: 'Learning outcomes',
  recognition: 'Recognition',
  ects: (n: string) => `${n} ECTS credits`,
  ecvet: (n: string) => `${n} ECVET points`,
  audience: 'For whom',
  placesLabel: 'Places',
  organiser: 'Organiser',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  links: 'Links',
  moreInformation: 'More information',
  organiserWebsite: 'Organiser’s website',
  /** Appended (visually hidden) to links that open in a new tab. */
  newTab: '(opens in a new tab)',
  howToApply: 'How to apply',
  applyOnline: 'Apply on the organiser’s site',
  applyByEmail: 'Apply by e-mail',
  applyHere: 'Apply here',
  applyLoading: 'Loading the application form…',
  applyFormFailed: 'The application form could not be loaded.',
  applicationsClosed: 'Applications are closed.',
  fullyBookedNote: 'Fully booked: every place has been taken.',
  cancelledNote: 'This opportunity has been cancelled.',
  addToCalendar: 'Add to calendar',
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'The link could not be copied.',
  calendarDeadline: (title: string) => `Application deadline: ${title}`,
};
