/**
 * Content tables for the demo feeds: organisations, topics and the phrases that titles, summaries and forms are built
 * from. Every organisation, person and web address here is fictional; cities, countries and codes are real so that
 * filters, maps and statistics behave like they do on a real feed.
 *
 * Translations are given for the languages most demo publishers write in (nl sv fi de fr es pl it). Where a table has
 * no entry for a provider's language, the item is published in English only, as many real ones are.
 */

/** @typedef {{ key: string, name: Record<string,string>|string, country: string, city: string, type: string,
 *   domain: string, lang: string, erasmus?: string, schac?: string, pic?: string, lat?: number, lon?: number,
 *   currency?: string, weight?: number }} Provider */

/** Organisations that publish in `opportunities.json`. `weight` skews how often a provider hosts staff weeks. */
export const PROVIDERS = [
  // ---- Finland (the busiest staff-week country)
  { key: 'nasijarvi', name: { fi: 'Näsijärven ammattikorkeakoulu', en: 'Näsijärvi University of Applied Sciences' }, country: 'FI', city: 'Tampere', type: 'hei', domain: 'nasijarvi-amk.fi', lang: 'fi', erasmus: 'SF TAMPERE17', schac: 'nasijarvi-amk.fi', pic: '948213557', lat: 61.4981, lon: 23.7610, weight: 3 },
  { key: 'itajarvi', name: { fi: 'Itä-Järvisuomen yliopisto', en: 'University of Eastern Lakeland' }, country: 'FI', city: 'Joensuu', type: 'hei', domain: 'itajarvi-yliopisto.fi', lang: 'fi', erasmus: 'SF  JOENSUU09', schac: 'itajarvi-yliopisto.fi', pic: '999872034', lat: 62.6010, lon: 29.7636, weight: 3 },
  { key: 'oulu-arctic', name: { fi: 'Oulun arktinen ammattikorkeakoulu', en: 'Oulu Arctic University of Applied Sciences' }, country: 'FI', city: 'Oulu', type: 'hei', domain: 'arctic-amk.fi', lang: 'fi', erasmus: 'SF OULU21', schac: 'arctic-amk.fi', lat: 65.0121, lon: 25.4651, weight: 2 },
  { key: 'abo-kust', name: { sv: 'Åbolands yrkeshögskola', fi: 'Turunmaan ammattikorkeakoulu', en: 'Åboland University of Applied Sciences' }, country: 'FI', city: 'Turku', type: 'hei', domain: 'aboland-yh.fi', lang: 'sv', erasmus: 'SF TURKU19', schac: 'aboland-yh.fi', lat: 60.4518, lon: 22.2666, weight: 2 },
  { key: 'koskiseutu', name: { fi: 'Koskiseudun ammattiopisto', en: 'Koskiseutu Vocational College' }, country: 'FI', city: 'Tampere', type: 'vet', domain: 'koskiseutu.fi', lang: 'fi', pic: '912604838', lat: 61.4978, lon: 23.7800 },
  { key: 'nordic-edu', name: 'Nordic Edu Courses Oy', country: 'FI', city: 'Helsinki', type: 'company', domain: 'nordicedu-courses.fi', lang: 'en', lat: 60.1699, lon: 24.9384 },
  // ---- Spain
  { key: 'turia', name: { es: 'Universidad del Turia', en: 'University of the Turia' }, country: 'ES', city: 'Valencia', type: 'hei', domain: 'uturia.es', lang: 'es', erasmus: 'E  VALENCI45', schac: 'uturia.es', pic: '997340011', lat: 39.4699, lon: -0.3763, weight: 3 },
  { key: 'costa-brava', name: { es: 'Universitat de la Costa Brava', en: 'University of the Costa Brava' }, country: 'ES', city: 'Girona', type: 'hei', domain: 'ucostabrava.cat', lang: 'es', erasmus: 'E GIRONA05', schac: 'ucostabrava.cat', lat: 41.9794, lon: 2.8214, weight: 2 },
  { key: 'castilla-norte', name: { es: 'Universidad de Castilla Norte', en: 'University of Northern Castile' }, country: 'ES', city: 'Burgos', type: 'hei', domain: 'ucastillanorte.es', lang: 'es', erasmus: 'E  BURGOS03', schac: 'ucastillanorte.es', lat: 42.3439, lon: -3.6969, weight: 2 },
  { key: 'fp-costa-sol', name: { es: 'Centro Integrado de FP Costa del Sol', en: 'Costa del Sol Integrated VET Centre' }, country: 'ES', city: 'Málaga', type: 'vet', domain: 'cifpcostadelsol.es', lang: 'es', lat: 36.7213, lon: -4.4214 },
  { key: 'euroteach', name: 'EuroTeach Academy S.L.', country: 'ES', city: 'Barcelona', type: 'company', domain: 'euroteach-academy.eu', lang: 'en', lat: 41.3874, lon: 2.1686 },
  { key: 'puentes', name: { es: 'Asociación Puentes Solidarios', en: 'Puentes Solidarios Association' }, country: 'ES', city: 'Sevilla', type: 'ngo', domain: 'puentessolidarios.org', lang: 'es', lat: 37.3891, lon: -5.9845 },
  // ---- France
  { key: 'confluence', name: { fr: 'Université Rhône-Confluence', en: 'Rhône-Confluence University' }, country: 'FR', city: 'Lyon', type: 'hei', domain: 'univ-rhoneconfluence.fr', lang: 'fr', erasmus: 'F  LYON145', schac: 'univ-rhoneconfluence.fr', lat: 45.7640, lon: 4.8357, weight: 2 },
  { key: 'bretagne-mer', name: { fr: 'Université de Bretagne Maritime', en: 'Maritime University of Brittany' }, country: 'FR', city: 'Brest', type: 'hei', domain: 'univ-bretagnemaritime.fr', lang: 'fr', erasmus: 'F BREST12', schac: 'univ-bretagnemaritime.fr', lat: 48.3904, lon: -4.4861, weight: 2 },
  { key: 'garonne', name: { fr: 'Institut polytechnique de la Garonne', en: 'Garonne Institute of Technology' }, country: 'FR', city: 'Toulouse', type: 'hei', domain: 'ip-garonne.fr', lang: 'fr', erasmus: 'F  TOULOUS48', schac: 'ip-garonne.fr', lat: 43.6047, lon: 1.4442 },
  { key: 'lp-opale', name: { fr: "Lycée professionnel de la Côte d'Opale", en: 'Côte d’Opale Vocational School' }, country: 'FR', city: 'Boulogne-sur-Mer', type: 'vet', domain: 'lp-cotedopale.fr', lang: 'fr', lat: 50.7264, lon: 1.6147 },
  // ---- Poland
  { key: 'nadwislanski', name: { pl: 'Uniwersytet Nadwiślański', en: 'Vistula Valley University' }, country: 'PL', city: 'Kraków', type: 'hei', domain: 'uni-nadwislanski.edu.pl', lang: 'pl', erasmus: 'PL KRAKOW21', schac: 'uni-nadwislanski.edu.pl', pic: '946221870', lat: 50.0647, lon: 19.9450, weight: 2, currency: 'PLN' },
  { key: 'pomorska', name: { pl: 'Politechnika Pomorska', en: 'Pomeranian University of Technology' }, country: 'PL', city: 'Gdańsk', type: 'hei', domain: 'polpom.edu.pl', lang: 'pl', erasmus: 'PL GDANSK09', schac: 'polpom.edu.pl', lat: 54.3520, lon: 18.6466, weight: 2, currency: 'PLN' },
  { key: 'slaska', name: { pl: 'Akademia Śląska w Katowicach', en: 'Silesian Academy in Katowice' }, country: 'PL', city: 'Katowice', type: 'hei', domain: 'akademiaslaska.edu.pl', lang: 'pl', erasmus: 'PL KATOWIC15', schac: 'akademiaslaska.edu.pl', lat: 50.2649, lon: 19.0238, currency: 'PLN' },
  { key: 'zst-gdynia', name: { pl: 'Zespół Szkół Technicznych w Gdyni', en: 'Gdynia Technical Schools' }, country: 'PL', city: 'Gdynia', type: 'vet', domain: 'zst-gdynia.edu.pl', lang: 'pl', lat: 54.5189, lon: 18.5305, currency: 'PLN' },
  { key: 'otwarte-drzwi', name: { pl: 'Fundacja Otwarte Drzwi', en: 'Open Doors Foundation' }, country: 'PL', city: 'Warszawa', type: 'ngo', domain: 'otwartedrzwi.org.pl', lang: 'pl', lat: 52.2297, lon: 21.0122, currency: 'PLN' },
  // ---- Czech Republic
  { key: 'moravska', name: { cs: 'Moravská univerzita v Brně', en: 'Moravian University Brno' }, country: 'CZ', city: 'Brno', type: 'hei', domain: 'moravska-univerzita.cz', lang: 'cs', erasmus: 'CZ BRNO12', schac: 'moravska-univerzita.cz', lat: 49.1951, lon: 16.6068, weight: 2 },
  { key: 'vltava', name: { cs: 'Univerzita Vltava', en: 'Vltava University' }, country: 'CZ', city: 'Praha', type: 'hei', domain: 'univerzita-vltava.cz', lang: 'cs', erasmus: 'CZ PRAHA31', schac: 'univerzita-vltava.cz', lat: 50.0755, lon: 14.4378, weight: 2 },
  { key: 'szs-olomouc', name: { cs: 'Střední zdravotnická škola Olomouc-Hejčín', en: 'Olomouc-Hejčín Secondary Health School' }, country: 'CZ', city: 'Olomouc', type: 'vet', domain: 'szs-hejcin.cz', lang: 'cs', lat: 49.5938, lon: 17.2509 },
  // ---- Belgium, Netherlands
  { key: 'kempenland', name: { nl: 'Hogeschool Kempenland', en: 'Kempenland University College' }, country: 'BE', city: 'Geel', type: 'hei', domain: 'hogeschool-kempenland.be', lang: 'nl', erasmus: 'B  GEEL07', schac: 'hogeschool-kempenland.be', lat: 51.1617, lon: 4.9896 },
  { key: 'meuse', name: { fr: 'Université de la Meuse', en: 'University of the Meuse' }, country: 'BE', city: 'Liège', type: 'hei', domain: 'univ-meuse.be', lang: 'fr', erasmus: 'B LIEGE29', schac: 'univ-meuse.be', lat: 50.6326, lon: 5.5797 },
  { key: 'ijsselland', name: { nl: 'Hogeschool IJsselland', en: 'IJsselland University of Applied Sciences' }, country: 'NL', city: 'Zwolle', type: 'hei', domain: 'hs-ijsselland.nl', lang: 'nl', erasmus: 'NL ZWOLLE05', schac: 'hs-ijsselland.nl', lat: 52.5168, lon: 6.0830, weight: 2 },
  { key: 'waddenkust', name: { nl: 'Universiteit van de Waddenkust', en: 'Wadden Coast University' }, country: 'NL', city: 'Groningen', type: 'hei', domain: 'waddenkust-universiteit.nl', lang: 'nl', erasmus: 'NL GRONING07', schac: 'waddenkust-universiteit.nl', lat: 53.2194, lon: 6.5665 },
  { key: 'roc-waddenland', name: { nl: 'ROC Waddenland', en: 'Waddenland Regional VET College' }, country: 'NL', city: 'Leeuwarden', type: 'vet', domain: 'rocwaddenland.nl', lang: 'nl', lat: 53.2012, lon: 5.7999 },
  { key: 'samen-leren', name: { nl: 'Stichting Samen Leren', en: 'Learning Together Foundation' }, country: 'NL', city: 'Utrecht', type: 'ngo', domain: 'stichtingsamenleren.nl', lang: 'nl', lat: 52.0907, lon: 5.1214 },
  // ---- Sweden
  { key: 'malarbygden', name: { sv: 'Högskolan i Mälarbygden', en: 'Mälarbygden University College' }, country: 'SE', city: 'Västerås', type: 'hei', domain: 'hmb.se', lang: 'sv', erasmus: 'S  VASTERA09', schac: 'hmb.se', lat: 59.6099, lon: 16.5448, currency: 'SEK', weight: 2 },
  { key: 'norrland-tech', name: { sv: 'Norrlands tekniska högskola', en: 'Norrland University of Technology' }, country: 'SE', city: 'Umeå', type: 'hei', domain: 'nth.se', lang: 'sv', erasmus: 'S UMEA04', schac: 'nth.se', lat: 63.8258, lon: 20.2630, currency: 'SEK' },
  { key: 'vux-norr', name: { sv: 'Vuxenutbildning i Norr – Erasmuskonsortiet', en: 'Northern Sweden Adult Education Consortium' }, country: 'SE', city: 'Sundsvall', type: 'adult-education', domain: 'vuxnorr.se', lang: 'sv', lat: 62.3908, lon: 17.3069, currency: 'SEK' },
  { key: 'sprakvan', name: { sv: 'Föreningen Språkvän', en: 'Language Friend Association' }, country: 'SE', city: 'Malmö', type: 'ngo', domain: 'sprakvan.se', lang: 'sv', lat: 55.6050, lon: 13.0038, currency: 'SEK' },
  // ---- Germany, Austria
  { key: 'weserbergland', name: { de: 'Hochschule Weserbergland', en: 'Weserbergland University of Applied Sciences' }, country: 'DE', city: 'Hameln', type: 'hei', domain: 'hs-weserbergland.de', lang: 'de', erasmus: 'D  HAMELN03', schac: 'hs-weserbergland.de', lat: 52.1036, lon: 9.3566 },
  { key: 'oberrhein', name: { de: 'Universität Oberrhein', en: 'Upper Rhine University' }, country: 'DE', city: 'Freiburg im Breisgau', type: 'hei', domain: 'uni-oberrhein.de', lang: 'de', erasmus: 'D  FREIBUR05', schac: 'uni-oberrhein.de', pic: '999984059', lat: 47.9990, lon: 7.8421, weight: 2 },
  { key: 'elbtal', name: { de: 'Technische Hochschule Elbtal', en: 'Elbtal University of Technology' }, country: 'DE', city: 'Dresden', type: 'hei', domain: 'th-elbtal.de', lang: 'de', erasmus: 'D DRESDEN09', schac: 'th-elbtal.de', lat: 51.0504, lon: 13.7373 },
  { key: 'bk-rhein-ruhr', name: { de: 'Berufskolleg Rhein-Ruhr', en: 'Rhine-Ruhr Vocational College' }, country: 'DE', city: 'Essen', type: 'vet', domain: 'bk-rheinruhr.de', lang: 'de', lat: 51.4556, lon: 7.0116 },
  { key: 'alpenland', name: { de: 'Fachhochschule Alpenland', en: 'Alpenland University of Applied Sciences' }, country: 'AT', city: 'Innsbruck', type: 'hei', domain: 'fh-alpenland.at', lang: 'de', erasmus: 'A  INNSBRU11', schac: 'fh-alpenland.at', lat: 47.2692, lon: 11.4041 },
  { key: 'hotel-kastell', name: 'Hotel Kastell Salzburg GmbH', country: 'AT', city: 'Salzburg', type: 'company', domain: 'hotel-kastell.at', lang: 'de', lat: 47.8095, lon: 13.0550 },
  // ---- Italy, Portugal
  { key: 'appennino', name: { it: "Università degli Studi dell'Appennino", en: 'University of the Apennines' }, country: 'IT', city: 'Bologna', type: 'hei', domain: 'uniappennino.it', lang: 'it', erasmus: 'I  BOLOGNA08', schac: 'uniappennino.it', lat: 44.4949, lon: 11.3426, weight: 2 },
  { key: 'tirreno', name: { it: 'Politecnico del Tirreno', en: 'Tyrrhenian Polytechnic' }, country: 'IT', city: 'Pisa', type: 'hei', domain: 'politirreno.it', lang: 'it', erasmus: 'I PISA05', schac: 'politirreno.it', lat: 43.7228, lon: 10.4017 },
  { key: 'alberghiero-fiori', name: { it: 'Istituto Alberghiero Riviera dei Fiori', en: 'Riviera dei Fiori Hotel School' }, country: 'IT', city: 'Sanremo', type: 'vet', domain: 'alberghierorivieradeifiori.edu.it', lang: 'it', lat: 43.8159, lon: 7.7761 },
  { key: 'florentia', name: 'Florentia Teacher Training S.r.l.', country: 'IT', city: 'Firenze', type: 'company', domain: 'florentia-training.eu', lang: 'en', lat: 43.7696, lon: 11.2558 },
  { key: 'atlantico-norte', name: { pt: 'Universidade do Atlântico Norte', en: 'North Atlantic University' }, country: 'PT', city: 'Porto', type: 'hei', domain: 'uatlanticonorte.pt', lang: 'pt', erasmus: 'P  PORTO60', schac: 'uatlanticonorte.pt', lat: 41.1579, lon: -8.6291 },
  { key: 'ep-alto-minho', name: { pt: 'Escola Profissional do Alto Minho', en: 'Alto Minho Vocational School' }, country: 'PT', city: 'Viana do Castelo', type: 'vet', domain: 'epaltominho.pt', lang: 'pt', lat: 41.6918, lon: -8.8344 },
  // ---- Baltics, Nordics, Ireland
  { key: 'emajoe', name: { et: 'Emajõe Ülikool', en: 'Emajõgi University' }, country: 'EE', city: 'Tartu', type: 'hei', domain: 'emajoe.ee', lang: 'et', erasmus: 'EE TARTU05', schac: 'emajoe.ee', lat: 58.3780, lon: 26.7290 },
  { key: 'daugava', name: { lv: 'Daugavas Universitāte', en: 'Daugava University' }, country: 'LV', city: 'Rīga', type: 'hei', domain: 'daugava-uni.lv', lang: 'lv', erasmus: 'LV RIGA44', schac: 'daugava-uni.lv', lat: 56.9496, lon: 24.1052 },
  { key: 'baltic-code', name: 'Baltic Code Solutions SIA', country: 'LV', city: 'Rīga', type: 'company', domain: 'balticcode.lv', lang: 'en', lat: 56.9560, lon: 24.1210 },
  { key: 'nemunas', name: { lt: 'Nemuno universitetas', en: 'Nemunas University' }, country: 'LT', city: 'Kaunas', type: 'hei', domain: 'nemunas-uni.lt', lang: 'lt', erasmus: 'LT KAUNAS15', schac: 'nemunas-uni.lt', lat: 54.8985, lon: 23.9036 },
  { key: 'oresund', name: { da: 'Øresund Professionshøjskole', en: 'Øresund University College' }, country: 'DK', city: 'København', type: 'hei', domain: 'oresund-ph.dk', lang: 'da', erasmus: 'DK KOBENHA62', schac: 'oresund-ph.dk', lat: 55.6761, lon: 12.5683 },
  { key: 'vestjysk', name: { da: 'Vestjysk Erhvervsskole', en: 'West Jutland Vocational College' }, country: 'DK', city: 'Esbjerg', type: 'vet', domain: 'vestjysk-erhverv.dk', lang: 'da', lat: 55.4765, lon: 8.4594 },
  { key: 'windskill', name: 'Windskill Training ApS', country: 'DK', city: 'Esbjerg', type: 'company', domain: 'windskill-training.dk', lang: 'en', lat: 55.4700, lon: 8.4500 },
  { key: 'atlantic-coast', name: { en: 'Atlantic Coast Institute of Technology', ga: 'Institiúid Teicneolaíochta Chósta an Atlantaigh' }, country: 'IE', city: 'Galway', type: 'hei', domain: 'acit.ie', lang: 'en', erasmus: 'IRL GALWAY05', schac: 'acit.ie', lat: 53.2707, lon: -9.0568 },
  { key: 'midlands-fet', name: 'Midlands Further Education and Training Centre', country: 'IE', city: 'Athlone', type: 'adult-education', domain: 'midlandsfet.ie', lang: 'en', lat: 53.4239, lon: -7.9407 },
  { key: 'dublin-pedagogy', name: 'Dublin Language & Pedagogy Ltd', country: 'IE', city: 'Dublin', type: 'company', domain: 'dublinpedagogy.ie', lang: 'en', lat: 53.3498, lon: -6.2603 },
  { key: 'fjordkysten', name: { nb: 'Høgskolen på Fjordkysten', en: 'Fjord Coast University College' }, country: 'NO', city: 'Bergen', type: 'hei', domain: 'fjordkysten.no', lang: 'nb', erasmus: 'N  BERGEN15', schac: 'fjordkysten.no', lat: 60.3913, lon: 5.3221 },
  // ---- Central and south-east Europe
  { key: 'duna', name: { hu: 'Duna Egyetem', en: 'Danube University Budapest' }, country: 'HU', city: 'Budapest', type: 'hei', domain: 'duna-egyetem.hu', lang: 'hu', erasmus: 'HU BUDAPES51', schac: 'duna-egyetem.hu', lat: 47.4979, lon: 19.0402 },
  { key: 'savinja', name: { sl: 'Univerza v Savinjski dolini', en: 'Savinja Valley University' }, country: 'SI', city: 'Celje', type: 'hei', domain: 'uni-savinja.si', lang: 'sl', erasmus: 'SI CELJE05', schac: 'uni-savinja.si', lat: 46.2397, lon: 15.2677 },
  { key: 'jadran', name: { hr: 'Sveučilište Jadran u Splitu', en: 'Adriatic University of Split' }, country: 'HR', city: 'Split', type: 'hei', domain: 'sveuciliste-jadran.hr', lang: 'hr', erasmus: 'HR SPLIT05', schac: 'sveuciliste-jadran.hr', lat: 43.5081, lon: 16.4402 },
  { key: 'thermaikos', name: { el: 'Πανεπιστήμιο Θερμαϊκού', en: 'Thermaikos University' }, country: 'GR', city: 'Thessaloniki', type: 'hei', domain: 'thermaikos-uni.gr', lang: 'el', erasmus: 'G  THESSAL20', schac: 'thermaikos-uni.gr', lat: 40.6401, lon: 22.9444 },
  { key: 'carpatica', name: { ro: 'Universitatea Carpatica din Brașov', en: 'Carpathian University of Brașov' }, country: 'RO', city: 'Brașov', type: 'hei', domain: 'ucarpatica.ro', lang: 'ro', erasmus: 'RO BRASOV09', schac: 'ucarpatica.ro', lat: 45.6427, lon: 25.5887 },
  { key: 'tatra', name: { sk: 'Tatranská univerzita', en: 'Tatra University' }, country: 'SK', city: 'Poprad', type: 'hei', domain: 'tatranska-univerzita.sk', lang: 'sk', erasmus: 'SK POPRAD01', schac: 'tatranska-univerzita.sk', lat: 49.0614, lon: 20.2980 },
  { key: 'porto-emprego', name: { pt: 'Agência Municipal para o Emprego do Porto', en: 'Porto Municipal Employment Agency' }, country: 'PT', city: 'Porto', type: 'public-authority', domain: 'emprego-porto.pt', lang: 'pt', lat: 41.1496, lon: -8.6110 },
  { key: 'sierra-nevada', name: { es: 'Colegio Público Sierra Nevada', en: 'Sierra Nevada State School' }, country: 'ES', city: 'Granada', type: 'school', domain: 'cpsierranevada.es', lang: 'es', lat: 37.1773, lon: -3.5986 },
];

