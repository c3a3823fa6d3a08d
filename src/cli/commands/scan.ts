import { Command } from 'commander';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { DEFAULT_FAMILY_CHARS, DEFAULT_FAMILY_SHARE } from '../../scan/families.js';
import { DEFAULT_MAX_SOURCES } from '../../scan/scan-document.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { parsePositive, type ReadFlags, encodingOption, maxSizeOption, parseCount, replaceInvalidOption } from '../options.js';

export interface ScanFlags extends ReadFlags {
  readonly corpus?: string;
  readonly out: string;
  readonly workers?: number;
  readonly familyChars: number;
  readonly familyShare: number;
  readonly threshold: number;
  readonly reportThreshold: number;
  readonly reports: boolean;
  readonly report?: readonly string[];
  readonly failOver?: number;
  readonly quality: boolean;
  readonly boilerplateDocs?: number;
  readonly maxSources?: number;
  readonly quiet?: boolean;
}

/** Where `scan` writes unless told otherwise. */
const DEFAULT_OUT = join('reports', 'scan');
/** Copy ratio from which the overview highlights a document. */
const DEFAULT_THRESHOLD = 0.3;
/**
 * Copy ratio from which a document gets its own HTML report: the highlighting threshold, so every
 * highlighted document can be opened. CNKI-style checks commonly treat 30 % as the line to look into.
 */
const DEFAULT_REPORT_THRESHOLD = DEFAULT_THRESHOLD;

/** `wenchao scan ARCHIVE`: every document of an archive against the corpus and the rest of the archive. */
export function registerScan(program: Command, io: Io, state: ExitState): void {
  program
    .command('scan')
    .description(
      'check every document of an archive against the reference corpus and the other archive documents; copy families; resumable',
    )
    .argument('<archive>', 'folder of reports (.txt, .md, .docx, with optional .json metadata sidecars)')
    .option('--corpus <db>', 'also check against this reference corpus index (built by wenchao index)')
    .option('-o, --out <dir>', 'output folder: archive index, results, scan.csv, scan.json, families.json, index.html, reports/', DEFAULT_OUT)
    .option('-j, --workers <n>', 'worker threads (default: one per core; 0 checks on the main thread)', parseCount)
    .option('--family-chars <n>', `shared characters that link two documents into a family`, parsePositive, DEFAULT_FAMILY_CHARS)
    .option('--family-share <ratio>', `…and at least this share of one of the two documents`, parseRatio, DEFAULT_FAMILY_SHARE)
    .option('--threshold <ratio>', `copy ratio the overview highlights`, parseRatio, DEFAULT_THRESHOLD)
    .option('--report-threshold <ratio>', 'write an HTML report, linked from the overview, for each document with at least this copy ratio', parseRatio, DEFAULT_REPORT_THRESHOLD)
    .option('--no-reports', 'write no per-document HTML reports')
    .option('--report <path>', 'only write the HTML report of this archive document from the stored results of the last scan (no scanning); repeatable', collect)
    .option('--fail-over <ratio>', 'exit 1 when a document’s copy ratio is at or above this ratio', parseRatio)
    .option('--no-quality', 'skip the quality scores (faster)')
    .option('--boilerplate-docs <n>', 'a passage found in this many documents, or half made of stretches they hold, is a common formulation (default 3)', parsePositive)
    .option('--max-sources <n>', `candidate sources aligned per document, those sharing the most text first (default ${DEFAULT_MAX_SOURCES}; fewer is faster in archives of many versions of one text, but can miss who else holds a passage)`, parsePositive)
    .addOption(encodingOption())
    .addOption(replaceInvalidOption())
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'no progress output')
    // The scan itself is loaded when it runs: a `check` does not load its ~30 modules.
    .action(async (archiveDir: string, flags: ScanFlags) => (await import('./scan-run.js')).runScanCommand(archiveDir, flags, io, state));
}

function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseRatio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError('expected a ratio between 0 and 1');
  return n;
}
