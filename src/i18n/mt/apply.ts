/** Malti: it-testi tal-formola tal-applikazzjoni (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

/** Maltese nouns: singular after 1 and after 11 and above, plural after 2–10. */
const chars = (n: number) =>
  plural('mt', n, { one: `${n} karattru`, two: `${n} karattri`, few: `${n} karattri`, many: `${n}-il karattru`, other: `${n} karattru` });
const seconds = (n: number) =>
  plural('mt', n, { one: `${n} sekonda`, two: `${n} sekondi`, few: `${n} sekondi`, many: `${n}-il sekonda`, other: `${n} sekonda` });
const minutes = (n: number) =>
  plural('mt', n, { one: `${n} minuta`, two: `${n} minuti`, few: `${n} minuti`, many: `${n}-il minuta`, other: `${n} minuta` });

export const apply = {
  heading: 'Applika',
  loading: 'Il-formola tal-applikazzjoni qed titgħabba…',
  loadFailed: 'Il-formola tal-applikazzjoni ma setgħetx titgħabba. Erġa’ pprova aktar tard.',
  notFound: 'Din l-opportunità ma nstabitx.',

  opensOn: (date: string) => `L-applikazzjonijiet jiftħu fil-${date}.`,
  prepareNow: 'Tista’ diġà tipprepara l-applikazzjoni tiegħek: tinżamm fuq dan l-apparat sakemm jiftħu l-applikazzjonijiet.',
  deadline: (date: string) => `Applika sal-${date}.`,
  closed: 'L-applikazzjonijiet għalqu.',
  past: 'Din l-opportunità spiċċat.',
  cancelled: 'Din l-opportunità ġiet ikkanċellata.',
  applyOnSite: 'Applika fuq is-sit web tal-organizzatur',
  applyByEmail: (address: string) => `Applika bl-email lil ${address}`,
  opensNewWindow: '(tiftaħ f’tab ġdida)',

  optional: '(mhux obbligatorju)',
  choose: 'Agħżel…',
  charactersLeft: (n: number) => (n >= 0 ? `Fadal ${chars(n)}` : `${chars(-n)} iżjed milli suppost`),
  fileHint: (types: string, size: string) =>
    types && size ? `Aċċettati: ${types}. Sa ${size}.` : types ? `Aċċettati: ${types}.` : size ? `Sa ${size}.` : '',
  levels: {
    A1: 'A1 – Prinċipjant',
    A2: 'A2 – Elementari',
    B1: 'B1 – Intermedju',
    B2: 'B2 – Intermedju għoli',
    C1: 'C1 – Avvanzat',
    C2: 'C2 – Profiċjenti',
  },

  errors: {
    required: 'Imla din il-kaxxa.',
    requiredChoice: 'Agħżel għażla.',
    requiredCheckbox: 'Immarka din il-kaxxa biex tkompli.',
    requiredFile: 'Agħżel fajl.',
    tooShort: (min: number) => `Uża mill-inqas ${chars(min)}.`,
    tooLong: (max: number) => `Uża l-aktar ${chars(max)}.`,
    tooSmall: (min: string) => `Daħħal numru ta’ mill-inqas ${min}.`,
    tooBig: (max: string) => `Daħħal numru ta’ l-aktar ${max}.`,
    notNumber: 'Daħħal numru, pereżempju 12.',
    pattern: 'Uża l-format mitlub.',
    email: 'Daħħal indirizz tal-email, pereżempju isem@example.eu.',
    url: 'Daħħal indirizz web li jibda b’https://.',
    tel: 'Daħħal numru tat-telefon, pereżempju +356 2123 4567.',
    date: 'Daħħal data vera.',
    choice: 'Agħżel waħda mill-għażliet offruti.',
    fileType: (types: string) => `Dan it-tip ta’ fajl mhuwiex aċċettat. Agħżel fajl tat-tip: ${types}.`,
    fileTooBig: (size: string) => `Dan il-fajl huwa kbir wisq. Agħżel fajl sa ${size}.`,
  },
  errorPrefix: 'Żball: ',
  summaryTitle: (n: number) =>
    plural('mt', n, { one: 'Hemm problema', two: `Hemm ${n} problemi`, few: `Hemm ${n} problemi`, many: `Hemm ${n}-il problema`, other: `Hemm ${n} problema` }),
  summaryIntro: 'Ikkoreġi dan li ġej, imbagħad erġa’ ibgħat:',

  privacyTitle: 'Kif tintuża d-data tiegħek',
  controller: 'Min jirċievi d-data tiegħek',
  purpose: 'Għaliex',
  legalBasis: 'Bażi legali',
  retention: 'Kemm tinżamm',
  privacyContact: 'Mistoqsijiet dwar id-data tiegħek',
  privacyPolicy: 'Politika tal-privatezza',
  privacyRights: 'Tista’ titlob li tara, tikkoreġi jew tħassar id-data tiegħek, u tressaq ilment quddiem awtorità tal-protezzjoni tad-data.',
  consentsTitle: 'L-għażliet tiegħek',
  consentsNote: 'Dawn mhumiex obbligatorji: tista’ tapplika mingħajr ma timmarkahom.',

  draftNote: 'Dak li tikteb jiġi ssejvjat fuq dan l-apparat hekk kif tikteb, biex tkun tista’ terġa’ lura għalih. Il-fajls ma jiġux issejvjati: erġa’ waħħalhom meta terġa’ lura.',
  draftRestored: (date: string) => `Irrestawrajna t-tweġibiet li ssejvjajt fuq dan l-apparat fil-${date}.`,
  draftRestoredFiles: 'Erġa’ waħħal il-fajls tiegħek: ma jinżammux fl-abbozz.',
  discardDraft: 'Armi l-abbozz',
  draftDiscarded: 'L-abbozz ġie mormi u l-formola tbattlet.',

  submit: 'Ibgħat l-applikazzjoni',
  sending: 'L-applikazzjoni tiegħek qed tintbagħat…',
  retrying: (s: number) => `Nerġgħu nippruvaw fi ${seconds(s)}…`,
  keptNote: 'Xejn minn dak li ktibt ma ntilef.',
  timeout: 'Is-server dam wisq biex iwieġeb. L-applikazzjoni tiegħek forsi ma waslitx.',
  offline: 'L-applikazzjoni tiegħek ma setgħetx tintbagħat: jidher li m’hemmx konnessjoni mal-internet.',
  serverError: 'Is-server ma jistax jilqa’ l-applikazzjoni tiegħek bħalissa.',
  rateLimited: 'Bħalissa qed jintbagħtu wisq applikazzjonijiet.',
  tryAgainIn: (s: number) => (s >= 90 ? `Tista’ terġa’ tipprova fi ${minutes(Math.ceil(s / 60))}.` : `Tista’ terġa’ tipprova fi ${seconds(s)}.`),
  retry: 'Erġa’ pprova',
  retrySafe: 'Jekk terġa’ tipprova, l-applikazzjoni tiegħek ma tintbagħatx darbtejn.',
  fieldsRejected: 'L-organizzatur ma aċċettax xi tweġibiet. Ikkoreġihom u erġa’ ibgħat.',
  fatal: 'L-applikazzjoni tiegħek ma setgħetx tintbagħat.',
  fatalHelp: 'Jekk jogħġbok applika b’mod ieħor:',
  tooFast: 'L-applikazzjoni tiegħek inżammet darba għax intbagħtet malajr ħafna (protezzjoni kontra l-ispam awtomatiku). Erġa’ agħfas “Ibgħat l-applikazzjoni” biex tibgħatha.',
  notOpen: 'Bħalissa ma jistgħux jintbagħtu applikazzjonijiet.',

  successTitle: 'L-applikazzjoni ntbagħtet',
  successNext: (organiser: string) =>
    `${organiser} irċieva l-applikazzjoni tiegħek u se jikkuntattjak dwar il-passi li jmiss. Iċċekkja l-inbox tiegħek, inkluż il-folder tal-ispam.`,
  successNextGeneric: 'L-organizzatur irċieva l-applikazzjoni tiegħek u se jikkuntattjak dwar il-passi li jmiss.',
  reference: (ref: string) => `Ir-referenza tiegħek: ${ref}`,
  serverSays: 'Messaġġ mill-organizzatur:',

  honeypot: 'Ħalli din il-kaxxa vojta',
} satisfies ApplyMessages;