/** The career-guidance partnership that publishes good practice (10 organisations in 9 countries). */
export const GUIDANCE_NETWORK = {
  key: 'guide-eu', name: { en: 'GUIDE-EU Career Guidance Partnership', fi: 'GUIDE-EU-uraohjauskumppanuus' }, country: 'FI', city: 'Tampere',
  type: 'network', domain: 'guide-eu.net', lang: 'en', lat: 61.4978, lon: 23.7610,
};

// ---------------------------------------------------------------------------------------------------------------
// Staff weeks
// ---------------------------------------------------------------------------------------------------------------

/**
 * Staff-week areas: the name of the week in each language, the themes a given edition may focus on, who it is for and
 * its ISCED-F field. `weight` follows the IMOTION figures (international relations far ahead, then academic affairs,
 * placements, libraries, human resources).
 */
export const STAFF_WEEK_TOPICS = [
  {
    topic: 'international-relations', weight: 52, audience: ['administrative-staff'], fields: ['0413'], unit: 'the International Office',
    title: {
      en: 'International Relations Staff Week', nl: 'Staff week internationale relaties', sv: 'Personalvecka för internationella relationer',
      fi: 'Kansainvälisten asioiden henkilöstöviikko', de: 'Staff Week Internationale Beziehungen', fr: 'Semaine du personnel des relations internationales',
      es: 'Semana de formación en relaciones internacionales', pl: 'Tydzień szkoleniowy dla działów współpracy międzynarodowej', it: 'Settimana di formazione per le relazioni internazionali',
    },
    themes: ['Erasmus Without Paper and digital learning agreements', 'balanced partnerships and inter-institutional agreements', 'Erasmus+ blended intensive programmes', 'welcoming international students from arrival to alumni'],
  },
  {
    topic: 'international-relations', weight: 20, audience: ['administrative-staff', 'academic-staff'], fields: ['0413'], unit: 'faculties and central services', extraTopics: ['academic-affairs'],
    title: {
      en: 'International Staff Training Week', nl: 'Internationale staff week', sv: 'Internationell personalvecka', fi: 'Kansainvälinen henkilöstöviikko',
      de: 'Internationale Staff Week', fr: 'Semaine internationale du personnel', es: 'Semana internacional de formación de personal',
      pl: 'Międzynarodowy tydzień szkoleniowy', it: 'Settimana internazionale dello staff',
    },
    themes: ['internationalisation at home', 'the European Universities alliances', 'green and inclusive mobility', 'internationalising the curriculum'],
  },
  {
    topic: 'academic-affairs', weight: 30, audience: ['administrative-staff'], fields: ['0111'], unit: 'the Student Services Centre',
    title: {
      en: 'Academic and Student Affairs Staff Week', nl: 'Staff week onderwijs- en studentenzaken', sv: 'Personalvecka för studie- och studentfrågor',
      fi: 'Opetus- ja opiskelijapalveluiden henkilöstöviikko', de: 'Staff Week Studium und Lehre', fr: 'Semaine du personnel : scolarité et vie étudiante',
      es: 'Semana de formación en asuntos académicos y estudiantiles', pl: 'Tydzień szkoleniowy: sprawy studenckie i dydaktyka', it: 'Settimana di formazione: didattica e servizi agli studenti',
    },
    themes: ['recognition of study periods abroad and ECTS', 'admissions and the student life cycle', 'micro-credentials in degree programmes', 'student well-being services'],
  },
  {
    topic: 'placements-career-guidance', weight: 21, audience: ['administrative-staff'], fields: ['0923'], unit: 'the Career Centre',
    title: {
      en: 'Career Services and Placements Staff Week', nl: 'Staff week loopbaanbegeleiding en stages', sv: 'Personalvecka om karriärvägledning och praktik',
      fi: 'Urapalveluiden ja harjoittelun henkilöstöviikko', de: 'Staff Week Career Service und Praktika', fr: 'Semaine du personnel : orientation professionnelle et stages',
      es: 'Semana de formación en orientación profesional y prácticas', pl: 'Tydzień szkoleniowy: biura karier i praktyki', it: 'Settimana di formazione: orientamento al lavoro e tirocini',
    },
    themes: ['employer relations and traineeship matching', 'career guidance for international students', 'work-based learning and placements abroad'],
  },
  {
    topic: 'libraries', weight: 18, audience: ['library-staff'], fields: ['0322'], unit: 'the University Library', extraTopics: ['open-science'],
    title: {
      en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek', sv: 'Internationell biblioteksvecka', fi: 'Kansainvälinen kirjastoviikko',
      de: 'Internationale Bibliothekswoche', fr: 'Semaine internationale des bibliothèques', es: 'Semana internacional de bibliotecas',
      pl: 'Międzynarodowy tydzień bibliotek', it: 'Settimana internazionale delle biblioteche',
    },
    themes: ['open science services', 'the library as a learning centre', 'information literacy teaching', 'research data management'],
  },
  {
    topic: 'human-resources', weight: 15, audience: ['administrative-staff'], fields: ['0413'], unit: 'Human Resources',
    title: {
      en: 'Human Resources Staff Week', nl: 'Staff week HR en personeelsbeleid', sv: 'Personalvecka för HR', fi: 'HR-henkilöstön kansainvälinen viikko',
      de: 'Staff Week Personalmanagement', fr: 'Semaine du personnel : ressources humaines', es: 'Semana de formación en recursos humanos',
      pl: 'Tydzień szkoleniowy dla działów kadr (HR)', it: 'Settimana di formazione: risorse umane',
    },
    themes: ['onboarding international staff', 'the HR Strategy for Researchers (HRS4R)', 'well-being at work and hybrid work'],
  },
  {
    topic: 'ict', weight: 10, audience: ['technical-staff'], fields: ['0612'], unit: 'IT Services',
    title: {
      en: 'ICT and Digital Services Staff Week', nl: 'Staff week ICT en digitale diensten', sv: 'Personalvecka om IT och digitala tjänster',
      fi: 'ICT- ja digipalveluiden henkilöstöviikko', de: 'Staff Week IT und digitale Dienste', fr: 'Semaine du personnel : informatique et services numériques',
      es: 'Semana de formación en TIC y servicios digitales', pl: 'Tydzień szkoleniowy: IT i usługi cyfrowe', it: 'Settimana di formazione: ICT e servizi digitali',
    },
    themes: ['identity management and eduGAIN', 'cyber security awareness', 'student information systems and EWP connectors'],
  },
  {
    topic: 'digital-education', weight: 8, audience: ['academic-staff', 'technical-staff'], fields: ['0114'], unit: 'the Teaching and Learning Centre',
    title: {
      en: 'Digital Teaching and Learning Week', nl: 'Week van het digitaal onderwijs', sv: 'Vecka om digital undervisning', fi: 'Digitaalisen opetuksen viikko',
      de: 'Woche der digitalen Lehre', fr: 'Semaine de la pédagogie numérique', es: 'Semana de docencia digital', pl: 'Tydzień dydaktyki cyfrowej',
      it: 'Settimana della didattica digitale',
    },
    themes: ['blended course design', 'generative AI and assessment', 'accessible digital learning materials'],
  },
  {
    topic: 'sustainability', weight: 6, audience: ['administrative-staff', 'technical-staff'], fields: ['0521'], unit: 'the Green Office',
    title: {
      en: 'Green Campus Staff Week', nl: 'Staff week duurzame campus', sv: 'Personalvecka: hållbart campus', fi: 'Kestävän kampuksen henkilöstöviikko',
      de: 'Staff Week Nachhaltiger Campus', fr: 'Semaine du personnel : campus durable', es: 'Semana de formación: campus sostenible',
      pl: 'Tydzień szkoleniowy: zielony kampus', it: 'Settimana di formazione: campus sostenibile',
    },
    themes: ['green travel in Erasmus+', 'campus carbon accounting'],
  },
  {
    topic: 'inclusion', weight: 6, audience: ['administrative-staff', 'academic-staff'], fields: ['0111'], unit: 'the Accessibility Services',
    title: {
      en: 'Inclusion and Accessibility Staff Week', nl: 'Staff week inclusie en toegankelijkheid', sv: 'Personalvecka om inkludering och tillgänglighet',
      fi: 'Saavutettavuuden ja yhdenvertaisuuden henkilöstöviikko', de: 'Staff Week Inklusion und Barrierefreiheit', fr: 'Semaine du personnel : inclusion et accessibilité',
      es: 'Semana de formación en inclusión y accesibilidad', pl: 'Tydzień szkoleniowy: włączanie i dostępność', it: 'Settimana di formazione: inclusione e accessibilità',
    },
    themes: ['students with fewer opportunities in Erasmus+', 'accessible campus services'],
  },
  {
    topic: 'research-support', weight: 6, audience: ['administrative-staff'], fields: ['0413'], unit: 'the Research Office',
    title: {
      en: 'Research Support Staff Week', nl: 'Staff week onderzoeksondersteuning', sv: 'Personalvecka för forskningsstöd', fi: 'Tutkimuspalveluiden henkilöstöviikko',
      de: 'Staff Week Forschungsservice', fr: 'Semaine du personnel : appui à la recherche', es: 'Semana de formación en gestión de la investigación',
      pl: 'Tydzień szkoleniowy: wsparcie badań naukowych', it: 'Settimana di formazione: supporto alla ricerca',
    },
    themes: ['Horizon Europe proposal support', 'data management plans'],
  },
  {
    topic: 'language-centres', weight: 4, audience: ['academic-staff', 'administrative-staff'], fields: ['0231'], unit: 'the Language Centre',
    title: {
      en: 'Language Centre Staff Week', nl: 'Staff week talencentra', sv: 'Personalvecka för språkcentrum', fi: 'Kielikeskusten henkilöstöviikko',
      de: 'Staff Week Sprachenzentren', fr: 'Semaine du personnel des centres de langues', es: 'Semana de formación para centros de idiomas',
      pl: 'Tydzień szkoleniowy dla centrów językowych', it: 'Settimana di formazione per i centri linguistici',
    },
    themes: ['language support for incoming staff', 'English-medium instruction'],
  },
];

