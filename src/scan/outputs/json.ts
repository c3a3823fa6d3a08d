import type { DocumentDate } from '../dates.js';
import type { Family } from '../families.js';
import type { ScanRow } from '../scan-row.js';

export interface ScanReport {
  readonly tool: { readonly name: 'wenchao'; readonly version: string };
  readonly archive: { readonly documents: number; readonly failed: number };
  readonly corpus: { readonly path: string } | null;
  readonly documents: ReadonlyArray<ScanRow & { readonly date: DocumentDate | null }>;
}

export interface FamiliesReport {
  /** Shared characters that link two documents. */
  readonly minChars: number;
  /** Share of one of the two documents the shared text must also make up. */
  readonly minShare: number;
  readonly families: readonly Family[];
}

/** `scan.json`: the rows in path order, each with its date; byte-identical for the same input. */
export function scanJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** `families.json`. */
export function familiesJson(report: FamiliesReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
