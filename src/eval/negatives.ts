/**
 * False alarms on `negative` documents: drafts into which nothing was copied. A checker that flags them
 * accuses an honest author, so the benchmark counts them apart from the PAN measures.
 */
import type { DetectionDoc, TruthDoc } from './annotation.js';
import { naturalUnion, outsideNatural } from './natural.js';

/**
 * A detection shorter than this outside natural spans is not counted as a false alarm: 50 characters is
 * the threshold the evaluation README sets (about two sentences of a Chinese report).
 */
export const FALSE_ALARM_MIN_LENGTH = 50;

export interface NegativeAlarms {
  /** Number of `negative` documents in the truth. */
  readonly documents: number;
  /** The negative documents that got a false alarm, sorted by name. */
  readonly flagged: readonly string[];
  readonly minLength: number;
}

/**
 * Counts `negative` documents that got at least one detection with `minLength` or more characters of its
 * suspicious side outside the document's `natural` spans (each detection measured on its own).
 */
export function negativeFalseAlarms(
  truth: readonly TruthDoc[],
  detections: readonly DetectionDoc[],
  minLength: number = FALSE_ALARM_MIN_LENGTH,
): NegativeAlarms {
  const negatives = truth.filter((t) => t.obfuscation === 'negative');
  const flagged = negatives
    .filter((doc) => {
      const natural = naturalUnion(doc);
      return detections
        .filter((d) => d.suspicious === doc.suspicious)
        .some((d) => d.detections.some((r) => outsideNatural(r, natural) >= minLength));
    })
    .map((doc) => doc.suspicious)
    .sort();
  return { documents: negatives.length, flagged, minLength };
}
