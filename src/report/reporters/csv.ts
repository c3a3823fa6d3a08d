import type { Report } from '../report.js';
import { counts, findingsOf } from './shared.js';

const COLUMNS = [
  'path', 'status', 'characters', 'copyRatio', 'copyRatioExcludingQuotes', 'copyRatioExcludingSelf', 'maxSingleSourceRatio',
  'copiedChars', 'totalChars', 'topSource', 'quality', 'genre', 'concreteness', 'fieldwork', 'structure', 'errors', 'warnings', 'infos', 'error',
] as const;

/**
 * One row per document for a spreadsheet (RFC 4180: CRLF, quoted when needed), with a UTF-8 BOM so that
 * Excel reads the Chinese right. A cell that would start a formula (`=`, `+`, `-`, `@`) gets a leading `'`.
 */
export function csvReporter(report: Report): string {
  const rows: (string | number)[][] = [[...COLUMNS]];
  for (const doc of report.documents) {
    const c = counts(findingsOf(doc));
    if (doc.status === 'failed') {
      rows.push([doc.path, doc.status, '', '', '', '', '', '', '', '', '', '', '', '', '', c.error, c.warning, c.info, doc.error]);
      continue;
    }
    const o = doc.originality;
    const q = doc.quality;
    rows.push([
      doc.path, doc.status, doc.characters, o.copyRatio, o.copyRatioExcludingQuotes, o.copyRatioExcludingSelf, o.maxSingleSourceRatio,
      o.copiedChars, o.totalChars, o.sources[0]?.path ?? '', q?.score ?? '', q?.genre ?? '', q?.concreteness.score ?? '', q?.fieldwork.score ?? '',
      q?.structure.score ?? '', c.error, c.warning, c.info, '',
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
