/**
 * The rule for `natural` spans: host text that genuinely also stands, word for word, in the reference
 * corpus. Such reuse is real but is not an inserted case, so a detection of it is neither credited nor
 * charged.
 *
 * Rule, precisely: a detection whose suspicious side `[this_offset, this_offset + this_length)` lies
 * entirely inside the union of the document's natural spans is dropped before scoring (adjacent or
 * overlapping natural spans count as one stretch). A detection with an empty suspicious side lies
 * inside vacuously and is dropped too: it claims no character. A detection that sticks out of the natural
 * spans by even one character is kept whole and scored like any other (its natural characters count in
 * its length): trimming it would credit a detector for over-long detections that happen to start in
 * natural text.
 */
import type { Span } from '../model.js';
import type { Annotation, TruthDoc } from './annotation.js';
import { mergeSpans, thisSpan, uncoveredLength } from './intervals.js';

/** The natural spans of a document as a sorted disjoint union (none for an unknown document). */
export function naturalUnion(doc: TruthDoc | undefined): Span[] {
  return mergeSpans((doc?.natural ?? []).map(thisSpan));
}

/** How many characters of a detection's suspicious side lie outside the natural spans. */
export function outsideNatural(detection: Annotation, natural: readonly Span[]): number {
  return uncoveredLength(thisSpan(detection), natural);
}

/** The detections the scorer sees: those not lying entirely inside natural spans (see the module rule). */
export function scoredDetections(doc: TruthDoc | undefined, detections: readonly Annotation[]): Annotation[] {
  const natural = naturalUnion(doc);
  return detections.filter((d) => outsideNatural(d, natural) > 0);
}
