/** What a scan keeps per archive document: types only (documented in docs/scaling.md and the JSON output). */
import type { Ratios } from '../similarity/ratios.js';

/** A source a document takes text from: a reference corpus document or another archive document. */
export interface SourceSummary {
  readonly path: string;
  readonly origin: 'corpus' | 'archive';
  /** Content characters of this document covered by copying from that source. */
  readonly chars: number;
  readonly ratio: number;
}

/**
 * Text this document shares with another archive document: content characters of this document in
 * passages found in the other, of any kind (copy, quote, self or boilerplate). Families are built from
 * these: versions of one law share their whole text, which many holders make "boilerplate" for the ratios.
 */
export interface ArchivePair {
  readonly path: string;
  readonly chars: number;
}

export interface QualitySummary {
  readonly score: number;
  readonly genre: string;
  readonly concreteness: number;
  readonly fieldwork: number;
  readonly structure: number;
}

export interface ScannedRow
  extends Pick<
    Ratios,
    'totalChars' | 'copiedChars' | 'copyRatio' | 'copyRatioExcludingQuotes' | 'copyRatioExcludingSelf' | 'maxSingleSourceRatio'
  > {
  readonly path: string;
  readonly status: 'scanned';
  readonly contentHash: string;
  readonly title?: string;
  /** Date from the document's metadata (front matter, sidecar, .docx properties), when any. */
  readonly metaDate?: string;
  readonly matches: number;
  /** The sources with the most copied characters, best first. */
  readonly sources: readonly SourceSummary[];
  /** Every archive document sharing passages with this one, most shared characters first. */
  readonly archivePairs: readonly ArchivePair[];
  readonly quality: QualitySummary | null;
}

export interface FailedRow {
  readonly path: string;
  readonly status: 'failed';
  /** One line: why the document could not be read or checked. */
  readonly error: string;
}

export type ScanRow = ScannedRow | FailedRow;

/** Rows in path order: every output lists documents this way. */
export function sortRows<T extends { readonly path: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
