import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentHash } from '../../ingest/content-hash.js';
import { readDocument } from '../../ingest/read/read.js';
import { loadUserDict } from '../../ingest/segment/user-dict.js';
import { listFiles } from '../../ingest/walk.js';
import { documentDate, type DocumentDate } from '../../scan/dates.js';
import { findFamilies } from '../../scan/families.js';
import { scanCsv } from '../../scan/outputs/csv.js';
import { overviewHtml } from '../../scan/outputs/html.js';
import { familiesJson, scanJson } from '../../scan/outputs/json.js';
import { reportHref } from '../../scan/outputs/report-file.js';
import { scanSummary } from '../../scan/outputs/summary.js';
import { writeReportPages } from '../../scan/outputs/write-reports.js';
import { duration, progressBar, progressLine } from '../../scan/progress.js';
import { runScan, type ScanProgress } from '../../scan/run-scan.js';
import type { ScannedRow } from '../../scan/scan-row.js';
import { EXIT_ERROR, EXIT_FAILED } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { toReadOptions } from '../options.js';
import { VERSION } from '../version.js';
import type { ScanFlags } from './scan.js';
import { loadCliches } from './score.js';

/** Plain progress lines (not a terminal) come this often. */
const LINE_EVERY_MS = 5000;
/** A terminal bar is redrawn at most this often. */
const BAR_EVERY_MS = 200;

