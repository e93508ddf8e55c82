/**
 * The layout of the UI catalogue, with a note for translators on every message: what it is, where it shows and its
 * placeholders. Every language fills in this layout in one file (`src/i18n/<lang>/index.ts`); English
 * (`src/i18n/en/`, split by the elements that load it) is the reference.
 *
 * A message is a text, or a plural message (`Plural`): one text per plural category that the language's
 * `Intl.PluralRules` uses for whole numbers, chosen by `{count}`. `{name}` is a placeholder: keep it as written (it may
 * move within the sentence); the view fills it in with a value already formatted for the language (a date, a name, a
 * number). Messages hold no code. See docs/translating.md.
 */
import type { Message, Plural } from './format.js';
import type { CefrLevel, Direction, Kind, Mode, ProviderType } from '../sdk/feed/codes.js';
import type { SortOrder } from '../sdk/search/types.js';
import type { OpportunityStatus } from '../sdk/status.js';

export type { Message, Plural };

/** The `finder` section: the finder and its parts, the card, the detail and the stats (and strings the form shares). */
export interface FinderMessages {
  // ---------- States of the list ----------
  /** Shown (and announced) while the list of opportunities loads. */
  loading: string;
  /**
   * The number of results, above the list and announced to screen readers: "12 opportunities". `{count}`: the number of
   * results.
   */
  resultCount: Message;
  /**
   * Beside the count when there is more than one page: "21–40 of 125". `{from}`, `{to}`: the first and last result on
   * this page; `{total}`: all results.
   */
  resultRange: string;
  /** Empty state: nothing matches the search and filters. */
  noResults: string;
  /**
   * Empty state when exactly one type is filtered: "No staff weeks match your search." `{kind}`: that type in the
   * plural, from `kindsPlural` — write the sentence so that the plural noun fits.
   */
  noResultsOfKind: string;
  /** Under the empty state: a hint to widen the search. */
  noResultsHint: string;
  /** Button in the empty state that removes every filter. */
  clearFilters: string;
  /** The list has no opportunities at all (before any filter). */
  emptyFeed: string;
  /** Heading of the error state when the list could not be loaded. */
  errorTitle: string;
  /** Under the error heading: what the visitor can do. */
  errorHelp: string;
  /** Label of the folded technical details under the error (the error text itself stays in English). */
  errorDetails: string;
  /** Button that tries again: after a failed list, and in the application form after a failed send. */
  retry: string;
  /** Link to the publisher's site in the error state: "Visit example.org". `{site}`: a host name. */
  visitSite: string;
  /**
   * Quiet note when some lists failed and others loaded. `{sources}`: the names of the failed lists, already joined
   * ("A, B and C").
   */
  partialFailure: string;
  /**
   * Quiet note when a copy saved earlier is shown because the latest list could not be loaded. `{date}`: when that copy
   * was saved.
   */
  staleNote: string;
  /** The same note when the saved copy has no date. */
  staleNoteUndated: string;
  /** The finder was asked for an opportunity (by its address) that is no longer in the list. */
  notFound: string;

  // ---------- Search ----------
  /** Label of the search field. */
  searchLabel: string;
  /** Hint under the search field: what the search looks in. */
  searchHint: string;
  /** The search button. */
  searchButton: string;

  // ---------- Filters ----------
  /** Heading of the filters; also the filters toggle on narrow screens when no filter is set. */
  filters: string;
  /**
   * The filters toggle on narrow screens when filters are set: "Filters (2 active)". `{count}`: the number of filters
   * set (1 or more).
   */
  filtersWithCount: Message;
  /**
   * The heading of each filter group (and of the matching fact in a card or the detail). `audience` is also the "For
   * whom" fact of the detail.
   */
  facets: Record<'kind' | 'direction' | 'providerType' | 'country' | 'topic' | 'field' | 'audience' | 'mode' | 'language' | 'status' | 'dates', string>;
  /**
   * What a screen reader hears for a filter value with its number of results: "Finland, 12 opportunities". `{label}`:
   * the value; `{count}`: its number of results.
   */
  valueWithCount: Message;
  /** Label of the first date field of the "Dates" filter ("From"). */
  dateFrom: string;
  /** Label of the second date field of the "Dates" filter ("To"). */
  dateTo: string;
  /** Button under a long filter group that shows all its values: "Show all 24". `{count}`: the number of values. */
  showAll: Message;
  /** The same button once the group is unfolded. */
  showFewer: string;
  /** Label of the sort menu. */
  sortLabel: string;
  /** The choices of the sort menu. */
  sort: Record<SortOrder, string>;

