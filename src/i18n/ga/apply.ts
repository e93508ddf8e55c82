/** Gaeilge: téacsanna na foirme iarratais (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

/** After numerals: lenition for 1–6, eclipsis for 7–10, the radical form from 11 on (with digits, as written). */
const chars = (n: number) =>
  plural('ga', n, { one: `${n} charachtar`, two: `${n} charachtar`, few: `${n} charachtar`, many: `${n} gcarachtar`, other: `${n} carachtar` });
const seconds = (n: number) =>
  plural('ga', n, { one: `${n} soicind`, two: `${n} shoicind`, few: `${n} shoicind`, many: `${n} soicind`, other: `${n} soicind` });
const minutes = (n: number) => `${n} nóiméad`;

export const apply = {
  heading: 'Déan iarratas',
  loading: 'Foirm iarratais á luchtú…',
  loadFailed: 'Níorbh fhéidir an fhoirm iarratais a luchtú. Bain triail eile as ar ball.',
  notFound: 'Níor aimsíodh an deis seo.',

  opensOn: (date: string) => `Osclófar iarratais ar ${date}.`,
  prepareNow: 'Is féidir leat d’iarratas a ullmhú cheana féin: coinneofar ar an ngléas seo é go dtí go n-osclófar iarratais.',
  deadline: (date: string) => `Spriocdháta iarratais: ${date}.`,
  closed: 'Tá iarratais dúnta.',
  past: 'Tá an deis seo thart.',
  cancelled: 'Cuireadh an deis seo ar ceal.',
  applyOnSite: 'Déan iarratas ar shuíomh gréasáin an eagraí',
  applyByEmail: (address: string) => `Déan iarratas trí ríomhphost chuig ${address}`,
  opensNewWindow: '(osclaítear i gcluaisín nua é)',

  optional: '(roghnach)',
  choose: 'Roghnaigh…',
  charactersLeft: (n: number) => (n >= 0 ? `${chars(n)} fágtha` : `${chars(-n)} thar an teorainn`),
  fileHint: (types: string, size: string) =>
    types && size ? `Ceadaithe: ${types}. Suas le ${size}.` : types ? `Ceadaithe: ${types}.` : size ? `Suas le ${size}.` : '',
  levels: {
    A1: 'A1 – Tosaitheoir',
    A2: 'A2 – Bunleibhéal',
    B1: 'B1 – Meánleibhéal',
    B2: 'B2 – Ardmheánleibhéal',
    C1: 'C1 – Ardleibhéal',
    C2: 'C2 – Máistreacht',
  },

  errors: {
    required: 'Líon isteach an réimse seo.',
    requiredChoice: 'Roghnaigh rogha.',
    requiredCheckbox: 'Cuir tic sa bhosca seo chun leanúint ar aghaidh.',
    requiredFile: 'Roghnaigh comhad.',
    tooShort: (min: number) => `Úsáid ${chars(min)} ar a laghad.`,
    tooLong: (max: number) => `Úsáid ${chars(max)} ar a mhéad.`,
    tooSmall: (min: string) => `Cuir isteach uimhir nach lú ná ${min}.`,
    tooBig: (max: string) => `Cuir isteach uimhir nach mó ná ${max}.`,
    notNumber: 'Cuir isteach uimhir, mar shampla 12.',
    pattern: 'Úsáid an fhormáid a iarradh.',
    email: 'Cuir isteach seoladh ríomhphoist, mar shampla ainm@example.eu.',
    url: 'Cuir isteach seoladh gréasáin a thosaíonn le https://.',
    tel: 'Cuir isteach uimhir theileafóin, mar shampla +353 1 234 5678.',
    date: 'Cuir isteach dáta bailí.',
    choice: 'Roghnaigh ceann de na roghanna atá ar fáil.',
    fileType: (types: string) => `Ní ghlactar leis an gcineál comhaid seo. Roghnaigh comhad den chineál: ${types}.`,
    fileTooBig: (size: string) => `Tá an comhad seo rómhór. Roghnaigh comhad suas le ${size}.`,
  },
  errorPrefix: 'Earráid: ',
  summaryTitle: (n: number) =>
    plural('ga', n, {
      one: 'Tá fadhb amháin ann',
      two: `Tá ${n} fhadhb ann`,
      few: `Tá ${n} fhadhb ann`,
      many: `Tá ${n} bhfadhb ann`,
      other: `Tá ${n} fadhb ann`,
    }),
  summaryIntro: 'Ceartaigh an méid seo a leanas, ansin seol arís:',

  privacyTitle: 'Conas a úsáidtear do shonraí',
  controller: 'Cé a fhaigheann do shonraí',
  purpose: 'Cén fáth',
  legalBasis: 'Bunús dlí',
  retention: 'Cá fhad a choinnítear iad',
  privacyContact: 'Ceisteanna faoi do shonraí',
  privacyPolicy: 'Beartas príobháideachais',
  privacyRights: 'Is féidir leat iarraidh do shonraí a fheiceáil, a cheartú nó a scriosadh, agus gearán a dhéanamh le húdarás cosanta sonraí.',
  consentsTitle: 'Do roghanna',
  consentsNote: 'Tá siad seo roghnach: is féidir leat iarratas a dhéanamh gan tic a chur iontu.',

  draftNote: 'Sábháiltear a bhfuil á chlóscríobh agat ar an ngléas seo de réir mar a théann tú, ionas gur féidir leat filleadh air. Ní shábháiltear comhaid: ceangail arís iad nuair a fhillfidh tú.',
  draftRestored: (date: string) => `D’athchóiríomar na freagraí a shábháil tú ar an ngléas seo ar ${date}.`,
  draftRestoredFiles: 'Ceangail do chomhaid arís: ní choinnítear iad sa dréacht.',
  discardDraft: 'Caith an dréacht i leataobh',
  draftDiscarded: 'Caitheadh an dréacht i leataobh agus folmhaíodh an fhoirm.',

  submit: 'Seol an t-iarratas',
  sending: 'D’iarratas á sheoladh…',
  retrying: (s: number) => `Triail eile i gceann ${seconds(s)}…`,
  keptNote: 'Níor cailleadh aon rud a scríobh tú.',
  timeout: 'Thóg an freastalaí rófhada freagra a thabhairt. B’fhéidir nár shroich d’iarratas é.',
  offline: 'Níorbh fhéidir d’iarratas a sheoladh: is cosúil nach bhfuil nasc idirlín ann.',
  serverError: 'Ní féidir leis an bhfreastalaí glacadh le d’iarratas faoi láthair.',
  rateLimited: 'Tá an iomarca iarratas á seoladh faoi láthair.',
  tryAgainIn: (s: number) => (s >= 90 ? `Is féidir leat triail eile a bhaint as i gceann ${minutes(Math.ceil(s / 60))}.` : `Is féidir leat triail eile a bhaint as i gceann ${seconds(s)}.`),
  retry: 'Bain triail eile as',
  retrySafe: 'Ní sheolfar d’iarratas faoi dhó má bhaineann tú triail eile as.',
  fieldsRejected: 'Níor ghlac an t-eagraí le roinnt freagraí. Ceartaigh iad agus seol arís.',
  fatal: 'Níorbh fhéidir d’iarratas a sheoladh.',
  fatalHelp: 'Déan iarratas ar bhealach eile, le do thoil:',
  tooFast: 'Coinníodh siar d’iarratas uair amháin mar gur seoladh go han-tapa é (cosaint ar thurscar uathoibríoch). Brúigh “Seol an t-iarratas” arís chun é a sheoladh.',
  notOpen: 'Ní féidir iarratais a sheoladh faoi láthair.',

  successTitle: 'Seoladh an t-iarratas',
  successNext: (organiser: string) =>
    `Fuair ${organiser} d’iarratas agus déanfar teagmháil leat faoi na chéad chéimeanna eile. Coinnigh súil ar do bhosca isteach, an fillteán turscair san áireamh.`,
  successNextGeneric: 'Fuair an t-eagraí d’iarratas agus déanfar teagmháil leat faoi na chéad chéimeanna eile.',
  reference: (ref: string) => `Do thagairt: ${ref}`,
  serverSays: 'Teachtaireacht ón eagraí:',

  honeypot: 'Fág an réimse seo folamh',
} satisfies ApplyMessages;