/** What `wenchao scan ARCHIVE` does (options in scan.ts). */
export async function runScanCommand(archiveDir: string, flags: ScanFlags, io: Io, state: ExitState): Promise<void> {
  if (flags.report) {
    await writeRequestedReports(archiveDir, flags, io, state);
    return;
  }
  const started = Date.now();
  const { files } = await listFiles([resolve(io.cwd, archiveDir)]);
  const outDir = resolve(io.cwd, flags.out);
  const corpusPath = flags.corpus ? resolve(io.cwd, flags.corpus) : null;
  const readOptions = toReadOptions(flags);
  const quality = flags.quality ? { cliches: await loadCliches(io.cwd), ...withUserDict(await loadUserDict(io.cwd)) } : null;
  const progress = progressReporter(io, Boolean(flags.quiet));
  let stop: (() => void) | null = null;
  let interruptedBySignal = false;
  const onSignal = (): void => {
    interruptedBySignal = true;
    io.stderr('\nwenchao: scan: stopping after the documents in progress (finished ones are kept; run again to resume)\n');
    stop?.();
  };
  process.once('SIGINT', onSignal);
  let result;
  try {
    result = await runScan({
      files: files.map((f) => ({ relative: f.relative, contentHash: () => contentHash(f.path), read: () => readDocument(f.path, readOptions) })),
      outDir,
      corpusPath,
      workers: flags.workers ?? availableParallelism(),
      check: {
        whitelist: [],
        ...(flags.boilerplateDocs ? { boilerplateDocuments: flags.boilerplateDocs } : {}),
        ...(flags.maxSources ? { maxSources: flags.maxSources } : {}),
      },
      quality,
      onProgress: progress.report,
      onStart: (s) => {
        stop = s;
        if (interruptedBySignal) s();
      },
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    progress.end();
  }
  for (const row of result.rows) if (row.status === 'failed') io.stderr(`wenchao: ${row.error}\n`);
  if (result.interrupted) {
    io.stderr(`wenchao: scan interrupted: ${result.rows.filter((r) => r.status === 'scanned').length} documents done; run the same command again to resume\n`);
    state.code = EXIT_ERROR;
    return;
  }

  const mtimes = new Map(
    await Promise.all(files.map(async (f) => [f.relative, await stat(f.path).then((s) => s.mtimeMs, () => undefined)] as const)),
  );
  const dates = new Map<string, DocumentDate | null>(
    result.rows.map((r) => [r.path, documentDate(r.path, r.status === 'scanned' ? r.metaDate : undefined, mtimes.get(r.path))]),
  );
  const scanned = result.rows.filter((r): r is ScannedRow => r.status === 'scanned');
  const families = findFamilies(scanned, dates, flags.familyChars, flags.familyShare);
  const failed = result.rows.length - scanned.length;
  const pages = await writeReportPages(flags.reports ? scanned.filter((r) => r.copyRatio >= flags.reportThreshold).map((r) => r.path) : [], {
    outDir,
    tool: { name: 'wenchao', version: VERSION },
    corpusPath,
    quality,
    removeOthers: true,
  });
  const reports = new Map([...pages.written.keys()].map((path) => [path, reportHref(path)]));
  await Promise.all([
    writeFile(join(outDir, 'scan.csv'), scanCsv(result.rows, dates)),
    writeFile(
      join(outDir, 'scan.json'),
      scanJson({
        tool: { name: 'wenchao', version: VERSION },
        archive: { documents: scanned.length, failed },
        corpus: flags.corpus ? { path: flags.corpus } : null,
        documents: result.rows.map((r) => ({ ...r, date: dates.get(r.path) ?? null })),
      }),
    ),
    writeFile(join(outDir, 'families.json'), familiesJson({ minChars: flags.familyChars, minShare: flags.familyShare, families })),
    writeFile(
      join(outDir, 'index.html'),
      overviewHtml({ title: `wenchao scan: ${archiveDir}`, rows: result.rows, families, threshold: flags.threshold, reports }),
    ),
  ]);
  io.stdout(scanSummary(result.rows, families));
  io.stdout(
    `scanned ${scanned.length} documents (${result.computed} checked now, ${result.reused} kept from the last run), ${failed} failed, ` +
      `${families.length} copy families, ${reports.size} document reports, in ${duration(Date.now() - started)}; results in ${flags.out}\n`,
  );
  if (failed > 0) state.code = EXIT_ERROR;
  else if (flags.failOver !== undefined && scanned.some((r) => r.copyRatio >= flags.failOver!)) state.code = EXIT_FAILED;
}

/**
 * `--report PATH…`: the HTML reports of archive documents from the stored results of the last scan into
 * `--out`, without scanning. A path is an archive file (resolved against the working directory) or a path
 * as the scan outputs name it (relative to the archive). A document the results do not hold is one line on
 * stderr and exit 2; the others are still written.
 */
async function writeRequestedReports(archiveDir: string, flags: ScanFlags, io: Io, state: ExitState): Promise<void> {
  const root = resolve(io.cwd, archiveDir);
  const paths = (flags.report ?? []).map((spec) => {
    const inside = relative(root, resolve(io.cwd, spec));
    const file = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && existsSync(join(root, inside));
    return (file ? inside : spec).split(sep).join('/');
  });
  const quality = flags.quality ? { cliches: await loadCliches(io.cwd), ...withUserDict(await loadUserDict(io.cwd)) } : null;
  const pages = await writeReportPages(paths, {
    outDir: resolve(io.cwd, flags.out),
    tool: { name: 'wenchao', version: VERSION },
    ...(flags.corpus ? { corpusPath: resolve(io.cwd, flags.corpus) } : {}),
    quality,
    removeOthers: false,
  });
  for (const path of pages.missing) io.stderr(`wenchao: scan: no stored result for ${path} in ${flags.out} (not in the archive, unreadable, or not scanned yet)\n`);
  for (const [path, file] of pages.written) {
    io.stdout(`wrote ${displayPath(io.cwd, file)}\n`);
    const now = await contentHash(join(root, path)).catch(() => null);
    if (now !== pages.scannedHashes.get(path)) {
      io.stderr(`wenchao: scan: ${path} ${now === null ? 'is gone' : 'has changed'} since the last scan; its report shows it as scanned (scan again to update it)\n`);
    }
  }
  if (pages.missing.length > 0) state.code = EXIT_ERROR;
}

/** A path relative to the working directory when it lies inside it, else as it is. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function withUserDict(userDict: string | undefined): { userDict?: string } {
  return userDict ? { userDict } : {};
}

/** A bar redrawn in place on a terminal, plain lines every few seconds otherwise; both on stderr. */
function progressReporter(io: Io, quiet: boolean): { report: (p: ScanProgress) => void; end: () => void } {
  let phase = '';
  let phaseStart = Date.now();
  let last = 0;
  let drawn = false;
  return {
    report(p) {
      if (quiet) return;
      const now = Date.now();
      if (p.phase !== phase) {
        if (drawn && io.isTty) io.stderr('\n');
        phase = p.phase;
        phaseStart = now;
        last = 0;
      }
      const finished = p.done === p.total;
      if (!finished && now - last < (io.isTty ? BAR_EVERY_MS : LINE_EVERY_MS)) return;
      if (!io.isTty && finished && p.total === 0) return;
      last = now;
      const reading = { label: p.phase === 'index' ? 'index' : 'scan', done: p.done, total: p.total, elapsedMs: now - phaseStart };
      if (io.isTty) {
        io.stderr(`\r${progressBar(reading)}\u001b[K`);
        drawn = true;
      } else io.stderr(`wenchao: ${progressLine(reading)}\n`);
    },
    end() {
      if (drawn && io.isTty) io.stderr('\n');
    },
  };
}