  // ---------- Chips (the filters set, above the results) ----------
  /** Accessible name of the list of chips. */
  activeFilters: string;
  /** Accessible name of a chip's remove button: "Remove filter: Finland". `{label}`: the chip's text. */
  removeFilter: string;
  /** The chip of the default status filter (closed, fully booked, cancelled and past opportunities are hidden). */
  canApplyOnly: string;
  /** Button after the chips that removes them all. */
  clearAll: string;
  /** The chip of the words searched for, in the quotation marks of the language: “library”. `{text}`: the words. */
  chipText: string;
  /** The chip of the first date of the "Dates" filter: "From 1 Mar 2027". `{date}`: the date. */
  chipFrom: string;
  /** The chip of the last date of the "Dates" filter: "Until 31 Mar 2027". `{date}`: the date. */
  chipTo: string;

  // ---------- Pages ----------
  /** Accessible name of the page navigation. */
  pagination: string;
  /** Link to the previous page. */
  previous: string;
  /** Link to the next page. */
  next: string;
  /** Accessible name of a page link: "Page 3". `{page}`: the page number. */
  page: string;

  // ---------- Vocabularies (filters, chips, cards, the detail) ----------
  /** The type of an opportunity, in the singular (a filter value, a card's badge). */
  kinds: Record<Kind, string>;
  /**
   * The same types in the plural, as they fit into `noResultsOfKind` ("No staff weeks match…"); `other` is the generic
   * word ("opportunities").
   */
  kindsPlural: Record<Kind, string>;
  /** Whether the opportunity is offered, or someone is looking for a host. */
  directions: Record<Direction, string>;
  /** The type of organisation that offers the opportunity. */
  providerTypes: Record<ProviderType, string>;
  /** How it takes place. */
  modes: Record<Mode, string>;
  /** The status badge of an opportunity (also a filter value). `upcoming`: applications are not open yet. */
  statuses: Record<OpportunityStatus, string>;
  /** Who the opportunity is for. */
  audiences: Record<'academic-staff' | 'administrative-staff' | 'technical-staff' | 'library-staff' | 'teachers' | 'students' | 'vet-learners' | 'adult-learners' | 'job-seekers', string>;
  /**
   * ISCED-F 2013 broad fields of education (official names where your language has them); narrower codes are shown with
   * their broad field.
   */
  fieldsOfEducation: Record<'10' | '00' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09', string>;

  // ---------- Facts (cards and the detail) ----------
  /** Label of the dates of an opportunity (visible in the detail, for screen readers in a card). */
  when: string;
  /** Label of the place (visible in the detail, for screen readers in a card). */
  where: string;
  /** Label of the application deadline. */
  deadline: string;
  /** Label of the fee. */
  fee: string;
  /** The fee when there is none. */
  free: string;
  /** Label of the working languages. */
  languages: string;
  /** A working language with its CEFR level: "English (B2)". `{language}`: the language's name; `{level}`: A1 … C2. */
  languageLevel: string;
  /** A card's deadline line: "Apply by 28 Feb 2027". `{date}`: the deadline (date, sometimes with a time). */
  applyBy: string;
  /**
   * Added after the deadline when it is near: "Apply by 28 Feb · closes in 5 days". `{when}`: from the browser
   * (Intl.RelativeTimeFormat) in your language: "in 5 days", "tomorrow".
   */
  closesIn: string;
  /**
   * A card's or the detail's line while applications are not open yet: "Applications open on 1 Feb 2027". `{date}`: the
   * opening date. No full stop (a line, not a sentence).
   */
  opensOn: string;
  /** The places still free, in the detail: "3 places left". `{count}`: the number. */
  placesLeft: Message;
  /** The number of places, in the detail: "20 places" (also in brackets after `placesLeft`). `{count}`: the number. */
  places: Message;
  /** Label of the participants' rating in the detail. */
  feedback: string;
  /**
   * The rating itself: "Rated 4.5 of 5 by 12 participants". `{rating}`: the average, already formatted (4,5 in many
   * languages); `{count}`: how many participants rated. The scale is always 5.
   */
  feedbackRating: Message;

