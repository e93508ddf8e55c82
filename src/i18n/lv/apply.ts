/** Latviešu: pieteikuma veidlapas (`<opp-apply>`) teksti. */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('lv', n, { one: `${n} rakstzīme`, zero: `${n} rakstzīmes`, other: `${n} rakstzīmes` });
const seconds = (n: number) => plural('lv', n, { one: `${n} sekundes`, zero: `${n} sekundēm`, other: `${n} sekundēm` });
const minutes = (n: number) => plural('lv', n, { one: `${n} minūtes`, zero: `${n} minūtēm`, other: `${n} minūtēm` });

export const apply = {
  heading: 'Pieteikties',
  loading: 'Ielādē pieteikuma veidlapu…',
  loadFailed: 'Pieteikuma veidlapu neizdevās ielādēt. Lūdzu, mēģiniet vēlāk vēlreiz.',
  notFound: 'Šī iespēja netika atrasta.',

  opensOn: (date: string) => `Pieteikšanās sāksies ${date}.`,
  prepareNow: 'Pieteikumu varat sagatavot jau tagad: tas tiks glabāts šajā ierīcē, līdz sāksies pieteikšanās.',
  deadline: (date: string) => `Pieteikšanās termiņš: ${date}.`,
  closed: 'Pieteikšanās ir beigusies.',
  past: 'Šī iespēja jau ir beigusies.',
  cancelled: 'Šī iespēja ir atcelta.',
  applyOnSite: 'Pieteikties organizatora tīmekļvietnē',
  applyByEmail: (address: string) => `Pieteikties pa e-pastu: ${address}`,
  opensNewWindow: '(atveras jaunā cilnē)',

  optional: '(neobligāti)',
  choose: 'Izvēlieties…',
  charactersLeft: (n: number) =>
    n >= 0 ? plural('lv', n, { one: `Atlikusi ${chars(n)}`, zero: `Atlikušas ${chars(n)}`, other: `Atlikušas ${chars(n)}` }) : `Par ${chars(-n)} par daudz`,
  fileHint: (types: string, size: string) =>
    types && size ? `Atļauts: ${types}. Ne vairāk kā ${size}.` : types ? `Atļauts: ${types}.` : size ? `Ne vairāk kā ${size}.` : '',
  levels: {
    A1: 'A1 – Iesācējs',
    A2: 'A2 – Pamatlīmenis',
    B1: 'B1 – Vidējais līmenis',
    B2: 'B2 – Augstākais vidējais līmenis',
    C1: 'C1 – Augstais līmenis',
    C2: 'C2 – Izcils līmenis',
  },

  errors: {
    required: 'Aizpildiet šo lauku.',
    requiredChoice: 'Izvēlieties kādu no iespējām.',
    requiredCheckbox: 'Lai turpinātu, atzīmējiet šo izvēles rūtiņu.',
    requiredFile: 'Izvēlieties failu.',
    tooShort: (min: number) => `Ievadiet vismaz ${chars(min)}.`,
    tooLong: (max: number) => `Ievadiet ne vairāk kā ${chars(max)}.`,
    tooSmall: (min: string) => `Ievadiet skaitli, kas nav mazāks par ${min}.`,
    tooBig: (max: string) => `Ievadiet skaitli, kas nav lielāks par ${max}.`,
    notNumber: 'Ievadiet skaitli, piemēram, 12.',
    pattern: 'Izmantojiet prasīto formātu.',
    email: 'Ievadiet e-pasta adresi, piemēram, vards@example.eu.',
    url: 'Ievadiet tīmekļa adresi, kas sākas ar https://.',
    tel: 'Ievadiet tālruņa numuru, piemēram, +371 67 123 456.',
    date: 'Ievadiet derīgu datumu.',
    choice: 'Izvēlieties kādu no piedāvātajām iespējām.',
    fileType: (types: string) => `Šāds faila tips netiek pieņemts. Izvēlieties šāda tipa failu: ${types}.`,
    fileTooBig: (size: string) => `Fails ir pārāk liels. Izvēlieties failu, kas nepārsniedz ${size}.`,
  },
  errorPrefix: 'Kļūda: ',
  summaryTitle: (n: number) => plural('lv', n, { one: `Ir ${n} problēma`, zero: `Ir ${n} problēmas`, other: `Ir ${n} problēmas` }),
  summaryIntro: 'Izlabojiet turpmāk norādīto un nosūtiet vēlreiz:',

  privacyTitle: 'Kā tiek izmantoti jūsu dati',
  controller: 'Kas saņem jūsu datus',
  purpose: 'Kādam nolūkam',
  legalBasis: 'Juridiskais pamats',
  retention: 'Cik ilgi tos glabā',
  privacyContact: 'Jautājumi par jūsu datiem',
  privacyPolicy: 'Privātuma politika',
  privacyRights: 'Varat pieprasīt piekļuvi saviem datiem, to labošanu vai dzēšanu un iesniegt sūdzību datu aizsardzības uzraudzības iestādē.',
  consentsTitle: 'Jūsu izvēles',
  consentsNote: 'Tās nav obligātas: varat pieteikties, tās neatzīmējot.',

  draftNote: 'Tas, ko rakstāt, tiek pastāvīgi saglabāts šajā ierīcē, lai jūs varētu pie tā atgriezties. Faili netiek saglabāti: atgriežoties pievienojiet tos vēlreiz.',
  draftRestored: (date: string) => `Mēs atjaunojām atbildes, ko saglabājāt šajā ierīcē ${date}.`,
  draftRestoredFiles: 'Pievienojiet failus vēlreiz: melnrakstā tie netiek glabāti.',
  discardDraft: 'Atmest melnrakstu',
  draftDiscarded: 'Melnraksts atmests, veidlapa notīrīta.',

  submit: 'Nosūtīt pieteikumu',
  sending: 'Jūsu pieteikums tiek nosūtīts…',
  retrying: (s: number) => `Atkārtots mēģinājums pēc ${seconds(s)}…`,
  keptNote: 'Nekas no ievadītā nav pazudis.',
  timeout: 'Serveris atbildēja pārāk ilgi. Iespējams, jūsu pieteikums nav saņemts.',
  offline: 'Pieteikumu neizdevās nosūtīt: šķiet, ka nav interneta savienojuma.',
  serverError: 'Serveris pašlaik nevar pieņemt jūsu pieteikumu.',
  rateLimited: 'Pašlaik tiek sūtīts pārāk daudz pieteikumu.',
  tryAgainIn: (s: number) => (s >= 90 ? `Mēģināt vēlreiz varēsiet pēc ${minutes(Math.ceil(s / 60))}.` : `Mēģināt vēlreiz varēsiet pēc ${seconds(s)}.`),
  retry: 'Mēģināt vēlreiz',
  retrySafe: 'Atkārtots mēģinājums nenosūtīs jūsu pieteikumu divreiz.',
  fieldsRejected: 'Organizators nepieņēma dažas atbildes. Izlabojiet tās un nosūtiet vēlreiz.',
  fatal: 'Pieteikumu neizdevās nosūtīt.',
  fatalHelp: 'Lūdzu, piesakieties citā veidā:',
  tooFast: 'Jūsu pieteikums vienreiz tika aizturēts, jo tas tika nosūtīts ļoti ātri (aizsardzība pret automātisku surogātpastu). Lai to nosūtītu, vēlreiz noklikšķiniet uz “Nosūtīt pieteikumu”.',
  notOpen: 'Pašlaik pieteikumus nosūtīt nevar.',

  successTitle: 'Pieteikums nosūtīts',
  successNext: (organiser: string) =>
    `${organiser} ir saņēmis jūsu pieteikumu un sazināsies ar jums par turpmākajiem soļiem. Sekojiet līdzi savai pastkastei, arī surogātpasta mapei.`,
  successNextGeneric: 'Organizators ir saņēmis jūsu pieteikumu un sazināsies ar jums par turpmākajiem soļiem.',
  reference: (ref: string) => `Jūsu atsauces numurs: ${ref}`,
  serverSays: 'Organizatora ziņa:',

  honeypot: 'Atstājiet šo lauku tukšu',
} satisfies ApplyMessages;
