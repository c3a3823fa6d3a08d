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
 * tag); an entry without a tag gets the empty one. Words are kept as offsets into the dictionary text,
 * hashed into one open-addressing table of typed arrays, so building it for jieba's 349,046 words takes
 * tens of milliseconds and a few megabytes, where a `Map` took ~0.3 s and ~45 MB per thread.
 */
export class DictionaryTags {
  /** The dictionaries' text, one after the other; entries point into it. */
  private readonly pool: string;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly tagIds: Uint16Array;
  private readonly tags: string[] = [];
  /** Entry index + 1 per slot, 0 for an empty slot; the size is a power of two. */
  private readonly slots: Int32Array;
  private count = 0;

  constructor(...dictionaries: readonly string[]) {
    this.pool = dictionaries.join('\n');
    const lines = countLines(this.pool);
    this.starts = new Int32Array(lines);
    this.lengths = new Int32Array(lines);
    this.tagIds = new Uint16Array(lines);
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * lines + 2)));
    this.load();
  }

  /** The tag jieba's `tag` gives `word`, a word its `cut` returned. */
  tagOf(word: string): string {
    const k = this.find(word, 0, word.length);
    return k >= 0 ? this.tags[this.tagIds[k]!]! : guessTag(word);
  }

  /** Distinct words in the table. */
  get size(): number {
    return this.count;
  }

  private load(): void {
    const text = this.pool;
    const tagIndex = new Map<string, number>();
    let lastTag = '';
    let lastId = -1;
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      // Fields of `word [freq] [tag]`: each skip stops at the next space or non-space.
      const wordStart = skip(text, at, end, true);
      const wordEnd = skip(text, wordStart, end, false);
      if (wordEnd > wordStart) {
        const tagStart = skip(text, skip(text, skip(text, wordEnd, end, true), end, false), end, true);
        const tag = text.slice(tagStart, skip(text, tagStart, end, false));
        // Lines of one tag come in runs often enough that the last tag is worth checking first.
        if (tag !== lastTag || lastId < 0) {
          let id = tagIndex.get(tag);
          if (id === undefined) {
            id = this.tags.push(tag) - 1;
            tagIndex.set(tag, id);
          }
          lastTag = tag;
          lastId = id;
        }
        this.insert(wordStart, wordEnd - wordStart, lastId);
      }
      at = end + 1;
    }
  }

  private insert(start: number, length: number, tagId: number): void {
    const mask = this.slots.length - 1;
    for (let slot = hash(this.pool, start, start + length) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) {
        this.starts[this.count] = start;
        this.lengths[this.count] = length;
        this.tagIds[this.count] = tagId;
        this.slots[slot] = ++this.count;
        return;
      }
      if (this.equals(k, this.pool, start, length)) return; // the first entry's tag stays
    }
  }

  private find(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return -1;
      if (this.equals(k, text, start, end - start)) return k;
    }
  }

  private equals(k: number, text: string, start: number, length: number): boolean {
    if (this.lengths[k] !== length) return false;
    const from = this.starts[k]!;
    for (let i = 0; i < length; i++) if (this.pool.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
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

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so that the low bits (the slot) mix well. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Unicode White_Space, what Rust's `split_whitespace` splits a dictionary line at. */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c >= 0x80 &&
    (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000));

/** The first offset in `[from, end)` that is (`spaces` false) or is not (`spaces` true) white space, else `end`. */
function skip(text: string, from: number, end: number, spaces: boolean): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i)) === spaces) i++;
  return i;
}