  // ---------- The detail ----------
  /** The detail's back link when it sits on its own page. */
  backToResults: string;
  /** The same control when the detail opens over the list. */
  close: string;
  /** Heading of the description. */
  about: string;
  /** Heading of the learning outcomes. */
  learningOutcomes: string;
  /** Label of the credits an opportunity gives. */
  recognition: string;
  /** ECTS credits: "5 ECTS credits". `{credits}`: the number, already formatted. ECTS is not translated. */
  ects: string;
  /** ECVET points: "3 ECVET points". `{points}`: the number, already formatted. ECVET is not translated. */
  ecvet: string;
  /** Heading of the fields of education, in a card and the detail. */
  fields: string;
  /** Heading of the areas of expertise (topics), in a card and the detail. */
  topics: string;
  /** Label of the number of places. */
  placesLabel: string;
  /** Heading of the organiser's block. */
  organiser: string;
  /** Label of the contact person. */
  contact: string;
  /** Label of an e-mail address. */
  email: string;
  /** Label of a phone number. */
  phone: string;
  /** Label of a website. */
  website: string;
  /** Heading of the further links. */
  links: string;
  /** Link to the opportunity's own page. */
  moreInformation: string;
  /** Link to the organiser's website. */
  organiserWebsite: string;
  /** Added (for screen readers only) to every link that opens in a new tab, in the detail and the form. In brackets. */
  newTab: string;
  /** Heading of the "how to apply" block. */
  howToApply: string;
  /** Link to apply on the organiser's site. */
  applyOnline: string;
  /** Link to apply by e-mail (the address is in the link). */
  applyByEmail: string;
  /** Button that opens the application form in the page. */
  applyHere: string;
  /** Shown while the application form loads (in the detail and in the form). */
  applyLoading: string;
  /** The application form could not be loaded, in the detail. */
  applyFormFailed: string;
  /** Note in "how to apply" when applications are closed. */
  applicationsClosed: string;
  /** Note in "how to apply" when every place is taken. */
  fullyBookedNote: string;
  /** Note when the opportunity has been cancelled (in the detail and the form). A sentence. */
  cancelledNote: string;
  /** Link that downloads the opportunity as a calendar file. */
  addToCalendar: string;
  /** Button that shares (or copies) the opportunity's link. */
  share: string;
  /** Announced after the link was copied. */
  linkCopied: string;
  /** Announced when the link could not be copied. */
  copyFailed: string;

  // ---------- Stats (<opp-stats>) ----------
  /** Heading of the stats block. */
  statsTitle: string;
  /** Label of the number of upcoming opportunities. */
  statsUpcoming: string;
  /** Label of the number of opportunities open for applications. */
  statsOpen: string;
  /** Heading of the table of the countries with most opportunities. */
  topCountries: string;
  /** Heading of the table of the areas of expertise with most opportunities. */
  topTopics: string;
  /** Column heading of those tables (for screen readers): the number of opportunities. */
  statsCount: string;
  /** The stats when there is nothing upcoming. */
  statsEmpty: string;

  // ---------- Added later (kept at the end of every file) ----------
  /**
   * After a deadline in the opportunity's own time zone, the same moment on the visitor's clock, in brackets: "2 Mar,
   * 00:59 your time". `{time}`: that time.
   */
  yourTime: string;
  /**
   * Error heading when the list's address answers with something else (a web page): "example.org/events.json is not an
   * opportunity feed". `{feed}`: the address, as host and path.
   */
  notAFeed: string;
  /** Under that heading: what it means and whom to tell. */
  notAFeedHelp: string;
  /**
   * The button at the end of the folded filters (narrow screens): it closes them and moves to the results. "Show 12
   * results". `{count}`: the number of results.
   */
  showResults: Message;
  /** Beside the date fields (and in the empty state) when "From" is after "To". */
  datesReversed: string;
  /**
   * The title of the deadline's own event in a calendar file: "Application deadline: Library week". `{title}`: the
   * opportunity's title.
   */
  calendarDeadline: string;
  /**
   * Before the links that follow the current search in a calendar or a feed reader: "Subscribe: calendar · feed" (only
   * on a hub).
   */
  subscribe: string;
  /** Each subscribe link's visible word, by format. */
  subscribeFormat: Record<'ics' | 'json', string>;
  /**
   * Each subscribe link's accessible name. It must contain the visible word of `subscribeFormat` (people using voice
   * control say what they see).
   */
  subscribeName: Record<'ics' | 'json', string>;
}