/** A one-line summary of a staff week in the host's language; `d` = days, `c` = city. */
export const STAFF_WEEK_SUMMARY = {
  nl: (d, c) => `${d} dagen in ${c}: workshops, bezoeken aan onze diensten en een sociaal programma.`,
  sv: (d, c) => `${d} dagar i ${c}: workshoppar, studiebesök hos våra enheter och ett socialt program.`,
  fi: (d) => `${d} päivän ohjelma: työpajoja, vierailuja palveluihimme ja vapaa-ajan ohjelmaa.`,
  de: (d, c) => `${d} Tage in ${c}: Workshops, Hospitationen in unseren Einrichtungen und ein Rahmenprogramm.`,
  fr: (d, c) => `${d} jours à ${c} : ateliers, visites de nos services et programme social.`,
  es: (d, c) => `${d} días en ${c}: talleres, visitas a nuestros servicios y programa social.`,
  pl: (d) => `Program (${d} dni): warsztaty, wizyty w naszych działach i program kulturalny.`,
  it: (d, c) => `${d} giorni a ${c}: workshop, visite ai nostri servizi e programma sociale.`,
};

export const DAY_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

// ---------------------------------------------------------------------------------------------------------------
// Job shadowing: who is looking, and the few who offer
// ---------------------------------------------------------------------------------------------------------------

