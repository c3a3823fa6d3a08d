/**
 * Reading a jieba dictionary in place, in its UTF-8 bytes: fields split at white space, and words hashed
 * and compared as the UTF-16 strings `cut` returns, so a word is looked up without decoding the
 * dictionary. The text is valid UTF-8 (jieba refuses to load anything else).
 */

/** Bytes of the Unicode White_Space character at `i` (what Rust's `split_whitespace` splits at), or 0. */
function spaceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b < 0xc2 || i + 1 >= end) return 0;
  const b1 = bytes[i + 1]!;
  if (b === 0xc2) return b1 === 0x85 || b1 === 0xa0 ? 2 : 0; // U+0085, U+00A0
  if (i + 2 >= end) return 0;
  const b2 = bytes[i + 2]!;
  if (b === 0xe1) return b1 === 0x9a && b2 === 0x80 ? 3 : 0; // U+1680
  if (b === 0xe3) return b1 === 0x80 && b2 === 0x80 ? 3 : 0; // U+3000
  if (b !== 0xe2) return 0;
  // U+2000–U+200A, U+2028, U+2029, U+202F; U+205F
  if (b1 === 0x80) return b2 <= 0x8a || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
  return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
}

/** The first offset in `[from, end)` that does not start white space, else `end`. */
export function skipSpace(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  for (let n = 0; i < end && (n = spaceLength(bytes, i, end)) > 0; ) i += n;
  return i;
}

/** The first offset in `[from, end)` that starts white space, else `end`. */
export function skipField(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && spaceLength(bytes, i, end) === 0) i++;
  return i;
}

/** One step of FNV-1a over a UTF-16 code unit. */
const step = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
const FNV_OFFSET = 0x811c9dc5;

/** MurmurHash3's finaliser, so that the low bits (the slot) depend on every unit. */
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a string's UTF-16 code units. */
export function hashString(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return finish(h);
}

/** The same hash, of the string that the UTF-8 bytes `[start, end)` encode. */
export function hashUtf8(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      h = step(h, b);
      i++;
    } else if (b < 0xe0) {
      h = step(h, ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if (b < 0xf0) {
      h = step(h, ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      h = step(step(h, 0xd800 + (cp >> 10)), 0xdc00 + (cp & 0x3ff));
      i += 4;
    }
  }
  return finish(h);
}

/** Whether the UTF-8 bytes `[start, end)` encode exactly `word`. */
export function equalsUtf8(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (word.charCodeAt(k++) !== b) return false;
      i++;
    } else if (b < 0xe0) {
      if (word.charCodeAt(k++) !== (((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f))) return false;
      i += 2;
    } else if (b < 0xf0) {
      if (word.charCodeAt(k++) !== (((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f))) return false;
      i += 3;
    } else {
      const cp = (((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      if (word.charCodeAt(k++) !== 0xd800 + (cp >> 10) || word.charCodeAt(k++) !== 0xdc00 + (cp & 0x3ff)) return false;
      i += 4;
    }
  }
  return k === word.length;
}
