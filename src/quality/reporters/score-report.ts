import type { Finding } from '../../model.js';
import type { Quality } from '../quality-report.js';

/** What `wenchao score` reports (documented in docs/quality.md); reporters render it. */
export interface ScoreReport {
  readonly tool: { readonly name: 'wenchao'; readonly version: string };
  readonly documents: readonly ScoredDocument[];
}

export type ScoredDocument =
  | {
      readonly path: string;
      readonly status: 'scored';
      readonly characters: number;
      readonly quality: Quality;
      readonly findings: readonly Finding[];
      /** The original text, for line/column and excerpts; reporters never print it whole. */
      readonly text: string;
    }
  | { readonly path: string; readonly status: 'failed'; readonly error: string };
