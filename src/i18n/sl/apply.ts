/** Slovenščina: besedila prijavnega obrazca (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('sl', n, { one: `${n} znak`, two: `${n} znaka`, few: `${n} znaki`, other: `${n} znakov` });
const seconds = (n: number) => plural('sl', n, { one: `${n} sekundo`, two: `${n} sekundi`, few: `${n} sekunde`, other: `${n} sekund` });
const minutes = (n: number) => plural('sl', n, { one: `${n} minuto`, two: `${n} minuti`, few: `${n} minute`, other: `${n} minut` });

export const apply = {
  heading: 'Prijava',
  loading: 'Nalaganje prijavnega obrazca …',
  loadFailed: 'Prijavnega obrazca ni bilo mogoče naložiti. Poskusite znova pozneje.',
  notFound: 'Te ponudbe ni bilo mogoče najti.',

  opensOn: (date: string) => `Prijave se odprejo ${date}.`,
  prepareNow: 'Prijavo lahko že pripravite: shranjena bo v tej napravi, dokler se prijave ne odprejo.',
  deadline: (date: string) => `Rok za prijavo: ${date}.`,
  closed: 'Prijave so zaprte.',
  past: 'Ta ponudba se je že končala.',
  cancelled: 'Ta ponudba je bila odpovedana.',
  applyOnSite: 'Prijava na spletnem mestu organizatorja',
  applyByEmail: (address: string) => `Prijava po e-pošti na ${address}`,
  opensNewWindow: '(odpre se v novem zavihku)',

  optional: '(neobvezno)',
  choose: 'Izberite …',
  charactersLeft: (n: number) => (n >= 0 ? `Še ${chars(n)}` : `${chars(-n)} preveč`),
  fileHint: (types: string, size: string) =>
    types && size ? `Dovoljeno: ${types}. Največ ${size}.` : types ? `Dovoljeno: ${types}.` : size ? `Največ ${size}.` : '',
  levels: {
    A1: 'A1 – Začetnik',
    A2: 'A2 – Osnovna raven',
    B1: 'B1 – Srednja raven',
    B2: 'B2 – Višja srednja raven',
    C1: 'C1 – Napredna raven',
    C2: 'C2 – Odlično znanje',
  },

  errors: {
    required: 'Izpolnite to polje.',
    requiredChoice: 'Izberite eno od možnosti.',
    requiredCheckbox: 'Za nadaljevanje označite to polje.',
    requiredFile: 'Izberite datoteko.',
    tooShort: (min: number) => `Vnesite vsaj ${plural('sl', min, { one: `${min} znak`, two: `${min} znaka`, few: `${min} znake`, other: `${min} znakov` })}.`,
    tooLong: (max: number) => `Vnesite največ ${plural('sl', max, { one: `${max} znak`, two: `${max} znaka`, few: `${max} znake`, other: `${max} znakov` })}.`,
    tooSmall: (min: string) => `Vnesite število, ki je vsaj ${min}.`,
    tooBig: (max: string) => `Vnesite število, ki je največ ${max}.`,
    notNumber: 'Vnesite število, na primer 12.',
    pattern: 'Uporabite zahtevano obliko.',
    email: 'Vnesite e-poštni naslov, na primer ime@example.eu.',
    url: 'Vnesite spletni naslov, ki se začne s https://.',
    tel: 'Vnesite telefonsko številko, na primer +386 1 234 56 78.',
    date: 'Vnesite veljaven datum.',
    choice: 'Izberite eno od ponujenih možnosti.',
    fileType: (types: string) => `Ta vrsta datoteke ni dovoljena. Izberite datoteko vrste: ${types}.`,
    fileTooBig: (size: string) => `Datoteka je prevelika. Izberite datoteko velikosti največ ${size}.`,
  },
  errorPrefix: 'Napaka: ',
  summaryTitle: (n: number) =>
    plural('sl', n, { one: `Obstaja ${n} težava`, two: `Obstajata ${n} težavi`, few: `Obstajajo ${n} težave`, other: `Obstaja ${n} težav` }),
  summaryIntro: 'Popravite naslednje in znova pošljite:',

  privacyTitle: 'Kako uporabljamo vaše podatke',
  controller: 'Kdo prejme vaše podatke',
  purpose: 'Zakaj',
  legalBasis: 'Pravna podlaga',
  retention: 'Kako dolgo jih hranimo',
  privacyContact: 'Vprašanja o vaših podatkih',
  privacyPolicy: 'Politika zasebnosti',
  privacyRights: 'Lahko zahtevate vpogled v svoje podatke, njihov popravek ali izbris ter vložite pritožbo pri organu za varstvo podatkov.',
  consentsTitle: 'Vaše izbire',
  consentsNote: 'Te izbire so neobvezne: prijavite se lahko, ne da bi jih označili.',

  draftNote: 'Kar vnesete, se sproti shranjuje v tej napravi, da se lahko pozneje vrnete. Datoteke se ne shranjujejo: ob vrnitvi jih znova priložite.',
  draftRestored: (date: string) => `Obnovili smo odgovore, ki ste jih v tej napravi shranili ${date}.`,
  draftRestoredFiles: 'Znova priložite datoteke: v osnutku se ne hranijo.',
  discardDraft: 'Zavrzi osnutek',
  draftDiscarded: 'Osnutek je bil zavržen, obrazec pa izpraznjen.',

  submit: 'Pošlji prijavo',
  sending: 'Pošiljanje prijave …',
  retrying: (s: number) => `Nov poskus čez ${seconds(s)} …`,
  keptNote: 'Nič od vnesenega se ni izgubilo.',
  timeout: 'Strežnik se je predolgo odzival. Vaša prijava morda ni prispela.',
  offline: 'Prijave ni bilo mogoče poslati: videti je, da internetna povezava ni na voljo.',
  serverError: 'Strežnik vaše prijave trenutno ne more sprejeti.',
  rateLimited: 'Trenutno se pošilja preveč prijav.',
  tryAgainIn: (s: number) => (s >= 90 ? `Znova lahko poskusite čez ${minutes(Math.ceil(s / 60))}.` : `Znova lahko poskusite čez ${seconds(s)}.`),
  retry: 'Poskusi znova',
  retrySafe: 'Ponovni poskus prijave ne bo poslal dvakrat.',
  fieldsRejected: 'Organizator nekaterih odgovorov ni sprejel. Popravite jih in znova pošljite.',
  fatal: 'Prijave ni bilo mogoče poslati.',
  fatalHelp: 'Prijavite se na drug način:',
  tooFast: 'Vaša prijava je bila enkrat zadržana, ker je bila poslana zelo hitro (zaščita pred samodejno neželeno pošto). Za pošiljanje znova kliknite »Pošlji prijavo«.',
  notOpen: 'Prijav trenutno ni mogoče pošiljati.',

  successTitle: 'Prijava poslana',
  successNext: (organiser: string) =>
    `${organiser} je prejel(a) vašo prijavo in se vam bo oglasil(a) glede naslednjih korakov. Spremljajte svoj poštni predal, tudi mapo z neželeno pošto.`,
  successNextGeneric: 'Organizator je prejel vašo prijavo in se vam bo oglasil glede naslednjih korakov.',
  reference: (ref: string) => `Vaša referenčna številka: ${ref}`,
  serverSays: 'Sporočilo organizatorja:',

  honeypot: 'To polje pustite prazno',
} satisfies ApplyMessages;
