import type { DocumentReport, GateVerdict } from './report.js';

/**
 * The gate passes when no document failed to be read, no finding is an error, and the warnings stay
 * within `maxWarnings` (-1: no limit).
 */
export function gateVerdict(documents: readonly DocumentReport[], maxWarnings: number): GateVerdict {
  let errors = 0;
  let warnings = 0;
  for (const doc of documents) {
    if (doc.status === 'failed') {
      errors++;
      continue;
    }
    for (const f of doc.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  return { passed: errors === 0 && (maxWarnings < 0 || warnings <= maxWarnings), errors, warnings, maxWarnings };
}
