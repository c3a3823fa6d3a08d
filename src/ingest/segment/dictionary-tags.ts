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
 * the dictionary, and are hashed into one open-addressing table of typed arrays: for jieba's 349,045
 * words that takes ~0.1 s of CPU and ~7 MB per thread (about what jieba takes to load the same
 * dictionary), where a `Map` of strings took ~0.3 s and ~45 MB.
 */
export class DictionaryTags {
  /** The dictionaries' bytes, one after the other, a newline between; entries point into them. */
  private readonly bytes: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly tagIds: Uint16Array;
  private readonly tags: string[] = [];
  private readonly asciiTags = new Map<number, number>();
  private readonly otherTags = new Map<string, number>();
  /** Entry index + 1 per slot, 0 for an empty slot; the size is a power of two. */
  private readonly slots: Int32Array;
  private count = 0;

  /** `dictionaries`: jieba dictionaries in UTF-8 (`dict` of `@node-rs/jieba/dict.js`, then a user dictionary). */
  constructor(...dictionaries: readonly Uint8Array[]) {
    this.bytes = joinLines(dictionaries);
    let lines = 1;
    for (let at = this.bytes.indexOf(NEWLINE); at >= 0; at = this.bytes.indexOf(NEWLINE, at + 1)) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    this.tagIds = new Uint16Array(lines);
    // At most half the slots taken, for jieba's dictionary a third: a word missing from it (one word
    // in five of a report) ends its search at an empty slot after a probe or two.
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * lines)));
    this.load();
  }

  /** The tag jieba's `tag` gives `word`, a word its `cut` returned. */
  tagOf(word: string): string {
    const mask = this.slots.length - 1;
    for (let slot = hashString(word) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return guessTag(word);
      if (equalsUtf8(this.bytes, this.starts[k]!, this.ends[k]!, word)) return this.tags[this.tagIds[k]!]!;
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
    const mask = this.slots.length - 1;
    for (let slot = hashUtf8(this.bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) {
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.tagIds[this.count] = tagId;
        this.slots[slot] = ++this.count;
        return;
      }
      if (sameBytes(this.bytes, this.starts[k]!, this.ends[k]!, start, end)) return; // the first entry's tag stays
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
