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

  // raw run → folded word numbers: open addressing over `slots` (entry + 1; 0 = empty)
  private slots = new Int32Array(1 << 16);
  private runHash: number[] = [];
  private runKey: string[] = [];
  /** A word number (>= 0), no word (-1) or a list of words (-2 - index into `runLists`). */
  private runValue: number[] = [];
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

  /** Start the next item (items must come in order 0, 1, 2, …). */
  startDoc(doc: number): void {
    this.doc = doc;
    this.docStart[doc] = this.len;
  }

  /** Index a text of the current item in field `bit`; with `html`, tags are skipped. */
  add(text: string, bit: number, html = false): void {
    this.bit = bit;
    scanWords(text, this, html);
  }

  word(text: string, start: number, end: number, hash: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = end - start;
    let e = -1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const x = slots[i]! - 1;
      if (x < 0) break;
      if (this.runHash[x] !== hash) continue;
      const key = this.runKey[x]!;
      if (key.length !== len) continue;
      let j = 0;
      while (j < len && key.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === len) {
        e = x;
        break;
      }
    }
    const v = e >= 0 ? this.runValue[e]! : this.learn(text.slice(start, end), hash);
    if (v >= 0) this.addWord(v);
    else if (v <= -2) for (const id of this.runLists[-2 - v]!) this.addWord(id);
  }

  /** A run not seen before: fold it, number its words, remember it. */
  private learn(run: string, hash: number): number {
    const folded = foldWordRun(run);
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
    if ((this.runKey.length + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let x = 0; x < this.runKey.length; x++) this.place(x, this.runHash[x]!);
    }
    const e = this.runKey.length;
    this.runKey.push(run);
    this.runHash.push(hash);
    this.runValue.push(value);
    this.place(e, hash);
    return value;
  }

  private place(e: number, hash: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = e + 1;
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
      this.docMask[this.slot[id]!] |= this.bit;
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
    return { words, wordSig, byLength, offsets, postDoc, postMask };
  }
}