/** Roles of people looking for a job-shadowing place; `title` is the role in each language. */
export const SHADOWING_ROLES = [
  { role: 'librarian', topic: 'libraries', audience: ['library-staff'], fields: ['0322'], hosts: ['hei'],
    en: 'Librarian', areas: ['research data services in a university library', 'a library learning centre with a makerspace', 'information literacy teaching'],
    title: { nl: 'Bibliothecaris', sv: 'Bibliotekarie', fi: 'Kirjastonhoitaja', de: 'Bibliothekarin', fr: 'Bibliothécaire', es: 'Bibliotecaria', pl: 'Bibliotekarka', it: 'Bibliotecaria' } },
  { role: 'international-officer', topic: 'international-relations', audience: ['administrative-staff'], fields: ['0413'], hosts: ['hei'],
    en: 'International relations officer', areas: ['an International Office that runs Erasmus Without Paper', 'incoming student services', 'partnership management'],
    title: { nl: 'Medewerker internationale relaties', sv: 'Internationell handläggare', fi: 'Kansainvälisten asioiden suunnittelija', de: 'Referentin für Internationales', fr: 'Chargée de relations internationales', es: 'Técnica de relaciones internacionales', pl: 'Specjalistka ds. współpracy międzynarodowej', it: 'Funzionaria delle relazioni internazionali' } },
  { role: 'hr-officer', topic: 'human-resources', audience: ['administrative-staff'], fields: ['0413'], hosts: ['hei'],
    en: 'HR officer', areas: ['recruitment and onboarding of international researchers', 'staff development and training'],
    title: { nl: 'HR-adviseur', sv: 'HR-specialist', fi: 'HR-asiantuntija', de: 'Personalreferent', fr: 'Chargé de ressources humaines', es: 'Técnico de recursos humanos', pl: 'Specjalista ds. kadr', it: 'Responsabile delle risorse umane' } },
  { role: 'career-counsellor', topic: 'placements-career-guidance', audience: ['administrative-staff'], fields: ['0923'], hosts: ['hei', 'adult-education'],
    en: 'Career counsellor', areas: ['a university career centre', 'guidance for adult learners and job seekers', 'employer relations'],
    title: { nl: 'Loopbaanbegeleider', sv: 'Studie- och yrkesvägledare', fi: 'Uraohjaaja', de: 'Berufsberaterin', fr: "Conseillère d'orientation", es: 'Orientadora profesional', pl: 'Doradczyni zawodowa', it: 'Orientatrice professionale' } },
  { role: 'student-affairs', topic: 'academic-affairs', audience: ['administrative-staff'], fields: ['0111'], hosts: ['hei'],
    en: 'Student affairs officer', areas: ['student services and admissions', 'recognition of learning abroad'],
    title: { nl: 'Studentendecaan', sv: 'Studievägledare', fi: 'Opintoasiainsuunnittelija', de: 'Studienberater', fr: 'Conseiller aux études', es: 'Asesor de estudiantes', pl: 'Pracownik działu spraw studenckich', it: 'Tutor per gli studenti' } },
  { role: 'it-manager', topic: 'ict', audience: ['technical-staff'], fields: ['0612'], hosts: ['hei', 'vet'],
    en: 'IT service manager', areas: ['identity and access management', 'digital learning platforms'],
    title: { nl: 'ICT-servicemanager', sv: 'IT-chef', fi: 'ICT-palvelupäällikkö', de: 'IT-Service-Manager', fr: 'Responsable des services informatiques', es: 'Responsable de servicios TIC', pl: 'Kierownik usług IT', it: 'Responsabile dei servizi informatici' } },
  { role: 'nursing-teacher', topic: 'health-care', audience: ['teachers'], fields: ['0913'], hosts: ['vet', 'hei'],
    en: 'Nursing teacher', areas: ['simulation-based nursing education', 'elderly care and home care', 'workplace tutoring of VET learners in hospitals'],
    title: { nl: 'Docent verpleegkunde', sv: 'Lärare i vård och omsorg', fi: 'Hoitotyön opettaja', de: 'Pflegepädagogin', fr: 'Enseignante en soins infirmiers', es: 'Profesora de enfermería', pl: 'Nauczycielka pielęgniarstwa', it: 'Docente di infermieristica' } },
  { role: 'culinary-teacher', topic: 'hotel-restaurant-tourism', audience: ['teachers'], fields: ['1013'], hosts: ['vet'],
    en: 'Culinary arts teacher', areas: ['a VET school with a training restaurant', 'sustainable kitchens and food waste'],
    title: { nl: 'Docent koken en gastronomie', sv: 'Lärare i restaurang och livsmedel', fi: 'Ravintola-alan opettaja', de: 'Lehrer für Gastronomie', fr: 'Professeur de cuisine', es: 'Profesor de cocina', pl: 'Nauczyciel gastronomii', it: 'Docente di enogastronomia' } },
  { role: 'hospitality-teacher', topic: 'hotel-restaurant-tourism', audience: ['teachers'], fields: ['1015'], hosts: ['vet'],
    en: 'Hotel and tourism teacher', areas: ['work-based learning in hotels', 'tourism education and regional partners'],
    title: { nl: 'Docent hotelmanagement', sv: 'Lärare i hotell och turism', fi: 'Matkailualan opettaja', de: 'Lehrerin für Hotellerie und Tourismus', fr: 'Enseignante en hôtellerie-tourisme', es: 'Profesora de hostelería y turismo', pl: 'Nauczycielka hotelarstwa i turystyki', it: "Docente di accoglienza turistica" } },
  { role: 'energy-teacher', topic: 'renewable-energy', audience: ['teachers'], fields: ['0713'], hosts: ['vet'],
    en: 'Electrical and renewable energy teacher', areas: ['solar PV and heat-pump training workshops', 'wind turbine technician training'],
    title: { nl: 'Docent elektrotechniek en duurzame energie', sv: 'Lärare i el- och energiteknik', fi: 'Sähkö- ja energiatekniikan opettaja', de: 'Lehrer für Elektro- und Energietechnik', fr: "Professeur d'électrotechnique", es: 'Profesor de energías renovables', pl: 'Nauczyciel elektrotechniki i OZE', it: 'Docente di impianti elettrici ed energie rinnovabili' } },
  { role: 'l2-teacher', topic: 'language-integration', audience: ['teachers'], fields: ['0231'], hosts: ['adult-education', 'ngo'],
    en: 'Second-language teacher in adult education', areas: ['language courses for newly arrived migrants', 'combining language learning with work placements'],
    title: { nl: 'Docent Nederlands als tweede taal', sv: 'Lärare i svenska för invandrare (sfi)', fi: 'Suomi toisena kielenä -opettaja', de: 'Lehrkraft für Deutsch als Zweitsprache', fr: 'Formatrice en français langue étrangère', es: 'Profesora de español para inmigrantes', pl: 'Lektorka języka polskiego jako obcego', it: 'Insegnante di italiano L2' } },
  { role: 'erasmus-coordinator', topic: 'international-relations', audience: ['administrative-staff', 'teachers'], fields: ['0413'], hosts: ['vet', 'adult-education'],
    en: 'Erasmus+ coordinator of a VET school', areas: ['organising learner placements abroad', 'ECVET and recognition of learning outcomes'],
    title: { nl: 'Erasmus+-coördinator', sv: 'Erasmus+-samordnare', fi: 'Erasmus+-koordinaattori', de: 'Erasmus+-Koordinatorin', fr: 'Coordinatrice Erasmus+', es: 'Coordinadora Erasmus+', pl: 'Koordynatorka Erasmus+', it: 'Coordinatrice Erasmus+' } },
];

