import type { Normalised, Span } from '../../model.js';
import { lowerBound } from '../../util/lower-bound.js';
import { normaliseCodePoint } from './code-point.js';
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
  let units: Uint16Array = new Uint16Array(capacity);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let n = 0;

  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    const kind = KINDS[c] || classify(c);
    if (kind === KEEP) {
      if (n === capacity) {
        capacity *= 2;
        [units, starts, ends] = [grow(units, capacity), grow(starts, capacity), grow(ends, capacity)];
      }
      units[n] = c;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    let piece: string;
    let width = 1;
    if (kind === DROP) piece = '';
    else if (kind === MAPPED) piece = PIECES[c]!;
    else {
      const cp = original.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      piece = normaliseCodePoint(cp);
    }
    if (n + piece.length > capacity) {
      capacity = Math.max(capacity * 2, n + piece.length);
      [units, starts, ends] = [grow(units, capacity), grow(starts, capacity), grow(ends, capacity)];
    }
    for (let k = 0; k < piece.length; k++) {
      units[n] = piece.charCodeAt(k);
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }

  const text = toSimplified(unitsToString(units, n));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Code units per `String.fromCharCode` call, well under engines' limits on the number of arguments. */
const CHUNK = 8192;

/**
 * The string of `units[0..n)`, lone surrogates included. Where code units are stored little-endian, Node
 * copies them straight into a string (UTF-16LE does not validate), some ten times faster than
 * `String.fromCharCode` in chunks, which remains for big-endian machines.
 */
function unitsToString(units: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK) parts.push(String.fromCharCode(...units.subarray(k, Math.min(n, k + CHUNK))));
  return parts.join('');
}

/**
 * What {@link normaliseCodePoint} does to each code unit of the Basic Multilingual Plane, filled in on first
 * sight: 0 not yet known, else one of the kinds below. Surrogates are `BY_CODE_POINT`, since an astral
 * character is decided by its whole code point.
 */
const KEEP = 1;
const DROP = 2;
const MAPPED = 3;
const BY_CODE_POINT = 4;
const KINDS = new Uint8Array(0x10000).fill(BY_CODE_POINT, 0xd800, 0xe000);
/** The replacement of each `MAPPED` code unit. */
const PIECES: Array<string | undefined> = [];

function classify(c: number): number {
  const piece = normaliseCodePoint(c);
  let kind = MAPPED;
  if (piece === '') kind = DROP;
  else if (piece.length === 1 && piece.charCodeAt(0) === c) kind = KEEP;
  else PIECES[c] = piece;
  KINDS[c] = kind;
  return kind;
}

/** A copy of `array` in a larger one of the same kind. */
function grow<T extends Uint16Array | Int32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
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
