/**
 * English UI strings of the `finder` section that a finder page needs before its first render: the finder, its parts
 * and the card. Bundled with the finder; see `./finder.ts` for the whole section.
 */
import type { FinderMessages } from '../messages.js';

export const finderCore = {
  // ---------- states ----------
  loading: 'Loading opportunities…',
  /** Announced in the live region and shown above the results. */
  resultCount: { one: '{count} opportunity', other: '{count} opportunities' },
  /** Shown above the results when there is more than one page: "21–40 of 125". */
  resultRange: '{from}–{to} of {total}',
  noResults: 'No opportunities match your search.',
  /** Empty state when exactly one kind is filtered; `kind` is from `kindsPlural`. */
  noResultsOfKind: 'No {kind} match your search.',
  noResultsHint: 'Try fewer filters or other words.',
  clearFilters: 'Clear filters',
  emptyFeed: 'There are no opportunities to show at the moment.',
  errorTitle: 'The opportunities could not be loaded',
  errorHelp: 'Check your connection and try again. If it keeps failing, the list may be down for a while.',
  errorDetails: 'Technical details',
  retry: 'Try again',
  /** Link to the publisher's site when the feed fails; `site` is a host name. */
  visitSite: 'Visit {site}',
  /** Quiet note when some feeds failed and others loaded; `sources` is a list of names. */
  partialFailure: 'Some opportunities may be missing: {sources} could not be loaded.',
  /** Quiet note when a saved copy is shown; `date` is formatted. */
  staleNote: 'Showing a saved copy from {date}: the latest list could not be loaded.',
  staleNoteUndated: 'Showing a saved copy: the latest list could not be loaded.',
  notFound: 'This opportunity is no longer listed.',

  // ---------- search ----------
  searchLabel: 'Search opportunities',
  searchHint: 'Words in the title, description, organisation or place',
  searchButton: 'Search',

  // ---------- filters ----------
  filters: 'Filters',
  /** The filters toggle on narrow screens. */
  filtersWithCount: 'Filters ({count} active)',
  facets: {
    kind: 'Type',
    direction: 'Offers or requests',
    providerType: 'Organisation type',
    country: 'Country',
    topic: 'Area of expertise',
    field: 'Field of education',
    audience: 'For whom',
    mode: 'Format',
    language: 'Working language',
    status: 'Status',
    dates: 'Dates',
  },
  /** Accessible name of a value with its count: "Finland, 12 opportunities". */
  valueWithCount: { one: '{label}, {count} opportunity', other: '{label}, {count} opportunities' },
  dateFrom: 'From',
  dateTo: 'To',
  showAll: 'Show all {count}',
  showFewer: 'Show fewer',
  sortLabel: 'Sort by',
  sort: {
    relevance: 'Best match',
    deadline: 'Deadline',
    start: 'Start date',
    updated: 'Recently updated',
    title: 'Title',
  },

  // ---------- chips ----------
  activeFilters: 'Active filters',
  /** Accessible name of a chip's remove button. */
  removeFilter: 'Remove filter: {label}',
  /** The chip of the default status filter (closed, fully booked, cancelled and past opportunities are hidden). */
  canApplyOnly: 'Showing opportunities you can still apply for',
  clearAll: 'Clear all',
  chipText: '“{text}”',
  chipFrom: 'From {date}',
  chipTo: 'Until {date}',

  // ---------- pagination ----------
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {page}',

  // ---------- vocabularies ----------
  kinds: {
    'staff-week': 'Staff week',
    'job-shadowing': 'Job shadowing',
    teaching: 'Teaching assignment',
    course: 'Course',
    traineeship: 'Traineeship',
    'vet-placement': 'VET placement',
    volunteering: 'Volunteering',
    'research-job': 'Research job',
    'good-practice': 'Good practice',
    other: 'Other',
  },
  /** The plural forms used in `noResultsOfKind` ("No staff weeks match…"). */
  kindsPlural: {
    'staff-week': 'staff weeks',
    'job-shadowing': 'job-shadowing places',
    teaching: 'teaching assignments',
    course: 'courses',
    traineeship: 'traineeships',
    'vet-placement': 'VET placements',
    volunteering: 'volunteering places',
    'research-job': 'research jobs',
    'good-practice': 'good practices',
    other: 'opportunities',
  },
  directions: { offer: 'Offer', request: 'Request (looking for a host)' },
  providerTypes: {
    hei: 'Higher education',
    vet: 'Vocational education',
    school: 'School',
    'adult-education': 'Adult education',
    company: 'Company',
    ngo: 'Non-profit organisation',
    'public-authority': 'Public authority',
    network: 'Network',
  },
  modes: { onsite: 'On site', online: 'Online', blended: 'Blended' },
  statuses: {
    upcoming: 'Applications open soon',
    open: 'Open',
    'closing-soon': 'Closing soon',
    full: 'Fully booked',
    closed: 'Closed',
    past: 'Past',
    cancelled: 'Cancelled',
  },
  audiences: {
    'academic-staff': 'Academic staff',
    'administrative-staff': 'Administrative staff',
    'technical-staff': 'Technical staff',
    'library-staff': 'Library staff',
    teachers: 'Teachers',
    students: 'Students',
    'vet-learners': 'VET learners',
    'adult-learners': 'Adult learners',
    'job-seekers': 'Job seekers',
  },
  /** ISCED-F 2013 broad fields; narrower codes are shown with their broad field. */
  fieldsOfEducation: {
    '00': 'Generic programmes and qualifications',
    '01': 'Education',
    '02': 'Arts and humanities',
    '03': 'Social sciences, journalism and information',
    '04': 'Business, administration and law',
    '05': 'Natural sciences, mathematics and statistics',
    '06': 'Information and communication technologies',
    '07': 'Engineering, manufacturing and construction',
    '08': 'Agriculture, forestry, fisheries and veterinary',
    '09': 'Health and welfare',
    '10': 'Services',
  },

  // ---------- card and detail facts ----------
  when: 'When',
  where: 'Where',
  deadline: 'Application deadline',
  fee: 'Fee',
  free: 'Free',
  languages: 'Languages',
  /** A working language with its CEFR level: "English (B2)". */
  languageLevel: '{language} ({level})',
  /** Card line: "Apply by 28 Feb 2027". */
  applyBy: 'Apply by {date}',
  /** `rel` is from Intl.RelativeTimeFormat ("in 5 days", "tomorrow"). */
  closesIn: 'closes {when}',
  opensOn: 'Applications open on {date}',
  /** The same moment on the visitor's clock, beside a deadline in the opportunity's own zone: "2 Mar, 00:59 your time". */
  yourTime: '{time} your time',

  // ---------- states (added) ----------
  /** Error state when the feed's address answers with something that is not a feed (an HTML page served with 200, JSON
   * of another shape); `feed` is the address as host and path ("example.org/events.json"). */
  notAFeed: '{feed} is not an opportunity feed',
  notAFeedHelp: 'The address may have changed, or it leads to a web page instead of a list of opportunities. Please let the site’s owner know.',
  /** The button at the end of the folded filters (narrow screens): closes them and moves to the result count. */
  showResults: { one: 'Show {count} result', other: 'Show {count} results' },
  /** Beside the date fields (and in the empty state) when "From" is after "To". */
  datesReversed: 'The start date is after the end date, so nothing can match. Change one of the dates.',

  // ---------- subscribe (finder on a hub) ----------
  /** Before the links that follow the current search in a calendar or feed reader: "Subscribe: calendar · feed". */
  subscribe: 'Subscribe:',
  /** Each link's visible word, by the hub's feed format. */
  subscribeFormat: { ics: 'calendar', json: 'feed' },
  /** Each link's accessible name; it contains the visible word (label in name). */
  subscribeName: { ics: 'Subscribe to this search in a calendar', json: 'Subscribe to this search as a feed' },
  // ---------- card facts (vocabularies) ----------
  /** The card's and the detail's heading for the ISCED-F fields and the topics (moved here from the detail's strings). */
  fields: 'Fields of education',
  topics: 'Areas of expertise',
  // ---------- shared with the detail and the form ----------
  /** Appended (visually hidden) to links that open in a new tab. */
  newTab: '(opens in a new tab)',
  applyLoading: 'Loading the application form…',
  cancelledNote: 'This opportunity has been cancelled.',
} satisfies Partial<FinderMessages>;
