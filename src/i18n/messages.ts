/**
 * The layout of the UI catalogue, with a note for translators on every message: what it is, where it shows and its
 * placeholders. Every language (`src/i18n/<lang>/`) fills in this layout; English (`src/i18n/en/`) is the reference.
 *
 * A message is a text, or a plural message (`Plural`): one text per plural category that the language's
 * `Intl.PluralRules` uses for whole numbers, chosen by `{count}`. `{name}` is a placeholder: keep it as written (it may
 * move within the sentence); the view fills it in with a value already formatted for the language (a date, a name, a
 * number). Messages hold no code. See docs/translating.md.
 */
import type { Message, Plural } from './format.js';

export type { Message, Plural };

export interface FinderMessages {
  /** TODO */
  loading: string;
  /** Announced in the live region and shown above the results. Placeholders: `{count}`. */
  resultCount: Message;
  /** Shown above the results when there is more than one page: "21–40 of 125". Placeholders: `{from}`, `{to}`, `{total}`. */
  resultRange: string;
  /** TODO */
  noResults: string;
  /** Empty state when exactly one kind is filtered; `kind` is from `kindsPlural`. Placeholders: `{kind}`. */
  noResultsOfKind: string;
  /** TODO */
  noResultsHint: string;
  /** TODO */
  clearFilters: string;
  /** TODO */
  emptyFeed: string;
  /** TODO */
  errorTitle: string;
  /** TODO */
  errorHelp: string;
  /** TODO */
  errorDetails: string;
  /** TODO */
  retry: string;
  /** Link to the publisher's site when the feed fails; `site` is a host name. Placeholders: `{site}`. */
  visitSite: string;
  /** Quiet note when some feeds failed and others loaded; `sources` is a list of names. Placeholders: `{sources}`. */
  partialFailure: string;
  /** Quiet note when a saved copy is shown; `date` is formatted. Placeholders: `{date}`. */
  staleNote: string;
  /** TODO */
  staleNoteUndated: string;
  /** TODO */
  notFound: string;
  /** TODO */
  searchLabel: string;
  /** TODO */
  searchHint: string;
  /** TODO */
  searchButton: string;
  /** TODO */
  filters: string;
  /** The filters toggle on narrow screens. Placeholders: `{count}`. */
  filtersWithCount: Message;
  /** TODO */
  facets: Record<'kind' | 'direction' | 'providerType' | 'country' | 'topic' | 'field' | 'audience' | 'mode' | 'language' | 'status' | 'dates', string>;
  /** Accessible name of a value with its count: "Finland, 12 opportunities". Placeholders: `{label}`, `{count}`. */
  valueWithCount: Message;
  /** TODO */
  dateFrom: string;
  /** TODO */
  dateTo: string;
  /** TODO Placeholders: `{count}`. */
  showAll: Message;
  /** TODO */
  showFewer: string;
  /** TODO */
  sortLabel: string;
  /** TODO */
  sort: Record<'relevance' | 'deadline' | 'start' | 'updated' | 'title', string>;
  /** TODO */
  activeFilters: string;
  /** Accessible name of a chip's remove button. Placeholders: `{label}`. */
  removeFilter: string;
  /** The chip of the default status filter (closed, fully booked, cancelled and past opportunities are hidden). */
  canApplyOnly: string;
  /** TODO */
  clearAll: string;
  /** TODO Placeholders: `{text}`. */
  chipText: string;
  /** TODO Placeholders: `{date}`. */
  chipFrom: string;
  /** TODO Placeholders: `{date}`. */
  chipTo: string;
  /** TODO */
  pagination: string;
  /** TODO */
  previous: string;
  /** TODO */
  next: string;
  /** TODO Placeholders: `{page}`. */
  page: string;
  /** TODO */
  kinds: Record<'staff-week' | 'job-shadowing' | 'teaching' | 'course' | 'traineeship' | 'vet-placement' | 'volunteering' | 'research-job' | 'good-practice' | 'other', string>;
  /** The plural forms used in `noResultsOfKind` ("No staff weeks match…"). */
  kindsPlural: Record<'staff-week' | 'job-shadowing' | 'teaching' | 'course' | 'traineeship' | 'vet-placement' | 'volunteering' | 'research-job' | 'good-practice' | 'other', string>;
  /** TODO */
  directions: Record<'offer' | 'request', string>;
  /** TODO */
  providerTypes: Record<'hei' | 'vet' | 'school' | 'adult-education' | 'company' | 'ngo' | 'public-authority' | 'network', string>;
  /** TODO */
  modes: Record<'onsite' | 'online' | 'blended', string>;
  /** TODO */
  statuses: Record<'upcoming' | 'open' | 'closing-soon' | 'full' | 'closed' | 'past' | 'cancelled', string>;
  /** TODO */
  audiences: Record<'academic-staff' | 'administrative-staff' | 'technical-staff' | 'library-staff' | 'teachers' | 'students' | 'vet-learners' | 'adult-learners' | 'job-seekers', string>;
  /** ISCED-F 2013 broad fields; narrower codes are shown with their broad field. */
  fieldsOfEducation: Record<'10' | '00' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09', string>;
  /** TODO */
  when: string;
  /** TODO */
  where: string;
  /** TODO */
  deadline: string;
  /** TODO */
  fee: string;
  /** TODO */
  free: string;
  /** TODO */
  languages: string;
  /** A working language with its CEFR level: "English (B2)". Placeholders: `{language}`, `{level}`. */
  languageLevel: string;
  /** Card line: "Apply by 28 Feb 2027". Placeholders: `{date}`. */
  applyBy: string;
  /** `rel` is from Intl.RelativeTimeFormat ("in 5 days", "tomorrow"). Placeholders: `{when}`. */
  closesIn: string;
  /** TODO Placeholders: `{date}`. */
  opensOn: string;
  /** The same moment on the visitor's clock, beside a deadline in the opportunity's own zone: "2 Mar, 00:59 your time". Placeholders: `{time}`. */
  yourTime: string;
  /** Error state when the feed's address answers with something that is not a feed (an HTML page served with 200, JSON of another shape); `feed` is the address as host and path ("example.org/events.json"). Placeholders: `{feed}`. */
  notAFeed: string;
  /** TODO */
  notAFeedHelp: string;
  /** The button at the end of the folded filters (narrow screens): closes them and moves to the result count. Placeholders: `{count}`. */
  showResults: Message;
  /** Beside the date fields (and in the empty state) when "From" is after "To". */
  datesReversed: string;
  /** Before the links that follow the current search in a calendar or feed reader: "Subscribe: calendar · feed". */
  subscribe: string;
  /** Each link's visible word, by the hub's feed format. */
  subscribeFormat: Record<'ics' | 'json', string>;
  /** Each link's accessible name; it contains the visible word (label in name). */
  subscribeName: Record<'ics' | 'json', string>;
  /** The card's and the detail's heading for the ISCED-F fields and the topics (moved here from the detail's strings). */
  fields: string;
  /** TODO */
  topics: string;
  /** TODO Placeholders: `{count}`. */
  placesLeft: Message;
  /** TODO Placeholders: `{count}`. */
  places: Message;
  /** TODO */
  feedback: string;
  /** TODO Placeholders: `{rating}`, `{count}`. */
  feedbackRating: Message;
  /** TODO */
  backToResults: string;
  /** TODO */
  close: string;
  /** TODO */
  about: string;
  /** TODO */
  learningOutcomes: string;
  /** TODO */
  recognition: string;
  /** TODO Placeholders: `{credits}`. */
  ects: string;
  /** TODO Placeholders: `{points}`. */
  ecvet: string;
  /** TODO */
  audience: string;
  /** TODO */
  placesLabel: string;
  /** TODO */
  organiser: string;
  /** TODO */
  contact: string;
  /** TODO */
  email: string;
  /** TODO */
  phone: string;
  /** TODO */
  website: string;
  /** TODO */
  links: string;
  /** TODO */
  moreInformation: string;
  /** TODO */
  organiserWebsite: string;
  /** Appended (visually hidden) to links that open in a new tab. */
  newTab: string;
  /** TODO */
  howToApply: string;
  /** TODO */
  applyOnline: string;
  /** TODO */
  applyByEmail: string;
  /** TODO */
  applyHere: string;
  /** TODO */
  applyLoading: string;
  /** TODO */
  applyFormFailed: string;
  /** TODO */
  applicationsClosed: string;
  /** TODO */
  fullyBookedNote: string;
  /** TODO */
  cancelledNote: string;
  /** TODO */
  addToCalendar: string;
  /** TODO */
  share: string;
  /** TODO */
  linkCopied: string;
  /** TODO */
  copyFailed: string;
  /** TODO Placeholders: `{title}`. */
  calendarDeadline: string;
  /** TODO */
  statsTitle: string;
  /** TODO */
  statsUpcoming: string;
  /** TODO */
  statsOpen: string;
  /** TODO */
  topCountries: string;
  /** TODO */
  topTopics: string;
  /** TODO */
  statsCount: string;
  /** TODO */
  statsEmpty: string;
}

