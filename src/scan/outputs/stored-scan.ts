import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IndexError } from '../../errors.js';
import { ingestRaw } from '../../ingest/ingest.js';
import type { Document, Match } from '../../model.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { CORPUS_PREFIX } from '../archive-lookup.js';
import { ResultsStore } from '../results-store.js';
import { ARCHIVE_DB, RESULTS_DB } from '../run-scan.js';
import type { ScannedRow } from '../scan-row.js';

/** A scanned document as stored: its row, its text as checked, the passages found and their sources' texts. */
export interface StoredDocument {
  readonly row: ScannedRow;
  readonly document: Document;
  readonly matches: readonly Match[];
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * The results of an earlier scan, read back from its output folder: the results store and the archive
 * index (the texts exactly as they were checked), and the reference corpus index the scan used, when any,
 * for the texts of corpus sources. Read-only.
 */
export class StoredScan {
  readonly #store: ResultsStore;
  readonly #archive: CorpusIndex;
  readonly #corpus: { readonly index: CorpusIndex; readonly path: string } | null;
  readonly #archiveIds: Map<string, { id: number }>;
  #corpusIds: Map<string, { id: number }> | null = null;

  private constructor(store: ResultsStore, archive: CorpusIndex, corpus: { readonly index: CorpusIndex; readonly path: string } | null) {
    this.#store = store;
    this.#archive = archive;
    this.#corpus = corpus;
    this.#archiveIds = archive.contentHashes();
  }

  /**
   * Opens the scan results in `outDir`, with the reference corpus index at `corpusPath`, or by default the
   * one the scan used; an `IndexError` when no scan has written results there.
   */
  static open(outDir: string, corpusPath?: string | null): StoredScan {
    const results = join(outDir, RESULTS_DB);
    const archivePath = join(outDir, ARCHIVE_DB);
    if (!existsSync(results) || !existsSync(archivePath)) throw new IndexError(`no scan results in ${outDir} (run wenchao scan with --out ${outDir} first)`);
    const store = ResultsStore.open(results);
    let archive: CorpusIndex | null = null;
    try {
      archive = CorpusIndex.open(archivePath, { readonly: true });
      const corpus = corpusPath === undefined ? store.meta('corpus_path') || null : corpusPath;
      return new StoredScan(store, archive, corpus ? { index: CorpusIndex.open(corpus, { readonly: true }), path: corpus } : null);
    } catch (error) {
      store.close();
      archive?.close();
      throw error;
    }
  }

  /** The reference corpus index the sources are read from, when any. */
  get corpus(): { readonly path: string; readonly documents: number } | null {
    return this.#corpus ? { path: this.#corpus.path, documents: this.#corpus.index.documentCount } : null;
  }

  /** A document's stored row and what its report needs; null when the scan stored no result for it. */
  document(path: string): StoredDocument | null {
    const row = this.#store.row(path);
    const matches = this.#store.matchesOf(path);
    const entry = this.#archiveIds.get(path);
    if (!row || !matches || !entry) return null;
    const sources = new Map<string, string>();
    for (const m of matches) {
      if (sources.has(m.source.path)) continue;
      const text = this.#sourceText(m.source.path);
      if (text !== null) sources.set(m.source.path, text);
    }
    return { row, document: this.#ingest(this.#archive, entry.id), matches, sources };
  }

  #sourceText(path: string): string | null {
    if (!path.startsWith(CORPUS_PREFIX)) {
      const entry = this.#archiveIds.get(path);
      return entry ? this.#archive.document(entry.id).text : null;
    }
    if (!this.#corpus) return null;
    this.#corpusIds ??= this.#corpus.index.contentHashes();
    const entry = this.#corpusIds.get(path.slice(CORPUS_PREFIX.length));
    return entry ? this.#corpus.index.document(entry.id).text : null;
  }

  #ingest(index: CorpusIndex, id: number): Document {
    const stored = index.document(id);
    return ingestRaw({ path: stored.path, format: stored.format, encoding: stored.encoding, text: stored.text, blocks: stored.blocks, warnings: [], meta: stored.meta });
  }

  close(): void {
    this.#store.close();
    this.#archive.close();
    this.#corpus?.index.close();
  }
}
