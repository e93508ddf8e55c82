/**
 * English strings of the `finder` section that only `<opp-detail>` uses. They live in its lazy chunk (its module hands
 * them to `provideEnglish`), not in the script-tag bundle a finder page loads first (`./finder-stats.ts` likewise).
 * Other languages keep their whole catalogue in one file (`<lang>/index.ts`), checked against `Messages`.
 */
import type { FinderMessages } from '../messages.js';

export const finderDetail = {
  // ---------- detail facts ----------
  placesLeft: { one: '{count} place left', other: '{count} places left' },
  places: { one: '{count} place', other: '{count} places' },
  feedback: 'Participant rating',
  feedbackRating: { one: 'Rated {rating} of 5 by {count} participant', other: 'Rated {rating} of 5 by {count} participants' },

  // ---------- detail ----------
  backToResults: 'Back to results',
  close: 'Close',
  about: 'About',
  learningOutcomes: 'Learning outcomes',
  recognition: 'Recognition',
  ects: '{credits} ECTS credits',
  ecvet: '{points} ECVET points',
  placesLabel: 'Places',
  organiser: 'Organiser',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  links: 'Links',
  moreInformation: 'More information',
  organiserWebsite: 'Organiser’s website',
  howToApply: 'How to apply',
  applyOnline: 'Apply on the organiser’s site',
  applyByEmail: 'Apply by e-mail',
  applyHere: 'Apply here',
  applyFormFailed: 'The application form could not be loaded.',
  applicationsClosed: 'Applications are closed.',
  fullyBookedNote: 'Fully booked: every place has been taken.',
  addToCalendar: 'Add to calendar',
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'The link could not be copied.',
  calendarDeadline: 'Application deadline: {title}',
} satisfies Partial<FinderMessages>;
