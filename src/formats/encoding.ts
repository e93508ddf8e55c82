/**
 * Character-level checks that run before any format reader: binary files, text that was decoded with the wrong
 * encoding (U+FFFD replacement characters, UTF-8 read as Latin-1), and decoding bytes into text.
 */
import { feedIssue } from '../sdk/feed/issues.js';
import type { FeedIssue } from '../sdk/feed/issues.js';

/** Windows-1252 characters in 0x80–0x9F, by code point, mapped back to their byte. */
const CP1252: ReadonlyMap<number, number> = new Map(
  [
    [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
    [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
    [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
    [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
  ],
);

/** A byte 0x80–0xBF (a UTF-8 continuation byte) as Windows-1252 or Latin-1 shows it. */
const CONT = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';

/** The UTF-8 bytes of one letter read as Windows-1252 / Latin-1: `Ã¶` for `ö`, `â€“` for `–`. */
const MOJIBAKE_RE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`);

const FROM_CP1252: ReadonlyMap<number, number> = new Map([...CP1252].map(([cp, b]) => [b, cp]));

/** Windows-1252 bytes as text (0x80–0x9F are the typographic characters, not C1 controls). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? (FROM_CP1252.get(b) ?? b) : b)));
  }
  return out;
}

/** Undo UTF-8-read-as-Windows-1252: `undefined` unless every character maps back to a byte and the bytes are UTF-8. */
function repairMojibake(text: string): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : CP1252.get(c);
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The word around `at` (at most 20 characters each side), to quote in a message. */
const example = (text: string, at: number): string => {
  const stop = /[\s,;"'<>|]/;
  let from = at;
  while (from > 0 && at - from < 20 && !stop.test(text[from - 1]!)) from--;
  let to = at + 1;
  while (to < text.length && to - at < 20 && !stop.test(text[to]!)) to++;
  return text.slice(from, to);
};

export interface CheckedText {
  text: string;
  issues: FeedIssue[];
  /** The text is not something any reader can use (binary data): stop here. */
  fatal: boolean;
}

/**
 * Look at the text before reading it: strip a byte-order mark, refuse binary data with a message that says what
 * the file probably is, warn about replacement characters, and repair UTF-8 that was read as Windows-1252.
 */
export function checkText(input: string): CheckedText {
  const issues: FeedIssue[] = [];
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const head = text.slice(0, 65_536);
  if (/^PK\u0003\u0004/.test(head)) {
    const what = /xl\/|\.xlsx?\b/.test(head) ? 'an Excel .xlsx workbook' : /content\.xml|opendocument/i.test(head) ? 'an OpenDocument (.ods) file' : 'a ZIP archive (an .xlsx or .ods spreadsheet?)';
    issues.push(feedIssue(`the file is ${what}, not text: save the sheet as 'CSV UTF-8' and publish that file`, 'error'));
    return { text, issues, fatal: true };
  }
  if (head.startsWith('%PDF')) {
    issues.push(feedIssue('the file is a PDF document, not a feed: publish the data as JSON, CSV, iCalendar or RSS', 'error'));
    return { text, issues, fatal: true };
  }
  if (/^(\u00d0\u00cf\u0011\u00e0|\ufffd\ufffd\u0011\ufffd)/.test(head)) {
    issues.push(feedIssue('the file is an old Excel (.xls) or Word document, not text: save the sheet as \'CSV UTF-8\'', 'error'));
    return { text, issues, fatal: true };
  }
  let control = 0;
  let nul = 0;
  let replacement = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 9 || (c > 13 && c < 32) || c === 127) && c !== 27) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (nul > 0 && nul >= head.length / 4 && (/^\ufffd\ufffd/.test(head) || /^(.\u0000){4}|^(\u0000.){4}/s.test(head))) {
    issues.push(feedIssue('the text looks like UTF-16 decoded as UTF-8 (every other character is NUL): save the file as UTF-8', 'error'));
    return { text, issues, fatal: true };
  }
  if (nul === 0 && control <= head.length / 100 && replacement > Math.max(8, head.length / 10)) {
    issues.push(
      feedIssue(
        `${Math.round((replacement * 100) / head.length)}% of the text is undecodable bytes (�): the file is not UTF-8 but another encoding (such as Windows-1252, ISO-8859-7 or UTF-16); save it as UTF-8`,
        'error',
      ),
    );
    return { text, issues, fatal: true };
  }
  if (head.length > 0 && (nul > 0 || control > head.length / 100)) {
    issues.push(
      feedIssue(
        'the file is binary data, not text (it contains control characters or undecodable bytes): publish a JSON, CSV, iCalendar, RSS, Atom or HTML file',
        'error',
      ),
    );
    return { text, issues, fatal: true };
  }
  const fffd = text.indexOf('\ufffd');
  if (fffd !== -1) {
    let count = 0;
    for (let i = fffd; i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
    issues.push(
      feedIssue(
        `the text has ${count} replacement character${count === 1 ? '' : 's'} (�) where bytes could not be decoded, e.g. ${quoteExample(example(text, fffd))}: ` +
          'the file was probably saved in another encoding (such as Windows-1252 or Latin-1); save it as UTF-8',
        'warning',
      ),
    );
  }
  const bad = MOJIBAKE_RE.exec(text);
  if (bad) {
    const sample = example(text, bad.index);
    const repaired = repairMojibake(text);
    if (repaired !== undefined) {
      text = repaired;
      issues.push(
        feedIssue(
          `the text is UTF-8 that was read as Windows-1252/Latin-1 (${quoteExample(sample)}); it was repaired, but fix the source: save or serve it as UTF-8`,
          'warning',
        ),
      );
    } else {
      issues.push(
        feedIssue(
          `the text looks like UTF-8 that was read as Windows-1252/Latin-1 (${quoteExample(sample)}): letters such as ä, ö, é will show wrongly; save or serve the file as UTF-8`,
          'warning',
        ),
      );
    }
  }
  return { text, issues, fatal: false };
}

const quoteExample = (s: string) => `'${s}'`;

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

type LegacyCodePage = 'windows-1252' | 'windows-1250';

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
