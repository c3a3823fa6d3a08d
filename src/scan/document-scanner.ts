import { segment } from '../ingest/segment/segment.js';
import type { Document, Match } from '../model.js';
import type { ClicheList } from '../quality/cliches.js';
import { scoreDocument } from '../quality/score.js';
import { fingerprint } from '../similarity/fingerprint.js';
import { CorpusIndex } from '../store/corpus-index.js';
import { IndexLookup } from '../store/index-lookup.js';
import { archiveLookup, combineLookups, limitSources } from './archive-lookup.js';
import { PostingsTable, type PostingsTableData } from './postings-table.js';
import { DEFAULT_MAX_SOURCES, scanDocument, type ScanDocumentOptions } from './scan-document.js';
import type { QualitySummary, ScanRow } from './scan-row.js';

/**
 * Archive sources kept prepared per worker thread. Sources come from their stored layout, cheap to
 * decode again: on 30 % of the reference corpus, 300 instead of 1,000 took the same CPU time and
 * 850 instead of 1,210 MB peak.
 */
const SCAN_CACHE_SIZE = 300;
/** Corpus sources kept prepared per worker thread: the bound scans were measured with. */
const SCAN_CORPUS_CACHE_SIZE = 1000;

/** Everything a worker needs to check archive documents; structured-clone safe (the table is shared memory). */
export interface ScannerConfig {
  readonly archivePath: string;
  readonly corpusPath: string | null;
  readonly table: PostingsTableData;
  readonly options: ScanDocumentOptions;
  /** Quality scoring (jieba with tags); null to skip it. */
  readonly quality: { readonly cliches: ClicheList; readonly userDict?: string } | null;
}

/** One archive document to check. */
export interface ScanTask {
  readonly id: number;
  readonly path: string;
  readonly contentHash: string;
}

export interface ScanOutcome {
  readonly row: ScanRow;
  /** The document's distinct winnowed fingerprints, sorted: kept to find who is affected when it changes. */
  readonly fingerprints: Float64Array;
  /** The passages found (scanned documents only): stored for the document's HTML report. */
  readonly matches?: readonly Match[];
}

/**
 * Checks archive documents one at a time against the corpus and the rest of the archive. Holds both
 * indexes (read-only) and the prepared-source caches: one per worker thread, reused for every task.
 */
export class DocumentScanner {
  readonly #archive: CorpusIndex;
  readonly #corpus: CorpusIndex | null;
  readonly #archiveSources: IndexLookup;
  readonly #corpusLookup: IndexLookup | null;
  readonly #table: PostingsTable;
  readonly #config: ScannerConfig;

  constructor(config: ScannerConfig) {
    this.#config = config;
    this.#archive = CorpusIndex.open(config.archivePath, { readonly: true });
    this.#corpus = config.corpusPath ? CorpusIndex.open(config.corpusPath, { readonly: true }) : null;
    this.#archiveSources = new IndexLookup(this.#archive, SCAN_CACHE_SIZE);
    this.#corpusLookup = this.#corpus ? new IndexLookup(this.#corpus, SCAN_CORPUS_CACHE_SIZE) : null;
    this.#table = new PostingsTable(config.table);
  }

  scan(task: ScanTask): ScanOutcome {
    let document: Document;
    try {
      // Read apart from the prepared-source cache: as a source, a document needs only its stored
      // layout, and keeping every checked document whole in the cache would hold gigabytes.
      document = this.#archiveSources.document(task.id);
    } catch (error) {
      return { row: { path: task.path, status: 'failed', error: messageOf(error) }, fingerprints: new Float64Array(0) };
    }
    const fingerprints = distinctSorted(fingerprint(document.normalised).hashes);
    try {
      const lookup = limitSources(
        combineLookups(this.#corpusLookup, archiveLookup(this.#table, this.#archiveSources, task.id)),
        this.#config.options.maxSources ?? DEFAULT_MAX_SOURCES,
      );
      const { row, matches } = scanDocument(task.path, task.contentHash, document, lookup, this.#config.options, this.#quality(document));
      return { row, fingerprints, matches };
    } catch (error) {
      return { row: { path: task.path, status: 'failed', error: `${task.path}: ${messageOf(error)}` }, fingerprints };
    }
  }

  #quality(document: Document): QualitySummary | null {
    const config = this.#config.quality;
    if (!config) return null;
    let quality;
    try {
      const words = segment(document.normalised, { tags: true, ...(config.userDict ? { userDict: config.userDict } : {}) });
      quality = scoreDocument(document, words, { cliches: config.cliches }).quality;
    } catch {
      // Scores are a side dish: a document the scorer cannot handle is still checked for copying.
      return null;
    }
    return {
      score: quality.score,
      genre: quality.genre,
      concreteness: quality.concreteness.score,
      fieldwork: quality.fieldwork.score,
      structure: quality.structure.score,
    };
  }

  close(): void {
    this.#archive.close();
    this.#corpus?.close();
  }
}

function distinctSorted(hashes: Float64Array): Float64Array {
  const sorted = Float64Array.from(new Set(hashes)).sort();
  return sorted;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