/** "<role> is looking for a job-shadowing place", per language. */
export const SHADOWING_REQUEST_TITLE = {
  nl: (r) => `${r} zoekt een jobshadowingplaats`,
  sv: (r) => `${r} söker plats för jobbskuggning`,
  fi: (r) => `${r} etsii job shadowing -paikkaa`,
  de: (r) => `${r} sucht Hospitationsplatz (Job Shadowing)`,
  fr: (r) => `${r} cherche un stage d'observation (job shadowing)`,
  es: (r) => `${r} busca una estancia de job shadowing`,
  pl: (r) => `${r} szuka miejsca na job shadowing`,
  it: (r) => `${r} cerca un periodo di job shadowing`,
};

export const SEASONS = [
  { en: 'spring', months: [3, 5] },
  { en: 'autumn', months: [9, 11] },
  { en: 'early summer', months: [5, 6] },
];

// ---------------------------------------------------------------------------------------------------------------
// Teaching, courses, VET placements, traineeships, volunteering, research jobs
// ---------------------------------------------------------------------------------------------------------------

export const TEACHING_SUBJECTS = [
  { en: 'Supply chain management', field: '0413', topic: 'business' },
  { en: 'Renewable energy systems', field: '0713', topic: 'renewable-energy' },
  { en: 'Nursing ethics and patient safety', field: '0913', topic: 'health-care' },
  { en: 'Software testing and quality assurance', field: '0613', topic: 'ict' },
  { en: 'EU law and the single market', field: '0421', topic: 'legal-affairs' },
  { en: 'Sustainable tourism marketing', field: '1015', topic: 'hotel-restaurant-tourism' },
  { en: 'Early childhood education', field: '0112', topic: 'teacher-education' },
  { en: 'Data journalism', field: '0321', topic: 'media' },
  { en: 'Circular economy', field: '0521', topic: 'sustainability' },
  { en: 'Physiotherapy in sports rehabilitation', field: '0915', topic: 'health-care' },
  { en: 'Machine learning for engineers', field: '0619', topic: 'ict' },
  { en: 'Intercultural communication', field: '0314', topic: 'international-relations' },
];

