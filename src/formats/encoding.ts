/**
 * Character-level checks that run before any format reader: binary files, text that was decoded with the wrong
 * encoding (U+FFFD replacement characters, UTF-8 read as Latin-1), and decoding bytes into text.
 */
import { feedIssue } from '../sdk/feed/issues.js';
import type { FeedIssue } from '../sdk/feed/issues.js';
import { CP1252 } from '../sdk/text/decode.js';

// Decoding bytes lives in the SDK (the feed client needs it without the format readers).
export { decodeText, detectLegacyCodePage } from '../sdk/text/decode.js';

/** A byte 0x80–0xBF (a UTF-8 continuation byte) as Windows-1252 or Latin-1 shows it. */
const CONT = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';

/** The UTF-8 bytes of one letter read as Windows-1252 / Latin-1: `Ã¶` for `ö`, `â€“` for `–`. */
const MOJIBAKE_RE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`);

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
