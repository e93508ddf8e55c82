/**
 * Bytes to text, without any format reader: a byte-order mark or the `charset` decides, else UTF-8, else the legacy
 * code page spreadsheet programs save in (Windows-1250 or Windows-1252, told apart by the letters). Pure and small:
 * the feed client decodes a feed with a declared charset through it, and the format readers and the CLI use it too.
 */
import { feedIssue } from '../feed/issues.js';
import type { FeedIssue } from '../feed/issues.js';

/** Windows-1252 characters in 0x80–0x9F, by code point, mapped back to their byte. */
export const CP1252: ReadonlyMap<number, number> = new Map(
  [
    [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
    [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
    [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
    [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
  ],
);

const FROM_CP1252: ReadonlyMap<number, number> = new Map([...CP1252].map(([cp, b]) => [b, cp]));

/** Windows-1252 bytes as text (0x80–0x9F are the typographic characters, not C1 controls). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? (FROM_CP1252.get(b) ?? b) : b)));
  }
  return out;
}


/**
 * The letters beyond ASCII (lower case) that each language writes, by the legacy code page its spreadsheet programs
 * save in. German is in both: Central-European files name German partners, and its letters have the same bytes.
 */
const ALPHABETS: Readonly<Record<LegacyCodePage, readonly string[]>> = {
  'windows-1252': [
    'àâæçéèêëîïôœùûüÿ', // fr
    'äöüß', // de
    'áéíñóúü', // es
    'àèéìíîòóùú', // it
    'áâãàçéêíóôõúü', // pt
    'áéèëïóöüêç', // nl
    'æøåé', // da, no
    'åäöé', // sv
    'äöåšž', // fi
    'àçéèíïòóúü·', // ca
    'áðéíóúýþæö', // is
  ],
  'windows-1250': [
    'ąćęłńóśźż', // pl
    'áčďéěíňóřšťúůýž', // cs
    'áäčďéíĺľňóôŕšťúýž', // sk
    'áéíóöőúüű', // hu
    'čćđšž', // hr, sl, bs
    'ăâîşţ', // ro (cedilla forms: Windows-1250 has no comma below)
    'äöüß', // de
  ],
};

export type LegacyCodePage = 'windows-1252' | 'windows-1250';

/** Non-ASCII characters that are not letters and still belong in text (typographic punctuation, signs). */
const TYPOGRAPHIC = new Set('€‚„…†‡‰‹‘’“”•–—™›«»°§©®±·µ¶×÷\u00a0\u00ad');

/**
 * How badly a decoding reads: the non-ASCII letters that no one language (or two together, for files that mix
 * a local language with a partner's, at a cost of half a letter) of the code page writes, plus the controls and stray signs (`³`, `¹`, `¿`
 * inside words: Polish `ł ą ż` read as Windows-1252) it produced. Lower is better.
 */
function misfit(text: string, cp: LegacyCodePage): number {
  const letters = new Map<string, number>();
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if (/\p{L}/u.test(ch)) {
      const l = ch.toLowerCase();
      letters.set(l, (letters.get(l) ?? 0) + 1);
    } else if (!TYPOGRAPHIC.has(ch) && !/\s/u.test(ch)) odd++;
  }
  if (letters.size === 0) return odd;
  const alphabets = ALPHABETS[cp];
  let best = Infinity;
  for (let i = 0; i < alphabets.length; i++) {
    for (let j = i; j < alphabets.length; j++) {
      const known = alphabets[i]! + alphabets[j]!;
      // Two languages explain more than one: a reading one language explains wins a tie.
      let miss = i === j ? 0 : 0.5;
      for (const [l, n] of letters) if (!known.includes(l)) miss += n;
      best = Math.min(best, miss);
    }
  }
  return best + odd;
}

/**
 * Where the Western letters that share a byte with a Central-European one stand in Western words, as regular
 * expressions that match where a Western word never has them: Spanish `ñ` comes before a vowel (`Dzień` read as
 * Windows-1252 ends in `ñ`), Italian `ì`, `ù` end a word (Czech `vědy`, `domů` put them inside), French and Italian
 * `è` never comes before a vowel nor starts a word (Czech `učitel`), Portuguese `õ`, `ã` end a word or come before
 * `e`, `o`, `s` (Hungarian `Győr`, Romanian `săptămână`), French `œ` comes before `u`, `i`, `e`, `d`, `s`, `t`
 * (Polish `ści`, `ś` at the end of a word), Icelandic `þ` starts a word (Romanian `porţi`).
 */
const UNWESTERN = [
  /ñ(?![aeiouáéíóúü])/giu,
  /è(?=[aeiouyáéíóúý])|(?<!\p{L})è(?=\p{L})/giu,
  /ò(?=[aeiouyáéíóúý])|(?<!\p{L})ò(?=\p{L})/giu,
  /[ìù](?=\p{L})/giu,
  /[õã](?=\p{L})(?![eos])/giu,
  /œ(?![uiedst])/giu,
  /(?<=\p{L})þ/giu,
];

/** How many letters of a Windows-1252 reading stand where no Western word has them (see `UNWESTERN`). */
function unwestern(text: string): number {
  let n = 0;
  for (const re of UNWESTERN) n += text.match(re)?.length ?? 0;
  return n;
}

/**
 * The legacy code page of bytes that are not UTF-8: Windows-1250 (Polish, Czech, Slovak, Hungarian, Croatian,
 * Slovenian, Romanian) when its reading fits those languages' letters strictly better than the Windows-1252 reading
 * fits the Western ones (their letters, and where those letters stand in a word); else Windows-1252. Only the bytes
 * ≥ 0x80 differ, and only letters decide.
 */
export function detectLegacyCodePage(bytes: Uint8Array): { codePage: LegacyCodePage; text: string } {
  const western = decodeWindows1252(bytes);
  let central: string;
  try {
    central = new TextDecoder('windows-1250').decode(bytes);
  } catch {
    return { codePage: 'windows-1252', text: western };
  }
  return misfit(central, 'windows-1250') < misfit(western, 'windows-1252') + unwestern(western)
    ? { codePage: 'windows-1250', text: central }
    : { codePage: 'windows-1252', text: western };
}

/**
 * Bytes as text: a byte-order mark or the `charset` of `contentType` decides; without either, UTF-8 when the bytes
 * are valid UTF-8, else the legacy code page spreadsheet programs save in (`detectLegacyCodePage`: Windows-1250 for
 * Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, Romanian text, else Windows-1252), with a warning.
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer, contentType?: string): { text: string; issues: FeedIssue[] } {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const issues: FeedIssue[] = [];
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(data.subarray(3)), issues };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), issues };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), issues };
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && /^(windows-1252|cp1252|x-cp1252|latin1|iso-8859-1|iso8859-1|l1|us-ascii|ascii)$/.test(charset)) {
    // What browsers do for all of these labels (WHATWG Encoding); some runtimes' TextDecoder decodes 0x80–0x9F wrongly.
    return { text: decodeWindows1252(data), issues };
  }
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { text: new TextDecoder(charset).decode(data), issues };
    } catch {
      issues.push(feedIssue(`the charset '${charset}' is not known; the bytes were read as UTF-8`, 'warning'));
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), issues };
  } catch {
    const { codePage, text } = detectLegacyCodePage(data);
    const name = codePage === 'windows-1250' ? 'Windows-1250 (Central European)' : 'Windows-1252 (Latin-1)';
    issues.push(
      feedIssue(
        `the file is not valid UTF-8${charset ? ` although it says charset=${charset}` : ''}; it was read as ${name}: ` +
          'save it as UTF-8 (in a spreadsheet: \'CSV UTF-8\') so every letter comes through',
        'warning',
      ),
    );
    return { text, issues };
  }
}
