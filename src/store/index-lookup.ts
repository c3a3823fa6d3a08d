import { normalise } from '../ingest/normalise/normalise.js';
import { findStructure } from '../ingest/structure/structure.js';
import type { Document, Normalised, RawDocument, Structure } from '../model.js';
import type { Postings, SourceLookup } from '../similarity/lookup.js';
import { preparedFrom, type Prepared } from '../similarity/prepared.js';
import type { CorpusIndex } from './corpus-index.js';

/**
 * Sources kept prepared between drafts of one run, at most. Measured on the 240 dev drafts (one
 * thread): their 30,918 candidate sources are 3,090 distinct documents of 15.7 M content characters,
 * and a cache of 1,000 sources decoded 9,410 of them; one holding them all decodes each once.
 */
export const DEFAULT_CACHE_SIZE = 5000;

/**
 * Content characters of the sources kept, at most: a prepared source takes about 10 bytes per
 * character (code points, unit of each position, the stored blob) besides the bigrams of the sentences
 * alignment compared, so this bounds the cache near 200 MB whatever the documents' length.
 */
export const DEFAULT_CACHE_CHARS = 16_000_000;

/** The corpus index as a source of seeds and prepared source documents (cached, least recently used out). */
export class IndexLookup implements SourceLookup {
  readonly #index: CorpusIndex;
  readonly #cache = new Map<number, Prepared>();
  readonly #cacheSize: number;
  readonly #cacheChars: number;
  /** Content characters of the cached sources. */
  #chars = 0;

  constructor(index: CorpusIndex, cacheSize = DEFAULT_CACHE_SIZE, cacheChars = DEFAULT_CACHE_CHARS) {
    this.#index = index;
    this.#cacheSize = cacheSize;
    this.#cacheChars = cacheChars;
  }

  #prefetched = new Map<number, Postings>();

  postings(hash: number): Postings {
    return this.#prefetched.get(hash) ?? this.#index.postings(hash);
  }

  /**
   * An index with postings arrays answers each look-up from memory, with views of its arrays; one
   * without them (too large) is queried for a draft's fingerprints in batches.
   */
  prefetch(hashes: ArrayLike<number>): void {
    this.#prefetched = this.#index.postingsArrays() ? new Map() : this.#index.postingsOf(hashes);
  }

  /**
   * A source from its stored layout: nothing is normalised or segmented, sentence bigrams are made as
   * alignment reaches them, and the document itself is read only when a passage has to be placed in it.
   */
  source(id: number): Prepared {
    const cached = this.#cache.get(id);
    if (cached) {
      this.#cache.delete(id);
      this.#cache.set(id, cached);
      return cached;
    }
    const { path, meta, layout } = this.#index.source(id);
    const prepared = preparedFrom(path, meta, layout.content, layout.ranges, () => this.document(id));
    this.#cache.set(id, prepared);
    this.#chars += prepared.content.codePoints.length;
    for (const [oldest, old] of this.#cache) {
      if (oldest === id || (this.#cache.size <= this.#cacheSize && this.#chars <= this.#cacheChars)) break;
      this.#cache.delete(oldest);
      this.#chars -= old.content.codePoints.length;
    }
    return prepared;
  }

  /**
   * The stored document as `ingestRaw` makes it, each stage run when first read (placing a passage in
   * a source needs its normalised view, not its structure). Not cached: a prepared source keeps the
   * one it was asked for.
   */
  document(id: number): Document {
    const stored = this.#index.document(id);
    const raw: RawDocument = {
      path: stored.path,
      format: stored.format,
      encoding: stored.encoding,
      text: stored.text,
      blocks: stored.blocks,
      warnings: [],
      meta: stored.meta,
    };
    let normalised: Normalised | undefined;
    let structure: Structure | undefined;
    return {
      raw,
      get normalised() {
        return (normalised ??= normalise(raw.text));
      },
      get structure() {
        return (structure ??= findStructure(raw.text, raw.blocks));
      },
    };
  }
}
