/** Magyar: a jelentkezési űrlap (`<opp-apply>`) szövegei. */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Jelentkezés',
  loading: 'A jelentkezési űrlap betöltése…',
  loadFailed: 'A jelentkezési űrlapot nem sikerült betölteni. Kérjük, próbálja újra később.',
  notFound: 'Ez a lehetőség nem található.',

  opensOn: (date: string) => `A jelentkezés kezdete: ${date}.`,
  prepareNow: 'A jelentkezését már előkészítheti: ezen az eszközön marad, amíg a jelentkezés meg nem nyílik.',
  deadline: (date: string) => `Jelentkezési határidő: ${date}.`,
  closed: 'A jelentkezés lezárult.',
  past: 'Ez a lehetőség már véget ért.',
  cancelled: 'Ezt a lehetőséget törölték.',
  applyOnSite: 'Jelentkezés a szervező weboldalán',
  applyByEmail: (address: string) => `Jelentkezés e-mailben: ${address}`,
  opensNewWindow: '(új lapon nyílik meg)',

  optional: '(nem kötelező)',
  choose: 'Válasszon…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('hu', n, { one: `Még ${n} karakter`, other: `Még ${n} karakter` })
      : plural('hu', -n, { one: `${-n} karakterrel több a megengedettnél`, other: `${-n} karakterrel több a megengedettnél` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Elfogadott formátum: ${types}. Legfeljebb ${size}.` : types ? `Elfogadott formátum: ${types}.` : size ? `Legfeljebb ${size}.` : '',
  levels: {
    A1: 'A1 – Kezdő',
    A2: 'A2 – Alapfok',
    B1: 'B1 – Küszöbszint',
    B2: 'B2 – Középfok',
    C1: 'C1 – Felsőfok',
    C2: 'C2 – Mesterfok',
  },

  errors: {
    required: 'Töltse ki ezt a mezőt.',
    requiredChoice: 'Válasszon egy lehetőséget.',
    requiredCheckbox: 'A folytatáshoz jelölje be ezt a négyzetet.',
    requiredFile: 'Válasszon egy fájlt.',
    tooShort: (min: number) => plural('hu', min, { one: `Legalább ${min} karaktert írjon.`, other: `Legalább ${min} karaktert írjon.` }),
    tooLong: (max: number) => plural('hu', max, { one: `Legfeljebb ${max} karaktert írjon.`, other: `Legfeljebb ${max} karaktert írjon.` }),
    tooSmall: (min: string) => `Adjon meg egy legalább ${min} értékű számot.`,
    tooBig: (max: string) => `Adjon meg egy legfeljebb ${max} értékű számot.`,
    notNumber: 'Adjon meg egy számot, például 12.',
    pattern: 'Használja a kért formátumot.',
    email: 'Adjon meg egy e-mail-címet, például nev@example.eu.',
    url: 'Adjon meg egy https:// kezdetű webcímet.',
    tel: 'Adjon meg egy telefonszámot, például +36 1 234 5678.',
    date: 'Adjon meg egy érvényes dátumot.',
    choice: 'Válasszon a felkínált lehetőségek közül.',
    fileType: (types: string) => `Ez a fájltípus nem elfogadott. Válasszon ilyen típusú fájlt: ${types}.`,
    fileTooBig: (size: string) => `A fájl túl nagy. Legfeljebb ${size} méretű fájlt válasszon.`,
  },
  errorPrefix: 'Hiba: ',
  summaryTitle: (n: number) => plural('hu', n, { one: 'Egy probléma van', other: `${n} probléma van` }),
  summaryIntro: 'Javítsa ki a következőket, majd küldje el újra:',

  privacyTitle: 'Hogyan használjuk fel az adatait',
  controller: 'Ki kapja meg az adatait',
  purpose: 'Milyen célból',
  legalBasis: 'Jogalap',
  retention: 'Meddig őrizzük meg',
  privacyContact: 'Kérdések az adataival kapcsolatban',
  privacyPolicy: 'Adatvédelmi tájékoztató',
  privacyRights: 'Kérheti adatai megismerését, helyesbítését vagy törlését, és panaszt tehet egy adatvédelmi hatóságnál.',
  consentsTitle: 'Az Ön döntései',
  consentsNote: 'Ezek nem kötelezők: bejelölésük nélkül is jelentkezhet.',

  draftNote: 'Amit beír, azt ez az eszköz folyamatosan menti, így később folytathatja. A fájlokat nem menti: visszatéréskor csatolja őket újra.',
  draftRestored: (date: string) => `Visszaállítottuk azokat a válaszokat, amelyeket ${date} napon mentett ezen az eszközön.`,
  draftRestoredFiles: 'Csatolja újra a fájljait: a piszkozat nem tárolja őket.',
  discardDraft: 'Piszkozat elvetése',
  draftDiscarded: 'A piszkozatot elvetettük, az űrlapot kiürítettük.',

  submit: 'Jelentkezés elküldése',
  sending: 'Jelentkezése küldése folyamatban…',
  retrying: (seconds: number) =>
    plural('hu', seconds, {
      one: `Újrapróbálkozás ${seconds} másodperc múlva…`,
      other: `Újrapróbálkozás ${seconds} másodperc múlva…`,
    }),
  keptNote: 'Semmi sem veszett el abból, amit beírt.',
  timeout: 'A szerver túl sokáig nem válaszolt. Lehet, hogy a jelentkezése nem érkezett meg.',
  offline: 'A jelentkezést nem sikerült elküldeni: úgy tűnik, nincs internetkapcsolat.',
  serverError: 'A szerver most nem tudja fogadni a jelentkezését.',
  rateLimited: 'Jelenleg túl sok jelentkezés érkezik.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('hu', m, { one: `${m} perc múlva próbálkozhat újra.`, other: `${m} perc múlva próbálkozhat újra.` });
    }
    return plural('hu', seconds, { one: `${seconds} másodperc múlva próbálkozhat újra.`, other: `${seconds} másodperc múlva próbálkozhat újra.` });
  },
  retry: 'Újrapróbálkozás',
  retrySafe: 'Az újrapróbálkozás nem küldi el kétszer a jelentkezését.',
  fieldsRejected: 'A szervező néhány választ nem fogadott el. Javítsa ki őket, majd küldje el újra.',
  fatal: 'A jelentkezést nem sikerült elküldeni.',
  fatalHelp: 'Kérjük, jelentkezzen más módon:',
  tooFast: 'Jelentkezését egyszer visszatartottuk, mert nagyon gyorsan küldte el (védelem az automatikus kéretlen üzenetek ellen). Az elküldéshez kattintson újra a „Jelentkezés elküldése” gombra.',
  notOpen: 'Jelentkezéseket most nem lehet küldeni.',

  successTitle: 'Jelentkezés elküldve',
  successNext: (organiser: string) =>
    `${organiser} megkapta a jelentkezését, és a következő lépésekkel kapcsolatban felveszi Önnel a kapcsolatot. Figyelje a postafiókját, a levélszemét mappát is.`,
  successNextGeneric: 'A szervező megkapta a jelentkezését, és a következő lépésekkel kapcsolatban felveszi Önnel a kapcsolatot.',
  reference: (ref: string) => `Az Ön azonosítója: ${ref}`,
  serverSays: 'A szervező üzenete:',

  honeypot: 'Hagyja üresen ezt a mezőt',
} satisfies ApplyMessages;
