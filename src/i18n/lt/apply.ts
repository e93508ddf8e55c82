/** Lietuvių: paraiškos formos (`<opp-apply>`) tekstai. */
import type { ApplyMessages } from '../messages.js';

/** Accusative: "parašykite bent 2 simbolius". */
/** Genitive after "po": "po 5 sekundžių". */

export const apply = {
  heading: 'Teikti paraišką',
  loadFailed: 'Nepavyko įkelti paraiškos formos. Bandykite vėliau.',
  notFound: 'Šios galimybės rasti nepavyko.',

  opensOn: 'Paraiškų priėmimas prasidės {date}.',
  prepareNow: 'Paraišką galite parengti jau dabar: ji bus saugoma šiame įrenginyje, kol prasidės paraiškų priėmimas.',
  deadline: 'Paraiškų pateikimo terminas: {date}.',
  closed: 'Paraiškų priėmimas baigtas.',
  past: 'Ši galimybė jau pasibaigė.',
  applyOnSite: 'Teikti paraišką organizatoriaus svetainėje',
  applyByEmail: 'Teikti paraišką el. paštu {address}',

  optional: '(neprivaloma)',
  choose: 'Pasirinkite…',
  charactersLeft: { one: 'Liko {count} simbolis', few: 'Liko {count} simboliai', other: 'Liko {count} simbolių' },
  charactersTooMany: { one: '{count} simbolis per daug', few: '{count} simboliai per daug', other: '{count} simbolių per daug' },
  fileTypes: 'Leidžiama: {types}.',
  fileSize: 'Ne daugiau kaip {size}.',
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
    tooShort: {
      one: 'Parašykite bent {count} simbolį.',
      few: 'Parašykite bent {count} simbolius.',
      other: 'Parašykite bent {count} simbolių.',
    },
    tooLong: {
      one: 'Parašykite ne daugiau kaip {count} simbolį.',
      few: 'Parašykite ne daugiau kaip {count} simbolius.',
      other: 'Parašykite ne daugiau kaip {count} simbolių.',
    },
    tooSmall: 'Įveskite skaičių, ne mažesnį nei {min}.',
    tooBig: 'Įveskite skaičių, ne didesnį nei {max}.',
    notNumber: 'Įveskite skaičių, pavyzdžiui, 12.',
    pattern: 'Naudokite prašomą formatą.',
    email: 'Įveskite el. pašto adresą, pavyzdžiui, vardas@example.eu.',
    url: 'Įveskite interneto adresą, prasidedantį https://.',
    tel: 'Įveskite telefono numerį, pavyzdžiui, +370 5 212 3456.',
    date: 'Įveskite tikrą datą.',
    choice: 'Pasirinkite vieną iš pateiktų galimybių.',
    fileType: 'Toks failo tipas nepriimamas. Pasirinkite šio tipo failą: {types}.',
    fileTooBig: 'Failas per didelis. Pasirinkite ne didesnį kaip {size} failą.',
  },
  errorPrefix: 'Klaida: ',
  summaryTitle: { one: 'Yra {count} problema', few: 'Yra {count} problemos', other: 'Yra {count} problemų' },
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
  draftRestored: 'Atkūrėme atsakymus, kuriuos išsaugojote šiame įrenginyje {date}.',
  draftRestoredFiles: 'Pridėkite failus iš naujo: juodraštyje jie nesaugomi.',
  discardDraft: 'Atmesti juodraštį',
  draftDiscarded: 'Juodraštis atmestas, forma išvalyta.',

  submit: 'Siųsti paraišką',
  sending: 'Jūsų paraiška siunčiama…',
  retrying: {
    one: 'Bandysime dar kartą po {count} sekundės…',
    few: 'Bandysime dar kartą po {count} sekundžių…',
    other: 'Bandysime dar kartą po {count} sekundžių…',
  },
  keptNote: 'Niekas, ką parašėte, neprarasta.',
  timeout: 'Serveris per ilgai neatsakė. Gali būti, kad jūsų paraiška negauta.',
  offline: 'Paraiškos išsiųsti nepavyko: atrodo, nėra interneto ryšio.',
  serverError: 'Serveris šiuo metu negali priimti jūsų paraiškos.',
  rateLimited: 'Šiuo metu siunčiama per daug paraiškų.',
  tryAgainInSeconds: {
    one: 'Bandyti dar kartą galėsite po {count} sekundės.',
    few: 'Bandyti dar kartą galėsite po {count} sekundžių.',
    other: 'Bandyti dar kartą galėsite po {count} sekundžių.',
  },
  tryAgainInMinutes: {
    one: 'Bandyti dar kartą galėsite po {count} minutės.',
    few: 'Bandyti dar kartą galėsite po {count} minučių.',
    other: 'Bandyti dar kartą galėsite po {count} minučių.',
  },
  retrySafe: 'Pakartotinai bandant jūsų paraiška nebus išsiųsta du kartus.',
  fieldsRejected: 'Organizatorius nepriėmė kai kurių atsakymų. Ištaisykite juos ir siųskite dar kartą.',
  fatal: 'Paraiškos išsiųsti nepavyko.',
  fatalHelp: 'Pateikite paraišką kitu būdu:',
  tooFast: 'Jūsų paraiška buvo vieną kartą sulaikyta, nes išsiųsta labai greitai (apsauga nuo automatinio šlamšto). Norėdami ją išsiųsti, dar kartą spustelėkite „Siųsti paraišką“.',
  notOpen: 'Šiuo metu paraiškų siųsti negalima.',

  successTitle: 'Paraiška išsiųsta',
  successNext: '{organiser} gavo jūsų paraišką ir susisieks su jumis dėl tolesnių žingsnių. Stebėkite savo pašto dėžutę, taip pat brukalų aplanką.',
  successNextGeneric: 'Organizatorius gavo jūsų paraišką ir susisieks su jumis dėl tolesnių žingsnių.',
  reference: 'Jūsų nuorodos numeris: {reference}',
  serverSays: 'Organizatoriaus žinutė:',

  honeypot: 'Palikite šį laukelį tuščią',
} satisfies ApplyMessages;
