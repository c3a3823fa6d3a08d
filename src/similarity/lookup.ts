import type { Prepared } from './prepared.js';

/** Where seeds come from: the persistent corpus index, or the other drafts of the same run. */
export interface SourceLookup {
  /** `[source id, content position]` of every indexed occurrence of a fingerprint. */
  postings(hash: number): ReadonlyArray<readonly [number, number]>;
  /** Optionally loads the postings of many fingerprints at once, before they are asked for one by one. */
  prefetch?(hashes: readonly number[]): void;
  /** The source, prepared for alignment. */
  source(id: number): Prepared;
  /**
   * At most this many candidate sources are aligned per draft, those whose seeds cover the most draft
   * characters first; every candidate when unset. An archive scan sets it: in a large archive, a law
   * shares formulations with hundreds of others, and aligning them all makes the scan grow with the
   * square of the archive.
   */
  readonly maxSources?: number;
  /**
   * A source whose rows the postings may list but detection leaves out: the archive document being
   * checked, which must not find itself. Listing its rows and skipping them costs nothing, where
   * filtering them out would copy every list it holds, common formulations' lists thousands of rows
   * long included.
   */
  readonly skip?: number;
}

/** An in-memory lookup over drafts checked together, indexing every k-gram (they are few). */
export class MemoryLookup implements SourceLookup {
  readonly #postings = new Map<number, Array<[number, number]>>();
  readonly #sources: Prepared[] = [];

  add(prepared: Prepared, hashes: Float64Array): number {
    const id = this.#sources.length;
    this.#sources.push(prepared);
    for (let pos = 0; pos < hashes.length; pos++) {
      const h = hashes[pos]!;
      let list = this.#postings.get(h);
      if (!list) this.#postings.set(h, (list = []));
      list.push([id, pos]);
    }
    return id;
  }

  postings(hash: number): ReadonlyArray<readonly [number, number]> {
    return this.#postings.get(hash) ?? [];
  }

  source(id: number): Prepared {
    return this.#sources[id]!;
  }
}