/** Courses for teachers and staff: mostly sold by training companies, some by universities. */
export const COURSES = [
  { key: 'clil', en: 'CLIL in Practice: Teaching Your Subject Through English', field: '0114', topics: ['language-centres', 'teacher-education'], days: 5, hosts: ['euroteach', 'dublin-pedagogy', 'florentia'], rating: 4.6 },
  { key: 'ai-classroom', en: 'Digital Tools and AI in the Classroom', field: '0111', topics: ['digital-education', 'ict'], days: 5, hosts: ['euroteach', 'florentia', 'nordic-edu', 'dublin-pedagogy'], rating: 4.4 },
  { key: 'inclusive', en: 'Inclusive Classrooms: Supporting Learners with Special Needs', field: '0111', topics: ['inclusion', 'teacher-education'], days: 5, hosts: ['florentia', 'euroteach'], rating: 4.7 },
  { key: 'project-mgmt', en: 'Erasmus+ Project Management for Beginners', field: '0413', topics: ['international-relations'], days: 3, hosts: ['euroteach', 'nordic-edu'], rating: 4.2, online: true },
  { key: 'nordic-outdoor', en: 'Outdoor Learning the Nordic Way', field: '0112', topics: ['teacher-education', 'sustainability'], days: 5, hosts: ['nordic-edu'], rating: 4.8 },
  { key: 'finnish-system', en: 'Inside the Finnish Education System: Study-Visit Course', field: '0111', topics: ['teacher-education'], days: 5, hosts: ['nordic-edu'], rating: 4.5 },
  { key: 'wellbeing', en: 'Classroom Management and Teacher Well-being', field: '0111', topics: ['teacher-education'], days: 5, hosts: ['dublin-pedagogy', 'florentia'], rating: 4.3 },
  { key: 'english-teachers', en: 'English for Teachers (B1–B2)', field: '0231', topics: ['language-centres'], days: 10, hosts: ['dublin-pedagogy'], rating: 4.5, lang: { lang: 'en', level: 'B1' } },
  { key: 'spanish-educators', en: 'Spanish Language and Culture for Educators (A2)', field: '0231', topics: ['language-centres'], days: 10, hosts: ['euroteach'], rating: 4.6, lang: { lang: 'es', level: 'A2' } },
  { key: 'green-vet', en: 'Green Skills in Vocational Education', field: '0521', topics: ['sustainability', 'renewable-energy'], days: 5, hosts: ['windskill', 'nordic-edu'], rating: 4.1 },
  { key: 'guidance-adults', en: 'Career Guidance Methods for Adult Learners', field: '0923', topics: ['placements-career-guidance'], days: 4, hosts: ['dublin-pedagogy', 'nordic-edu'], rating: 4.4, online: true },
  { key: 'heritage', en: 'Art and Cultural Heritage in Teaching', field: '0213', topics: ['teacher-education'], days: 5, hosts: ['florentia'], rating: 4.9 },
  { key: 'wind-safety', en: 'GWO Basic Safety Training for VET Teachers', field: '0713', topics: ['renewable-energy'], days: 4, hosts: ['windskill'], rating: 4.6 },
];

/** VET placement sectors, with ECVET learning outcomes (en, plus sv/nl/fi/de where the host writes in them). */
export const VET_SECTORS = [
  { key: 'elderly-care', topic: 'health-care', field: '0921', ecvet: [4, 8],
    title: { en: 'Work placement in elderly care', sv: 'Arbetsplatsförlagt lärande inom äldreomsorg', nl: 'Stage in de ouderenzorg', fi: 'Työssäoppimisjakso vanhustenhoidossa', de: 'Praktikum in der Altenpflege', es: 'Prácticas en atención a personas mayores', it: 'Tirocinio nell’assistenza agli anziani', pl: 'Praktyka w opiece nad osobami starszymi' },
    outcomes: ['Assists residents with daily activities according to their care plan', 'Communicates with residents, families and colleagues in English or the host language', 'Follows the host facility’s hygiene and safety routines'] },
  { key: 'hospital', topic: 'health-care', field: '0913', ecvet: [5, 10],
    title: { en: 'Hospital ward placement for nursing assistants', sv: 'Praktik på sjukhusavdelning för undersköterskeelever', nl: 'Stage op een ziekenhuisafdeling voor zorgassistenten', fi: 'Työssäoppiminen sairaalaosastolla lähihoitajaopiskelijoille', de: 'Stationspraktikum für Pflegeassistenz', es: 'Prácticas en planta hospitalaria para auxiliares de enfermería', it: 'Tirocinio in reparto per operatori sociosanitari', pl: 'Praktyka na oddziale szpitalnym dla opiekunów medycznych' },
    outcomes: ['Measures and records vital signs under supervision', 'Supports patients’ mobility using safe handling techniques', 'Reports observations to the responsible nurse'] },
  { key: 'kitchen', topic: 'hotel-restaurant-tourism', field: '1013', ecvet: [4, 8],
    title: { en: 'Kitchen placement in a hotel restaurant', sv: 'Köksplacering på hotellrestaurang', nl: 'Keukenstage in een hotelrestaurant', fi: 'Keittiöharjoittelu hotelliravintolassa', de: 'Küchenpraktikum in einem Hotelrestaurant', es: 'Prácticas de cocina en un restaurante de hotel', it: 'Stage di cucina in un ristorante d’albergo', pl: 'Praktyka w kuchni restauracji hotelowej' },
    outcomes: ['Prepares cold and hot dishes to the host kitchen’s standards', 'Works according to HACCP food-safety procedures', 'Plans mise en place for a service'] },
  { key: 'front-office', topic: 'hotel-restaurant-tourism', field: '1015', ecvet: [4, 6],
    title: { en: 'Front-office placement in a city hotel', sv: 'Praktik i hotellreception', nl: 'Receptiestage in een stadshotel', fi: 'Vastaanottoharjoittelu kaupunkihotellissa', de: 'Praktikum am Empfang eines Stadthotels', es: 'Prácticas de recepción en un hotel urbano', it: 'Stage al ricevimento di un hotel di città', pl: 'Praktyka w recepcji hotelu miejskiego' },
    outcomes: ['Handles check-in, check-out and reservations in the property-management system', 'Gives guests information about the city in English', 'Deals with complaints politely and passes them on'] },
  { key: 'wind', topic: 'renewable-energy', field: '0713', ecvet: [6, 12],
    title: { en: 'Placement in wind turbine service and maintenance', sv: 'Praktik inom service och underhåll av vindkraftverk', nl: 'Stage in onderhoud van windturbines', fi: 'Työssäoppiminen tuulivoimaloiden huollossa', de: 'Praktikum in Service und Wartung von Windenergieanlagen', es: 'Prácticas de mantenimiento de aerogeneradores', it: 'Tirocinio nella manutenzione di turbine eoliche', pl: 'Praktyka w serwisie turbin wiatrowych' },
    outcomes: ['Carries out routine inspections of turbine components under supervision', 'Applies working-at-height and lock-out/tag-out safety procedures', 'Documents maintenance work in the service report'] },
  { key: 'solar', topic: 'renewable-energy', field: '0713', ecvet: [4, 8],
    title: { en: 'Solar PV installation placement', sv: 'Praktik inom installation av solceller', nl: 'Stage installatie van zonnepanelen', fi: 'Aurinkosähköasennusten työssäoppimisjakso', de: 'Praktikum in der Photovoltaik-Installation', es: 'Prácticas de instalación fotovoltaica', it: 'Tirocinio nell’installazione di impianti fotovoltaici', pl: 'Praktyka przy montażu instalacji fotowoltaicznych' },
    outcomes: ['Mounts PV modules and routes DC cabling under supervision', 'Measures string voltages and records results', 'Explains basic system operation to a customer'] },
  { key: 'it-support', topic: 'ict', field: '0612', ecvet: [4, 8],
    title: { en: 'IT support placement in a software company', sv: 'Praktik inom IT-support på ett mjukvaruföretag', nl: 'Stage IT-support bij een softwarebedrijf', fi: 'IT-tuen työssäoppiminen ohjelmistoyrityksessä', de: 'Praktikum im IT-Support eines Softwareunternehmens', es: 'Prácticas de soporte informático en una empresa de software', it: 'Tirocinio di supporto IT in un’azienda di software', pl: 'Praktyka we wsparciu IT w firmie programistycznej' },
    outcomes: ['Resolves first-line support tickets following the company’s procedures', 'Sets up laptops and user accounts', 'Writes clear ticket notes in English'] },
];

