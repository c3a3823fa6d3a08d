import type { Prepared } from './prepared.js';

/**
 * Every indexed occurrence of one fingerprint, row by row: row `r` is content position `positions[r]`
 * of source `docs[r]`. Two parallel arrays rather than a `[doc, pos]` pair per row: an index answers
 * with views of the arrays it holds, and a draft's thousands of look-ups make no garbage. Rows are in
 * (document, position) order: the order of the index's key, which merges of two lists rely on.
 */
export interface Postings {
  readonly length: number;
  readonly docs: ArrayLike<number>;
  readonly positions: ArrayLike<number>;
}

/** The postings of a fingerprint no document holds. */
export const NO_POSTINGS: Postings = { length: 0, docs: [], positions: [] };

/** Two postings lists as one, the second's source ids moved up by `offset` (ids of another collection). */
function concatPostings(first: Postings, second: Postings, offset: number): Postings {
  const length = first.length + second.length;
  const docs = new Float64Array(length);
  const positions = new Int32Array(length);
  for (let r = 0; r < first.length; r++) {
    docs[r] = first.docs[r]!;
    positions[r] = first.positions[r]!;
  }
  for (let r = 0; r < second.length; r++) {
    docs[first.length + r] = offset + second.docs[r]!;
    positions[first.length + r] = second.positions[r]!;
  }
  return { length, docs, positions };
}

/** Where seeds come from: the persistent corpus index, or the other drafts of the same run. */
export interface SourceLookup {
  /** Every indexed occurrence of a fingerprint: source ids and content positions. */
  postings(hash: number): Postings;
  /**
   * Optionally loads the postings of many fingerprints at once (repeats allowed), before they are asked
   * for one by one.
   */
  prefetch?(hashes: ArrayLike<number>): void;
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

/**
 * One lookup over two collections: `first`'s source ids as they are (none when it is null), `second`'s
 * moved up by `offset`, so each passage goes to the one source it matches best, whichever collection
 * holds it. The limits (`maxSources`, `skip`) are `first`'s, else `second`'s, its skipped id moved up too.
 * `first`'s ids must lie below `offset`: any at or above it are taken for `second`'s.
 */
export function unionLookup(first: SourceLookup | null, second: SourceLookup, offset: number): SourceLookup {
  const maxSources = first?.maxSources ?? second.maxSources;
  const skip = first?.skip ?? (second.skip === undefined ? undefined : offset + second.skip);
  return {
    postings(hash) {
      const fromSecond = second.postings(hash);
      const fromFirst = first ? first.postings(hash) : NO_POSTINGS;
      return fromSecond.length === 0 ? fromFirst : concatPostings(fromFirst, fromSecond, offset);
    },
    prefetch(hashes) {
      first?.prefetch?.(hashes);
      second.prefetch?.(hashes);
    },
    source(id) {
      if (id >= offset) return second.source(id - offset);
      if (!first) throw new RangeError(`no source ${id}`);
      return first.source(id);
    },
    ...(maxSources !== undefined ? { maxSources } : {}),
    ...(skip !== undefined ? { skip } : {}),
  };
}

/** An in-memory lookup over drafts checked together, indexing every k-gram (they are few). */
export class MemoryLookup implements SourceLookup {
  readonly #postings = new Map<number, { length: number; docs: number[]; positions: number[] }>();
  readonly #sources: Prepared[] = [];

  add(prepared: Prepared, hashes: Float64Array): number {
    const id = this.#sources.length;
    this.#sources.push(prepared);
    for (let pos = 0; pos < hashes.length; pos++) {
      const h = hashes[pos]!;
      let list = this.#postings.get(h);
      if (!list) this.#postings.set(h, (list = { length: 0, docs: [], positions: [] }));
      list.docs.push(id);
      list.positions.push(pos);
      list.length++;
    }
    return id;
  }

  postings(hash: number): Postings {
    return this.#postings.get(hash) ?? NO_POSTINGS;
  }

  source(id: number): Prepared {
    return this.#sources[id]!;
  }
}
