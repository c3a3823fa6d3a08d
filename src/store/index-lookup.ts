import { ingestRaw } from '../ingest/ingest.js';
import type { SourceLookup } from '../similarity/lookup.js';
import { prepare, type Prepared } from '../similarity/prepared.js';
import type { CorpusIndex } from './corpus-index.js';

/** Sources kept prepared between drafts of one run; enough for the candidates of a batch. */
const CACHE_SIZE = 400;

/** The corpus index as a source of seeds and prepared source documents (cached, least recently used out). */
export class IndexLookup implements SourceLookup {
  readonly #index: CorpusIndex;
  readonly #cache = new Map<number, Prepared>();

  constructor(index: CorpusIndex) {
    this.#index = index;
  }

  #prefetched = new Map<number, Array<[number, number]>>();

  postings(hash: number): ReadonlyArray<readonly [number, number]> {
    return this.#prefetched.get(hash) ?? this.#index.postings(hash);
  }

  prefetch(hashes: readonly number[]): void {
    this.#prefetched = this.#index.postingsOf(hashes);
  }

  source(id: number): Prepared {
    const cached = this.#cache.get(id);
    if (cached) {
      this.#cache.delete(id);
      this.#cache.set(id, cached);
      return cached;
    }
    const stored = this.#index.document(id);
    const document = ingestRaw({
      path: stored.path,
      format: stored.format,
      encoding: stored.encoding,
      text: stored.text,
      blocks: stored.blocks,
      warnings: [],
      meta: stored.meta,
    });
    const prepared = prepare(stored.path, document);
    this.#cache.set(id, prepared);
    if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
    return prepared;
  }
}
