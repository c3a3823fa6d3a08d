/**
 * Everything the benchmark reports about one detector on one evaluation set, in one record: the PAN
 * measures overall and per disguise type, false alarms on negative documents, boilerplate coverage.
 */
import type { Boilerplate, DetectionDoc, TruthDoc } from './annotation.js';
import { boilerplateCoverage, type BoilerplateCoverage } from './boilerplate.js';
import { negativeFalseAlarms, type NegativeAlarms } from './negatives.js';
import { score, scoreByType, type Score, type TypeScore } from './pan.js';

export interface Evaluation {
  readonly overall: Score;
  readonly byType: readonly TypeScore[];
  readonly negatives: NegativeAlarms;
  /** `null` when no `boilerplate.json` was given. */
  readonly boilerplate: BoilerplateCoverage | null;
  /** Documents that have detections but no truth line (a naming mistake, usually), sorted. */
  readonly unknownDocuments: readonly string[];
}

export function evaluate(
  truth: readonly TruthDoc[],
  detections: readonly DetectionDoc[],
  boilerplate: Boilerplate | null = null,
): Evaluation {
  const known = new Set(truth.map((t) => t.suspicious));
  const unknown = new Set(detections.filter((d) => !known.has(d.suspicious)).map((d) => d.suspicious));
  return {
    overall: score(truth, detections),
    byType: scoreByType(truth, detections),
    negatives: negativeFalseAlarms(truth, detections),
    boilerplate: boilerplate === null ? null : boilerplateCoverage(boilerplate, detections),
    unknownDocuments: [...unknown].sort(),
  };
}
