import { unionLookup, type SourceLookup } from '../similarity/lookup.js';
import type { Prepared } from '../similarity/prepared.js';
import { PostingsTable } from './postings-table.js';

/** Where prepared sources come from: the archive index (through `IndexLookup`, which caches them). */
export interface SourceProvider {
  source(id: number): Prepared;
}

/**
 * A lookup over the archive's own fingerprints that leaves one document out: the archive document being
 * checked must not find itself (see {@link SourceLookup.skip}). Postings come from the in-memory
 * {@link PostingsTable}.
 */
export function archiveLookup(table: PostingsTable, sources: SourceProvider, self: number): SourceLookup {
  return {
    postings: (hash) => table.postings(hash),
    source: (id) => sources.source(id),
    skip: self,
  };
}

/**
 * The same lookup aligning at most `maxSources` candidate sources per document (see
 * {@link SourceLookup.maxSources}).
 */
export function limitSources(lookup: SourceLookup, maxSources: number): SourceLookup {
  return {
    postings: (hash) => lookup.postings(hash),
    ...(lookup.prefetch ? { prefetch: (hashes: ArrayLike<number>) => lookup.prefetch!(hashes) } : {}),
    source: (id) => lookup.source(id),
    maxSources,
    ...(lookup.skip !== undefined ? { skip: lookup.skip } : {}),
  };
}

/** Ids of archive documents in a {@link combineLookups} lookup start here (corpus ids stay below). */
export const ARCHIVE_ID_BASE = 2 ** 40;

/** Source paths of reference corpus documents carry this prefix in scan results, apart from archive paths. */
export const CORPUS_PREFIX = 'corpus:';

/**
 * One lookup over the reference corpus (ids as they are, paths prefixed with `corpus:`) and the archive
 * (ids from {@link ARCHIVE_ID_BASE}), so each passage goes to the one source it matches best.
 */
export function combineLookups(corpus: SourceLookup | null, archive: SourceLookup): SourceLookup {
  if (!corpus) return archive;
  const prefixed: SourceLookup = {
    postings: (hash) => corpus.postings(hash),
    ...(corpus.prefetch ? { prefetch: (hashes: ArrayLike<number>) => corpus.prefetch!(hashes) } : {}),
    source: (id) => renamed(corpus.source(id), CORPUS_PREFIX),
  };
  return unionLookup(prefixed, archive, ARCHIVE_ID_BASE);
}

/** The same prepared source under a prefixed path; its document is still made only when asked for. */
function renamed(prepared: Prepared, prefix: string): Prepared {
  const { meta, content, units, unitOf } = prepared;
  return {
    path: prefix + prepared.path,
    meta,
    get document() {
      return prepared.document;
    },
    content,
    units,
    unitOf,
  };
}
