/** Eesti: taotlusvormi (`<opp-apply>`) kasutajaliidese tekstid. */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Kandideeri',
  loading: 'Taotlusvormi laaditakse…',
  loadFailed: 'Taotlusvormi ei õnnestunud laadida. Proovige hiljem uuesti.',
  notFound: 'Seda pakkumist ei leitud.',

  opensOn: (date: string) => `Taotluste esitamine algab ${date}.`,
  prepareNow: 'Saate taotlust juba ette valmistada: see säilib selles seadmes, kuni taotluste esitamine algab.',
  deadline: (date: string) => `Taotluste esitamise tähtaeg: ${date}.`,
  closed: 'Taotluste esitamine on lõppenud.',
  past: 'See pakkumine on lõppenud.',
  cancelled: 'See pakkumine on tühistatud.',
  applyOnSite: 'Kandideeri korraldaja veebisaidil',
  applyByEmail: (address: string) => `Kandideeri e-posti teel aadressil ${address}`,
  opensNewWindow: '(avaneb uuel vahekaardil)',

  optional: '(valikuline)',
  choose: 'Valige…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('et', n, { one: `Jäänud on ${n} märk`, other: `Jäänud on ${n} märki` })
      : plural('et', -n, { one: `${-n} märk liiga palju`, other: `${-n} märki liiga palju` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Lubatud: ${types}. Kuni ${size}.` : types ? `Lubatud: ${types}.` : size ? `Kuni ${size}.` : '',
  levels: {
    A1: 'A1 – Algaja',
    A2: 'A2 – Põhitase',
    B1: 'B1 – Kesktase',
    B2: 'B2 – Kõrgem kesktase',
    C1: 'C1 – Edasijõudnu',
    C2: 'C2 – Kõrgtase',
  },

  errors: {
    required: 'Täitke see väli.',
    requiredChoice: 'Valige üks võimalus.',
    requiredCheckbox: 'Jätkamiseks märkige see ruut.',
    requiredFile: 'Valige fail.',
    tooShort: (min: number) => plural('et', min, { one: `Kasutage vähemalt ${min} märki.`, other: `Kasutage vähemalt ${min} märki.` }),
    tooLong: (max: number) => plural('et', max, { one: `Kasutage kõige rohkem ${max} märki.`, other: `Kasutage kõige rohkem ${max} märki.` }),
    tooSmall: (min: string) => `Sisestage arv, mis on vähemalt ${min}.`,
    tooBig: (max: string) => `Sisestage arv, mis on kõige rohkem ${max}.`,
    notNumber: 'Sisestage arv, näiteks 12.',
    pattern: 'Kasutage nõutud vormingut.',
    email: 'Sisestage e-posti aadress, näiteks nimi@example.eu.',
    url: 'Sisestage veebiaadress, mis algab https://.',
    tel: 'Sisestage telefoninumber, näiteks +372 612 3456.',
    date: 'Sisestage kehtiv kuupäev.',
    choice: 'Valige üks pakutud võimalustest.',
    fileType: (types: string) => `Seda failitüüpi ei aktsepteerita. Valige fail tüübiga: ${types}.`,
    fileTooBig: (size: string) => `See fail on liiga suur. Valige fail, mille suurus on kuni ${size}.`,
  },
  errorPrefix: 'Viga: ',
  summaryTitle: (n: number) => plural('et', n, { one: 'Esineb üks probleem', other: `Esineb ${n} probleemi` }),
  summaryIntro: 'Parandage järgmine ja saatke uuesti:',

  privacyTitle: 'Kuidas teie andmeid kasutatakse',
  controller: 'Kes teie andmed saab',
  purpose: 'Milleks',
  legalBasis: 'Õiguslik alus',
  retention: 'Kui kaua neid säilitatakse',
  privacyContact: 'Küsimused teie andmete kohta',
  privacyPolicy: 'Privaatsuspoliitika',
  privacyRights: 'Võite taotleda oma andmetega tutvumist, nende parandamist või kustutamist ning esitada kaebuse andmekaitseasutusele.',
  consentsTitle: 'Teie valikud',
  consentsNote: 'Need on vabatahtlikud: võite kandideerida neid märkimata.',

  draftNote: 'Sisestatu salvestatakse jooksvalt selles seadmes, et saaksite hiljem jätkata. Faile ei salvestata: lisage need tagasi tulles uuesti.',
  draftRestored: (date: string) => `Taastasime vastused, mille salvestasite selles seadmes ${date}.`,
  draftRestoredFiles: 'Lisage oma failid uuesti: neid mustandis ei säilitata.',
  discardDraft: 'Loobu mustandist',
  draftDiscarded: 'Mustand kustutati ja vorm tühjendati.',

  submit: 'Saada taotlus',
  sending: 'Teie taotlust saadetakse…',
  retrying: (seconds: number) =>
    plural('et', seconds, {
      one: `Proovime uuesti ${seconds} sekundi pärast…`,
      other: `Proovime uuesti ${seconds} sekundi pärast…`,
    }),
  keptNote: 'Midagi sisestatust ei läinud kaduma.',
  timeout: 'Server vastas liiga kaua. Teie taotlus ei pruukinud kohale jõuda.',
  offline: 'Teie taotlust ei õnnestunud saata: internetiühendus näib puuduvat.',
  serverError: 'Server ei saa teie taotlust praegu vastu võtta.',
  rateLimited: 'Praegu saadetakse liiga palju taotlusi.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('et', m, { one: `Võite uuesti proovida ${m} minuti pärast.`, other: `Võite uuesti proovida ${m} minuti pärast.` });
    }
    return plural('et', seconds, { one: `Võite uuesti proovida ${seconds} sekundi pärast.`, other: `Võite uuesti proovida ${seconds} sekundi pärast.` });
  },
  retry: 'Proovi uuesti',
  retrySafe: 'Uuesti proovimine ei saada teie taotlust kaks korda.',
  fieldsRejected: 'Korraldaja ei aktsepteerinud mõnda vastust. Parandage need ja saatke uuesti.',
  fatal: 'Teie taotlust ei õnnestunud saata.',
  fatalHelp: 'Kandideerige muul viisil:',
  tooFast: 'Teie taotlus peeti korraks kinni, sest see saadeti väga kiiresti (kaitse automaatse rämpsposti vastu). Saatmiseks vajutage uuesti „Saada taotlus“.',
  notOpen: 'Praegu ei saa taotlusi saata.',

  successTitle: 'Taotlus saadetud',
  successNext: (organiser: string) =>
    `${organiser} on teie taotluse kätte saanud ja võtab teiega järgmiste sammude osas ühendust. Jälgige oma postkasti, ka rämpsposti kausta.`,
  successNextGeneric: 'Korraldaja on teie taotluse kätte saanud ja võtab teiega järgmiste sammude osas ühendust.',
  reference: (ref: string) => `Teie viitenumber: ${ref}`,
  serverSays: 'Korraldaja sõnum:',

  honeypot: 'Jätke see väli tühjaks',
} satisfies ApplyMessages;
