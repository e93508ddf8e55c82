/** Polski: teksty formularza zgłoszeniowego (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

const chars = (n: number) => plural('pl', n, { one: `${n} znak`, few: `${n} znaki`, many: `${n} znaków`, other: `${n} znaku` });
const seconds = (n: number) => plural('pl', n, { one: `${n} sekundę`, few: `${n} sekundy`, many: `${n} sekund`, other: `${n} sekundy` });
const minutes = (n: number) => plural('pl', n, { one: `${n} minutę`, few: `${n} minuty`, many: `${n} minut`, other: `${n} minuty` });

export const apply = {
  heading: 'Zgłoś się',
  loading: 'Wczytywanie formularza zgłoszeniowego…',
  loadFailed: 'Nie udało się wczytać formularza zgłoszeniowego. Spróbuj ponownie później.',
  notFound: 'Nie znaleziono tej oferty.',

  opensOn: (date: string) => `Nabór zgłoszeń rozpocznie się ${date}.`,
  prepareNow: 'Możesz już przygotować zgłoszenie: zostanie zachowane na tym urządzeniu do rozpoczęcia naboru.',
  deadline: (date: string) => `Termin zgłoszeń: ${date}.`,
  closed: 'Nabór zgłoszeń został zakończony.',
  past: 'Ta oferta już się zakończyła.',
  cancelled: 'Ta oferta została odwołana.',
  applyOnSite: 'Zgłoś się na stronie organizatora',
  applyByEmail: (address: string) => `Zgłoś się e-mailem na adres ${address}`,
  opensNewWindow: '(otwiera się w nowej karcie)',

  optional: '(opcjonalnie)',
  choose: 'Wybierz…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('pl', n, { one: `Pozostał ${chars(n)}`, few: `Pozostały ${chars(n)}`, many: `Pozostało ${chars(n)}`, other: `Pozostało ${chars(n)}` })
      : `O ${chars(-n)} za dużo`,
  fileHint: (types: string, size: string) =>
    types && size ? `Dozwolone: ${types}. Maksymalnie ${size}.` : types ? `Dozwolone: ${types}.` : size ? `Maksymalnie ${size}.` : '',
  levels: {
    A1: 'A1 – Początkujący',
    A2: 'A2 – Podstawowy',
    B1: 'B1 – Średnio zaawansowany',
    B2: 'B2 – Wyższy średnio zaawansowany',
    C1: 'C1 – Zaawansowany',
    C2: 'C2 – Biegły',
  },

  errors: {
    required: 'Wypełnij to pole.',
    requiredChoice: 'Wybierz jedną z opcji.',
    requiredCheckbox: 'Zaznacz to pole, aby kontynuować.',
    requiredFile: 'Wybierz plik.',
    tooShort: (min: number) => `Wpisz co najmniej ${plural('pl', min, { one: `${min} znak`, few: `${min} znaki`, many: `${min} znaków`, other: `${min} znaku` })}.`,
    tooLong: (max: number) => `Wpisz najwyżej ${plural('pl', max, { one: `${max} znak`, few: `${max} znaki`, many: `${max} znaków`, other: `${max} znaku` })}.`,
    tooSmall: (min: string) => `Wpisz liczbę nie mniejszą niż ${min}.`,
    tooBig: (max: string) => `Wpisz liczbę nie większą niż ${max}.`,
    notNumber: 'Wpisz liczbę, np. 12.',
    pattern: 'Użyj wymaganego formatu.',
    email: 'Wpisz adres e-mail, np. imie@example.eu.',
    url: 'Wpisz adres strony zaczynający się od https://.',
    tel: 'Wpisz numer telefonu, np. +48 22 123 45 67.',
    date: 'Wpisz prawidłową datę.',
    choice: 'Wybierz jedną z podanych opcji.',
    fileType: (types: string) => `Ten typ pliku nie jest akceptowany. Wybierz plik typu: ${types}.`,
    fileTooBig: (size: string) => `Ten plik jest za duży. Wybierz plik o rozmiarze do ${size}.`,
  },
  errorPrefix: 'Błąd: ',
  summaryTitle: (n: number) =>
    plural('pl', n, { one: 'Wystąpił 1 problem', few: `Wystąpiły ${n} problemy`, many: `Wystąpiło ${n} problemów`, other: `Wystąpiło ${n} problemu` }),
  summaryIntro: 'Popraw poniższe elementy i wyślij ponownie:',

  privacyTitle: 'Jak wykorzystujemy Twoje dane',
  controller: 'Kto otrzymuje Twoje dane',
  purpose: 'W jakim celu',
  legalBasis: 'Podstawa prawna',
  retention: 'Jak długo są przechowywane',
  privacyContact: 'Pytania dotyczące Twoich danych',
  privacyPolicy: 'Polityka prywatności',
  privacyRights: 'Możesz zażądać dostępu do swoich danych, ich sprostowania lub usunięcia oraz wnieść skargę do organu ochrony danych.',
  consentsTitle: 'Twoje wybory',
  consentsNote: 'Są dobrowolne: możesz się zgłosić bez ich zaznaczania.',

  draftNote: 'To, co wpisujesz, jest na bieżąco zapisywane na tym urządzeniu, abyś mógł(-a) wrócić do formularza później. Pliki nie są zapisywane: po powrocie dołącz je ponownie.',
  draftRestored: (date: string) => `Przywróciliśmy odpowiedzi zapisane na tym urządzeniu ${date}.`,
  draftRestoredFiles: 'Dołącz ponownie swoje pliki: nie są przechowywane w wersji roboczej.',
  discardDraft: 'Odrzuć wersję roboczą',
  draftDiscarded: 'Wersja robocza została odrzucona, a formularz wyczyszczony.',

  submit: 'Wyślij zgłoszenie',
  sending: 'Wysyłanie zgłoszenia…',
  retrying: (s: number) => `Ponowna próba za ${seconds(s)}…`,
  keptNote: 'Nic z tego, co wpisano, nie zostało utracone.',
  timeout: 'Serwer zbyt długo nie odpowiadał. Twoje zgłoszenie mogło nie dotrzeć.',
  offline: 'Nie udało się wysłać zgłoszenia: wygląda na to, że nie ma połączenia z internetem.',
  serverError: 'Serwer nie może teraz przyjąć Twojego zgłoszenia.',
  rateLimited: 'W tej chwili wysyłanych jest zbyt wiele zgłoszeń.',
  tryAgainIn: (s: number) => (s >= 90 ? `Możesz spróbować ponownie za ${minutes(Math.ceil(s / 60))}.` : `Możesz spróbować ponownie za ${seconds(s)}.`),
  retry: 'Spróbuj ponownie',
  retrySafe: 'Ponowna próba nie wyśle zgłoszenia dwa razy.',
  fieldsRejected: 'Organizator nie przyjął niektórych odpowiedzi. Popraw je i wyślij ponownie.',
  fatal: 'Nie udało się wysłać zgłoszenia.',
  fatalHelp: 'Zgłoś się w inny sposób:',
  tooFast: 'Zgłoszenie zostało raz wstrzymane, bo wysłano je bardzo szybko (ochrona przed automatycznym spamem). Aby je wysłać, ponownie kliknij „Wyślij zgłoszenie”.',
  notOpen: 'W tej chwili nie można wysyłać zgłoszeń.',

  successTitle: 'Zgłoszenie wysłane',
  successNext: (organiser: string) =>
    `${organiser} otrzymał(a) Twoje zgłoszenie i skontaktuje się z Tobą w sprawie kolejnych kroków. Sprawdzaj skrzynkę odbiorczą, także folder ze spamem.`,
  successNextGeneric: 'Organizator otrzymał Twoje zgłoszenie i skontaktuje się z Tobą w sprawie kolejnych kroków.',
  reference: (ref: string) => `Twój numer referencyjny: ${ref}`,
  serverSays: 'Wiadomość od organizatora:',

  honeypot: 'Pozostaw to pole puste',
} satisfies ApplyMessages;