export const TRAINEESHIPS = [
  { en: 'Traineeship in the International Office', topic: 'international-relations', field: '0413', months: [3, 5], ects: 15 },
  { en: 'Marketing and communication traineeship', topic: 'marketing', field: '0414', hosts: ['baltic-code', 'nordic-edu', 'windskill', 'euroteach'], months: [3, 6] },
  { en: 'Junior front-end developer traineeship', topic: 'ict', field: '0613', hosts: ['baltic-code'], months: [4, 6] },
  { en: 'Laboratory traineeship in battery materials research', topic: 'renewable-energy', field: '0531', months: [3, 6], ects: 20 },
  { en: 'Traineeship in hotel operations', topic: 'hotel-restaurant-tourism', field: '1015', hosts: ['hotel-kastell'], months: [4, 6] },
  { en: 'Traineeship in youth employment services', topic: 'placements-career-guidance', field: '0923', hosts: ['porto-emprego'], months: [2, 4], ects: 10 },
  { en: 'Wind turbine technician traineeship', topic: 'renewable-energy', field: '0713', hosts: ['windskill'], months: [3, 5] },
  { en: 'Research assistant traineeship in digital humanities', topic: 'research-support', field: '0222', months: [3, 4], ects: 15 },
  { en: 'Traineeship in career services', topic: 'placements-career-guidance', field: '0923', months: [3, 5] },
];

export const VOLUNTEERING = [
  { en: 'Volunteer at a community language café', topic: 'language-integration', months: [6, 10], hosts: ['sprakvan', 'samen-leren'] },
  { en: 'Youth centre volunteer: sport and outdoor activities', topic: 'youth-work', months: [8, 12], hosts: ['puentes', 'otwarte-drzwi'] },
  { en: 'Volunteer in a food bank and social kitchen', topic: 'inclusion', months: [6, 12], hosts: ['puentes', 'otwarte-drzwi'] },
  { en: 'Digital skills volunteer for older people', topic: 'digital-inclusion', months: [4, 8], hosts: ['otwarte-drzwi', 'samen-leren', 'sprakvan'] },
  { en: 'Volunteer in a welcome programme for refugees', topic: 'language-integration', months: [6, 12], hosts: ['puentes', 'otwarte-drzwi', 'samen-leren'] },
];

export const RESEARCH_JOBS = [
  { en: 'Doctoral researcher in offshore wind structures', field: '0732', topic: 'renewable-energy', funding: 'horizon-europe-msca', months: 48 },
  { en: 'Postdoctoral researcher in digital humanities', field: '0222', topic: 'research-support', funding: 'horizon-europe', months: 24 },
  { en: 'Doctoral researcher in nursing science: home care technology', field: '0913', topic: 'health-care', funding: 'horizon-europe-msca', months: 36 },
  { en: 'Research fellow in tourism and regional development', field: '1015', topic: 'hotel-restaurant-tourism', funding: 'national', months: 24 },
  { en: 'Doctoral researcher in second-language acquisition of adult migrants', field: '0231', topic: 'language-integration', funding: 'horizon-europe-msca', months: 36 },
  { en: 'Postdoctoral researcher in energy storage', field: '0713', topic: 'renewable-energy', funding: 'horizon-europe', months: 24 },
  { en: 'Research software engineer for open science infrastructure', field: '0612', topic: 'open-science', funding: 'horizon-europe', months: 36 },
];

/**
 * Good practice collected by the career-guidance partnership (10 organisations in 9 countries): each item is written
 * by one partner, in English and in the partner's language.
 */
export const GOOD_PRACTICES = [
  { partner: 'nasijarvi', title: { en: 'Peer mentoring for first-generation students', fi: 'Vertaismentorointi suvunsa ensimmäisille korkeakouluopiskelijoille' }, summary: 'Second-year students mentor newcomers whose parents did not study at university; mentors receive 3 ECTS.' },
  { partner: 'vux-norr', title: { en: 'Job-search club for adult migrants', sv: 'Jobbsökarklubb för vuxna nyanlända' }, summary: 'Weekly club combining Swedish practice with CV workshops and visits to local employers.' },
  { partner: 'turia', title: { en: 'Employer speed-dating day', es: 'Jornada de speed dating con empresas' }, summary: 'Final-year students meet forty regional employers in seven-minute conversations.' },
  { partner: 'ijsselland', title: { en: 'Career portfolio in the learning platform', nl: 'Loopbaanportfolio in de elektronische leeromgeving' }, summary: 'Students collect evidence of skills throughout their studies and share it with employers.' },
  { partner: 'samen-leren', title: { en: 'Guidance in the mother tongue for newcomers', nl: 'Begeleiding in de moedertaal voor nieuwkomers' }, summary: 'Trained volunteers who speak Arabic, Tigrinya and Ukrainian co-lead the first guidance conversation.' },
  { partner: 'nadwislanski', title: { en: 'Alumni as career ambassadors', pl: 'Absolwenci jako ambasadorzy kariery' }, summary: 'Alumni give short talks in courses about how they found their first job.' },
  { partner: 'midlands-fet', title: { en: 'Online guidance chat for rural learners' }, summary: 'An evening chat service reaches adult learners who cannot travel to the centre.' },
  { partner: 'koskiseutu', title: { en: 'Work-taster week for VET learners', fi: 'Työelämään tutustumisen viikko ammattiopiskelijoille' }, summary: 'Learners try three workplaces in one week before choosing their placement.' },
  { partner: 'oberrhein', title: { en: 'Recognition of prior learning interviews', de: 'Anerkennung von Vorwissen im Beratungsgespräch' }, summary: 'A structured interview maps what adult students already know against module learning outcomes.' },
  { partner: 'confluence', title: { en: 'Career guidance for students with disabilities', fr: "Orientation professionnelle des étudiants en situation de handicap" }, summary: 'Joint sessions of the disability service and the career centre, with employers committed to inclusive hiring.' },
  { partner: 'porto-emprego', title: { en: 'Municipal job fair for young people not in employment or education', pt: 'Feira municipal de emprego para jovens NEET' }, summary: 'The city brings employers, training providers and youth workers together in one place twice a year.' },
  { partner: 'emajoe', title: { en: 'Internship credits for student-run projects', et: 'Praktika ainepunktid tudengiprojektide eest' }, summary: 'Students can earn internship credits for running a real project for a local NGO.' },
];

// ---------------------------------------------------------------------------------------------------------------
// Application form
// ---------------------------------------------------------------------------------------------------------------

