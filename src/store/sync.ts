import pLimit from 'p-limit';
import { ingestRaw } from '../ingest/ingest.js';
import { NORMALISER_VERSION, normalise } from '../ingest/normalise/normalise.js';
import type { RawDocument } from '../model.js';
import { fingerprint } from '../similarity/fingerprint.js';
import { K, WINDOW } from '../similarity/parameters.js';
import { unitRanges } from '../similarity/prepared.js';
import type { CorpusIndex, IndexWriter } from './corpus-index.js';
import { encodeLayout } from './layout.js';
import { orderByHash, type AddedRows } from './merge-postings.js';

/**
 * What made the fingerprints: the normaliser's version and the k-gram parameters. An index made by
 * another one is rebuilt, since its rows could not be found again to be removed.
 */
const FINGERPRINTER = `normalise-${NORMALISER_VERSION}/k${K}/w${WINDOW}`;

/** Files read at once: enough to hide file-system latency, few enough to bound memory. */
const READ_CONCURRENCY = 16;

/** A file the index should hold, with the two ways of reading it (cheap hash first, then the text). */
export interface SyncFile {
  readonly relative: string;
  contentHash(): Promise<string>;
  read(): Promise<RawDocument>;
}

export interface SyncProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}

export interface SyncResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly failed: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
  readonly documents: number;
  readonly fingerprints: number;
}

/**
 * Makes the index mirror `files`: new and changed files (by content hash) are read and fingerprinted,
 * unchanged ones are kept, files no longer present are dropped. Reading happens first; all writes then
 * go in one transaction, so a build killed at any moment leaves the previous index intact. A file that
 * cannot be read is reported and skipped; the others are indexed.
 */
export async function syncIndex(
  index: CorpusIndex,
  files: readonly SyncFile[],
  onProgress?: (progress: SyncProgress) => void,
): Promise<SyncResult> {
  // Fingerprints made by another normaliser cannot be removed by key: such an index is rebuilt whole.
  const rebuild = index.meta('fingerprinter') !== FINGERPRINTER;
  const existing = rebuild ? new Map<string, { id: number; contentHash: string }>() : index.contentHashes();
  const failed: Array<{ path: string; reason: string }> = [];
  const fresh: Array<{ raw: RawDocument; contentHash: string; replaces: number | null }> = [];
  const seen = new Set<string>();
  let unchanged = 0;
  // Files are read concurrently (I/O bound) and kept in input order, so ids are deterministic.
  const limit = pLimit(READ_CONCURRENCY);
  let done = 0;
  const outcomes = await Promise.all(
    files.map((file) =>
      limit(async () => {
        try {
          const contentHash = await file.contentHash();
          const known = existing.get(file.relative);
          if (known && known.contentHash === contentHash) return { kind: 'unchanged' as const };
          const raw = await file.read();
          return { kind: 'fresh' as const, raw: { ...raw, path: file.relative }, contentHash, replaces: known?.id ?? null };
        } catch (error) {
          return { kind: 'failed' as const, reason: error instanceof Error ? error.message : String(error) };
        } finally {
          done++;
          onProgress?.({ done, total: files.length, path: file.relative });
        }
      }),
    ),
  );
  for (const [n, outcome] of outcomes.entries()) {
    const file = files[n]!;
    seen.add(file.relative);
    if (outcome.kind === 'unchanged') unchanged++;
    else if (outcome.kind === 'failed') failed.push({ path: file.relative, reason: outcome.reason });
    else fresh.push({ raw: outcome.raw, contentHash: outcome.contentHash, replaces: outcome.replaces });
  }
  let fingerprints = 0;
  let removed = 0;
  const written: typeof fresh = [];
  index.transaction((writer) => {
    if (rebuild) writer.clear();
    // The plan is checked again under the write lock: another build may have finished meanwhile.
    const current = writer.contentHashes();
    const dropped: number[] = [];
    for (const [path, { id }] of current) {
      if (!seen.has(path)) {
        dropped.push(id);
        removed++;
      }
    }
    for (const item of fresh) {
      const known = current.get(item.raw.path);
      if (known && known.contentHash === item.contentHash) continue;
      if (known) dropped.push(known.id);
      written.push({ ...item, replaces: known?.id ?? null });
    }
    for (const id of dropped) {
      const { hashes, positions } = fingerprint(normalise(index.document(id).text), K, WINDOW);
      writer.removeDocument(id, hashes, positions);
    }
    const added = writeDocuments(writer, written);
    fingerprints = added.hashes.length;
    // Derived tables are rebuilt only when documents changed.
    if (rebuild || dropped.length > 0 || written.length > 0) {
      writer.refreshDocumentFrequency();
      writer.refreshPostingsArrays({ dropped: new Set(dropped), added });
    }
    writer.setMeta('fingerprinter', FINGERPRINTER);
    writer.setMeta('k', String(K));
    writer.setMeta('window', String(WINDOW));
  });
  return {
    added: written.filter((f) => f.replaces === null).length,
    updated: written.filter((f) => f.replaces !== null).length,
    unchanged: unchanged + fresh.length - written.length,
    removed,
    failed,
    documents: index.documentCount,
    fingerprints,
  };
}

/**
 * Inserts documents, then all their fingerprints in key order. Returns the rows added, document by
 * document, with that order.
 */
function writeDocuments(writer: IndexWriter, fresh: ReadonlyArray<{ raw: RawDocument; contentHash: string }>): AddedRows {
  const hashChunks: Float64Array[] = [];
  const docChunks: Int32Array[] = [];
  const posChunks: Int32Array[] = [];
  for (const { raw, contentHash } of fresh) {
    const document = ingestRaw(raw);
    const { content, hashes, positions } = fingerprint(document.normalised, K, WINDOW);
    const id = writer.addDocument({
      path: raw.path,
      contentHash,
      format: raw.format,
      encoding: raw.encoding,
      meta: raw.meta,
      chars: raw.text.length,
      contentChars: content.codePoints.length,
      text: raw.text,
      blocks: raw.blocks,
      hashes,
      positions,
      layout: encodeLayout(content, unitRanges(document, content), document.normalised),
    });
    hashChunks.push(hashes);
    docChunks.push(new Int32Array(hashes.length).fill(id));
    posChunks.push(positions);
  }
  const hashes = concat(Float64Array, hashChunks);
  const docs = concat(Int32Array, docChunks);
  const positions = concat(Int32Array, posChunks);
  // Key order: sequential B-tree writes, and the order the postings arrays are merged in.
  const order = orderByHash(hashes);
  writer.addFingerprints(hashes, docs, positions, order);
  return { hashes, docs, positions, order };
}

function concat<T extends Float64Array | Int32Array>(Kind: { new (n: number): T }, chunks: readonly T[]): T {
  const out = new Kind(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk as never, at);
    at += chunk.length;
  }
  return out;
}
