/**
 * The long code lists (countries, currencies) as sets, apart from the short ones in codes.ts: only the parser, the
 * format readers and the application form need them, so the finder's first-render chunk does not carry them. Kept
 * as compact strings: a few hundred bytes gzipped, and the parser can reject `"Belgium"` or `"XX"` with a message a
 * publisher can act on.
 */

/** ISO 3166-1 alpha-2, officially assigned codes. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
  ).split(' '),
);

/** ISO 4217 currencies in use in Europe and by its frequent partners; anything else is reported. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    'EUR BGN CZK DKK HUF PLN RON SEK CHF NOK ISK GBP TRY RSD MKD ALL BAM MDL UAH GEL AMD AZN BYN RUB USD CAD AUD NZD ' +
    'JPY CNY INR BRL MXN ZAR KRW SGD HKD ILS MAD TND EGP'
  ).split(' '),
);