/** Labels of the demo application form; English is complete, other languages are used when the host writes in them. */
export const FORM_LABELS = {
  givenName: { en: 'Given name', nl: 'Voornaam', sv: 'Förnamn', fi: 'Etunimi', de: 'Vorname', fr: 'Prénom', es: 'Nombre', pl: 'Imię', it: 'Nome' },
  familyName: { en: 'Family name', nl: 'Achternaam', sv: 'Efternamn', fi: 'Sukunimi', de: 'Nachname', fr: 'Nom de famille', es: 'Apellidos', pl: 'Nazwisko', it: 'Cognome' },
  email: { en: 'E-mail', nl: 'E-mailadres', sv: 'E-postadress', fi: 'Sähköposti', de: 'E-Mail-Adresse', fr: 'Adresse e-mail', es: 'Correo electrónico', pl: 'Adres e-mail', it: 'Indirizzo e-mail' },
  institution: { en: 'Home institution', nl: 'Thuisinstelling', sv: 'Hemorganisation', fi: 'Kotiorganisaatio', de: 'Heimatinstitution', fr: "Établissement d'origine", es: 'Institución de origen', pl: 'Instytucja macierzysta', it: 'Istituzione di appartenenza' },
  institutionHelp: { en: 'The organisation that sends you and funds your mobility.', nl: 'De organisatie die je uitstuurt en je mobiliteit financiert.', sv: 'Organisationen som skickar dig och finansierar din mobilitet.', fi: 'Organisaatio, joka lähettää sinut ja rahoittaa liikkuvuutesi.', de: 'Die Einrichtung, die Sie entsendet und Ihre Mobilität finanziert.', fr: 'L’organisme qui vous envoie et finance votre mobilité.', es: 'La organización que le envía y financia su movilidad.', pl: 'Instytucja, która Cię wysyła i finansuje Twój wyjazd.', it: 'L’ente che ti invia e finanzia la tua mobilità.' },
  country: { en: 'Country', nl: 'Land', sv: 'Land', fi: 'Maa', de: 'Land', fr: 'Pays', es: 'País', pl: 'Kraj', it: 'Paese' },
  role: { en: 'Your role', nl: 'Je functie', sv: 'Din roll', fi: 'Tehtäväsi', de: 'Ihre Funktion', fr: 'Votre fonction', es: 'Su puesto', pl: 'Twoje stanowisko', it: 'Il tuo ruolo' },
  languageLevel: { en: 'Your level of English', nl: 'Je niveau Engels', sv: 'Din nivå i engelska', fi: 'Englannin kielen taitotasosi', de: 'Ihr Englischniveau', fr: "Votre niveau d'anglais", es: 'Su nivel de inglés', pl: 'Twój poziom języka angielskiego', it: 'Il tuo livello di inglese' },
  motivation: { en: 'Motivation', nl: 'Motivatie', sv: 'Motivering', fi: 'Motivaatio', de: 'Motivation', fr: 'Motivation', es: 'Motivación', pl: 'Motywacja', it: 'Motivazione' },
  motivationHelp: { en: 'What would you like to learn, and how will you share it at home? (max. 2,000 characters)', nl: 'Wat wil je leren en hoe deel je het thuis? (max. 2000 tekens)', sv: 'Vad vill du lära dig och hur delar du det hemma? (högst 2 000 tecken)', fi: 'Mitä haluat oppia ja miten jaat sen kotiorganisaatiossasi? (enintään 2 000 merkkiä)', de: 'Was möchten Sie lernen, und wie geben Sie es zu Hause weiter? (max. 2.000 Zeichen)', fr: 'Qu’aimeriez-vous apprendre et comment le partagerez-vous ? (2 000 caractères max.)', es: '¿Qué le gustaría aprender y cómo lo compartirá en su institución? (máx. 2000 caracteres)', pl: 'Czego chcesz się nauczyć i jak podzielisz się tym w swojej instytucji? (maks. 2000 znaków)', it: 'Che cosa vorresti imparare e come lo condividerai? (max 2.000 caratteri)' },
  cv: { en: 'CV (PDF, max. 5 MB)', nl: 'Cv (pdf, max. 5 MB)', sv: 'CV (pdf, högst 5 MB)', fi: 'CV (PDF, enintään 5 Mt)', de: 'Lebenslauf (PDF, max. 5 MB)', fr: 'CV (PDF, 5 Mo max.)', es: 'CV (PDF, máx. 5 MB)', pl: 'CV (PDF, maks. 5 MB)', it: 'CV (PDF, max 5 MB)' },
  consent: { en: 'Send me news about future staff weeks (you can unsubscribe at any time)', nl: 'Stuur me nieuws over toekomstige staff weeks (je kunt je altijd afmelden)', sv: 'Skicka mig nyheter om kommande personalveckor (du kan avregistrera dig när som helst)', fi: 'Lähettäkää minulle tietoa tulevista henkilöstöviikoista (voit perua tilauksen milloin tahansa)', de: 'Informieren Sie mich über künftige Staff Weeks (jederzeit abbestellbar)', fr: 'Envoyez-moi des informations sur les prochaines semaines du personnel (désinscription possible à tout moment)', es: 'Quiero recibir noticias sobre próximas semanas de formación (puede darse de baja cuando quiera)', pl: 'Chcę otrzymywać informacje o kolejnych tygodniach szkoleniowych (możesz zrezygnować w każdej chwili)', it: 'Inviatemi notizie sulle prossime settimane di formazione (puoi annullare l’iscrizione in qualsiasi momento)' },
  purpose: { en: 'Selecting participants and organising the programme', nl: 'Deelnemers selecteren en het programma organiseren', sv: 'Urval av deltagare och planering av programmet', fi: 'Osallistujien valinta ja ohjelman järjestäminen', de: 'Auswahl der Teilnehmenden und Organisation des Programms', fr: 'Sélection des participants et organisation du programme', es: 'Selección de participantes y organización del programa', pl: 'Wybór uczestników i organizacja programu', it: 'Selezione dei partecipanti e organizzazione del programma' },
  retention: { en: '12 months after the end of the programme', nl: '12 maanden na afloop van het programma', sv: '12 månader efter programmets slut', fi: '12 kuukautta ohjelman päättymisen jälkeen', de: '12 Monate nach Ende des Programms', fr: '12 mois après la fin du programme', es: '12 meses después del final del programa', pl: '12 miesięcy od zakończenia programu', it: '12 mesi dopo la fine del programma' },
  legalBasis: { en: 'Art. 6(1)(b) GDPR: steps at your request before a participation agreement', nl: 'Art. 6, lid 1, onder b, AVG: op uw verzoek, vóór een deelnameovereenkomst', sv: 'Art. 6.1 b i dataskyddsförordningen: åtgärder på din begäran före ett deltagaravtal', fi: 'Tietosuoja-asetuksen 6 art. 1 kohdan b alakohta: pyynnöstäsi ennen osallistumissopimusta', de: 'Art. 6 Abs. 1 lit. b DSGVO: vorvertragliche Maßnahmen auf Ihre Anfrage', fr: 'Art. 6, par. 1, point b), du RGPD : mesures précontractuelles à votre demande', es: 'Art. 6.1.b) RGPD: medidas precontractuales a petición suya', pl: 'Art. 6 ust. 1 lit. b RODO: działania na Twoje żądanie przed zawarciem umowy', it: 'Art. 6, par. 1, lett. b), GDPR: misure precontrattuali su tua richiesta' },
};

export const ROLE_OPTIONS = [
  { value: 'academic', label: { en: 'Academic staff', nl: 'Academisch personeel', sv: 'Undervisande personal', fi: 'Opetus- ja tutkimushenkilöstö', de: 'Wissenschaftliches Personal', fr: 'Personnel enseignant', es: 'Personal docente e investigador', pl: 'Nauczyciel akademicki', it: 'Personale docente' } },
  { value: 'administrative', label: { en: 'Administrative staff', nl: 'Administratief personeel', sv: 'Administrativ personal', fi: 'Hallintohenkilöstö', de: 'Verwaltungspersonal', fr: 'Personnel administratif', es: 'Personal de administración', pl: 'Pracownik administracji', it: 'Personale amministrativo' } },
  { value: 'library', label: { en: 'Library staff', nl: 'Bibliotheekpersoneel', sv: 'Bibliotekspersonal', fi: 'Kirjastohenkilöstö', de: 'Bibliothekspersonal', fr: 'Personnel de bibliothèque', es: 'Personal de biblioteca', pl: 'Pracownik biblioteki', it: 'Personale di biblioteca' } },
  { value: 'technical', label: { en: 'Technical staff', nl: 'Technisch personeel', sv: 'Teknisk personal', fi: 'Tekninen henkilöstö', de: 'Technisches Personal', fr: 'Personnel technique', es: 'Personal técnico', pl: 'Pracownik techniczny', it: 'Personale tecnico' } },
  { value: 'teacher', label: { en: 'Teacher or trainer', nl: 'Leraar of trainer', sv: 'Lärare eller utbildare', fi: 'Opettaja tai kouluttaja', de: 'Lehrkraft oder Ausbilder/in', fr: 'Enseignant ou formateur', es: 'Profesor o formador', pl: 'Nauczyciel lub trener', it: 'Insegnante o formatore' } },
  { value: 'other', label: { en: 'Other', nl: 'Anders', sv: 'Annat', fi: 'Muu', de: 'Andere', fr: 'Autre', es: 'Otro', pl: 'Inne', it: 'Altro' } },
];

/** English names of the countries used, for English prose in summaries and descriptions. */
export const COUNTRY_NAMES = {
  AT: 'Austria', BE: 'Belgium', CZ: 'Czechia', DE: 'Germany', DK: 'Denmark', EE: 'Estonia', ES: 'Spain', FI: 'Finland',
  FR: 'France', GR: 'Greece', HR: 'Croatia', HU: 'Hungary', IE: 'Ireland', IT: 'Italy', LT: 'Lithuania', LV: 'Latvia',
  NL: 'the Netherlands', NO: 'Norway', PL: 'Poland', PT: 'Portugal', RO: 'Romania', SE: 'Sweden', SI: 'Slovenia', SK: 'Slovakia',
};
