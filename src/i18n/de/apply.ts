/** Deutsch: UI-Texte des Bewerbungsformulars (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Bewerben',
  loading: 'Das Bewerbungsformular wird geladen …',
  loadFailed: 'Das Bewerbungsformular konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
  notFound: 'Dieses Angebot wurde nicht gefunden.',

  opensOn: (date: string) => `Bewerbungen sind ab dem ${date} möglich.`,
  prepareNow: 'Sie können Ihre Bewerbung schon vorbereiten: Sie wird auf diesem Gerät gespeichert, bis die Bewerbungsfrist beginnt.',
  deadline: (date: string) => `Bewerbungsschluss: ${date}.`,
  closed: 'Die Bewerbungsfrist ist abgelaufen.',
  past: 'Dieses Angebot ist bereits vorbei.',
  cancelled: 'Dieses Angebot wurde abgesagt.',
  applyOnSite: 'Auf der Website des Veranstalters bewerben',
  applyByEmail: (address: string) => `Per E-Mail an ${address} bewerben`,
  opensNewWindow: '(öffnet in einem neuen Tab)',

  optional: '(optional)',
  choose: 'Bitte wählen …',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('de', n, { one: `Noch ${n} Zeichen`, other: `Noch ${n} Zeichen` })
      : plural('de', -n, { one: `${-n} Zeichen zu viel`, other: `${-n} Zeichen zu viel` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Erlaubt: ${types}. Höchstens ${size}.` : types ? `Erlaubt: ${types}.` : size ? `Höchstens ${size}.` : '',
  levels: {
    A1: 'A1 – Anfänger',
    A2: 'A2 – Grundlegende Kenntnisse',
    B1: 'B1 – Fortgeschrittene Sprachverwendung',
    B2: 'B2 – Selbständige Sprachverwendung',
    C1: 'C1 – Fachkundige Sprachkenntnisse',
    C2: 'C2 – Annähernd muttersprachliche Kenntnisse',
  },

  errors: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    requiredChoice: 'Bitte wählen Sie eine Option.',
    requiredCheckbox: 'Bitte kreuzen Sie dieses Kästchen an, um fortzufahren.',
    requiredFile: 'Bitte wählen Sie eine Datei.',
    tooShort: (min: number) => plural('de', min, { one: `Bitte mindestens ${min} Zeichen eingeben.`, other: `Bitte mindestens ${min} Zeichen eingeben.` }),
    tooLong: (max: number) => plural('de', max, { one: `Bitte höchstens ${max} Zeichen eingeben.`, other: `Bitte höchstens ${max} Zeichen eingeben.` }),
    tooSmall: (min: string) => `Bitte geben Sie eine Zahl von mindestens ${min} ein.`,
    tooBig: (max: string) => `Bitte geben Sie eine Zahl von höchstens ${max} ein.`,
    notNumber: 'Bitte geben Sie eine Zahl ein, z. B. 12.',
    pattern: 'Bitte verwenden Sie das verlangte Format.',
    email: 'Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@example.eu.',
    url: 'Bitte geben Sie eine Webadresse ein, die mit https:// beginnt.',
    tel: 'Bitte geben Sie eine Telefonnummer ein, z. B. +49 30 1234567.',
    date: 'Bitte geben Sie ein gültiges Datum ein.',
    choice: 'Bitte wählen Sie eine der angebotenen Optionen.',
    fileType: (types: string) => `Dieser Dateityp wird nicht akzeptiert. Bitte wählen Sie eine Datei vom Typ: ${types}.`,
    fileTooBig: (size: string) => `Diese Datei ist zu groß. Bitte wählen Sie eine Datei bis ${size}.`,
  },
  errorPrefix: 'Fehler: ',
  summaryTitle: (n: number) => plural('de', n, { one: 'Es gibt ein Problem', other: `Es gibt ${n} Probleme` }),
  summaryIntro: 'Bitte korrigieren Sie Folgendes und senden Sie erneut:',

  privacyTitle: 'Wie Ihre Daten verwendet werden',
  controller: 'Wer Ihre Daten erhält',
  purpose: 'Zweck',
  legalBasis: 'Rechtsgrundlage',
  retention: 'Speicherdauer',
  privacyContact: 'Fragen zu Ihren Daten',
  privacyPolicy: 'Datenschutzerklärung',
  privacyRights: 'Sie können Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen und sich bei einer Datenschutzaufsichtsbehörde beschweren.',
  consentsTitle: 'Ihre Auswahl',
  consentsNote: 'Diese Angaben sind freiwillig: Sie können sich auch bewerben, ohne sie anzukreuzen.',

  draftNote: 'Ihre Eingaben werden laufend auf diesem Gerät gespeichert, damit Sie später weitermachen können. Dateien werden nicht gespeichert: Hängen Sie sie dann erneut an.',
  draftRestored: (date: string) => `Wir haben die Antworten wiederhergestellt, die Sie am ${date} auf diesem Gerät gespeichert haben.`,
  draftRestoredFiles: 'Bitte hängen Sie Ihre Dateien erneut an: Sie werden nicht im Entwurf gespeichert.',
  discardDraft: 'Entwurf verwerfen',
  draftDiscarded: 'Der Entwurf wurde verworfen und das Formular geleert.',

  submit: 'Bewerbung absenden',
  sending: 'Ihre Bewerbung wird gesendet …',
  retrying: (seconds: number) =>
    plural('de', seconds, {
      one: `Neuer Versuch in ${seconds} Sekunde …`,
      other: `Neuer Versuch in ${seconds} Sekunden …`,
    }),
  keptNote: 'Ihre Eingaben sind nicht verloren.',
  timeout: 'Der Server hat zu lange nicht geantwortet. Ihre Bewerbung ist möglicherweise nicht angekommen.',
  offline: 'Ihre Bewerbung konnte nicht gesendet werden: Es scheint keine Internetverbindung zu bestehen.',
  serverError: 'Der Server kann Ihre Bewerbung gerade nicht annehmen.',
  rateLimited: 'Im Moment werden zu viele Bewerbungen gesendet.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('de', m, { one: `Sie können es in ${m} Minute erneut versuchen.`, other: `Sie können es in ${m} Minuten erneut versuchen.` });
    }
    return plural('de', seconds, { one: `Sie können es in ${seconds} Sekunde erneut versuchen.`, other: `Sie können es in ${seconds} Sekunden erneut versuchen.` });
  },
  retry: 'Erneut versuchen',
  retrySafe: 'Ein erneuter Versuch sendet Ihre Bewerbung nicht doppelt.',
  fieldsRejected: 'Der Veranstalter hat einige Antworten nicht akzeptiert. Bitte korrigieren Sie sie und senden Sie erneut.',
  fatal: 'Ihre Bewerbung konnte nicht gesendet werden.',
  fatalHelp: 'Bitte bewerben Sie sich auf anderem Weg:',
  tooFast: 'Ihre Bewerbung wurde einmal zurückgehalten, weil sie sehr schnell abgeschickt wurde (Schutz vor automatischem Spam). Klicken Sie erneut auf „Bewerbung absenden“, um sie zu senden.',
  notOpen: 'Bewerbungen können im Moment nicht gesendet werden.',

  successTitle: 'Bewerbung gesendet',
  successNext: (organiser: string) =>
    `${organiser} hat Ihre Bewerbung erhalten und meldet sich wegen der nächsten Schritte bei Ihnen. Bitte prüfen Sie Ihren Posteingang, auch den Spam-Ordner.`,
  successNextGeneric: 'Der Veranstalter hat Ihre Bewerbung erhalten und meldet sich wegen der nächsten Schritte bei Ihnen.',
  reference: (ref: string) => `Ihre Referenz: ${ref}`,
  serverSays: 'Nachricht des Veranstalters:',

  honeypot: 'Dieses Feld bitte leer lassen',
} satisfies ApplyMessages;
