import type { Report } from '../report.js';

/** The stable JSON form: byte-identical for identical input (no times, no absolute paths). */
export function jsonReporter(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
