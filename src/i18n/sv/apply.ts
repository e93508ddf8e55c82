/** Svenska: texter i ansökningsformuläret (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Ansök',
  loading: 'Ansökningsformuläret laddas …',
  loadFailed: 'Ansökningsformuläret kunde inte laddas. Försök igen senare.',
  notFound: 'Erbjudandet hittades inte.',

  opensOn: (date: string) => `Ansökan öppnar den ${date}.`,
  prepareNow: 'Du kan redan förbereda din ansökan: den sparas på den här enheten tills ansökan öppnar.',
  deadline: (date: string) => `Sista ansökningsdag: ${date}.`,
  closed: 'Ansökan har stängt.',
  past: 'Erbjudandet har redan ägt rum.',
  cancelled: 'Erbjudandet har ställts in.',
  applyOnSite: 'Ansök på arrangörens webbplats',
  applyByEmail: (address: string) => `Ansök via e-post till ${address}`,
  opensNewWindow: '(öppnas i en ny flik)',

  optional: '(valfritt)',
  choose: 'Välj …',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('sv', n, { one: `${n} tecken kvar`, other: `${n} tecken kvar` })
      : plural('sv', -n, { one: `${-n} tecken för mycket`, other: `${-n} tecken för mycket` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Tillåtet: ${types}. Högst ${size}.` : types ? `Tillåtet: ${types}.` : size ? `Högst ${size}.` : '',
  levels: {
    A1: 'A1 – Nybörjare',
    A2: 'A2 – Grundläggande',
    B1: 'B1 – Medelnivå',
    B2: 'B2 – Övre medelnivå',
    C1: 'C1 – Avancerad',
    C2: 'C2 – Mycket avancerad',
  },

  errors: {
    required: 'Fyll i det här fältet.',
    requiredChoice: 'Välj ett alternativ.',
    requiredCheckbox: 'Kryssa i rutan för att fortsätta.',
    requiredFile: 'Välj en fil.',
    tooShort: (min: number) => plural('sv', min, { one: `Skriv minst ${min} tecken.`, other: `Skriv minst ${min} tecken.` }),
    tooLong: (max: number) => plural('sv', max, { one: `Skriv högst ${max} tecken.`, other: `Skriv högst ${max} tecken.` }),
    tooSmall: (min: string) => `Ange ett tal som är minst ${min}.`,
    tooBig: (max: string) => `Ange ett tal som är högst ${max}.`,
    notNumber: 'Ange ett tal, till exempel 12.',
    pattern: 'Använd det efterfrågade formatet.',
    email: 'Ange en e-postadress, till exempel namn@example.eu.',
    url: 'Ange en webbadress som börjar med https://.',
    tel: 'Ange ett telefonnummer, till exempel +46 8 123 456 78.',
    date: 'Ange ett giltigt datum.',
    choice: 'Välj ett av de angivna alternativen.',
    fileType: (types: string) => `Den här filtypen godtas inte. Välj en fil av typen: ${types}.`,
    fileTooBig: (size: string) => `Filen är för stor. Välj en fil på högst ${size}.`,
  },
  errorPrefix: 'Fel: ',
  summaryTitle: (n: number) => plural('sv', n, { one: 'Det finns ett problem', other: `Det finns ${n} problem` }),
  summaryIntro: 'Rätta följande och skicka igen:',

  privacyTitle: 'Så används dina uppgifter',
  controller: 'Vem som tar emot dina uppgifter',
  purpose: 'Varför',
  legalBasis: 'Rättslig grund',
  retention: 'Hur länge de sparas',
  privacyContact: 'Frågor om dina uppgifter',
  privacyPolicy: 'Integritetspolicy',
  privacyRights: 'Du kan begära att få se, rätta eller radera dina uppgifter och klaga hos en dataskyddsmyndighet.',
  consentsTitle: 'Dina val',
  consentsNote: 'Dessa är frivilliga: du kan ansöka utan att kryssa i dem.',

  draftNote: 'Det du skriver sparas löpande på den här enheten så att du kan fortsätta senare. Filer sparas inte: bifoga dem igen när du kommer tillbaka.',
  draftRestored: (date: string) => `Vi har återställt svaren som du sparade på den här enheten den ${date}.`,
  draftRestoredFiles: 'Bifoga dina filer igen: de sparas inte i utkastet.',
  discardDraft: 'Släng utkastet',
  draftDiscarded: 'Utkastet har slängts och formuläret tömts.',

  submit: 'Skicka ansökan',
  sending: 'Din ansökan skickas …',
  retrying: (seconds: number) =>
    plural('sv', seconds, {
      one: `Nytt försök om ${seconds} sekund …`,
      other: `Nytt försök om ${seconds} sekunder …`,
    }),
  keptNote: 'Inget av det du skrivit har gått förlorat.',
  timeout: 'Servern svarade inte i tid. Din ansökan kanske inte har kommit fram.',
  offline: 'Din ansökan kunde inte skickas: det verkar inte finnas någon internetanslutning.',
  serverError: 'Servern kan inte ta emot din ansökan just nu.',
  rateLimited: 'Just nu skickas för många ansökningar.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('sv', m, { one: `Du kan försöka igen om ${m} minut.`, other: `Du kan försöka igen om ${m} minuter.` });
    }
    return plural('sv', seconds, { one: `Du kan försöka igen om ${seconds} sekund.`, other: `Du kan försöka igen om ${seconds} sekunder.` });
  },
  retry: 'Försök igen',
  retrySafe: 'Ett nytt försök skickar inte din ansökan två gånger.',
  fieldsRejected: 'Arrangören godtog inte vissa svar. Rätta dem och skicka igen.',
  fatal: 'Din ansökan kunde inte skickas.',
  fatalHelp: 'Ansök på ett annat sätt:',
  tooFast: 'Din ansökan hölls tillbaka en gång eftersom den skickades mycket snabbt (ett skydd mot automatisk skräppost). Tryck på ”Skicka ansökan” igen för att skicka den.',
  notOpen: 'Det går inte att skicka ansökningar just nu.',

  successTitle: 'Ansökan skickad',
  successNext: (organiser: string) =>
    `${organiser} har tagit emot din ansökan och kontaktar dig om nästa steg. Håll koll på din inkorg, även skräpposten.`,
  successNextGeneric: 'Arrangören har tagit emot din ansökan och kontaktar dig om nästa steg.',
  reference: (ref: string) => `Din referens: ${ref}`,
  serverSays: 'Meddelande från arrangören:',

  honeypot: 'Lämna det här fältet tomt',
} satisfies ApplyMessages;
