/**
 * The EU authority-table codes the European Learning Model (ELM 3) uses for countries and languages, as data.
 *
 * Countries: the Publications Office's Country authority table (`http://publications.europa.eu/resource/authority/country`),
 * whose codes are the ISO 3166-1 alpha-3 codes except for a few territories the table codes on its own (`1A0` Kosovo,
 * `FQ0` French Southern and Antarctic Lands). Pairs below: ISO 3166-1 alpha-2 (as the feed writes it) then the
 * table's code; checked against the table's ELM 3 export (`xsd/loq/cv/country.xsd` in the European Commission's
 * European-Learning-Model repository on GitHub, 2023).
 *
 * Languages: the Publications Office's Language authority table (`http://publications.europa.eu/resource/authority/language`),
 * whose codes are ISO 639-3 (= ISO 639-2/T for these) in upper case: `ENG`, `NLD`, `DEU`, `ELL`. Pairs below: every
 * ISO 639-1 code (ISO 639-2 Registration Authority, Library of Congress) then the table's code; checked against
 * `xsd/loq/cv/language.xsd` of the same repository. A tag whose primary language subtag already has three letters
 * (`fil`, `hsb`) is that code in upper case.
 */

const pairs = (s: string, n: number): ReadonlyMap<string, string> =>
  new Map(s.split(' ').map((p) => [p.slice(0, n), p.slice(n)] as const));

/** ISO 3166-1 alpha-2 → EU Country authority table code (alpha-3). */
export const EU_COUNTRY: ReadonlyMap<string, string> = pairs(
  (
    'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH ' +
    'BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT ' +
    'BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB ' +
    'CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ' +
    'ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB ' +
    'GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ' +
    'ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM ' +
    'KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY ' +
    'MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT ' +
    'MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU ' +
    'NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT ' +
    'REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR ' +
    'SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFFQ0 TGTGO THTHA TJTJK TKTKL TLTLS ' +
    'TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN ' +
    'VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE XK1A0'
  ),
  2,
);

/** ISO 639-1 → EU Language authority table code. */
export const EU_LANGUAGE: ReadonlyMap<string, string> = pairs(
  (
    'aaAAR abABK aeAVE afAFR akAKA amAMH anARG arARA asASM avAVA ayAYM azAZE baBAK beBEL bgBUL biBIS bmBAM ' +
    'bnBEN boBOD brBRE bsBOS caCAT ceCHE chCHA coCOS crCRE csCES cuCHU cvCHV cyCYM daDAN deDEU dvDIV dzDZO ' +
    'eeEWE elELL enENG eoEPO esSPA etEST euEUS faFAS ffFUL fiFIN fjFIJ foFAO frFRA fyFRY gaGLE gdGLA glGLG ' +
    'gnGRN guGUJ gvGLV haHAU heHEB hiHIN hoHMO hrHRV htHAT huHUN hyHYE hzHER iaINA idIND ieILE igIBO iiIII ' +
    'ikIPK ioIDO isISL itITA iuIKU jaJPN jvJAV kaKAT kgKON kiKIK kjKUA kkKAZ klKAL kmKHM knKAN koKOR krKAU ' +
    'ksKAS kuKUR kvKOM kwCOR kyKIR laLAT lbLTZ lgLUG liLIM lnLIN loLAO ltLIT luLUB lvLAV mgMLG mhMAH miMRI ' +
    'mkMKD mlMAL mnMON mrMAR msMSA mtMLT myMYA naNAU nbNOB ndNDE neNEP ngNDO nlNLD nnNNO noNOR nrNBL nvNAV ' +
    'nyNYA ocOCI ojOJI omORM orORI osOSS paPAN piPLI plPOL psPUS ptPOR quQUE rmROH rnRUN roRON ruRUS rwKIN ' +
    'saSAN scSRD sdSND seSME sgSAG siSIN skSLK slSLV smSMO snSNA soSOM sqSQI srSRP ssSSW stSOT suSUN svSWE ' +
    'swSWA taTAM teTEL tgTGK thTHA tiTIR tkTUK tlTGL tnTSN toTON trTUR tsTSO ttTAT twTWI tyTAH ugUIG ukUKR ' +
    'urURD uzUZB veVEN viVIE voVOL waWLN woWOL xhXHO yiYID yoYOR zaZHA zhZHO zuZUL'
  ),
  2,
);

export const EU_COUNTRY_TABLE = 'http://publications.europa.eu/resource/authority/country';
export const EU_LANGUAGE_TABLE = 'http://publications.europa.eu/resource/authority/language';
export const EU_CURRENCY_TABLE = 'http://publications.europa.eu/resource/authority/currency';

/** `BE` → `http://publications.europa.eu/resource/authority/country/BEL`; `undefined` for a code not in the table. */
export function countryIri(alpha2: string): string | undefined {
  const code = EU_COUNTRY.get(alpha2.toUpperCase());
  return code ? `${EU_COUNTRY_TABLE}/${code}` : undefined;
}

/** The EU Language table code of a BCP 47 tag's language (`nl-BE` → `NLD`, `fil` → `FIL`); `undefined` when none. */
export function languageCode(tag: string): string | undefined {
  const primary = tag.split('-')[0]!.toLowerCase();
  if (primary.length === 2) return EU_LANGUAGE.get(primary);
  return /^[a-z]{3}$/.test(primary) && primary !== 'und' && primary !== 'mul' && primary !== 'zxx' ? primary.toUpperCase() : undefined;
}

/** `nl` → `http://publications.europa.eu/resource/authority/language/NLD`. */
export function languageIri(tag: string): string | undefined {
  const code = languageCode(tag);
  return code ? `${EU_LANGUAGE_TABLE}/${code}` : undefined;
}
