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
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  const out: string[] = [];
  let n = 0;
  // Code units that stay as they are (nearly all of a report) are copied as runs sliced from the original.
  let run = 0;

  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    const kind = KINDS[c] || classify(c);
    if (kind === KEEP) {
      if (n === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
      }
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if (run < i) out.push(original.slice(run, i));
    let piece: string;
    let width = 1;
    if (kind === DROP) piece = '';
    else if (kind === MAPPED) piece = PIECES[c]!;
    else {
      const cp = original.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      piece = normaliseCodePoint(cp);
    }
    if (piece !== '') {
      if (n + piece.length > capacity) {
        capacity = Math.max(capacity * 2, n + piece.length);
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
      }
      for (let k = 0; k < piece.length; k++) {
        starts[n] = i;
        ends[n] = i + width;
        n++;
      }
      out.push(piece);
    }
    i += width;
    run = i;
  }
  if (run < original.length) out.push(original.slice(run));

  const text = toSimplified(out.join(''));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
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
