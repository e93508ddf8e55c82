/** Čeština: texty přihlašovacího formuláře (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('cs', n, { one: `${n} znak`, few: `${n} znaky`, many: `${n} znaku`, other: `${n} znaků` });
const seconds = (n: number) => plural('cs', n, { one: `${n} sekundu`, few: `${n} sekundy`, many: `${n} sekundy`, other: `${n} sekund` });
const minutes = (n: number) => plural('cs', n, { one: `${n} minutu`, few: `${n} minuty`, many: `${n} minuty`, other: `${n} minut` });

export const apply = {
  heading: 'Přihlásit se',
  loading: 'Načítá se přihlašovací formulář…',
  loadFailed: 'Přihlašovací formulář se nepodařilo načíst. Zkuste to prosím později.',
  notFound: 'Tato nabídka nebyla nalezena.',

  opensOn: (date: string) => `Přihlášky bude možné podávat od ${date}.`,
  prepareNow: 'Přihlášku si už můžete připravit: zůstane uložená v tomto zařízení, dokud se přihlašování neotevře.',
  deadline: (date: string) => `Uzávěrka přihlášek: ${date}.`,
  closed: 'Přihlašování je uzavřeno.',
  past: 'Tato nabídka již skončila.',
  cancelled: 'Tato nabídka byla zrušena.',
  applyOnSite: 'Přihlásit se na webu pořadatele',
  applyByEmail: (address: string) => `Přihlásit se e-mailem na adrese ${address}`,
  opensNewWindow: '(otevře se na nové kartě)',

  optional: '(nepovinné)',
  choose: 'Vyberte…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('cs', n, { one: `Zbývá ${chars(n)}`, few: `Zbývají ${chars(n)}`, many: `Zbývá ${chars(n)}`, other: `Zbývá ${chars(n)}` })
      : `O ${chars(-n)} více, než je povoleno`,
  fileHint: (types: string, size: string) =>
    types && size ? `Povolené typy: ${types}. Nejvýše ${size}.` : types ? `Povolené typy: ${types}.` : size ? `Nejvýše ${size}.` : '',
  levels: {
    A1: 'A1 – Začátečník',
    A2: 'A2 – Mírně pokročilý',
    B1: 'B1 – Středně pokročilý',
    B2: 'B2 – Pokročilý',
    C1: 'C1 – Velmi pokročilý',
    C2: 'C2 – Vynikající',
  },

  errors: {
    required: 'Vyplňte toto pole.',
    requiredChoice: 'Vyberte jednu z možností.',
    requiredCheckbox: 'Chcete-li pokračovat, zaškrtněte toto pole.',
    requiredFile: 'Vyberte soubor.',
    tooShort: (min: number) => `Zadejte alespoň ${plural('cs', min, { one: `${min} znak`, few: `${min} znaky`, many: `${min} znaku`, other: `${min} znaků` })}.`,
    tooLong: (max: number) => `Zadejte nejvýše ${plural('cs', max, { one: `${max} znak`, few: `${max} znaky`, many: `${max} znaku`, other: `${max} znaků` })}.`,
    tooSmall: (min: string) => `Zadejte číslo, které je alespoň ${min}.`,
    tooBig: (max: string) => `Zadejte číslo, které je nejvýše ${max}.`,
    notNumber: 'Zadejte číslo, například 12.',
    pattern: 'Použijte požadovaný formát.',
    email: 'Zadejte e-mailovou adresu, například jmeno@example.eu.',
    url: 'Zadejte webovou adresu začínající https://.',
    tel: 'Zadejte telefonní číslo, například +420 212 345 678.',
    date: 'Zadejte platné datum.',
    choice: 'Vyberte jednu z nabízených možností.',
    fileType: (types: string) => `Tento typ souboru není povolen. Vyberte soubor typu: ${types}.`,
    fileTooBig: (size: string) => `Tento soubor je příliš velký. Vyberte soubor o velikosti nejvýše ${size}.`,
  },
  errorPrefix: 'Chyba: ',
  summaryTitle: (n: number) =>
    plural('cs', n, { one: 'Vyskytl se 1 problém', few: `Vyskytly se ${n} problémy`, many: `Vyskytlo se ${n} problému`, other: `Vyskytlo se ${n} problémů` }),
  summaryIntro: 'Opravte následující a odešlete znovu:',

  privacyTitle: 'Jak se s vašimi údaji nakládá',
  controller: 'Kdo vaše údaje obdrží',
  purpose: 'Účel',
  legalBasis: 'Právní základ',
  retention: 'Jak dlouho se uchovávají',
  privacyContact: 'Dotazy k vašim údajům',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  privacyRights: 'Můžete požádat o přístup ke svým údajům, jejich opravu nebo výmaz a podat stížnost u dozorového úřadu pro ochranu osobních údajů.',
  consentsTitle: 'Vaše volby',
  consentsNote: 'Jsou nepovinné: přihlásit se můžete i bez jejich zaškrtnutí.',

  draftNote: 'To, co píšete, se průběžně ukládá v tomto zařízení, abyste se k tomu mohli vrátit. Soubory se neukládají: po návratu je přiložte znovu.',
  draftRestored: (date: string) => `Obnovili jsme odpovědi, které jste v tomto zařízení uložili ${date}.`,
  draftRestoredFiles: 'Přiložte znovu své soubory: v konceptu se neuchovávají.',
  discardDraft: 'Zahodit koncept',
  draftDiscarded: 'Koncept byl zahozen a formulář vyprázdněn.',

  submit: 'Odeslat přihlášku',
  sending: 'Přihláška se odesílá…',
  retrying: (s: number) => `Další pokus za ${seconds(s)}…`,
  keptNote: 'Nic z toho, co jste napsali, se neztratilo.',
  timeout: 'Server odpovídal příliš dlouho. Vaše přihláška možná nedorazila.',
  offline: 'Přihlášku se nepodařilo odeslat: zřejmě nejste připojeni k internetu.',
  serverError: 'Server teď nemůže vaši přihlášku přijmout.',
  rateLimited: 'Právě se odesílá příliš mnoho přihlášek.',
  tryAgainIn: (s: number) => (s >= 90 ? `Můžete to zkusit znovu za ${minutes(Math.ceil(s / 60))}.` : `Můžete to zkusit znovu za ${seconds(s)}.`),
  retry: 'Zkusit znovu',
  retrySafe: 'Opakovaný pokus neodešle přihlášku dvakrát.',
  fieldsRejected: 'Pořadatel nepřijal některé odpovědi. Opravte je a odešlete znovu.',
  fatal: 'Přihlášku se nepodařilo odeslat.',
  fatalHelp: 'Přihlaste se prosím jinak:',
  tooFast: 'Přihláška byla jednou zadržena, protože byla odeslána velmi rychle (ochrana proti automatickému spamu). Pro odeslání znovu klikněte na „Odeslat přihlášku“.',
  notOpen: 'Přihlášky teď nelze odesílat.',

  successTitle: 'Přihláška odeslána',
  successNext: (organiser: string) =>
    `${organiser} vaši přihlášku obdržel(a) a ozve se vám ohledně dalších kroků. Sledujte svou schránku včetně složky nevyžádané pošty.`,
  successNextGeneric: 'Pořadatel vaši přihlášku obdržel a ozve se vám ohledně dalších kroků.',
  reference: (ref: string) => `Vaše číslo přihlášky: ${ref}`,
  serverSays: 'Zpráva od pořadatele:',

  honeypot: 'Toto pole nechte prázdné',
} satisfies ApplyMessages;