/** The `apply` section: the application form (`<opp-apply>`). */
export interface ApplyMessages {
  // ---------- The form and where applications stand ----------
  /** Heading of the application form. */
  heading: string;
  /** The form could not be loaded. */
  loadFailed: string;
  /** The form was asked for an opportunity that is not in the list. */
  notFound: string;
  /**
   * Notice while applications are not open yet: "Applications open on 1 Feb 2027." `{date}`: the opening date (and
   * time). A sentence.
   */
  opensOn: string;
  /** After `opensOn` when the form can be filled in already. */
  prepareNow: string;
  /** Notice of the deadline above the form: "Apply by 28 Feb 2027, 23:59 CET." `{date}`: the deadline. A sentence. */
  deadline: string;
  /** Notice when applications have closed. */
  closed: string;
  /** Notice when the opportunity is over. */
  past: string;
  /** Link to apply on the organiser's website instead (when there is no form, or it cannot be used). */
  applyOnSite: string;
  /** Link to apply by e-mail instead: "Apply by e-mail to office@example.eu". `{address}`: the address. */
  applyByEmail: string;

  // ---------- Fields ----------
  /** After the label of an optional field, in brackets. */
  optional: string;
  /** The empty first choice of a drop-down list. */
  choose: string;
  /** Under a text field with a limit: "120 characters left". `{count}`: how many may still be typed (0 or more). */
  charactersLeft: Message;
  /** The same once the limit is passed: "5 characters too many". `{count}`: how many to delete (1 or more). */
  charactersTooMany: Message;
  /**
   * Hint under a file field: the types it takes. "Accepted: PDF, DOCX." `{types}`: the types, joined. A sentence; when
   * `fileSize` follows, a space separates them.
   */
  fileTypes: string;
  /** Hint under a file field: the largest size. "Up to 5 MB." `{size}`: the size, formatted. A sentence. */
  fileSize: string;
  /** The CEFR language levels offered in a level field: keep the code (A1 … C2), translate the name. */
  levels: Record<CefrLevel, string>;
  /** Messages under a field that is not filled in right, and in the error summary. Short, and say what to do. */
  errors: {
    /** A required text field is empty. */
    required: string;
    /** A required choice (drop-down or radio buttons) is not made. */
    requiredChoice: string;
    /** A required tick box is not ticked. */
    requiredCheckbox: string;
    /** A required file field is empty. */
    requiredFile: string;
    /** Too short: "Use at least 20 characters." `{count}`: the minimum. */
    tooShort: Message;
    /** Too long: "Use at most 500 characters." `{count}`: the maximum. */
    tooLong: Message;
    /** A number below the minimum. `{min}`: the minimum, formatted. */
    tooSmall: string;
    /** A number above the maximum. `{max}`: the maximum, formatted. */
    tooBig: string;
    /** Not a number. Keep an example number in the language's own writing. */
    notNumber: string;
    /** Does not match the format asked for (the field's help says which). */
    pattern: string;
    /** Not an e-mail address. The example address may be adapted to the language. */
    email: string;
    /** Not a web address. */
    url: string;
    /** Not a phone number. The example may be a number in a country of the language. */
    tel: string;
    /** Not a real date. */
    date: string;
    /** A value that is not among the choices. */
    choice: string;
    /** A file of a type not taken. `{types}`: the types taken, joined. */
    fileType: string;
    /** A file too large. `{size}`: the largest size, formatted. */
    fileTooBig: string;
  };
  /**
   * Read by screen readers before each field's error (with its space or punctuation): "Error: ". May be empty if your
   * language needs none.
   */
  errorPrefix: string;
  /**
   * Heading of the error summary shown when sending fails on the visitor's answers: "There are 3 problems". `{count}`:
   * how many (1 or more; never 0). The form for 1 may leave out the number ("There is a problem") where that form
   * stands for 1 only.
   */
  summaryTitle: Message;
  /** Under that heading, before the list of problems. */
  summaryIntro: string;

