import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ClicheList } from '../quality/cliches.js';
import { CorpusIndex } from '../store/corpus-index.js';
import { syncIndex, type SyncFile, type SyncResult } from '../store/sync.js';
import type { ScanOutcome, ScanTask } from './document-scanner.js';
import { loadPostings } from './load-postings.js';
import { planScan, type ArchiveEntry } from './plan.js';
import { ScanPool } from './pool.js';
import { PostingsTable } from './postings-table.js';
import { ResultsStore } from './results-store.js';
import type { ScanDocumentOptions } from './scan-document.js';
import { sortRows, type FailedRow, type ScannedRow, type ScanRow } from './scan-row.js';

/**
 * Bump when a row's meaning changes: stored results of another version are recomputed. 2: passages
 * stored beside each row, at most 20 candidate sources aligned per document. 3: two uses of one source
 * phrase are two passages. 4: sentences the copier cut in pieces or ran together pair with their source.
 * 5: a passage is a common formulation by the stretches of 9+ characters other documents hold, not by
 * their 5-character terms. 6: a run of paired sentences whose source sentences lie together is one passage,
 * whatever its order. 7: fingerprints held in more than 100 places (not 300) seed nothing. 8: a sentence
 * sharing under a fifth of itself with the source is the author's own.
 */
const SCAN_VERSION = 8;

/** Files in the output folder. */
export const ARCHIVE_DB = 'archive.sqlite';
export const RESULTS_DB = 'scan.sqlite';

export interface RunScanOptions {
  readonly files: readonly SyncFile[];
  readonly outDir: string;
  readonly corpusPath: string | null;
  readonly workers: number;
  readonly check: ScanDocumentOptions;
  readonly quality: { readonly cliches: ClicheList; readonly userDict?: string } | null;
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Called once the pool runs, with a function that stops it (Ctrl-C): finished rows are kept. */
  readonly onStart?: (stop: () => void) => void;
}

export interface ScanProgress {
  readonly phase: 'index' | 'scan';
  readonly done: number;
  readonly total: number;
}

export interface ScanResult {
  /** Every document of the archive (and every file that could not be read), in path order. */
  readonly rows: readonly ScanRow[];
  readonly index: SyncResult;
  /** Documents checked in this run, and those whose stored rows were still valid. */
  readonly computed: number;
  readonly reused: number;
  /** The run was stopped before every document was checked. */
  readonly interrupted: boolean;
  readonly fingerprints: number;
}

/**
 * Scans an archive: brings its own index up to date (incremental, atomic), loads its fingerprints into
 * shared memory, works out which documents need checking (new, changed, affected by a change, or not
 * reached by an interrupted run), checks them on worker threads against the corpus and the rest of the
 * archive, and stores each row as it finishes.
 */
export async function runScan(options: RunScanOptions): Promise<ScanResult> {
  const archivePath = join(options.outDir, ARCHIVE_DB);
  const archive = CorpusIndex.open(archivePath, { create: true });
  let index: SyncResult;
  let entries: ArchiveEntry[];
  try {
    index = await syncIndex(archive, options.files, ({ done, total }) => options.onProgress?.({ phase: 'index', done, total }));
    entries = [...archive.contentHashes()].map(([path, { id, contentHash }]) => ({ id, path, contentHash }));
  } finally {
    archive.close();
  }
  const table = new PostingsTable(loadPostings(archivePath));
  const store = ResultsStore.open(join(options.outDir, RESULTS_DB));
  try {
    const key = scanKey(options);
    const keyChanged = store.meta('scan_key') !== key;
    const plan = planScan({
      archive: entries,
      snapshot: keyChanged ? new Map() : store.snapshot(),
      stored: keyChanged ? new Map() : store.storedHashes(),
      fingerprintsOf: (path) => store.fingerprintsOf(path),
      table,
    });
    store.commitPlan(plan.drop, new Map(entries.map((e) => [e.path, e.contentHash])), keyChanged || plan.clearAll);
    store.setMeta('scan_key', key);
    store.setMeta('corpus_path', options.corpusPath ?? '');

    const failures: FailedRow[] = index.failed.map((f) => ({ path: f.path, status: 'failed', error: f.reason }));
    const pool = new ScanPool(
      { archivePath, corpusPath: options.corpusPath, table: table.data, options: options.check, quality: options.quality },
      options.workers,
    );
    options.onStart?.(() => pool.stop());
    let done = 0;
    const total = plan.tasks.length;
    options.onProgress?.({ phase: 'scan', done, total });
    await pool.run(plan.tasks, (outcome: ScanOutcome) => {
      if (outcome.row.status === 'scanned') store.put(outcome.row, outcome.fingerprints, outcome.matches ?? []);
      else failures.push(outcome.row);
      done++;
      options.onProgress?.({ phase: 'scan', done, total });
    });
    const stored = store.rows();
    const finished = new Set([...stored.map((r) => r.path), ...failures.map((f) => f.path)]);
    const interrupted = plan.tasks.some((t: ScanTask) => !finished.has(t.path));
    const current = new Set(entries.map((e) => e.path));
    const rows: ScanRow[] = sortRows<ScanRow>([...stored.filter((r: ScannedRow) => current.has(r.path)), ...failures]);
    return { rows, index, computed: done, reused: plan.reused, interrupted, fingerprints: table.size };
  } finally {
    store.close();
  }
}

/** What the stored rows depend on besides the archive: the corpus and the options. */
function scanKey(options: RunScanOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: SCAN_VERSION, check: options.check, quality: options.quality !== null }));
  if (options.corpusPath) {
    const corpus = CorpusIndex.open(options.corpusPath, { readonly: true });
    try {
      hash.update(options.corpusPath);
      for (const [path, { contentHash }] of [...corpus.contentHashes()].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\0${contentHash}\n`);
    } finally {
      corpus.close();
    }
  }
  return hash.digest('hex');
}
