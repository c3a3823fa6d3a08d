import type { Document, DocumentMeta, Span } from '../model.js';
import { bigrams } from './bigrams.js';
import { contentOf, type Content } from './content.js';

/** A sentence in content coordinates, with its original span and its bigram multiset. */
export interface Unit {
  /** Content code point range `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Original text span (UTF-16, half-open). */
  readonly span: Span;
  readonly bigrams: Float64Array;
}

/** A document ready for alignment: content view, sentence units, metadata. */
export interface Prepared {
  readonly path: string;
  readonly meta: DocumentMeta;
  readonly document: Document;
  readonly content: Content;
  readonly units: readonly Unit[];
  /** Index of the unit holding each content position. */
  readonly unitOf: Int32Array;
}

/** Shortest unit of alignment, in content characters; shorter sentences join their neighbour. */
const MIN_UNIT = 8;

/** Prepares a document: sentences are the units of alignment, found by the structure stage. */
export function prepare(path: string, document: Document): Prepared {
  const view = document.normalised;
  const content = contentOf(view);
  const unitOf = new Int32Array(content.codePoints.length).fill(-1);
  const units: Unit[] = [];
  // Content positions of each normalised code unit, found by walking both views once.
  // Fragments shorter than MIN_UNIT (a line broken mid-sentence, "新华社记者 摄") join the unit before.
  const ranges: Array<{ start: number; end: number; span: Span }> = [];
  for (const sentence of document.structure.sentences) {
    const start = firstContentAtOrAfter(content, view.starts, sentence.start);
    const end = firstContentAtOrAfter(content, view.starts, sentence.end);
    if (end <= start) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && (end - start < MIN_UNIT || previous.end - previous.start < MIN_UNIT)) {
      ranges[ranges.length - 1] = { start: previous.start, end, span: { start: previous.span.start, end: sentence.end } };
    } else {
      ranges.push({ start, end, span: sentence });
    }
  }
  for (const { start, end, span } of ranges) {
    const index = units.length;
    units.push({ start, end, span, bigrams: bigrams(content.codePoints, start, end) });
    unitOf.fill(index, start, end);
  }
  // Content outside any sentence (a heading line without punctuation …) joins the nearest unit.
  let last = -1;
  for (let i = 0; i < unitOf.length; i++) {
    if (unitOf[i]! >= 0) last = unitOf[i]!;
    else if (last >= 0) unitOf[i] = last;
  }
  const first = units.length > 0 ? 0 : -1;
  for (let i = 0; i < unitOf.length && unitOf[i]! < 0; i++) unitOf[i] = first;
  return { path, meta: document.raw.meta, document, content, units, unitOf };
}

/** First content position whose original start is ≥ `offset` (binary search over the maps). */
function firstContentAtOrAfter(content: Content, starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = content.toNormalised.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[content.toNormalised[mid]!]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
