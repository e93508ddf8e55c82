/** Hrvatski: tekstovi obrasca za prijavu (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('hr', n, { one: `${n} znak`, few: `${n} znaka`, other: `${n} znakova` });
const seconds = (n: number) => plural('hr', n, { one: `${n} sekundu`, few: `${n} sekunde`, other: `${n} sekundi` });
const minutes = (n: number) => plural('hr', n, { one: `${n} minutu`, few: `${n} minute`, other: `${n} minuta` });

export const apply = {
  heading: 'Prijava',
  loading: 'Učitavanje obrasca za prijavu…',
  loadFailed: 'Obrazac za prijavu nije moguće učitati. Pokušajte ponovno kasnije.',
  notFound: 'Ova ponuda nije pronađena.',

  opensOn: (date: string) => `Prijave se otvaraju ${date}.`,
  prepareNow: 'Prijavu već možete pripremiti: ostat će spremljena na ovom uređaju dok se prijave ne otvore.',
  deadline: (date: string) => `Rok za prijavu: ${date}.`,
  closed: 'Prijave su zatvorene.',
  past: 'Ova je ponuda završila.',
  cancelled: 'Ova je ponuda otkazana.',
  applyOnSite: 'Prijavite se na mrežnim stranicama organizatora',
  applyByEmail: (address: string) => `Prijavite se e-poštom na ${address}`,
  opensNewWindow: '(otvara se u novoj kartici)',

  optional: '(neobavezno)',
  choose: 'Odaberite…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('hr', n, { one: `Preostao je ${chars(n)}`, few: `Preostala su ${chars(n)}`, other: `Preostalo je ${chars(n)}` })
      : `${chars(-n)} previše`,
  fileHint: (types: string, size: string) =>
    types && size ? `Dopušteno: ${types}. Najviše ${size}.` : types ? `Dopušteno: ${types}.` : size ? `Najviše ${size}.` : '',
  levels: {
    A1: 'A1 – Početnik',
    A2: 'A2 – Osnovna razina',
    B1: 'B1 – Srednja razina',
    B2: 'B2 – Viša srednja razina',
    C1: 'C1 – Napredna razina',
    C2: 'C2 – Vrsno znanje',
  },

  errors: {
    required: 'Ispunite ovo polje.',
    requiredChoice: 'Odaberite jednu od mogućnosti.',
    requiredCheckbox: 'Za nastavak označite ovaj okvir.',
    requiredFile: 'Odaberite datoteku.',
    tooShort: (min: number) => `Unesite najmanje ${chars(min)}.`,
    tooLong: (max: number) => `Unesite najviše ${chars(max)}.`,
    tooSmall: (min: string) => `Unesite broj koji nije manji od ${min}.`,
    tooBig: (max: string) => `Unesite broj koji nije veći od ${max}.`,
    notNumber: 'Unesite broj, na primjer 12.',
    pattern: 'Upotrijebite traženi format.',
    email: 'Unesite adresu e-pošte, na primjer ime@example.eu.',
    url: 'Unesite mrežnu adresu koja počinje s https://.',
    tel: 'Unesite broj telefona, na primjer +385 1 234 5678.',
    date: 'Unesite valjani datum.',
    choice: 'Odaberite jednu od ponuđenih mogućnosti.',
    fileType: (types: string) => `Ova vrsta datoteke nije prihvaćena. Odaberite datoteku vrste: ${types}.`,
    fileTooBig: (size: string) => `Datoteka je prevelika. Odaberite datoteku do ${size}.`,
  },
  errorPrefix: 'Pogreška: ',
  summaryTitle: (n: number) => plural('hr', n, { one: `Postoji ${n} problem`, few: `Postoje ${n} problema`, other: `Postoji ${n} problema` }),
  summaryIntro: 'Ispravite sljedeće i ponovno pošaljite:',

  privacyTitle: 'Kako se koriste vaši podaci',
  controller: 'Tko prima vaše podatke',
  purpose: 'Zašto',
  legalBasis: 'Pravna osnova',
  retention: 'Koliko se dugo čuvaju',
  privacyContact: 'Pitanja o vašim podacima',
  privacyPolicy: 'Politika privatnosti',
  privacyRights: 'Možete zatražiti pristup svojim podacima, njihov ispravak ili brisanje te podnijeti pritužbu tijelu za zaštitu podataka.',
  consentsTitle: 'Vaši odabiri',
  consentsNote: 'Neobavezni su: možete se prijaviti i bez njihova označivanja.',

  draftNote: 'Ono što upisujete usput se sprema na ovom uređaju kako biste se mogli vratiti. Datoteke se ne spremaju: priložite ih ponovno kad se vratite.',
  draftRestored: (date: string) => `Vratili smo odgovore koje ste na ovom uređaju spremili ${date}.`,
  draftRestoredFiles: 'Ponovno priložite datoteke: ne čuvaju se u nacrtu.',
  discardDraft: 'Odbaci nacrt',
  draftDiscarded: 'Nacrt je odbačen, a obrazec ispražnjen.',

  submit: 'Pošalji prijavu',
  sending: 'Slanje prijave…',
  retrying: (s: number) => `Novi pokušaj za ${seconds(s)}…`,
  keptNote: 'Ništa od upisanog nije izgubljeno.',
  timeout: 'Poslužitelju je odgovor predugo trajao. Vaša prijava možda nije stigla.',
  offline: 'Prijavu nije moguće poslati: čini se da nema internetske veze.',
  serverError: 'Poslužitelj trenutačno ne može primiti vašu prijavu.',
  rateLimited: 'Trenutačno se šalje previše prijava.',
  tryAgainIn: (s: number) => (s >= 90 ? `Možete pokušati ponovno za ${minutes(Math.ceil(s / 60))}.` : `Možete pokušati ponovno za ${seconds(s)}.`),
  retry: 'Pokušaj ponovno',
  retrySafe: 'Ponovni pokušaj neće dvaput poslati vašu prijavu.',
  fieldsRejected: 'Organizator nije prihvatio neke odgovore. Ispravite ih i ponovno pošaljite.',
  fatal: 'Prijavu nije moguće poslati.',
  fatalHelp: 'Prijavite se na drugi način:',
  tooFast: 'Vaša je prijava jednom zadržana jer je poslana vrlo brzo (zaštita od automatske neželjene pošte). Ponovno kliknite „Pošalji prijavu” da biste je poslali.',
  notOpen: 'Prijave se trenutačno ne mogu slati.',

  successTitle: 'Prijava poslana',
  successNext: (organiser: string) =>
    `${organiser} primio je vašu prijavu i javit će vam se u vezi sa sljedećim koracima. Pratite svoj sandučić, uključujući mapu neželjene pošte.`,
  successNextGeneric: 'Organizator je primio vašu prijavu i javit će vam se u vezi sa sljedećim koracima.',
  reference: (ref: string) => `Vaš referentni broj: ${ref}`,
  serverSays: 'Poruka organizatora:',

  honeypot: 'Ostavite ovo polje prazno',
} satisfies ApplyMessages;
