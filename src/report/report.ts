import type { Match } from '../model.js';
import type { DraftResult } from '../similarity/check.js';
import type { SectionRatio, SourceShare } from '../similarity/ratios.js';

/** The stable report every reporter renders (documented in docs/report-format.md). */
export interface Report {
  readonly tool: { readonly name: 'wenchao'; readonly version: string };
  readonly corpus: { readonly path: string; readonly documents: number } | null;
  readonly documents: readonly DocumentReport[];
}

export type DocumentReport =
  | {
      readonly path: string;
      readonly status: 'checked';
      readonly characters: number;
      readonly originality: Originality;
    }
  | { readonly path: string; readonly status: 'failed'; readonly error: string };

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
