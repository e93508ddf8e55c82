/**
 * The inverted index of folded words, built in two passes:
 * 1. every text of every item is scanned (`scanWords`); each raw run is looked up in a hash table probed with its
 *    position in the text (no string is created for a run already seen), giving folded word numbers; per item, the
 *    distinct words and the fields they occur in are appended to one flat buffer;
 * 2. the dictionary is sorted (so a prefix is a contiguous range, found by binary search) and the postings are laid
 *    out in one CSR block in dictionary order: `postDoc[offsets[w] … offsets[w + 1])` are the items containing word
 *    `w`, ascending, and `postMask` says in which fields.
 */
import { foldWordRun, scanWords } from './fold.js';
import type { WordSink } from './fold.js';
import { signature } from './fuzzy.js';

/** Words longer than this are cut (in the index and in queries alike). */
export const MAX_TOKEN = 64;

export interface TextIndex {
  /** The dictionary, sorted by UTF-16 code units. */
  words: string[];
  /** Letter signature of each word (see fuzzy.ts). */
  wordSig: Uint32Array;
  /** Dictionary positions by word length. */
  byLength: Int32Array[];
  offsets: Uint32Array;
  postDoc: Int32Array;
  postMask: Uint8Array;
  /**
   * The words of the sequence field (the title), in order, per item: `seqWords[seqOffsets[d] … seqOffsets[d + 1])`,
   * dictionary positions, -1 between two texts (two languages of a title), for phrase and proximity scoring.
   */
  seqOffsets: Uint32Array;
  seqWords: Int32Array;
}

function grow<T extends Int32Array | Uint8Array>(a: T, min: number): T {
  if (a.length >= min) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}

/** Collects the postings of one item after another: `doc` and `bit` say which item and field the text is from. */
export class TextIndexBuilder implements WordSink {
  doc = 0;
  bit = 0;
  /** Texts of this field also keep their word order (see `TextIndex.seqWords`). */
  constructor(private readonly seqBit = 0) {}

  // Raw run → folded word numbers: open addressing, four ints per slot (hash + 1, value, key start, key length) and
  // the keys' characters in one buffer, so a look-up touches two places in memory, not five objects.
  private table = new Int32Array(4 << 16);
  private keyChars = new Uint16Array(1 << 18);
  private keyEnd = 0;
  private entries = 0;
  /** Values below -1 point here: a run folding to several words (`-2 - index`). */
  private runLists: number[][] = [];

  // folded word → provisional number
  private dict = new Map<string, number>();
  private provisional: string[] = [];

  // per item, distinct word numbers and field masks, flat
  private docTok = new Int32Array(1 << 16);
  private docMask = new Uint8Array(1 << 16);
  private len = 0;
  private docStart: number[] = [];
  private seen = new Int32Array(1 << 14).fill(-1);
  private slot = new Int32Array(1 << 14);
  private df = new Int32Array(1 << 14);

  // word order of the sequence field, flat (provisional word numbers, -1 between texts)
  private seqTok = new Int32Array(1 << 14);
  private seqLen = 0;
  private seqStart: number[] = [];

  /** Start the next item (items must come in order 0, 1, 2, …). */
  startDoc(doc: number): void {
    this.doc = doc;
    this.docStart[doc] = this.len;
    this.seqStart[doc] = this.seqLen;
  }

  /** Index a text of the current item in field `bit`; with `html`, tags are skipped. */
  add(text: string, bit: number, html = false): void {
    this.bit = bit;
    if (bit === this.seqBit && this.seqLen > this.seqStart[this.doc]!) this.pushSeq(-1);
    scanWords(text, this, html);
  }

