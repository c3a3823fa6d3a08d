import { lineColumns } from './line-column.js';
import type { ScoreReport } from './score-report.js';

/**
 * The stable JSON form of a score report: each finding flattened to `ruleId`, `severity`, `start`,
 * `end`, `line`, `column` (1-based, of `start`), `message`, `suggestion`. Byte-identical for identical input.
 */
export function scoreJsonReporter(report: ScoreReport): string {
  const documents = report.documents.map((doc) => {
    if (doc.status === 'failed') return doc;
    const at = lineColumns(doc.text);
    return {
      path: doc.path,
      status: doc.status,
      characters: doc.characters,
      quality: doc.quality,
      findings: doc.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        start: f.span.start,
        end: f.span.end,
        ...at(f.span.start),
        message: f.message,
        ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
        ...(f.note === undefined ? {} : { note: f.note }),
      })),
    };
  });
  return `${JSON.stringify({ tool: report.tool, documents }, null, 2)}\n`;
}
