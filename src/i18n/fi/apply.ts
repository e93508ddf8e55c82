/** Suomi: hakulomakkeen (`<opp-apply>`) käyttöliittymätekstit. */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Hae',
  loading: 'Hakulomaketta ladataan…',
  loadFailed: 'Hakulomaketta ei voitu ladata. Yritä myöhemmin uudelleen.',
  notFound: 'Tätä tarjousta ei löytynyt.',

  opensOn: (date: string) => `Haku alkaa ${date}.`,
  prepareNow: 'Voit jo valmistella hakemuksesi: se säilyy tällä laitteella, kunnes haku alkaa.',
  deadline: (date: string) => `Hakuaika päättyy ${date}.`,
  closed: 'Haku on päättynyt.',
  past: 'Tämä tarjous on jo päättynyt.',
  cancelled: 'Tämä tarjous on peruttu.',
  applyOnSite: 'Hae järjestäjän verkkosivustolla',
  applyByEmail: (address: string) => `Hae sähköpostitse osoitteeseen ${address}`,
  opensNewWindow: '(avautuu uuteen välilehteen)',

  optional: '(valinnainen)',
  choose: 'Valitse…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('fi', n, { one: `${n} merkki jäljellä`, other: `${n} merkkiä jäljellä` })
      : plural('fi', -n, { one: `${-n} merkki liikaa`, other: `${-n} merkkiä liikaa` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Sallitut tiedostot: ${types}. Enintään ${size}.` : types ? `Sallitut tiedostot: ${types}.` : size ? `Enintään ${size}.` : '',
  levels: {
    A1: 'A1 – Alkeistaso',
    A2: 'A2 – Perustaso',
    B1: 'B1 – Keskitaso',
    B2: 'B2 – Itsenäinen kielenkäyttäjä',
    C1: 'C1 – Edistynyt',
    C2: 'C2 – Taitava',
  },

  errors: {
    required: 'Täytä tämä kenttä.',
    requiredChoice: 'Valitse vaihtoehto.',
    requiredCheckbox: 'Jatka valitsemalla tämä ruutu.',
    requiredFile: 'Valitse tiedosto.',
    tooShort: (min: number) => plural('fi', min, { one: `Kirjoita vähintään ${min} merkki.`, other: `Kirjoita vähintään ${min} merkkiä.` }),
    tooLong: (max: number) => plural('fi', max, { one: `Kirjoita enintään ${max} merkki.`, other: `Kirjoita enintään ${max} merkkiä.` }),
    tooSmall: (min: string) => `Anna luku, joka on vähintään ${min}.`,
    tooBig: (max: string) => `Anna luku, joka on enintään ${max}.`,
    notNumber: 'Anna luku, esimerkiksi 12.',
    pattern: 'Käytä pyydettyä muotoa.',
    email: 'Anna sähköpostiosoite, esimerkiksi nimi@example.eu.',
    url: 'Anna verkko-osoite, joka alkaa https://.',
    tel: 'Anna puhelinnumero, esimerkiksi +358 9 123 4567.',
    date: 'Anna oikea päivämäärä.',
    choice: 'Valitse jokin annetuista vaihtoehdoista.',
    fileType: (types: string) => `Tätä tiedostotyyppiä ei hyväksytä. Valitse tiedosto, jonka tyyppi on: ${types}.`,
    fileTooBig: (size: string) => `Tiedosto on liian suuri. Valitse enintään ${size}:n tiedosto.`,
  },
  errorPrefix: 'Virhe: ',
  summaryTitle: (n: number) => plural('fi', n, { one: 'Lomakkeessa on ongelma', other: `Lomakkeessa on ${n} ongelmaa` }),
  summaryIntro: 'Korjaa seuraavat kohdat ja lähetä uudelleen:',

  privacyTitle: 'Miten tietojasi käytetään',
  controller: 'Kuka saa tietosi',
  purpose: 'Mihin tarkoitukseen',
  legalBasis: 'Oikeusperuste',
  retention: 'Kuinka kauan niitä säilytetään',
  privacyContact: 'Kysymykset tiedoistasi',
  privacyPolicy: 'Tietosuojaseloste',
  privacyRights: 'Voit pyytää saada nähdä, korjata tai poistaa tietosi ja tehdä valituksen tietosuojaviranomaiselle.',
  consentsTitle: 'Valintasi',
  consentsNote: 'Nämä ovat vapaaehtoisia: voit hakea valitsematta niitä.',

  draftNote: 'Kirjoittamasi teksti tallennetaan tälle laitteelle sitä mukaa, kun kirjoitat, joten voit palata siihen myöhemmin. Tiedostoja ei tallenneta: liitä ne uudelleen, kun palaat.',
  draftRestored: (date: string) => `Palautimme vastaukset, jotka tallensit tälle laitteelle ${date}.`,
  draftRestoredFiles: 'Liitä tiedostosi uudelleen: niitä ei säilytetä luonnoksessa.',
  discardDraft: 'Hylkää luonnos',
  draftDiscarded: 'Luonnos hylättiin ja lomake tyhjennettiin.',

  submit: 'Lähetä hakemus',
  sending: 'Hakemustasi lähetetään…',
  retrying: (seconds: number) =>
    plural('fi', seconds, {
      one: `Yritetään uudelleen ${seconds} sekunnin kuluttua…`,
      other: `Yritetään uudelleen ${seconds} sekunnin kuluttua…`,
    }),
  keptNote: 'Mitään kirjoittamaasi ei ole kadonnut.',
  timeout: 'Palvelin vastasi liian hitaasti. Hakemuksesi ei ehkä tullut perille.',
  offline: 'Hakemustasi ei voitu lähettää: internetyhteyttä ei näytä olevan.',
  serverError: 'Palvelin ei voi ottaa hakemustasi vastaan juuri nyt.',
  rateLimited: 'Hakemuksia lähetetään juuri nyt liian paljon.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('fi', m, { one: `Voit yrittää uudelleen ${m} minuutin kuluttua.`, other: `Voit yrittää uudelleen ${m} minuutin kuluttua.` });
    }
    return plural('fi', seconds, { one: `Voit yrittää uudelleen ${seconds} sekunnin kuluttua.`, other: `Voit yrittää uudelleen ${seconds} sekunnin kuluttua.` });
  },
  retry: 'Yritä uudelleen',
  retrySafe: 'Uusi yritys ei lähetä hakemustasi kahteen kertaan.',
  fieldsRejected: 'Järjestäjä ei hyväksynyt kaikkia vastauksia. Korjaa ne ja lähetä uudelleen.',
  fatal: 'Hakemustasi ei voitu lähettää.',
  fatalHelp: 'Hae jollakin muulla tavalla:',
  tooFast: 'Hakemuksesi pidätettiin kerran, koska se lähetettiin hyvin nopeasti (suoja automaattista roskapostia vastaan). Lähetä se painamalla uudelleen ”Lähetä hakemus”.',
  notOpen: 'Hakemuksia ei voi lähettää juuri nyt.',

  successTitle: 'Hakemus lähetetty',
  successNext: (organiser: string) =>
    `${organiser} on vastaanottanut hakemuksesi ja ottaa sinuun yhteyttä jatkovaiheista. Seuraa sähköpostiasi, myös roskapostikansiota.`,
  successNextGeneric: 'Järjestäjä on vastaanottanut hakemuksesi ja ottaa sinuun yhteyttä jatkovaiheista.',
  reference: (ref: string) => `Viitteesi: ${ref}`,
  serverSays: 'Järjestäjän viesti:',

  honeypot: 'Jätä tämä kenttä tyhjäksi',
} satisfies ApplyMessages;
