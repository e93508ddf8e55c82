/** Dansk: tekster i ansøgningsformularen (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Ansøg',
  loading: 'Ansøgningsformularen indlæses …',
  loadFailed: 'Ansøgningsformularen kunne ikke indlæses. Prøv igen senere.',
  notFound: 'Tilbuddet blev ikke fundet.',

  opensOn: (date: string) => `Ansøgningen åbner den ${date}.`,
  prepareNow: 'Du kan allerede forberede din ansøgning: den gemmes på denne enhed, indtil ansøgningen åbner.',
  deadline: (date: string) => `Ansøgningsfrist: ${date}.`,
  closed: 'Ansøgningsfristen er udløbet.',
  past: 'Tilbuddet er afsluttet.',
  cancelled: 'Tilbuddet er aflyst.',
  applyOnSite: 'Ansøg på arrangørens websted',
  applyByEmail: (address: string) => `Ansøg via e-mail til ${address}`,
  opensNewWindow: '(åbner i en ny fane)',

  optional: '(valgfrit)',
  choose: 'Vælg …',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('da', n, { one: `${n} tegn tilbage`, other: `${n} tegn tilbage` })
      : plural('da', -n, { one: `${-n} tegn for meget`, other: `${-n} tegn for meget` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Tilladt: ${types}. Højst ${size}.` : types ? `Tilladt: ${types}.` : size ? `Højst ${size}.` : '',
  levels: {
    A1: 'A1 – Begynder',
    A2: 'A2 – Grundlæggende',
    B1: 'B1 – Mellemniveau',
    B2: 'B2 – Øvre mellemniveau',
    C1: 'C1 – Avanceret',
    C2: 'C2 – Meget avanceret',
  },

  errors: {
    required: 'Udfyld dette felt.',
    requiredChoice: 'Vælg en mulighed.',
    requiredCheckbox: 'Sæt kryds i feltet for at fortsætte.',
    requiredFile: 'Vælg en fil.',
    tooShort: (min: number) => plural('da', min, { one: `Skriv mindst ${min} tegn.`, other: `Skriv mindst ${min} tegn.` }),
    tooLong: (max: number) => plural('da', max, { one: `Skriv højst ${max} tegn.`, other: `Skriv højst ${max} tegn.` }),
    tooSmall: (min: string) => `Indtast et tal på mindst ${min}.`,
    tooBig: (max: string) => `Indtast et tal på højst ${max}.`,
    notNumber: 'Indtast et tal, f.eks. 12.',
    pattern: 'Brug det ønskede format.',
    email: 'Indtast en e-mailadresse, f.eks. navn@example.eu.',
    url: 'Indtast en webadresse, der begynder med https://.',
    tel: 'Indtast et telefonnummer, f.eks. +45 12 34 56 78.',
    date: 'Indtast en gyldig dato.',
    choice: 'Vælg en af de viste muligheder.',
    fileType: (types: string) => `Denne filtype accepteres ikke. Vælg en fil af typen: ${types}.`,
    fileTooBig: (size: string) => `Filen er for stor. Vælg en fil på højst ${size}.`,
  },
  errorPrefix: 'Fejl: ',
  summaryTitle: (n: number) => plural('da', n, { one: 'Der er et problem', other: `Der er ${n} problemer` }),
  summaryIntro: 'Ret følgende, og send igen:',

  privacyTitle: 'Sådan bruges dine oplysninger',
  controller: 'Hvem modtager dine oplysninger',
  purpose: 'Hvorfor',
  legalBasis: 'Retsgrundlag',
  retention: 'Hvor længe de opbevares',
  privacyContact: 'Spørgsmål om dine oplysninger',
  privacyPolicy: 'Privatlivspolitik',
  privacyRights: 'Du kan bede om at se, rette eller slette dine oplysninger og klage til en databeskyttelsesmyndighed.',
  consentsTitle: 'Dine valg',
  consentsNote: 'De er frivillige: du kan ansøge uden at sætte kryds.',

  draftNote: 'Det, du skriver, gemmes løbende på denne enhed, så du kan vende tilbage til det. Filer gemmes ikke: vedhæft dem igen, når du kommer tilbage.',
  draftRestored: (date: string) => `Vi har gendannet de svar, du gemte på denne enhed den ${date}.`,
  draftRestoredFiles: 'Vedhæft dine filer igen: de gemmes ikke i kladden.',
  discardDraft: 'Kassér kladde',
  draftDiscarded: 'Kladden er kasseret, og formularen er tømt.',

  submit: 'Send ansøgning',
  sending: 'Din ansøgning sendes …',
  retrying: (seconds: number) =>
    plural('da', seconds, {
      one: `Prøver igen om ${seconds} sekund …`,
      other: `Prøver igen om ${seconds} sekunder …`,
    }),
  keptNote: 'Intet af det, du har skrevet, er gået tabt.',
  timeout: 'Serveren var for længe om at svare. Din ansøgning er måske ikke kommet frem.',
  offline: 'Din ansøgning kunne ikke sendes: der ser ikke ud til at være forbindelse til internettet.',
  serverError: 'Serveren kan ikke modtage din ansøgning lige nu.',
  rateLimited: 'Der sendes for mange ansøgninger lige nu.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('da', m, { one: `Du kan prøve igen om ${m} minut.`, other: `Du kan prøve igen om ${m} minutter.` });
    }
    return plural('da', seconds, { one: `Du kan prøve igen om ${seconds} sekund.`, other: `Du kan prøve igen om ${seconds} sekunder.` });
  },
  retry: 'Prøv igen',
  retrySafe: 'Hvis du prøver igen, sendes din ansøgning ikke to gange.',
  fieldsRejected: 'Arrangøren accepterede ikke alle svar. Ret dem, og send igen.',
  fatal: 'Din ansøgning kunne ikke sendes.',
  fatalHelp: 'Ansøg på en anden måde:',
  tooFast: 'Ansøgningen blev holdt tilbage én gang, fordi den blev sendt meget hurtigt (en beskyttelse mod automatisk spam). Tryk på »Send ansøgning« igen for at sende den.',
  notOpen: 'Der kan ikke sendes ansøgninger lige nu.',

  successTitle: 'Ansøgning sendt',
  successNext: (organiser: string) =>
    `${organiser} har modtaget din ansøgning og kontakter dig om de næste skridt. Hold øje med din indbakke, også spam-mappen.`,
  successNextGeneric: 'Arrangøren har modtaget din ansøgning og kontakter dig om de næste skridt.',
  reference: (ref: string) => `Din reference: ${ref}`,
  serverSays: 'Besked fra arrangøren:',

  honeypot: 'Lad dette felt være tomt',
} satisfies ApplyMessages;
