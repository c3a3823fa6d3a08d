import type { Finding, Match } from '../model.js';
import type { Quality } from '../quality/quality-report.js';
import type { DraftResult } from '../similarity/check.js';
import type { SectionRatio, SourceShare } from '../similarity/ratios.js';

/** The stable report every reporter renders (documented in docs/report-format.md). */
export interface Report {
  readonly tool: { readonly name: 'wenchao'; readonly version: string };
  readonly corpus: { readonly path: string; readonly documents: number } | null;
  readonly documents: readonly DocumentReport[];
  /** The verdict of `wenchao gate`; absent in `wenchao check` reports. */
  readonly gate?: GateVerdict;
}

export type DocumentReport = CheckedDocument | FailedDocument;

export interface CheckedDocument {
  readonly path: string;
  readonly status: 'checked';
  readonly characters: number;
  readonly originality: Originality;
  /** Quality scores (docs/quality.md); null when the document was not scored. */
  readonly quality: Quality | null;
  /**
   * Copy matches, quality problems and failed thresholds in one shape, after rule severities and
   * inline suppression, sorted by offset, then rule.
   */
  readonly findings: readonly Finding[];
}

export interface FailedDocument {
  readonly path: string;
  readonly status: 'failed';
  /** One line: why the file could not be read. */
  readonly error: string;
}

export interface GateVerdict {
  readonly passed: boolean;
  /** Error-level findings, and documents that could not be read. */
  readonly errors: number;
  readonly warnings: number;
  /** Warnings allowed; -1 for no limit. */
  readonly maxWarnings: number;
}

export interface Originality {
  readonly copyRatio: number;
  readonly copyRatioExcludingQuotes: number;
  readonly copyRatioExcludingSelf: number;
  readonly maxSingleSourceRatio: number;
  readonly copiedChars: number;
  readonly totalChars: number;
  readonly matches: readonly Match[];
  readonly sources: readonly SourceShare[];
  readonly sections: readonly SectionRatio[];
}

export function originalityOf(result: DraftResult): Originality {
  return {
    copyRatio: result.copyRatio,
    copyRatioExcludingQuotes: result.copyRatioExcludingQuotes,
    copyRatioExcludingSelf: result.copyRatioExcludingSelf,
    maxSingleSourceRatio: result.maxSingleSourceRatio,
    copiedChars: result.copiedChars,
    totalChars: result.totalChars,
    matches: result.matches,
    sources: result.sources,
    sections: result.sections,
  };
}
