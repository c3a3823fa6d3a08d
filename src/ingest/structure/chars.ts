/**
 * Character classes the structure scanners share. All take a UTF-16 code unit (`text.charCodeAt(i)`):
 * every mark we look for is in the Basic Multilingual Plane, so a surrogate half never matches one and
 * a span cut next to such a mark never splits an astral character.
 */

/** Whitespace as it appears in Chinese documents: ASCII, ideographic space (`　`, indentation), NBSP, BOM. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/** ASCII `0-9` or full-width `０-９`. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A Han character (CJK unified ideographs, extension A, compatibility) or a surrogate half (extension B+). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}

const CN_NUMERALS: ReadonlySet<number> = new Set([...'〇零一二三四五六七八九十百千两'].map((ch) => ch.charCodeAt(0)));

/** A Chinese numeral as used in heading markers (`一`, `十二`, `一百零三`). */
export function isCnNumeral(c: number): boolean {
  return CN_NUMERALS.has(c);
}

/** Circled numbers `①`–`⑳`, `㉑`–`㉟`, `㊱`–`㊿`: footnote marks in Chinese documents. */
export function isCircledNumber(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
}

/** Superscript digits `⁰¹²³⁴⁵⁶⁷⁸⁹`. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** `（` or `(`. */
export function isOpenParen(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

/** `）` or `)`. */
export function isCloseParen(c: number): boolean {
  return c === 0xff09 || c === 0x29;
}

/**
 * Marks that close what a sentence-final mark ends and so stay with that sentence: closing quotes,
 * brackets and book-title marks (`”’」』）)】]》〉`).
 */
export function isCloser(c: number): boolean {
  return (
    c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 ||
    c === 0x3011 || c === 0x5d || c === 0xff3d || c === 0x300b || c === 0x3009
  );
}

/** Index of the first non-space code unit in `[start, end)`, or `end`. */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last non-space code unit in `[start, end)`, or `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
