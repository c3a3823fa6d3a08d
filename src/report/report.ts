import type { Finding, Match } from '../model.js';
import type { Quality } from '../quality/quality-report.js';
import type { DraftResult } from '../similarity/check.js';
import type { Ratios } from '../similarity/ratios.js';

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

/** Originality of one draft: the CNKI-style ratios and the matches they come from. */
export interface Originality extends Ratios {
  readonly matches: readonly Match[];
}

/** The report's originality of a checked draft: everything but its path (the report names the document). */
export function originalityOf(result: DraftResult): Originality {
  const { path: _path, matches, sources, sections, ...ratios } = result;
  return { ...ratios, matches, sources, sections };
}
