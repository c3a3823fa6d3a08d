import type { DocumentDate } from '../dates.js';
import type { ScanRow } from '../scan-row.js';

const COLUMNS = [
  'path',
  'status',
  'date',
  'date_source',
  'total_chars',
  'copied_chars',
  'copy_ratio',
  'copy_ratio_excluding_quotes',
  'copy_ratio_excluding_self',
  'max_single_source_ratio',
  'matches',
  'top_sources',
  'archive_links',
  'quality_score',
  'genre',
  'concreteness',
  'fieldwork',
  'structure',
  'error',
] as const;

/**
 * `scan.csv`: one row per document in path order (RFC 4180 quoting; a text cell starting with = + - @
 * gets a leading apostrophe so a spreadsheet does not run it as a formula). `top_sources` lists
 * `origin:path ratio` entries, `archive_links` the archive documents sharing text with their counts.
 */
export function scanCsv(rows: readonly ScanRow[], dates: ReadonlyMap<string, DocumentDate | null>): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    const date = dates.get(row.path) ?? null;
    const cells: Record<(typeof COLUMNS)[number], string | number> =
      row.status === 'failed'
        ? { ...empty(), path: row.path, status: 'failed', error: row.error }
        : {
            ...empty(),
            path: row.path,
            status: 'scanned',
            date: date?.date ?? '',
            date_source: date?.source ?? '',
            total_chars: row.totalChars,
            copied_chars: row.copiedChars,
            copy_ratio: row.copyRatio,
            copy_ratio_excluding_quotes: row.copyRatioExcludingQuotes,
            copy_ratio_excluding_self: row.copyRatioExcludingSelf,
            max_single_source_ratio: row.maxSingleSourceRatio,
            matches: row.matches,
            top_sources: row.sources.map((s) => `${s.origin}:${s.path} ${s.ratio}`).join('; '),
            archive_links: row.archivePairs.map((p) => `${p.path} ${p.chars}`).join('; '),
            quality_score: row.quality?.score ?? '',
            genre: row.quality?.genre ?? '',
            concreteness: row.quality?.concreteness ?? '',
            fieldwork: row.quality?.fieldwork ?? '',
            structure: row.quality?.structure ?? '',
          };
    lines.push(COLUMNS.map((c) => cell(cells[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function empty(): Record<(typeof COLUMNS)[number], string> {
  return Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<(typeof COLUMNS)[number], string>;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
