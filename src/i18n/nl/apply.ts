/** Nederlands: teksten van het aanmeldformulier (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Aanmelden',
  loading: 'Het aanmeldformulier wordt geladen…',
  loadFailed: 'Het aanmeldformulier kon niet worden geladen. Probeer het later opnieuw.',
  notFound: 'Dit aanbod is niet gevonden.',

  opensOn: (date: string) => `Aanmelden kan vanaf ${date}.`,
  prepareNow: 'U kunt uw aanmelding alvast voorbereiden: die blijft op dit apparaat bewaard tot de aanmelding opengaat.',
  deadline: (date: string) => `Meld u aan vóór ${date}.`,
  closed: 'De aanmelding is gesloten.',
  past: 'Dit aanbod is voorbij.',
  cancelled: 'Dit aanbod is geannuleerd.',
  applyOnSite: 'Aanmelden op de website van de organisator',
  applyByEmail: (address: string) => `Aanmelden per e-mail naar ${address}`,
  opensNewWindow: '(opent in een nieuw tabblad)',

  optional: '(optioneel)',
  choose: 'Kies…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('nl', n, { one: `Nog ${n} teken`, other: `Nog ${n} tekens` })
      : plural('nl', -n, { one: `${-n} teken te veel`, other: `${-n} tekens te veel` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Toegestaan: ${types}. Maximaal ${size}.` : types ? `Toegestaan: ${types}.` : size ? `Maximaal ${size}.` : '',
  levels: {
    A1: 'A1 – Beginner',
    A2: 'A2 – Basis',
    B1: 'B1 – Gemiddeld',
    B2: 'B2 – Hoger gemiddeld',
    C1: 'C1 – Gevorderd',
    C2: 'C2 – Near-native',
  },

  errors: {
    required: 'Vul dit veld in.',
    requiredChoice: 'Kies een optie.',
    requiredCheckbox: 'Vink dit vakje aan om verder te gaan.',
    requiredFile: 'Kies een bestand.',
    tooShort: (min: number) => plural('nl', min, { one: `Gebruik minstens ${min} teken.`, other: `Gebruik minstens ${min} tekens.` }),
    tooLong: (max: number) => plural('nl', max, { one: `Gebruik hoogstens ${max} teken.`, other: `Gebruik hoogstens ${max} tekens.` }),
    tooSmall: (min: string) => `Vul een getal in van minstens ${min}.`,
    tooBig: (max: string) => `Vul een getal in van hoogstens ${max}.`,
    notNumber: 'Vul een getal in, bijvoorbeeld 12.',
    pattern: 'Gebruik de gevraagde notatie.',
    email: 'Vul een e-mailadres in, bijvoorbeeld naam@example.eu.',
    url: 'Vul een webadres in dat begint met https://.',
    tel: 'Vul een telefoonnummer in, bijvoorbeeld +32 9 264 11 11.',
    date: 'Vul een bestaande datum in.',
    choice: 'Kies een van de aangeboden opties.',
    fileType: (types: string) => `Dit bestandstype wordt niet aanvaard. Kies een bestand van het type: ${types}.`,
    fileTooBig: (size: string) => `Dit bestand is te groot. Kies een bestand van maximaal ${size}.`,
  },
  errorPrefix: 'Fout: ',
  summaryTitle: (n: number) => plural('nl', n, { one: 'Er is een probleem', other: `Er zijn ${n} problemen` }),
  summaryIntro: 'Verbeter het volgende en verstuur opnieuw:',

  privacyTitle: 'Wat er met uw gegevens gebeurt',
  controller: 'Wie uw gegevens ontvangt',
  purpose: 'Waarom',
  legalBasis: 'Rechtsgrond',
  retention: 'Hoe lang ze bewaard worden',
  privacyContact: 'Vragen over uw gegevens',
  privacyPolicy: 'Privacyverklaring',
  privacyRights: 'U kunt vragen om uw gegevens in te zien, te verbeteren of te wissen, en een klacht indienen bij een gegevensbeschermingsautoriteit.',
  consentsTitle: 'Uw keuzes',
  consentsNote: 'Deze zijn optioneel: u kunt zich aanmelden zonder ze aan te vinken.',

  draftNote: 'Wat u typt, wordt gaandeweg op dit apparaat bewaard, zodat u er later op kunt terugkomen. Bestanden worden niet bewaard: voeg ze dan opnieuw toe.',
  draftRestored: (date: string) => `We hebben de antwoorden teruggezet die u op ${date} op dit apparaat bewaarde.`,
  draftRestoredFiles: 'Voeg uw bestanden opnieuw toe: die worden niet in een concept bewaard.',
  discardDraft: 'Concept verwijderen',
  draftDiscarded: 'Het concept is verwijderd en het formulier leeggemaakt.',

  submit: 'Aanmelding versturen',
  sending: 'Uw aanmelding wordt verstuurd…',
  retrying: (seconds: number) =>
    plural('nl', seconds, {
      one: `Nieuwe poging over ${seconds} seconde…`,
      other: `Nieuwe poging over ${seconds} seconden…`,
    }),
  keptNote: 'Niets van wat u typte, is verloren gegaan.',
  timeout: 'De server deed er te lang over om te antwoorden. Uw aanmelding is misschien niet aangekomen.',
  offline: 'Uw aanmelding kon niet worden verstuurd: er lijkt geen internetverbinding te zijn.',
  serverError: 'De server kan uw aanmelding op dit moment niet aannemen.',
  rateLimited: 'Er worden op dit moment te veel aanmeldingen verstuurd.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('nl', m, { one: `U kunt het over ${m} minuut opnieuw proberen.`, other: `U kunt het over ${m} minuten opnieuw proberen.` });
    }
    return plural('nl', seconds, { one: `U kunt het over ${seconds} seconde opnieuw proberen.`, other: `U kunt het over ${seconds} seconden opnieuw proberen.` });
  },
  retry: 'Opnieuw proberen',
  retrySafe: 'Opnieuw proberen verstuurt uw aanmelding niet twee keer.',
  fieldsRejected: 'De organisator heeft enkele antwoorden niet aanvaard. Verbeter ze en verstuur opnieuw.',
  fatal: 'Uw aanmelding kon niet worden verstuurd.',
  fatalHelp: 'Meld u op een andere manier aan:',
  tooFast: 'Uw aanmelding is één keer tegengehouden omdat ze erg snel werd verstuurd (een bescherming tegen automatische spam). Klik opnieuw op ‘Aanmelding versturen’ om ze te versturen.',
  notOpen: 'Aanmeldingen kunnen op dit moment niet worden verstuurd.',

  successTitle: 'Aanmelding verstuurd',
  successNext: (organiser: string) =>
    `${organiser} heeft uw aanmelding ontvangen en neemt contact met u op over de volgende stappen. Houd uw inbox in de gaten, ook de map met ongewenste e-mail.`,
  successNextGeneric: 'De organisator heeft uw aanmelding ontvangen en neemt contact met u op over de volgende stappen.',
  reference: (ref: string) => `Uw referentie: ${ref}`,
  serverSays: 'Bericht van de organisator:',

  honeypot: 'Laat dit veld leeg',
} satisfies ApplyMessages;