export interface ApplyMessages {
  /** Heading of the element. */
  heading: string;
  /** TODO */
  loading: string;
  /** TODO */
  loadFailed: string;
  /** TODO */
  notFound: string;
  /** TODO Placeholders: `{date}`. */
  opensOn: string;
  /** TODO */
  prepareNow: string;
  /** TODO Placeholders: `{date}`. */
  deadline: string;
  /** TODO */
  closed: string;
  /** TODO */
  past: string;
  /** TODO */
  cancelled: string;
  /** TODO */
  applyOnSite: string;
  /** TODO Placeholders: `{address}`. */
  applyByEmail: string;
  /** TODO */
  opensNewWindow: string;
  /** TODO */
  optional: string;
  /** TODO */
  choose: string;
  /** TODO Placeholders: `{count}`. */
  charactersLeft: Message;
  /** TODO Placeholders: `{count}`. */
  charactersTooMany: Message;
  /** TODO Placeholders: `{types}`. */
  fileTypes: string;
  /** TODO Placeholders: `{size}`. */
  fileSize: string;
  /** TODO */
  levels: Record<'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2', string>;
  /** TODO */
  errors: {
    /** TODO */
    required: string;
    /** TODO */
    requiredChoice: string;
    /** TODO */
    requiredCheckbox: string;
    /** TODO */
    requiredFile: string;
    /** TODO Placeholders: `{count}`. */
    tooShort: Message;
    /** TODO Placeholders: `{count}`. */
    tooLong: Message;
    /** TODO Placeholders: `{min}`. */
    tooSmall: string;
    /** TODO Placeholders: `{max}`. */
    tooBig: string;
    /** TODO */
    notNumber: string;
    /** TODO */
    pattern: string;
    /** TODO */
    email: string;
    /** TODO */
    url: string;
    /** TODO */
    tel: string;
    /** TODO */
    date: string;
    /** TODO */
    choice: string;
    /** TODO Placeholders: `{types}`. */
    fileType: string;
    /** TODO Placeholders: `{size}`. */
    fileTooBig: string;
  };
  /** Read by screen readers before each field error. */
  errorPrefix: string;
  /** Heading of the error summary shown on submit. Placeholders: `{count}`. */
  summaryTitle: Message;
  /** TODO */
  summaryIntro: string;
  /** TODO */
  privacyTitle: string;
  /** TODO */
  controller: string;
  /** TODO */
  purpose: string;
  /** TODO */
  legalBasis: string;
  /** TODO */
  retention: string;
  /** TODO */
  privacyContact: string;
  /** TODO */
  privacyPolicy: string;
  /** TODO */
  privacyRights: string;
  /** TODO */
  consentsTitle: string;
  /** TODO */
  consentsNote: string;
  /** TODO */
  draftNote: string;
  /** TODO Placeholders: `{date}`. */
  draftRestored: string;
  /** TODO */
  draftRestoredFiles: string;
  /** TODO */
  discardDraft: string;
  /** TODO */
  draftDiscarded: string;
  /** TODO */
  submit: string;
  /** TODO */
  sending: string;
  /** After the reason (`timeout`, `offline`, `serverError`, `rateLimited`) while an automatic retry waits. Placeholders: `{count}`. */
  retrying: Message;
  /** TODO */
  keptNote: string;
  /** TODO */
  timeout: string;
  /** TODO */
  offline: string;
  /** TODO */
  serverError: string;
  /** TODO */
  rateLimited: string;
  /** TODO Placeholders: `{count}`. */
  tryAgainInSeconds: Message;
  /** TODO Placeholders: `{count}`. */
  tryAgainInMinutes: Message;
  /** TODO */
  retry: string;
  /** TODO */
  retrySafe: string;
  /** TODO */
  fieldsRejected: string;
  /** TODO */
  fatal: string;
  /** TODO */
  fatalHelp: string;
  /** TODO */
  tooFast: string;
  /** TODO */
  notOpen: string;
  /** TODO */
  successTitle: string;
  /** TODO Placeholders: `{organiser}`. */
  successNext: string;
  /** TODO */
  successNextGeneric: string;
  /** TODO Placeholders: `{reference}`. */
  reference: string;
  /** TODO */
  serverSays: string;
  /** TODO */
  honeypot: string;
}

/** The whole catalogue of one language, in two sections. */
export interface Messages {
  /** The finder and its parts, the card, the detail and the stats. */
  finder: FinderMessages;
  /** The application form (`<opp-apply>`). */
  apply: ApplyMessages;
}
