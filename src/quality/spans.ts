import type { Normalised, Span } from '../model.js';

/** The original span of `[start, end)` in a normalised view (end > start). */
export function originalSpan(view: Normalised, start: number, end: number): Span {
  return { start: view.starts[start]!, end: view.ends[end - 1]! };
}

/** Content characters of `[start, end)`: Han characters, letters and digits (what CNKI counts). */
export function contentChars(text: string, span: Span): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the low half of an astral character counts once
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdbff)) n++;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19)) n++;
  }
  return n;
}

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Index of the span of `sorted` (sorted, disjoint) that contains `offset`, or -1. Binary search, so
 * placing every fact of a document in its sentence is O(n log n).
 */
export function spanIndexAt(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = sorted[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** `value` rounded to one decimal: scores are reported so, and ties between texts stay rare. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

export const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** A saturating curve: 0 at 0, 0.63 at `scale`, approaching 1. Strictly increasing, so more is always better. */
export const saturate = (value: number, scale: number): number => 1 - Math.exp(-Math.max(0, value) / scale);
