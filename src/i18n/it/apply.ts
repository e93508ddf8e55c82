/** Italiano: testi dell'interfaccia del modulo di candidatura (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Candidati',
  loading: 'Caricamento del modulo di candidatura…',
  loadFailed: 'Non è stato possibile caricare il modulo di candidatura. Riprova più tardi.',
  notFound: 'Questa opportunità non è stata trovata.',

  opensOn: (date: string) => `Le candidature si aprono il ${date}.`,
  prepareNow: 'Puoi già preparare la tua candidatura: viene conservata su questo dispositivo fino all’apertura delle candidature.',
  deadline: (date: string) => `Candidature entro il ${date}.`,
  closed: 'Le candidature sono chiuse.',
  past: 'Questa opportunità è terminata.',
  cancelled: 'Questa opportunità è stata annullata.',
  applyOnSite: 'Candidati sul sito dell’organizzatore',
  applyByEmail: (address: string) => `Candidati via e-mail a ${address}`,
  opensNewWindow: '(si apre in una nuova scheda)',

  optional: '(facoltativo)',
  choose: 'Scegli…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('it', n, { one: `Resta ${n} carattere`, other: `Restano ${n} caratteri` })
      : plural('it', -n, { one: `${-n} carattere di troppo`, other: `${-n} caratteri di troppo` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Formati accettati: ${types}. Fino a ${size}.` : types ? `Formati accettati: ${types}.` : size ? `Fino a ${size}.` : '',
  levels: {
    A1: 'A1 – Base',
    A2: 'A2 – Elementare',
    B1: 'B1 – Intermedio',
    B2: 'B2 – Intermedio superiore',
    C1: 'C1 – Avanzato',
    C2: 'C2 – Padronanza',
  },

  errors: {
    required: 'Compila questo campo.',
    requiredChoice: 'Scegli un’opzione.',
    requiredCheckbox: 'Seleziona questa casella per continuare.',
    requiredFile: 'Scegli un file.',
    tooShort: (min: number) => plural('it', min, { one: `Usa almeno ${min} carattere.`, other: `Usa almeno ${min} caratteri.` }),
    tooLong: (max: number) => plural('it', max, { one: `Usa al massimo ${max} carattere.`, other: `Usa al massimo ${max} caratteri.` }),
    tooSmall: (min: string) => `Inserisci un numero non inferiore a ${min}.`,
    tooBig: (max: string) => `Inserisci un numero non superiore a ${max}.`,
    notNumber: 'Inserisci un numero, ad esempio 12.',
    pattern: 'Usa il formato richiesto.',
    email: 'Inserisci un indirizzo e-mail, ad esempio nome@example.eu.',
    url: 'Inserisci un indirizzo web che inizi con https://.',
    tel: 'Inserisci un numero di telefono, ad esempio +39 06 1234 5678.',
    date: 'Inserisci una data valida.',
    choice: 'Scegli una delle opzioni proposte.',
    fileType: (types: string) => `Questo tipo di file non è accettato. Scegli un file di tipo: ${types}.`,
    fileTooBig: (size: string) => `Questo file è troppo grande. Scegli un file fino a ${size}.`,
  },
  errorPrefix: 'Errore: ',
  summaryTitle: (n: number) => plural('it', n, { one: 'C’è un problema', other: `Ci sono ${n} problemi` }),
  summaryIntro: 'Correggi quanto segue, poi invia di nuovo:',

  privacyTitle: 'Come vengono usati i tuoi dati',
  controller: 'Chi riceve i tuoi dati',
  purpose: 'Perché',
  legalBasis: 'Base giuridica',
  retention: 'Per quanto tempo sono conservati',
  privacyContact: 'Domande sui tuoi dati',
  privacyPolicy: 'Informativa sulla privacy',
  privacyRights: 'Puoi chiedere di accedere ai tuoi dati, di rettificarli o di cancellarli, e presentare reclamo a un’autorità per la protezione dei dati.',
  consentsTitle: 'Le tue scelte',
  consentsNote: 'Sono facoltative: puoi candidarti senza selezionarle.',

  draftNote: 'Ciò che scrivi viene salvato man mano su questo dispositivo, così puoi riprenderlo in seguito. I file non vengono salvati: allegali di nuovo quando torni.',
  draftRestored: (date: string) => `Abbiamo ripristinato le risposte salvate su questo dispositivo il ${date}.`,
  draftRestoredFiles: 'Allega di nuovo i tuoi file: non vengono conservati nella bozza.',
  discardDraft: 'Elimina bozza',
  draftDiscarded: 'La bozza è stata eliminata e il modulo svuotato.',

  submit: 'Invia candidatura',
  sending: 'Invio della candidatura in corso…',
  retrying: (seconds: number) =>
    plural('it', seconds, {
      one: `Nuovo tentativo tra ${seconds} secondo…`,
      other: `Nuovo tentativo tra ${seconds} secondi…`,
    }),
  keptNote: 'Nulla di ciò che hai scritto è andato perso.',
  timeout: 'Il server ha impiegato troppo tempo a rispondere. La tua candidatura potrebbe non essere arrivata.',
  offline: 'Non è stato possibile inviare la candidatura: sembra che non ci sia connessione a internet.',
  serverError: 'Il server non può ricevere la tua candidatura in questo momento.',
  rateLimited: 'In questo momento vengono inviate troppe candidature.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('it', m, { one: `Puoi riprovare tra ${m} minuto.`, other: `Puoi riprovare tra ${m} minuti.` });
    }
    return plural('it', seconds, { one: `Puoi riprovare tra ${seconds} secondo.`, other: `Puoi riprovare tra ${seconds} secondi.` });
  },
  retry: 'Riprova',
  retrySafe: 'Riprovare non invierà la candidatura due volte.',
  fieldsRejected: 'L’organizzatore non ha accettato alcune risposte. Correggile e invia di nuovo.',
  fatal: 'Non è stato possibile inviare la candidatura.',
  fatalHelp: 'Candidati in un altro modo:',
  tooFast: 'La candidatura è stata trattenuta una volta perché inviata molto in fretta (una protezione contro lo spam automatico). Premi di nuovo «Invia candidatura» per inviarla.',
  notOpen: 'Al momento non è possibile inviare candidature.',

  successTitle: 'Candidatura inviata',
  successNext: (organiser: string) =>
    `${organiser} ha ricevuto la tua candidatura e ti contatterà per i prossimi passi. Controlla la posta in arrivo, compresa la cartella spam.`,
  successNextGeneric: 'L’organizzatore ha ricevuto la tua candidatura e ti contatterà per i prossimi passi.',
  reference: (ref: string) => `Il tuo riferimento: ${ref}`,
  serverSays: 'Messaggio dell’organizzatore:',

  honeypot: 'Lascia vuoto questo campo',
} satisfies ApplyMessages;