  // ---------- Privacy (GDPR Art. 13) and consent (Art. 7) ----------
  /** Heading of the privacy block. */
  privacyTitle: string;
  /** Label: who receives (controls) the data. */
  controller: string;
  /** Label: why the data is collected. */
  purpose: string;
  /** Label: the legal basis of the processing. */
  legalBasis: string;
  /** Label: how long the data is kept. */
  retention: string;
  /** Label: whom to ask about one's data. */
  privacyContact: string;
  /** Link to the organiser's privacy policy. */
  privacyPolicy: string;
  /** The visitor's rights, in one sentence. */
  privacyRights: string;
  /** Heading of the optional consents (tick boxes). */
  consentsTitle: string;
  /** Under that heading: the consents are optional. */
  consentsNote: string;

  // ---------- Drafts ----------
  /** Note that answers are kept on this device as a draft (files are not). */
  draftNote: string;
  /**
   * Shown when a saved draft was put back in the form: "We restored the answers you saved on this device on 3 Mar 2027,
   * 14:05." `{date}`: when it was saved.
   */
  draftRestored: string;
  /** After `draftRestored` when the form has file fields. */
  draftRestoredFiles: string;
  /** Button that deletes the draft and empties the form. */
  discardDraft: string;
  /** Announced after that. */
  draftDiscarded: string;

  // ---------- Sending ----------
  /** The send button. */
  submit: string;
  /** Shown (and announced) while the application is sent. */
  sending: string;
  /**
   * After the reason (`timeout`, `offline`, `serverError`, `rateLimited`) while an automatic retry waits: "Trying again
   * in 5 seconds…". `{count}`: seconds.
   */
  retrying: Message;
  /** After a failed send: the answers are still there. */
  keptNote: string;
  /** Why sending failed: the server did not answer in time. */
  timeout: string;
  /** Why sending failed: no connection. */
  offline: string;
  /** Why sending failed: a server error. */
  serverError: string;
  /** Why sending failed: too many applications at once. */
  rateLimited: string;
  /** When the visitor may send again, under 90 seconds: "You can try again in 30 seconds." `{count}`: seconds. */
  tryAgainInSeconds: Message;
  /**
   * The same from 90 seconds on, in whole minutes: "You can try again in 2 minutes." `{count}`: minutes (2 or more).
   */
  tryAgainInMinutes: Message;
  /** Beside the retry button: trying again cannot send twice. */
  retrySafe: string;
  /** The organiser's server refused some answers (its messages show at the fields). */
  fieldsRejected: string;
  /** Sending failed for good. */
  fatal: string;
  /** After `fatal`, before the other ways to apply. */
  fatalHelp: string;
  /**
   * The form was sent so quickly after it was shown that it was held back once (a guard against spam bots). Quote the
   * send button's text (`submit`) in your quotation marks.
   */
  tooFast: string;
  /** The visitor tried to send while applications are not open. */
  notOpen: string;

  // ---------- Success ----------
  /** Heading after a successful send. */
  successTitle: string;
  /** Under that heading: "Ghent University has received your application…". `{organiser}`: the organiser's name. */
  successNext: string;
  /** The same when the organiser's name is unknown. */
  successNextGeneric: string;
  /** The reference the organiser gave: "Your reference: A-2027-113". `{reference}`: the reference. */
  reference: string;
  /** Before a message from the organiser's server (shown as the server wrote it). */
  serverSays: string;

  // ---------- Anti-spam ----------
  /** Label of a field hidden from people and assistive technology, which only spam bots fill in. */
  honeypot: string;
}

/** The whole catalogue of one language, in two sections. */
export interface Messages {
  /** The finder and its parts, the card, the detail and the stats. */
  finder: FinderMessages;
  /** The application form (`<opp-apply>`). */
  apply: ApplyMessages;
}
