/**
 * English UI strings of the application form (`<opp-apply>`): the reference catalogue. Every language fills in the
 * same layout, `ApplyMessages` in `../messages.ts` (a note on each message); texts with `{placeholders}` and plural
 * messages, no code.
 */
import type { ApplyMessages } from '../messages.js';

export const apply: ApplyMessages = {
  /** Heading of the element. */
  heading: 'Apply',
  loadFailed: 'The application form could not be loaded. Please try again later.',
  notFound: 'This opportunity could not be found.',

  // ----- where applications stand -----
  opensOn: 'Applications open on {date}.',
  prepareNow: 'You can already prepare your application: it is kept on this device until applications open.',
  deadline: 'Apply by {date}.',
  closed: 'Applications have closed.',
  past: 'This opportunity has ended.',
  applyOnSite: "Apply on the organiser's website",
  applyByEmail: 'Apply by e-mail to {address}',

  // ----- fields -----
  optional: '(optional)',
  choose: 'Choose…',
  charactersLeft: { one: '{count} character left', other: '{count} characters left' },
  charactersTooMany: { one: '{count} character too many', other: '{count} characters too many' },
  fileTypes: 'Accepted: {types}.',
  fileSize: 'Up to {size}.',
  levels: {
    A1: 'A1 – Beginner',
    A2: 'A2 – Elementary',
    B1: 'B1 – Intermediate',
    B2: 'B2 – Upper intermediate',
    C1: 'C1 – Advanced',
    C2: 'C2 – Proficient',
  },

  // ----- validation messages (codes from the SDK's FieldError) -----
  errors: {
    required: 'Fill in this field.',
    requiredChoice: 'Choose an option.',
    requiredCheckbox: 'Tick this box to continue.',
    requiredFile: 'Choose a file.',
    tooShort: { one: 'Use at least {count} character.', other: 'Use at least {count} characters.' },
    tooLong: { one: 'Use at most {count} character.', other: 'Use at most {count} characters.' },
    tooSmall: 'Enter a number of at least {min}.',
    tooBig: 'Enter a number of at most {max}.',
    notNumber: 'Enter a number, such as 12.',
    pattern: 'Use the format asked for.',
    email: 'Enter an e-mail address, such as name@example.eu.',
    url: 'Enter a web address starting with https://.',
    tel: 'Enter a phone number, such as +32 9 264 11 11.',
    date: 'Enter a real date.',
    choice: 'Choose one of the options offered.',
    fileType: 'This type of file is not accepted. Choose a file of type: {types}.',
    fileTooBig: 'This file is too large. Choose a file of up to {size}.',
  },
  /** Read by screen readers before each field error. */
  errorPrefix: 'Error: ',
  /** Heading of the error summary shown on submit. */
  summaryTitle: { one: 'There is a problem', other: 'There are {count} problems' },
  summaryIntro: 'Correct the following, then send again:',

  // ----- privacy (GDPR Art. 13) and consent (Art. 7) -----
  privacyTitle: 'How your data is used',
  controller: 'Who receives your data',
  purpose: 'Why',
  legalBasis: 'Legal basis',
  retention: 'How long it is kept',
  privacyContact: 'Questions about your data',
  privacyPolicy: 'Privacy policy',
  privacyRights: 'You can ask to see, correct or delete your data, and complain to a data protection authority.',
  consentsTitle: 'Your choices',
  consentsNote: 'These are optional: you can apply without ticking them.',

  // ----- drafts -----
  draftNote: 'What you type is saved on this device as you go, so you can come back to it. Files are not saved: attach them again when you come back.',
  draftRestored: 'We restored the answers you saved on this device on {date}.',
  draftRestoredFiles: 'Attach your files again: they are not kept in a draft.',
  discardDraft: 'Discard draft',
  draftDiscarded: 'The draft was discarded and the form emptied.',

  // ----- sending -----
  submit: 'Send application',
  sending: 'Sending your application…',
  /** After the reason (`timeout`, `offline`, `serverError`, `rateLimited`) while an automatic retry waits. */
  retrying: { one: 'Trying again in {count} second…', other: 'Trying again in {count} seconds…' },
  keptNote: 'Nothing you typed has been lost.',
  timeout: 'The server took too long to answer. Your application may not have arrived.',
  offline: 'Your application could not be sent: there seems to be no internet connection.',
  serverError: 'The server could not take your application just now.',
  rateLimited: 'Too many applications are being sent at the moment.',
  tryAgainInSeconds: { one: 'You can try again in {count} second.', other: 'You can try again in {count} seconds.' },
  tryAgainInMinutes: { one: 'You can try again in {count} minute.', other: 'You can try again in {count} minutes.' },
  retrySafe: 'Trying again will not send your application twice.',
  fieldsRejected: 'The organiser did not accept some answers. Correct them and send again.',
  fatal: 'Your application could not be sent.',
  fatalHelp: 'Please apply another way:',
  tooFast: 'Your application was held back once because it was sent very quickly (a guard against automated spam). Press “Send application” again to send it.',
  notOpen: 'Applications cannot be sent at the moment.',

  // ----- success -----
  successTitle: 'Application sent',
  successNext: '{organiser} has received your application and will contact you about the next steps. Keep an eye on your inbox, including the spam folder.',
  successNextGeneric: 'The organiser has received your application and will contact you about the next steps.',
  reference: 'Your reference: {reference}',
  serverSays: 'Message from the organiser:',

  // ----- anti-spam field (hidden from people and assistive technology) -----
  honeypot: 'Leave this field empty',
};

export type { ApplyMessages };
