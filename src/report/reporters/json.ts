import type { Report } from '../report.js';
import type { ReporterOptions } from './reporter.js';
import { locator } from './shared.js';

/**
 * The stable JSON form (docs/report-format.md): the report as it is, each finding with the 1-based
 * `line`, `column`, `endLine`, `endColumn` of its span when the text is known. Byte-identical for
 * identical input (no times, no absolute paths).
 */
export function jsonReporter(report: Report, options: ReporterOptions = {}): string {
  const documents = report.documents.map((doc) => {
    if (doc.status === 'failed') return doc;
    const text = options.texts?.get(doc.path);
    if (text === undefined) return doc;
    const at = locator(text);
    return { ...doc, findings: doc.findings.map((f) => ({ ...f, ...at(f.span) })) };
  });
  return `${JSON.stringify({ ...report, documents }, null, 2)}\n`;
}
