/** Slovenčina: texty prihlasovacieho formulára (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('sk', n, { one: `${n} znak`, few: `${n} znaky`, many: `${n} znaku`, other: `${n} znakov` });
const seconds = (n: number) => plural('sk', n, { one: `${n} sekundu`, few: `${n} sekundy`, many: `${n} sekundy`, other: `${n} sekúnd` });
const minutes = (n: number) => plural('sk', n, { one: `${n} minútu`, few: `${n} minúty`, many: `${n} minúty`, other: `${n} minút` });

export const apply = {
  heading: 'Prihlásiť sa',
  loading: 'Načítava sa prihlasovací formulár…',
  loadFailed: 'Prihlasovací formulár sa nepodarilo načítať. Skúste to neskôr.',
  notFound: 'Táto ponuka sa nenašla.',

  opensOn: (date: string) => `Prihlášky bude možné podávať od ${date}.`,
  prepareNow: 'Prihlášku si už môžete pripraviť: zostane uložená v tomto zariadení, kým sa prihlasovanie neotvorí.',
  deadline: (date: string) => `Uzávierka prihlášok: ${date}.`,
  closed: 'Prihlasovanie je uzavreté.',
  past: 'Táto ponuka sa už skončila.',
  cancelled: 'Táto ponuka bola zrušená.',
  applyOnSite: 'Prihlásiť sa na webe organizátora',
  applyByEmail: (address: string) => `Prihlásiť sa e-mailom na adrese ${address}`,
  opensNewWindow: '(otvorí sa na novej karte)',

  optional: '(nepovinné)',
  choose: 'Vyberte…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('sk', n, { one: `Zostáva ${chars(n)}`, few: `Zostávajú ${chars(n)}`, many: `Zostáva ${chars(n)}`, other: `Zostáva ${chars(n)}` })
      : `O ${chars(-n)} viac, ako je povolené`,
  fileHint: (types: string, size: string) =>
    types && size ? `Povolené typy: ${types}. Najviac ${size}.` : types ? `Povolené typy: ${types}.` : size ? `Najviac ${size}.` : '',
  levels: {
    A1: 'A1 – Začiatočník',
    A2: 'A2 – Mierne pokročilý',
    B1: 'B1 – Stredne pokročilý',
    B2: 'B2 – Pokročilý',
    C1: 'C1 – Veľmi pokročilý',
    C2: 'C2 – Vynikajúci',
  },

  errors: {
    required: 'Vyplňte toto pole.',
    requiredChoice: 'Vyberte jednu z možností.',
    requiredCheckbox: 'Ak chcete pokračovať, začiarknite toto pole.',
    requiredFile: 'Vyberte súbor.',
    tooShort: (min: number) => `Zadajte aspoň ${plural('sk', min, { one: `${min} znak`, few: `${min} znaky`, many: `${min} znaku`, other: `${min} znakov` })}.`,
    tooLong: (max: number) => `Zadajte najviac ${plural('sk', max, { one: `${max} znak`, few: `${max} znaky`, many: `${max} znaku`, other: `${max} znakov` })}.`,
    tooSmall: (min: string) => `Zadajte číslo, ktoré je aspoň ${min}.`,
    tooBig: (max: string) => `Zadajte číslo, ktoré je najviac ${max}.`,
    notNumber: 'Zadajte číslo, napríklad 12.',
    pattern: 'Použite požadovaný formát.',
    email: 'Zadajte e-mailovú adresu, napríklad meno@example.eu.',
    url: 'Zadajte webovú adresu, ktorá začína https://.',
    tel: 'Zadajte telefónne číslo, napríklad +421 2 1234 5678.',
    date: 'Zadajte platný dátum.',
    choice: 'Vyberte jednu z ponúkaných možností.',
    fileType: (types: string) => `Tento typ súboru nie je povolený. Vyberte súbor typu: ${types}.`,
    fileTooBig: (size: string) => `Tento súbor je príliš veľký. Vyberte súbor s veľkosťou najviac ${size}.`,
  },
  errorPrefix: 'Chyba: ',
  summaryTitle: (n: number) =>
    plural('sk', n, { one: 'Vyskytol sa 1 problém', few: `Vyskytli sa ${n} problémy`, many: `Vyskytlo sa ${n} problému`, other: `Vyskytlo sa ${n} problémov` }),
  summaryIntro: 'Opravte nasledujúce a odošlite znova:',

  privacyTitle: 'Ako sa používajú vaše údaje',
  controller: 'Kto dostane vaše údaje',
  purpose: 'Účel',
  legalBasis: 'Právny základ',
  retention: 'Ako dlho sa uchovávajú',
  privacyContact: 'Otázky k vašim údajom',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  privacyRights: 'Môžete požiadať o prístup k svojim údajom, ich opravu alebo vymazanie a podať sťažnosť dozornému orgánu pre ochranu údajov.',
  consentsTitle: 'Vaše voľby',
  consentsNote: 'Sú nepovinné: prihlásiť sa môžete aj bez ich začiarknutia.',

  draftNote: 'To, čo píšete, sa priebežne ukladá v tomto zariadení, aby ste sa k tomu mohli vrátiť. Súbory sa neukladajú: po návrate ich priložte znova.',
  draftRestored: (date: string) => `Obnovili sme odpovede, ktoré ste v tomto zariadení uložili ${date}.`,
  draftRestoredFiles: 'Priložte znova svoje súbory: v koncepte sa neuchovávajú.',
  discardDraft: 'Zahodiť koncept',
  draftDiscarded: 'Koncept bol zahodený a formulár vyprázdnený.',

  submit: 'Odoslať prihlášku',
  sending: 'Prihláška sa odosiela…',
  retrying: (s: number) => `Ďalší pokus o ${seconds(s)}…`,
  keptNote: 'Nič z toho, čo ste napísali, sa nestratilo.',
  timeout: 'Server odpovedal príliš dlho. Vaša prihláška možno nedorazila.',
  offline: 'Prihlášku sa nepodarilo odoslať: zdá sa, že nie ste pripojení na internet.',
  serverError: 'Server teraz nemôže prijať vašu prihlášku.',
  rateLimited: 'Práve sa odosiela priveľa prihlášok.',
  tryAgainIn: (s: number) => (s >= 90 ? `Môžete to skúsiť znova o ${minutes(Math.ceil(s / 60))}.` : `Môžete to skúsiť znova o ${seconds(s)}.`),
  retry: 'Skúsiť znova',
  retrySafe: 'Opakovaný pokus neodošle prihlášku dvakrát.',
  fieldsRejected: 'Organizátor neprijal niektoré odpovede. Opravte ich a odošlite znova.',
  fatal: 'Prihlášku sa nepodarilo odoslať.',
  fatalHelp: 'Prihláste sa iným spôsobom:',
  tooFast: 'Vaša prihláška bola raz pozdržaná, pretože bola odoslaná veľmi rýchlo (ochrana pred automatickým spamom). Ak ju chcete odoslať, znova kliknite na „Odoslať prihlášku“.',
  notOpen: 'Prihlášky teraz nie je možné odosielať.',

  successTitle: 'Prihláška odoslaná',
  successNext: (organiser: string) =>
    `${organiser} dostal(a) vašu prihlášku a ozve sa vám ohľadom ďalších krokov. Sledujte svoju schránku vrátane priečinka s nevyžiadanou poštou.`,
  successNextGeneric: 'Organizátor dostal vašu prihlášku a ozve sa vám ohľadom ďalších krokov.',
  reference: (ref: string) => `Vaše referenčné číslo: ${ref}`,
  serverSays: 'Správa od organizátora:',

  honeypot: 'Toto pole nechajte prázdne',
} satisfies ApplyMessages;
