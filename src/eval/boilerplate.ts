/**
 * Boilerplate coverage: how many common formulations (规范表述, listed in `boilerplate.json`) a detector
 * flagged. A checker should label them boilerplate, not copying; the evaluation README asks that at most
 * one in five be covered.
 */
import type { Span } from '../model.js';
import type { Boilerplate, DetectionDoc } from './annotation.js';
import { coveredLength, thisSpan } from './intervals.js';

/** A boilerplate span counts as covered when detections cover at least this share of its characters. */
export const BOILERPLATE_COVERED_SHARE = 0.5;

/** The README's target: at most one boilerplate span in five covered. */
export const BOILERPLATE_TARGET = 0.2;

export interface BoilerplateCoverage {
  readonly spans: number;
  readonly covered: number;
  /** `covered / spans`, or `null` when there are no spans. */
  readonly share: number | null;
}

/**
 * The share of boilerplate spans whose characters are covered, to at least `minShare`, by the union of the
 * suspicious sides of all detections in their document (every detection counts here, whatever its source,
 * since the natural-span rule of the PAN scorer is exactly what this measure looks behind).
 */
export function boilerplateCoverage(
  boilerplate: Boilerplate,
  detections: readonly DetectionDoc[],
  minShare: number = BOILERPLATE_COVERED_SHARE,
): BoilerplateCoverage {
  const byDoc = new Map<string, Span[]>();
  for (const d of detections) {
    const spans = byDoc.get(d.suspicious) ?? [];
    for (const r of d.detections) spans.push(thisSpan(r));
    byDoc.set(d.suspicious, spans);
  }
  let spans = 0;
  let covered = 0;
  for (const [doc, list] of Object.entries(boilerplate)) {
    const cover = byDoc.get(doc) ?? [];
    for (const [start, end] of list) {
      if (end <= start) continue;
      spans += 1;
      if (coveredLength({ start, end }, cover) >= minShare * (end - start)) covered += 1;
    }
  }
  return { spans, covered, share: spans === 0 ? null : covered / spans };
}
