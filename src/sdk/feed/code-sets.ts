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

/**
 * ISCED-F 2013 fields of education and training: broad (2 digits), narrow (3) and detailed (4) codes, including the
 * "not further defined" (…0), "not elsewhere classified" (…9) and inter-disciplinary (…8) ones. Source: UNESCO
 * Institute for Statistics, "International Standard Classification of Education: Fields of education and training
 * 2013 (ISCED-F 2013)", Montreal 2014 (ISBN 978-92-9189-150-4), and its "Detailed field descriptions" (2015).
 * `99`/`999`/`9999` is the classification's own "Field unknown".
 */
export const ISCED_F_CODES: ReadonlySet<string> = new Set(
  (
    '00 000 0000 001 0011 002 0021 003 0031 ' +
    '01 011 0110 0111 0112 0113 0114 0119 018 0188 ' +
    '02 020 0200 021 0210 0211 0212 0213 0214 0215 0219 022 0220 0221 0222 0223 0229 023 0230 0231 0232 0239 028 0288 029 0299 ' +
    '03 030 0300 031 0310 0311 0312 0313 0314 0319 032 0320 0321 0322 0329 038 0388 039 0399 ' +
    '04 040 0400 041 0410 0411 0412 0413 0414 0415 0416 0417 0419 042 0421 048 0488 049 0499 ' +
    '05 050 0500 051 0510 0511 0512 0519 052 0520 0521 0522 0529 053 0530 0531 0532 0533 0539 054 0540 0541 0542 058 0588 059 0599 ' +
    '06 061 0610 0611 0612 0613 0619 068 0688 ' +
    '07 070 0700 071 0710 0711 0712 0713 0714 0715 0716 0719 072 0720 0721 0722 0723 0724 0729 073 0730 0731 0732 078 0788 079 0799 ' +
    '08 080 0800 081 0810 0811 0812 0819 082 0821 083 0831 084 0841 088 0888 089 0899 ' +
    '09 090 0900 091 0910 0911 0912 0913 0914 0915 0916 0917 0919 092 0920 0921 0922 0923 0929 098 0988 099 0999 ' +
    '10 100 1000 101 1010 1011 1012 1013 1014 1015 1019 102 1020 1021 1022 1029 103 1030 1031 1032 1039 104 1041 108 1088 109 1099 ' +
    '99 999 9999'
  ).split(' '),
);
