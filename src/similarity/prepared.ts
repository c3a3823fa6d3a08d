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

/**
 * Where the sentence units of a document lie: four numbers per unit, content `start`, `end` and the
 * original span's `start`, `end`. Together with the content view this is all alignment needs of a
 * source, so the index can store it and a check need not normalise or segment the source again.
 */
export type UnitRanges = Int32Array;

/** Shortest unit of alignment, in content characters; shorter sentences join their neighbour. */
const MIN_UNIT = 8;

/** Prepares a document: sentences are the units of alignment, found by the structure stage. */
export function prepare(path: string, document: Document): Prepared {
  const content = contentOf(document.normalised);
  return preparedFrom(path, document.raw.meta, content, unitRanges(document, content), document);
}

/**
 * A prepared document from its parts: the content view and unit ranges (as {@link prepare} finds them,
 * or as the index stored them) and the document itself, or a function that makes it when first asked
 * (a source's document is needed only to place a reported passage in its original text).
 */
export function preparedFrom(
  path: string,
  meta: DocumentMeta,
  content: Content,
  ranges: UnitRanges,
  document: Document | (() => Document),
): Prepared {
  const codePoints = content.codePoints;
  const unitOf = new Int32Array(codePoints.length).fill(-1);
  const units: Unit[] = [];
  for (let r = 0; r < ranges.length; r += 4) {
    const start = ranges[r]!;
    const end = ranges[r + 1]!;
    const index = units.length;
    units.push(new LazyUnit(start, end, { start: ranges[r + 2]!, end: ranges[r + 3]! }, codePoints));
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
  if (typeof document !== 'function') return { path, meta, document, content, units, unitOf };
  let made: Document | undefined;
  return {
    path,
    meta,
    get document(): Document {
      return (made ??= document());
    },
    content,
    units,
    unitOf,
  };
}

/**
 * The sentence units of a document, found by the structure stage. Fragments shorter than MIN_UNIT (a
 * line broken mid-sentence, "新华社记者 摄") join the unit before.
 */
export function unitRanges(document: Document, content: Content): UnitRanges {
  const starts = document.normalised.starts;
  const out: number[] = [];
  for (const sentence of document.structure.sentences) {
    const start = firstContentAtOrAfter(content, starts, sentence.start);
    const end = firstContentAtOrAfter(content, starts, sentence.end);
    if (end <= start) continue;
    const at = out.length - 4;
    if (at >= 0 && (end - start < MIN_UNIT || out[at + 1]! - out[at]! < MIN_UNIT)) {
      out[at + 1] = end;
      out[at + 3] = sentence.end;
    } else {
      out.push(start, end, sentence.start, sentence.end);
    }
  }
  return Int32Array.from(out);
}

/**
 * A sentence unit whose bigram multiset is made when alignment first compares it: a source is aligned
 * only around its seeds, so most of its sentences are never compared at all.
 */
class LazyUnit implements Unit {
  readonly start: number;
  readonly end: number;
  readonly span: Span;
  readonly #codePoints: Uint32Array;
  #bigrams: Float64Array | undefined;

  constructor(start: number, end: number, span: Span, codePoints: Uint32Array) {
    this.start = start;
    this.end = end;
    this.span = span;
    this.#codePoints = codePoints;
  }

  get bigrams(): Float64Array {
    return (this.#bigrams ??= bigrams(this.#codePoints, this.start, this.end));
  }
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
