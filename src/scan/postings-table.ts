import type { Postings } from '../similarity/lookup.js';
import { postingsFrom, type PostingsArrays } from '../store/postings-arrays.js';

/**
 * Every winnowed fingerprint of an archive in memory, laid out as the index stores them
 * ({@link PostingsArrays}: distinct hashes sorted, where each one's rows start, the rows' documents and
 * positions), in `SharedArrayBuffer`s, so worker threads look postings up without copies (an archive of
 * 27 M characters holds about 4.6 M fingerprint rows: 55 MB, shared by all workers). An in-memory
 * binary search answers a draft's 5-gram lookups two orders of magnitude faster than SQLite queries do.
 */
export type PostingsTableData = PostingsArrays;

/** The arrays copied into shared memory, for worker threads. */
export function sharedPostings(arrays: PostingsArrays): PostingsTableData {
  const shared = <T extends Float64Array | Uint32Array | Int32Array>(from: T, Kind: { new (buffer: SharedArrayBuffer): T }): T => {
    const to = new Kind(new SharedArrayBuffer(from.byteLength));
    to.set(from as never);
    return to;
  };
  return {
    hashes: shared(arrays.hashes, Float64Array),
    starts: shared(arrays.starts, Uint32Array),
    docs: shared(arrays.docs, Int32Array),
    positions: shared(arrays.positions, Int32Array),
  };
}

/** Read access to a {@link PostingsTableData}; pure, no I/O. */
export class PostingsTable {
  readonly #data: PostingsTableData;

  constructor(data: PostingsTableData) {
    this.#data = data;
  }

  /** Fingerprint rows. */
  get size(): number {
    return this.#data.docs.length;
  }

  get data(): PostingsTableData {
    return this.#data;
  }

  /** Every row holding `hash`: views of the table's arrays, nothing copied. */
  postings(hash: number): Postings {
    return postingsFrom(this.#data, hash);
  }
}
