/**
 * English UI strings of the application form (`<opp-apply>`): the reference catalogue. Every other language implements
 * the same keys (`satisfies ApplyMessages`). Functions take the numbers and formatted values they need; counts go
 * through `plural()` so each language applies its own plural rules.
 */
import { plural } from '../plural.js';

export const apply = {
  /** Heading of the element. */
  heading: 'Apply',
  loading: 'Loading the application form…',
  loadFailed: 'The application form could not be loaded. Please try again later.',
  notFound: 'This opportunity could not be found.',

  // ----- where applications stand -----
  opensOn: (date: string) => `Applications open on ${date}.`,
  prepareNow: 'You can already prepare your application: it is kept on this device until applications open.',
  deadline: (date: string) => `Apply by ${date}.`,
  closed: 'Applications have closed.',
  past: 'This opportunity has ended.',
  cancelled: 'This opportunity has been cancelled.',
  applyOnSite: "Apply on the organiser's website",
  applyByEmail: (address: string) => `Apply by e-mail to ${address}`,
  opensNewWindow: '(opens in a new tab)',

  // ----- fields -----
  optional: '(optional)',
  choose: 'Choose…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('en', n, { one: `${n} character left`, other: `${n} characters left` })
      : plural('en', -n, { one: `${-n} character too many`, other: `${-n} characters too many` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Accepted: ${types}. Up to ${size}.` : types ? `Accepted: ${types}.` : size ? `Up to ${size}.` : '',
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
    tooShort: (min: number) => plural('en', min, { one: `Use at least ${min} character.`, other: `Use at least ${min} characters.` }),
    tooLong: (max: number) => plural('en', max, { one: `Use at most ${max} character.`, other: `Use at most ${max} characters.` }),
    tooSmall: (min: string) => `Enter a number of at least ${min}.`,
    tooBig: (max: string) => `Enter a number of at most ${max}.`,
    notNumber: 'Enter a number, such as 12.',
    pattern: 'Use the format asked for.',
    email: 'Enter an e-mail address, such as name@example.eu.',
    url: 'Enter a web address starting with https://.',
    tel: 'Enter a phone number, such as +32 9 264 11 11.',
    date: 'Enter a real date.',
    choice: 'Choose one of the options offered.',
    fileType: (types: string) => `This type of file is not accepted. Choose a file of type: ${types}.`,
    fileTooBig: (size: string) => `This file is too large. Choose a file of up to ${size}.`,
  },
  /** Read by screen readers before each field error. */
  errorPrefix: 'Error: ',
  /** Heading of the error summary shown on submit. */
  summaryTitle: (n: number) => plural('en', n, { one: 'There is a problem', other: `There are ${n} problems` }),
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
  draftRestored: (date: string) => `We restored the answers you saved on this device on ${date}.`,
  draftRestoredFiles: 'Attach your files again: they are not kept in a draft.',
  discardDraft: 'Discard draft',
  draftDiscarded: 'The draft was discarded and the form emptied.',

  // ----- sending -----
  submit: 'Send application',
  sending: 'Sending your application…',
  /** After the reason (`timeout`, `offline`, `serverError`, `rateLimited`) while an automatic retry waits. */
  retrying: (seconds: number) =>
    plural('en', seconds, {
      one: `Trying again in ${seconds} second…`,
      other: `Trying again in ${seconds} seconds…`,
    }),
  keptNote: 'Nothing you typed has been lost.',
  timeout: 'The server took too long to answer. Your application may not have arrived.',
  offline: 'Your application could not be sent: there seems to be no internet connection.',
  serverError: 'The server could not take your application just now.',
  rateLimited: 'Too many applications are being sent at the moment.',
  tryAgainIn: (seconds: number) =>
    seconds >= 90
      ? plural('en', Math.ceil(seconds / 60), {
          one: `You can try again in ${Math.ceil(seconds / 60)} minute.`,
          other: `You can try again in ${Math.ceil(seconds / 60)} minutes.`,
        })
      : plural('en', seconds, { one: `You can try again in ${seconds} second.`, other: `You can try again in ${seconds} seconds.` }),
  retry: 'Try again',
  retrySafe: 'Trying again will not send your application twice.',
  fieldsRejected: 'The organiser did not accept some answers. Correct them and send again.',
  fatal: 'Your application could not be sent.',
  fatalHelp: 'Please apply another way:',
  tooFast: 'Your application was held back once because it was sent very quickly (a guard against automated spam). Press “Send application” again to send it.',
  notOpen: 'Applications cannot be sent at the moment.',

  // ----- success -----
  successTitle: 'Application sent',
  successNext: (organiser: string) =>
    `${organiser} has received your application and will contact you about the next steps. Keep an eye on your inbox, including the spam folder.`,
  successNextGeneric: 'The organiser has received your application and will contact you about the next steps.',
  reference: (ref: string) => `Your reference: ${ref}`,
  serverSays: 'Message from the organiser:',

  // ----- anti-spam field (hidden from people and assistive technology) -----
  honeypot: 'Leave this field empty',
};

export type ApplyMessages = typeof apply;
