import { DEFAULT_RULES } from '../../config/config.js';
import type { Document, Match } from '../../model.js';
import type { QualityReport } from '../../quality/quality-report.js';
import { documentReport } from '../../report/document-report.js';
import type { Report } from '../../report/report.js';
import { htmlReporter } from '../../report/reporters/html/html.js';
import { prepare } from '../../similarity/prepared.js';
import { ratios } from '../../similarity/ratios.js';

/** What one archive document's report is made from: all of it comes from the stored scan results. */
export interface DocumentPageInput {
  readonly tool: Report['tool'];
  readonly corpus: Report['corpus'];
  /** The archive path, as every scan output names the document. */
  readonly path: string;
  /** The document as the scan checked it (from the archive index). */
  readonly document: Document;
  /** The passages the scan found, as stored. */
  readonly matches: readonly Match[];
  readonly quality: QualityReport | null;
  /** Source texts by the path the matches name them with (`corpus:` prefix for the reference corpus). */
  readonly sources: ReadonlyMap<string, string>;
  /** Where the page links back to the overview, relative to the page. */
  readonly overview?: string;
}

/**
 * One archive document's HTML report, rendered by the `html` reporter of `wenchao check`: the ratios
 * (recomputed from the stored passages, so they equal the scan row's), the text with every passage
 * highlighted, each beside its source, ranked sources, section bars and the quality panel. Pure.
 */
export function documentPage(input: DocumentPageInput): string {
  const text = input.document.raw.text;
  const result = { path: input.path, matches: input.matches, ...ratios(prepare(input.path, input.document), input.matches) };
  const checked = documentReport({ path: input.path, text, result, quality: input.quality }, { rules: DEFAULT_RULES });
  return htmlReporter(
    { tool: input.tool, corpus: input.corpus, documents: [checked] },
    { texts: new Map([[input.path, text]]), sources: input.sources, ...(input.overview ? { home: { href: input.overview, label: '扫描总览' } } : {}) },
  );
}
