import type { NormalizedConfig } from '../config/config.js';
import { findSuppressions, suppress } from '../config/suppression.js';
import type { Finding } from '../model.js';
import { sortFindings } from '../quality/findings.js';
import type { QualityReport } from '../quality/quality-report.js';
import type { DraftResult } from '../similarity/check.js';
import { applyRuleSettings, matchFindings, thresholdFindings } from './findings.js';
import { originalityOf, type CheckedDocument } from './report.js';

/** What goes into a checked document's report: the engine's result, the quality scorer's, and the settings. */
export interface DocumentInput {
  readonly path: string;
  /** The original text (for inline suppression). */
  readonly text: string;
  readonly result: DraftResult;
  readonly quality: QualityReport | null;
}

export type ReportSettings = Pick<NormalizedConfig, 'rules'> & Partial<Pick<NormalizedConfig, 'thresholds' | 'exclude'>>;

/**
 * A checked document: its ratios, scores and one list of findings (copy matches, quality problems and,
 * when thresholds are given, the limits it breaks), with rule settings and inline suppression applied,
 * in a deterministic order.
 */
export function documentReport(input: DocumentInput, settings: ReportSettings): CheckedDocument {
  const originality = originalityOf(input.result);
  const quality = input.quality?.quality ?? null;
  const all: Finding[] = [
    ...matchFindings(originality.matches),
    ...(input.quality?.findings ?? []),
    ...(settings.thresholds ? thresholdFindings(originality, quality, settings.thresholds, settings.exclude ?? { quotes: false, self: false }) : []),
  ];
  const findings = sortFindings(suppress(applyRuleSettings(all, settings.rules), findSuppressions(input.text)));
  return { path: input.path, status: 'checked', characters: input.text.length, originality, quality, findings };
}
