/**
 * Text folding and tokenising for search: case-, diacritic- and punctuation-insensitive, for the Latin, Greek and
 * Cyrillic scripts Europe writes in.
 *
 * Folding a word: lower-case it, decompose it (NFKD, which also splits ligatures such as `ﬁ` and `ĳ` and maps
 * full-width and super-script forms), drop every combining mark (accents, Greek tonos and dialytika, the Cyrillic
 * breve of `й` and diaeresis of `ё`), then map the letters that are not composed of a base and a mark and so survive
 * NFD (`ł ø æ ß œ đ þ ð ı ħ ŧ ŋ ĸ`, Greek final `ς`, …) to plain forms. Punctuation separates words: `l'Île-de-France`
 * folds to `l ile de france`. A Catalan middle dot joins (`col·legi` → `collegi`).
 *
 * Pure and DOM-free. The tokenizer memoises folded words (texts repeat them), so indexing a large feed folds each
 * distinct spelling once.
 */

/** Letters NFKD leaves alone, mapped to what a person types on a plain keyboard. */
const SPECIAL: Readonly<Record<string, string>> = {
  'ł': 'l',
  'ø': 'o',
  'æ': 'ae',
  'ß': 'ss',
  'œ': 'oe',
  'đ': 'd',
  'ð': 'd',
  'þ': 'th',
  'ı': 'i',
  'ħ': 'h',
  'ŀ': 'l',
  'ĸ': 'k',
  'ŋ': 'n',
  'ŧ': 't',
  'ſ': 's',
  'ƒ': 'f',
  'ƀ': 'b',
  'ɨ': 'i',
  'ɫ': 'l',
  'ƚ': 'l',
  'ə': 'e',
  'ǝ': 'e',
  'ɛ': 'e',
  'ɔ': 'o',
  'ʉ': 'u',
  'ς': 'σ',
  'ϐ': 'β',
  'ϑ': 'θ',
  'ϕ': 'φ',
  'ϱ': 'ρ',
  'ϲ': 'σ',
  '·': '',
  'ʼ': '',
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');
const MARKS_RE = /\p{M}+/gu;
const PLAIN_RE = /^[a-z0-9]*$/;
const NON_WORD_RE = /[^\p{L}\p{N}]+/u;
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}\u00B7]$/u;

/** Per UTF-16 unit: 0 = not yet classified, 1 = part of a word, 2 = separator. ASCII is pre-filled. */
const charClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  charClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
// Surrogates: a pair is classified as a whole code point in `isWordAt`.
for (let c = 0xd800; c <= 0xdfff; c++) charClass[c] = 3;

function isWordUnit(code: number): boolean {
  let k = charClass[code]!;
  if (k === 0) {
    k = WORD_CHAR_RE.test(String.fromCharCode(code)) ? 1 : 2;
    charClass[code] = k;
  }
  return k === 1;
}

/**
 * Fold one run of word characters. May return several words separated by single spaces (NFKD turns `¼` into
 * `1⁄4`) or `''` (a lone mark).
 */
function foldRun(raw: string): string {
  let s = raw.toLowerCase();
  if (PLAIN_RE.test(s)) return s;
  s = s.normalize('NFKD').toLowerCase().replace(MARKS_RE, '').replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch);
  // Decomposition can produce lower-case-able or separator characters (compatibility forms): settle them.
  s = s.toLowerCase();
  if (!PLAIN_RE.test(s) && NON_WORD_RE.test(s)) s = s.split(NON_WORD_RE).filter(Boolean).join(' ');
  return s;
}

const MAX_CACHE = 100_000;
let runCache = new Map<string, string>();

/** Fold a run of word characters, memoised. */
export function foldWordRun(raw: string): string {
  let hit = runCache.get(raw);
  if (hit === undefined) {
    hit = foldRun(raw);
    if (runCache.size >= MAX_CACHE) runCache = new Map();
    runCache.set(raw, hit);
  }
  return hit;
}

