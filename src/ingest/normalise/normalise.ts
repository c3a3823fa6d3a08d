import type { Normalised, Span } from '../../model.js';
import { lowerBound } from '../../util/lower-bound.js';
import { PUNCTUATION } from './punctuation.js';
import { toSimplified } from './traditional.js';

/** Bumped whenever normalising changes its output: indexes made with another version are rebuilt. */
export const NORMALISER_VERSION = 2;

/**
 * The normalised view of a text: NFKC (full-width → half-width), traditional → simplified,
 * punctuation families unified, whitespace and zero-width characters dropped, Latin lowered; and for
 * every normalised code unit the original span it came from.
 *
 * Each original code point yields zero or more normalised code points, all mapped to that code point's
 * original span, so the map is monotone: `starts` and `ends` never decrease.
 */
export function normalise(original: string): Normalised {
  let capacity = original.length + 16;
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  const out: string[] = [];
  let n = 0;

  const push = (piece: string, start: number, end: number): void => {
    if (n + piece.length > capacity) {
      capacity = Math.max(capacity * 2, n + piece.length);
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
    }
    for (let k = 0; k < piece.length; k++) {
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    out.push(piece);
  };

  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = normaliseCodePoint(cp);
    if (piece !== '') push(piece, i, i + width);
    i += width;
  }

  const text = toSimplified(out.join(''));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const cache = new Map<number, string>();

function normaliseCodePoint(cp: number): string {
  // Fast paths: CJK unified ideographs and ASCII make up almost all report text.
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

/** Zero-width and invisible formatting characters that copiers insert to break matching. */
const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]$/u;

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

function grow(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** The original span of the normalised span `[start, end)`; an empty span maps to an empty one. */
export function toOriginal(view: Normalised, start: number, end: number): Span {
  const size = view.starts.length;
  if (start >= end) {
    const at = start < size ? view.starts[start]! : size > 0 ? view.ends[size - 1]! : 0;
    return { start: at, end: at };
  }
  return { start: view.starts[start]!, end: view.ends[Math.min(end, size) - 1]! };
}

/** The normalised span of everything that came from the original span `[start, end)`. */
export function toNormalised(view: Normalised, start: number, end: number): Span {
  const from = lowerBound(view.ends, start + 1);
  const to = Math.max(from, lowerBound(view.starts, end));
  return { start: from, end: to };
}
