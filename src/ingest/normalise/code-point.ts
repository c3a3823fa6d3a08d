import { PUNCTUATION } from './punctuation.js';

/** Zero-width and invisible formatting characters that copiers insert to break matching. */
const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]$/u;

const cache = new Map<number, string>();

/**
 * What one code point becomes before traditional → simplified conversion: NFKC, punctuation families
 * folded, whitespace and invisible characters dropped (`''`), Latin lowered. The rule itself, one code
 * point at a time; `normalise` applies it through a table.
 */
export function normaliseCodePoint(cp: number): string {
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCharCode(cp);
  if (cp < 0x80) {
    if (cp <= 0x20 || cp === 0x7f) return '';
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    return PUNCTUATION.get(cp) ?? String.fromCharCode(cp);
  }
  let piece = cache.get(cp);
  if (piece === undefined) {
    piece = slowNormalise(cp);
    cache.set(cp, piece);
  }
  return piece;
}

function slowNormalise(cp: number): string {
  const char = String.fromCodePoint(cp);
  if (/^\s$/u.test(char) || INVISIBLE.test(char)) return '';
  const punctuation = PUNCTUATION.get(cp);
  if (punctuation !== undefined) return punctuation;
  let result = '';
  for (const c of char.normalize('NFKC')) {
    const p = PUNCTUATION.get(c.codePointAt(0)!);
    if (p !== undefined) result += p;
    else if (!/^\s$/u.test(c)) result += c.toLowerCase();
  }
  return result;
}