  word(text: string, start: number, end: number, hash: number): void {
    const t = this.table;
    const mask = (t.length >>> 2) - 1;
    const len = end - start;
    const tag = hash + 1;
    const keys = this.keyChars;
    let v = -1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      const h = t[at]!;
      if (h === 0) {
        v = this.learn(text, start, end, hash);
        break;
      }
      if (h !== tag || t[at + 3] !== len) continue;
      const from = t[at + 2]!;
      let j = 0;
      while (j < len && keys[from + j] === text.charCodeAt(start + j)) j++;
      if (j === len) {
        v = t[at + 1]!;
        break;
      }
    }
    if (v >= 0) this.addWord(v);
    else if (v <= -2) for (const id of this.runLists[-2 - v]!) this.addWord(id);
    if (this.bit === this.seqBit) {
      if (v >= 0) this.pushSeq(v);
      else if (v <= -2) for (const id of this.runLists[-2 - v]!) this.pushSeq(id);
    }
  }

  private pushSeq(id: number): void {
    if (this.seqLen === this.seqTok.length) this.seqTok = grow(this.seqTok, this.seqLen + 1);
    this.seqTok[this.seqLen++] = id;
  }

  /**
   * A run not seen before: fold it, number its words, remember it. Returns a word number (>= 0), -1 for no word, or
   * -2 - index into `runLists` when it folds to several words.
   */
  private learn(text: string, start: number, end: number, hash: number): number {
    const folded = foldWordRun(text.slice(start, end));
    const ids: number[] = [];
    if (folded !== '') {
      for (const w of folded.split(' ')) {
        const word = w.length > MAX_TOKEN ? w.slice(0, MAX_TOKEN) : w;
        let id = this.dict.get(word);
        if (id === undefined) {
          id = this.provisional.length;
          this.provisional.push(word);
          this.dict.set(word, id);
        }
        ids.push(id);
      }
    }
    const value = ids.length === 1 ? ids[0]! : ids.length === 0 ? -1 : -1 - this.runLists.push(ids);
    const len = end - start;
    if (this.keyEnd + len > this.keyChars.length) {
      const next = new Uint16Array(Math.max(this.keyChars.length * 2, this.keyEnd + len));
      next.set(this.keyChars);
      this.keyChars = next;
    }
    const keyStart = this.keyEnd;
    for (let j = 0; j < len; j++) this.keyChars[keyStart + j] = text.charCodeAt(start + j);
    this.keyEnd += len;
    if ((this.entries + 1) * 2 > this.table.length >>> 2) this.rehash();
    this.place(hash + 1, value, keyStart, len);
    this.entries++;
    return value;
  }

  private place(tag: number, value: number, keyStart: number, len: number): void {
    const t = this.table;
    const mask = (t.length >>> 2) - 1;
    let i = (tag - 1) & mask;
    while (t[i << 2] !== 0) i = (i + 1) & mask;
    const at = i << 2;
    t[at] = tag;
    t[at + 1] = value;
    t[at + 2] = keyStart;
    t[at + 3] = len;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) if (old[at] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }

  private addWord(id: number): void {
    if (id >= this.seen.length) {
      const old = this.seen.length;
      this.seen = grow(this.seen, id + 1);
      this.seen.fill(-1, old);
      this.slot = grow(this.slot, id + 1);
      this.df = grow(this.df, id + 1);
    }
    if (this.seen[id] === this.doc) {
      const slot = this.slot[id]!;
      this.docMask[slot] = this.docMask[slot]! | this.bit;
      return;
    }
    this.seen[id] = this.doc;
    const len = this.len;
    if (len === this.docTok.length) {
      this.docTok = grow(this.docTok, len + 1);
      this.docMask = grow(this.docMask, len + 1);
    }
    this.slot[id] = len;
    this.docTok[len] = id;
    this.docMask[len] = this.bit;
    this.len = len + 1;
    this.df[id]!++;
  }

  /** Sort the dictionary and lay out the postings. `n` is the number of items. */
  finish(n: number): TextIndex {
    const { provisional, df, docTok, docMask, docStart } = this;
    const total = this.len;
    docStart[n] = total;
    for (let d = n - 1; d >= 0; d--) if (docStart[d] === undefined) docStart[d] = docStart[d + 1]!;
    const V = provisional.length;
    const order = Array.from({ length: V }, (_, i) => i).sort((a, b) =>
      provisional[a]! < provisional[b]! ? -1 : provisional[a]! > provisional[b]! ? 1 : 0,
    );
    const renum = new Int32Array(V);
    const words = new Array<string>(V);
    const wordSig = new Uint32Array(V);
    const offsets = new Uint32Array(V + 1);
    const lengthCounts: number[] = [];
    for (let r = 0; r < V; r++) {
      const old = order[r]!;
      const w = provisional[old]!;
      renum[old] = r;
      words[r] = w;
      wordSig[r] = signature(w);
      offsets[r + 1] = offsets[r]! + df[old]!;
      lengthCounts[w.length] = (lengthCounts[w.length] ?? 0) + 1;
    }
    const byLength: Int32Array[] = [];
    const fill: number[] = [];
    for (let l = 0; l < lengthCounts.length; l++) {
      byLength[l] = new Int32Array(lengthCounts[l] ?? 0);
      fill[l] = 0;
    }
    for (let r = 0; r < V; r++) {
      const l = words[r]!.length;
      byLength[l]![fill[l]!++] = r;
    }
    const cursor = offsets.slice(0, V);
    const postDoc = new Int32Array(total);
    const postMask = new Uint8Array(total);
    for (let d = 0; d < n; d++) {
      for (let p = docStart[d]!, end = docStart[d + 1]!; p < end; p++) {
        const at = cursor[renum[docTok[p]!]!]!++;
        postDoc[at] = d;
        postMask[at] = docMask[p]!;
      }
    }
    const { seqTok, seqStart } = this;
    const seqOffsets = new Uint32Array(n + 1);
    const seqWords = new Int32Array(this.seqLen);
    seqStart[n] = this.seqLen;
    for (let d = n - 1; d >= 0; d--) if (seqStart[d] === undefined) seqStart[d] = seqStart[d + 1]!;
    for (let d = 0; d <= n; d++) seqOffsets[d] = seqStart[d]!;
    for (let p = 0; p < this.seqLen; p++) seqWords[p] = seqTok[p]! < 0 ? -1 : renum[seqTok[p]!]!;
    return { words, wordSig, byLength, offsets, postDoc, postMask, seqOffsets, seqWords };
  }
}
