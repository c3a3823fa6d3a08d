import { equalsUtf8, hashString, hashUtf8, skipField, skipSpace } from './utf8-dictionary.js';

/**
 * Part-of-speech tags of jieba's dictionary words, looked up in JavaScript.
 *
 * jieba's tagger is its cutter plus a dictionary look-up: a word found in the dictionary gets the tag
 * written there, any other word a guess from its characters (`m` for digits, `eng` for Latin letters,
 * `x` for the rest). Doing that look-up here, on the words `cut` returns, gives the same tags while
 * sparing the native call its `{ word, tag }` objects, which made tagging cost 2.5 times cutting.
 *
 * The table is built the way jieba loads its dictionaries: a line is `word [freq] [tag]` split at white
 * space; a word's first entry sets its tag (a user dictionary may change a word's frequency, never its
 * tag); an entry without a tag gets the empty one. Words stay where they are, in the UTF-8 bytes of
 * the dictionary, and are hashed into one open-addressing table in a typed array: for jieba's 349,045
 * words that takes ~0.1 s of CPU and 8 MB per thread (about what jieba takes to load the same
 * dictionary), where a `Map` of strings took ~0.3 s and ~45 MB.
 */
export class DictionaryTags {
  /** The dictionaries' bytes, one after the other, a newline between; entries point into them. */
  private readonly bytes: Uint8Array;
  /**
   * Open addressing, four numbers per slot: the word's hash, its start and end in `bytes` (end 0: an
   * empty slot) and its tag. One slot is one look-up's only cache miss until the hash matches.
   */
  private readonly slots: Int32Array;
  /**
   * Tag + 1 of each one-code-unit word, 0 when it is not in the dictionary. Almost half of the words
   * `cut` returns are one character (的, 和, punctuation): this 256 KB array answers them without a
   * probe into the 8 MB table.
   */
  private readonly single = new Int32Array(0x10000);
  private readonly tags: string[] = [];
  private readonly asciiTags = new Map<number, number>();
  private readonly otherTags = new Map<string, number>();
  private count = 0;

  /** `dictionaries`: jieba dictionaries in UTF-8 (`dict` of `@node-rs/jieba/dict.js`, then a user dictionary). */
  constructor(...dictionaries: readonly Uint8Array[]) {
    this.bytes = joinLines(dictionaries);
    let lines = 1;
    for (let at = this.bytes.indexOf(NEWLINE); at >= 0; at = this.bytes.indexOf(NEWLINE, at + 1)) lines++;
    // At most two slots in three taken (jieba's dictionary: 349,045 words in 2^19 slots, 8 MB).
    this.slots = new Int32Array(SLOT * 2 ** Math.ceil(Math.log2(1.5 * lines)));
    this.load();
  }

  /** The tag jieba's `tag` gives `word`, a word its `cut` returned. */
  tagOf(word: string): string {
    if (word.length === 1) {
      const t = this.single[word.charCodeAt(0)]!;
      return t > 0 ? this.tags[t - 1]! : guessTag(word);
    }
    const slots = this.slots;
    const mask = slots.length - SLOT;
    const h = hashString(word) | 0;
    for (let at = (h * SLOT) & mask; ; at = (at + SLOT) & mask) {
      const end = slots[at + 2]!;
      if (end === 0) return guessTag(word);
      if (slots[at] === h && equalsUtf8(this.bytes, slots[at + 1]!, end, word)) return this.tags[slots[at + 3]!]!;
    }
  }

  /** Distinct words in the table. */
  get size(): number {
    return this.count;
  }

  private load(): void {
    const bytes = this.bytes;
    for (let at = 0; at < bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, at);
      if (end < 0) end = bytes.length;
      const wordStart = skipSpace(bytes, at, end);
      const wordEnd = skipField(bytes, wordStart, end);
      if (wordEnd > wordStart) {
        const tagStart = skipSpace(bytes, skipField(bytes, skipSpace(bytes, wordEnd, end), end), end);
        this.insert(wordStart, wordEnd, this.tagId(tagStart, skipField(bytes, tagStart, end)));
      }
      at = end + 1;
    }
  }

  private insert(start: number, end: number, tagId: number): void {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    const h = hashUtf8(this.bytes, start, end) | 0;
    for (let at = (h * SLOT) & mask; ; at = (at + SLOT) & mask) {
      if (slots[at + 2] === 0) {
        slots[at] = h;
        slots[at + 1] = start;
        slots[at + 2] = end;
        slots[at + 3] = tagId;
        this.count++;
        const b = this.bytes[start]!;
        const oneUnit = (end - start === 1 && b < 0x80) || (end - start === 2 && b >= 0xc0 && b < 0xe0) || (end - start === 3 && b >= 0xe0 && b < 0xf0);
        if (oneUnit) this.single[unitOf(this.bytes, start, end)] = tagId + 1;
        return;
      }
      if (slots[at] === h && sameBytes(this.bytes, slots[at + 1]!, slots[at + 2]!, start, end)) return; // the first entry's tag stays
    }
  }

  /** The index of the tag in `[start, end)`; tags of up to four ASCII letters (all of jieba's) skip decoding. */
  private tagId(start: number, end: number): number {
    let packed = end - start <= 4 ? 1 : -1;
    for (let i = start; packed > 0 && i < end; i++) packed = this.bytes[i]! < 0x80 ? packed * 128 + this.bytes[i]! : -1;
    const known = packed > 0 ? this.asciiTags.get(packed) : undefined;
    if (known !== undefined) return known;
    const tag = new TextDecoder().decode(this.bytes.subarray(start, end));
    let id = this.otherTags.get(tag);
    if (id === undefined) {
      id = this.tags.push(tag) - 1;
      this.otherTags.set(tag, id);
    }
    if (packed > 0) this.asciiTags.set(packed, id);
    return id;
  }
}

/**
 * jieba's tag for a word not in its dictionaries: `m` when its ASCII letters and digits are all digits,
 * `eng` when some are letters, `x` when it has none (punctuation, white space, unknown Han words).
 */
export function guessTag(word: string): string {
  let alnum = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      alnum++;
      digits++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) alnum++;
  }
  return alnum === 0 ? 'x' : alnum === digits ? 'm' : 'eng';
}

const NEWLINE = 0x0a;

/** The UTF-16 code unit of a one-character UTF-8 sequence of 1–3 bytes. */
function unitOf(bytes: Uint8Array, start: number, end: number): number {
  const b = bytes[start]!;
  if (end - start === 1) return b;
  if (end - start === 2) return ((b & 0x1f) << 6) | (bytes[start + 1]! & 0x3f);
  return ((b & 0x0f) << 12) | ((bytes[start + 1]! & 0x3f) << 6) | (bytes[start + 2]! & 0x3f);
}
/** Numbers per slot of the table. */
const SLOT = 4;

function joinLines(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    out[at + part.length] = NEWLINE;
    at += part.length + 1;
  }
  return out;
}

function sameBytes(bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (bytes[aStart + i] !== bytes[bStart + i]) return false;
  return true;
}
