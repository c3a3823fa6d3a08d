/**
 * Character arithmetic on half-open `[start, end)` spans of one document, the only geometry the PAN measures
 * need: union, covered length, overlap. Offsets are UTF-16 code units, so astral characters simply count
 * two units on both sides of every comparison.
 */
import type { Span } from '../model.js';
import type { Annotation, NaturalSpan } from './annotation.js';

/** The suspicious-side span of an annotation or a natural span. */
export function thisSpan(a: Annotation | NaturalSpan): Span {
  return { start: a.this_offset, end: a.this_offset + a.this_length };
}

/** The source-side span of an annotation. */
export function sourceSpan(a: Annotation): Span {
  return { start: a.source_offset, end: a.source_offset + a.source_length };
}

/** Whether two spans share at least one character (empty spans share none). */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** The union of spans as sorted, disjoint, non-adjacent, non-empty spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}

/** How many characters the union of `spans` holds. */
export function unionLength(spans: readonly Span[]): number {
  return mergeSpans(spans).reduce((n, s) => n + s.end - s.start, 0);
}

/** How many characters of `target` lie in the union of `cover`: `|target ∩ ⋃ cover|`. */
export function coveredLength(target: Span, cover: readonly Span[]): number {
  const clipped = cover.map((c) => ({ start: Math.max(c.start, target.start), end: Math.min(c.end, target.end) }));
  return unionLength(clipped);
}

/** How many characters of `target` lie outside the union of `cover`: `|target \ ⋃ cover|`. */
export function uncoveredLength(target: Span, cover: readonly Span[]): number {
  return Math.max(0, target.end - target.start) - coveredLength(target, cover);
}