/** Whether the UTF-16 unit at `i` starts a word character: its length (1, or 2 for a surrogate pair), else 0. */
function classifyAt(text: string, i: number, code: number): number {
  const k = charClass[code]!;
  if (k === 1) return 1;
  if (k === 2) return 0;
  if (k === 0) return isWordUnit(code) ? 1 : 0;
  // A surrogate: only a complete pair counts, and only if the code point is a letter, number or mark.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && WORD_CHAR_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Receives the word runs `scanWords` finds. */
export interface WordSink {
  /** The run `text[start, end)`, with a 30-bit FNV-1a hash of its UTF-16 units. */
  word(text: string, start: number, end: number, hash: number): void;
}

/**
 * Find every run of word characters in `text` (letters, digits and combining marks; everything else separates) and
 * hand its position and hash to `sink`, without creating strings: the index memoises folded words per raw run through
 * it. The hash is kept to 30 bits so it stays an unboxed integer. With `html`, tags (`<…>`) separate and are skipped.
 */
export function scanWords(text: string, sink: WordSink, html = false): void {
  const n = text.length;
  let start = -1;
  let h = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass[c]!;
    const w = k === 1 ? 1 : k === 2 ? 0 : classifyAt(text, i, c);
    if (w !== 0) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
      i += w;
      continue;
    }
    if (start >= 0) {
      sink.word(text, start, i, h & 0x3fffffff);
      start = -1;
    }
    if (html && c === 60) {
      const close = text.indexOf('>', i + 1);
      i = close < 0 ? n : close + 1;
    } else i++;
  }
  if (start >= 0) sink.word(text, start, n, h & 0x3fffffff);
}

class TokenSink implements WordSink {
  out: string[] = [];
  word(text: string, start: number, end: number): void {
    const folded = foldWordRun(text.slice(start, end));
    if (folded === '') return;
    if (folded.indexOf(' ') < 0) this.out.push(folded);
    else this.out.push(...folded.split(' '));
  }
}


/**
 * The visible text of a limited-HTML fragment: tags become spaces and character references are decoded.
 */
export function htmlToText(html: string): string {
  return decodeEntities(html.indexOf('<') < 0 ? html : html.replace(/<[^>]*>?/g, ' '));
}

/**
 * Split a text into folded words: `tokenize("l'Île-de-France, Łódź")` → `['l', 'ile', 'de', 'france', 'lodz']`.
 * Case, diacritics and punctuation are gone; the order is kept and words may repeat.
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const sink = new TokenSink();
  scanWords(text, sink);
  return sink.out;
}

/**
 * Fold a text for comparison: lower-case, without diacritics, with special letters mapped (`ł`→`l`, `ø`→`o`,
 * `æ`→`ae`, `ß`→`ss`, `œ`→`oe`, `đ`/`ð`→`d`, `þ`→`th`, `ı`→`i`, `ħ`→`h`, Greek accents and final sigma, Cyrillic
 * `ё`→`е`) and punctuation turned into single spaces: `foldText("l'Île-de-France")` → `'l ile de france'`.
 * Two texts that fold equal are equal for search.
 */
export function foldText(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * A slug for ids, topics and file names, through the same folding as search: `Współpraca międzynarodowa` →
 * `wspolpraca-miedzynarodowa`, `Øresund` → `oresund`, `Straße` → `strasse`. Only `a-z`, `0-9` and single hyphens are
 * left; a text in another script (Greek, Cyrillic) gives `''`.
 */
export function foldSlug(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", nbsp: ' ',
  aelig: 'ae', oelig: 'oe', szlig: 'ss', eth: 'd', thorn: 'th', ijlig: 'ij', eng: 'n', kgreen: 'k', imath: 'i',
};

/**
 * A named reference to an accented Latin letter (`&scaron;`, `&Lstrok;`, `&oacute;`, `&odblac;`): search folds the
 * accent away, so the base letter is all it needs, without the full table (the formats readers decode with the
 * `entities` package for display).
 */
const LETTER_REF = /^([a-z])(acute|grave|circ|uml|tilde|ring|cedil|caron|ogon|macr|breve|dot|dblac|strok|slash|midot)$/i;

/**
 * Decode the character references of a limited-HTML fragment (a feed's `description`) for the tokenizer, leaving
 * tags (the tokenizer skips those in html mode); `&lt;` and `&gt;` become spaces so they cannot open a tag. Not a
 * sanitiser, not for display.
 */
export function decodeEntities(html: string): string {
  if (html.indexOf('&') < 0) return html;
  return html.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (_m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) && cp !== 60 && cp !== 62 ? String.fromCodePoint(cp) : ' ';
    }
    return ENTITIES[ref.toLowerCase()] ?? LETTER_REF.exec(ref)?.[1] ?? ' ';
  });
}
