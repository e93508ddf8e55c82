/** Lietuvių: paraiškos formos (`<opp-apply>`) tekstai. */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('lt', n, { one: `${n} simbolis`, few: `${n} simboliai`, many: `${n} simbolio`, other: `${n} simbolių` });
/** Accusative: "parašykite bent 2 simbolius". */
const charsAcc = (n: number) => plural('lt', n, { one: `${n} simbolį`, few: `${n} simbolius`, many: `${n} simbolio`, other: `${n} simbolių` });
/** Genitive after "po": "po 5 sekundžių". */
const seconds = (n: number) => plural('lt', n, { one: `${n} sekundės`, few: `${n} sekundžių`, many: `${n} sekundės`, other: `${n} sekundžių` });
const minutes = (n: number) => plural('lt', n, { one: `${n} minutės`, few: `${n} minučių`, many: `${n} minutės`, other: `${n} minučių` });

export const apply = {
  heading: 'Teikti paraišką',
  loading: 'Įkeliama paraiškos forma…',
  loadFailed: 'Nepavyko įkelti paraiškos formos. Bandykite vėliau.',
  notFound: 'Šios galimybės rasti nepavyko.',

  opensOn: (date: string) => `Paraiškų priėmimas prasidės ${date}.`,
  prepareNow: 'Paraišką galite parengti jau dabar: ji bus saugoma šiame įrenginyje, kol prasidės paraiškų priėmimas.',
  deadline: (date: string) => `Paraiškų pateikimo terminas: ${date}.`,
  closed: 'Paraiškų priėmimas baigtas.',
  past: 'Ši galimybė jau pasibaigė.',
  cancelled: 'Ši galimybė atšaukta.',
  applyOnSite: 'Teikti paraišką organizatoriaus svetainėje',
  applyByEmail: (address: string) => `Teikti paraišką el. paštu ${address}`,
  opensNewWindow: '(atsidaro naujame skirtuke)',

  optional: '(neprivaloma)',
  choose: 'Pasirinkite…',
  charactersLeft: (n: number) => (n >= 0 ? `Liko ${chars(n)}` : `${chars(-n)} per daug`),
  fileHint: (types: string, size: string) =>
    types && size ? `Leidžiama: ${types}. Ne daugiau kaip ${size}.` : types ? `Leidžiama: ${types}.` : size ? `Ne daugiau kaip ${size}.` : '',
  levels: {
    A1: 'A1 – Pradedantysis',
    A2: 'A2 – Pradinis',
    B1: 'B1 – Vidutinis',
    B2: 'B2 – Aukštesnysis vidutinis',
    C1: 'C1 – Aukštasis',
    C2: 'C2 – Puikus',
  },

  errors: {
    required: 'Užpildykite šį laukelį.',
    requiredChoice: 'Pasirinkite vieną iš galimybių.',
    requiredCheckbox: 'Norėdami tęsti, pažymėkite šį langelį.',
    requiredFile: 'Pasirinkite failą.',
    tooShort: (min: number) => `Parašykite bent ${charsAcc(min)}.`,
    tooLong: (max: number) => `Parašykite ne daugiau kaip ${charsAcc(max)}.`,
    tooSmall: (min: string) => `Įveskite skaičių, ne mažesnį nei ${min}.`,
    tooBig: (max: string) => `Įveskite skaičių, ne didesnį nei ${max}.`,
    notNumber: 'Įveskite skaičių, pavyzdžiui, 12.',
    pattern: 'Naudokite prašomą formatą.',
    email: 'Įveskite el. pašto adresą, pavyzdžiui, vardas@example.eu.',
    url: 'Įveskite interneto adresą, prasidedantį https://.',
    tel: 'Įveskite telefono numerį, pavyzdžiui, +370 5 212 3456.',
    date: 'Įveskite tikrą datą.',
    choice: 'Pasirinkite vieną iš pateiktų galimybių.',
    fileType: (types: string) => `Toks failo tipas nepriimamas. Pasirinkite šio tipo failą: ${types}.`,
    fileTooBig: (size: string) => `Failas per didelis. Pasirinkite ne didesnį kaip ${size} failą.`,
  },
  errorPrefix: 'Klaida: ',
  summaryTitle: (n: number) =>
    plural('lt', n, { one: `Yra ${n} problema`, few: `Yra ${n} problemos`, many: `Yra ${n} problemos`, other: `Yra ${n} problemų` }),
  summaryIntro: 'Ištaisykite šiuos dalykus ir siųskite dar kartą:',

  privacyTitle: 'Kaip naudojami jūsų duomenys',
  controller: 'Kas gauna jūsų duomenis',
  purpose: 'Kokiu tikslu',
  legalBasis: 'Teisinis pagrindas',
  retention: 'Kiek laiko jie saugomi',
  privacyContact: 'Klausimai apie jūsų duomenis',
  privacyPolicy: 'Privatumo politika',
  privacyRights: 'Galite prašyti leisti susipažinti su savo duomenimis, juos ištaisyti ar ištrinti ir pateikti skundą duomenų apsaugos priežiūros institucijai.',
  consentsTitle: 'Jūsų pasirinkimai',
  consentsNote: 'Jie neprivalomi: paraišką galite pateikti jų nepažymėję.',

  draftNote: 'Tai, ką rašote, nuolat išsaugoma šiame įrenginyje, kad galėtumėte grįžti vėliau. Failai neišsaugomi: grįžę pridėkite juos iš naujo.',
  draftRestored: (date: string) => `Atkūrėme atsakymus, kuriuos išsaugojote šiame įrenginyje ${date}.`,
  draftRestoredFiles: 'Pridėkite failus iš naujo: juodraštyje jie nesaugomi.',
  discardDraft: 'Atmesti juodraštį',
  draftDiscarded: 'Juodraštis atmestas, forma išvalyta.',

  submit: 'Siųsti paraišką',
  sending: 'Jūsų paraiška siunčiama…',
  retrying: (s: number) => `Bandysime dar kartą po ${seconds(s)}…`,
  keptNote: 'Niekas, ką parašėte, neprarasta.',
  timeout: 'Serveris per ilgai neatsakė. Gali būti, kad jūsų paraiška negauta.',
  offline: 'Paraiškos išsiųsti nepavyko: atrodo, nėra interneto ryšio.',
  serverError: 'Serveris šiuo metu negali priimti jūsų paraiškos.',
  rateLimited: 'Šiuo metu siunčiama per daug paraiškų.',
  tryAgainIn: (s: number) => (s >= 90 ? `Bandyti dar kartą galėsite po ${minutes(Math.ceil(s / 60))}.` : `Bandyti dar kartą galėsite po ${seconds(s)}.`),
  retry: 'Bandyti dar kartą',
  retrySafe: 'Pakartotinai bandant jūsų paraiška nebus išsiųsta du kartus.',
  fieldsRejected: 'Organizatorius nepriėmė kai kurių atsakymų. Ištaisykite juos ir siųskite dar kartą.',
  fatal: 'Paraiškos išsiųsti nepavyko.',
  fatalHelp: 'Pateikite paraišką kitu būdu:',
  tooFast: 'Jūsų paraiška buvo vieną kartą sulaikyta, nes išsiųsta labai greitai (apsauga nuo automatinio šlamšto). Norėdami ją išsiųsti, dar kartą spustelėkite „Siųsti paraišką“.',
  notOpen: 'Šiuo metu paraiškų siųsti negalima.',

  successTitle: 'Paraiška išsiųsta',
  successNext: (organiser: string) =>
    `${organiser} gavo jūsų paraišką ir susisieks su jumis dėl tolesnių žingsnių. Stebėkite savo pašto dėžutę, taip pat brukalų aplanką.`,
  successNextGeneric: 'Organizatorius gavo jūsų paraišką ir susisieks su jumis dėl tolesnių žingsnių.',
  reference: (ref: string) => `Jūsų nuorodos numeris: ${ref}`,
  serverSays: 'Organizatoriaus žinutė:',

  honeypot: 'Palikite šį laukelį tuščią',
} satisfies ApplyMessages;
