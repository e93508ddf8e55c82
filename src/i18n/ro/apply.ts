/** Română: textele formularului de candidatură (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('ro', n, { one: `${n} caracter`, few: `${n} caractere`, other: `${n} de caractere` });
const seconds = (n: number) => plural('ro', n, { one: `${n} secundă`, few: `${n} secunde`, other: `${n} de secunde` });
const minutes = (n: number) => plural('ro', n, { one: `${n} minut`, few: `${n} minute`, other: `${n} de minute` });

export const apply = {
  heading: 'Candidează',
  loading: 'Se încarcă formularul de candidatură…',
  loadFailed: 'Formularul de candidatură nu a putut fi încărcat. Încercați din nou mai târziu.',
  notFound: 'Această oportunitate nu a fost găsită.',

  opensOn: (date: string) => `Candidaturile se deschid pe ${date}.`,
  prepareNow: 'Vă puteți pregăti deja candidatura: se păstrează pe acest dispozitiv până la deschiderea candidaturilor.',
  deadline: (date: string) => `Termen-limită: ${date}.`,
  closed: 'Perioada de candidatură s-a încheiat.',
  past: 'Această oportunitate s-a încheiat.',
  cancelled: 'Această oportunitate a fost anulată.',
  applyOnSite: 'Candidați pe site-ul organizatorului',
  applyByEmail: (address: string) => `Candidați prin e-mail la ${address}`,
  opensNewWindow: '(se deschide într-o filă nouă)',

  optional: '(opțional)',
  choose: 'Alegeți…',
  charactersLeft: (n: number) =>
    n >= 0 ? plural('ro', n, { one: `A mai rămas ${chars(n)}`, few: `Au mai rămas ${chars(n)}`, other: `Au mai rămas ${chars(n)}` }) : `${chars(-n)} în plus`,
  fileHint: (types: string, size: string) =>
    types && size ? `Formate acceptate: ${types}. Maximum ${size}.` : types ? `Formate acceptate: ${types}.` : size ? `Maximum ${size}.` : '',
  levels: {
    A1: 'A1 – Începător',
    A2: 'A2 – Elementar',
    B1: 'B1 – Intermediar',
    B2: 'B2 – Intermediar avansat',
    C1: 'C1 – Avansat',
    C2: 'C2 – Experimentat',
  },

  errors: {
    required: 'Completați acest câmp.',
    requiredChoice: 'Alegeți o opțiune.',
    requiredCheckbox: 'Bifați această casetă pentru a continua.',
    requiredFile: 'Alegeți un fișier.',
    tooShort: (min: number) => `Scrieți cel puțin ${chars(min)}.`,
    tooLong: (max: number) => `Scrieți cel mult ${chars(max)}.`,
    tooSmall: (min: string) => `Introduceți un număr de cel puțin ${min}.`,
    tooBig: (max: string) => `Introduceți un număr de cel mult ${max}.`,
    notNumber: 'Introduceți un număr, de exemplu 12.',
    pattern: 'Folosiți formatul cerut.',
    email: 'Introduceți o adresă de e-mail, de exemplu nume@example.eu.',
    url: 'Introduceți o adresă web care începe cu https://.',
    tel: 'Introduceți un număr de telefon, de exemplu +40 21 123 4567.',
    date: 'Introduceți o dată validă.',
    choice: 'Alegeți una dintre opțiunile oferite.',
    fileType: (types: string) => `Acest tip de fișier nu este acceptat. Alegeți un fișier de tipul: ${types}.`,
    fileTooBig: (size: string) => `Fișierul este prea mare. Alegeți un fișier de cel mult ${size}.`,
  },
  errorPrefix: 'Eroare: ',
  summaryTitle: (n: number) => plural('ro', n, { one: 'Există o problemă', few: `Există ${n} probleme`, other: `Există ${n} de probleme` }),
  summaryIntro: 'Corectați următoarele, apoi trimiteți din nou:',

  privacyTitle: 'Cum sunt folosite datele dumneavoastră',
  controller: 'Cine primește datele',
  purpose: 'În ce scop',
  legalBasis: 'Temei juridic',
  retention: 'Cât timp sunt păstrate',
  privacyContact: 'Întrebări despre datele dumneavoastră',
  privacyPolicy: 'Politica de confidențialitate',
  privacyRights: 'Puteți solicita accesul la date, rectificarea sau ștergerea lor și puteți depune o plângere la o autoritate de protecție a datelor.',
  consentsTitle: 'Opțiunile dumneavoastră',
  consentsNote: 'Sunt opționale: puteți candida fără să le bifați.',

  draftNote: 'Ceea ce scrieți se salvează pe parcurs pe acest dispozitiv, ca să puteți reveni. Fișierele nu se salvează: atașați-le din nou când reveniți.',
  draftRestored: (date: string) => `Am restaurat răspunsurile salvate pe acest dispozitiv pe ${date}.`,
  draftRestoredFiles: 'Atașați din nou fișierele: nu sunt păstrate în ciornă.',
  discardDraft: 'Renunțați la ciornă',
  draftDiscarded: 'Ciorna a fost ștearsă, iar formularul golit.',

  submit: 'Trimiteți candidatura',
  sending: 'Se trimite candidatura…',
  retrying: (s: number) => `O nouă încercare peste ${seconds(s)}…`,
  keptNote: 'Nu s-a pierdut nimic din ce ați scris.',
  timeout: 'Serverul a răspuns prea târziu. Este posibil ca candidatura dumneavoastră să nu fi ajuns.',
  offline: 'Candidatura nu a putut fi trimisă: se pare că nu există conexiune la internet.',
  serverError: 'Serverul nu poate primi candidatura acum.',
  rateLimited: 'În acest moment se trimit prea multe candidaturi.',
  tryAgainIn: (s: number) => (s >= 90 ? `Puteți încerca din nou peste ${minutes(Math.ceil(s / 60))}.` : `Puteți încerca din nou peste ${seconds(s)}.`),
  retry: 'Încercați din nou',
  retrySafe: 'O nouă încercare nu va trimite candidatura de două ori.',
  fieldsRejected: 'Organizatorul nu a acceptat unele răspunsuri. Corectați-le și trimiteți din nou.',
  fatal: 'Candidatura nu a putut fi trimisă.',
  fatalHelp: 'Vă rugăm să candidați în alt mod:',
  tooFast: 'Candidatura a fost reținută o dată, pentru că a fost trimisă foarte repede (o protecție împotriva spamului automat). Apăsați din nou „Trimiteți candidatura” pentru a o trimite.',
  notOpen: 'În acest moment nu se pot trimite candidaturi.',

  successTitle: 'Candidatură trimisă',
  successNext: (organiser: string) =>
    `${organiser} a primit candidatura dumneavoastră și vă va contacta cu privire la pașii următori. Urmăriți-vă căsuța de e-mail, inclusiv dosarul de spam.`,
  successNextGeneric: 'Organizatorul a primit candidatura dumneavoastră și vă va contacta cu privire la pașii următori.',
  reference: (ref: string) => `Numărul dumneavoastră de referință: ${ref}`,
  serverSays: 'Mesaj de la organizator:',

  honeypot: 'Lăsați acest câmp gol',
} satisfies ApplyMessages;
