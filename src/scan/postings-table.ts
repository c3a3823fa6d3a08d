import { NO_POSTINGS, type Postings } from '../similarity/lookup.js';
import { lowerBound } from '../util/lower-bound.js';

/**
 * Every winnowed fingerprint of an archive in memory: `[hash, doc, pos]` rows sorted by hash in three
 * typed arrays, with a directory over the top bits of the hash. The arrays live in `SharedArrayBuffer`s,
 * so worker threads look postings up without copies (an archive of 27 M characters holds about 5 M
 * fingerprints: 80 MB, shared by all workers). An in-memory binary search answers a draft's 5-gram
 * lookups two orders of magnitude faster than SQLite queries do.
 */
export interface PostingsTableData {
  readonly hashes: Float64Array;
  readonly docs: Int32Array;
  readonly positions: Int32Array;
  /** `directory[b]` is the first row whose hash falls in bucket `b`; one extra entry at the end. */
  readonly directory: Uint32Array;
}

/** Buckets of the directory: 2^20 (4 MB) keeps each bucket to a few rows for millions of fingerprints. */
const DIRECTORY_BITS = 20;
/** Hashes are 52-bit (see similarity/hash.ts): the bucket is the hash divided by 2^(52 - bits). */
const BUCKET_DIVISOR = 2 ** (52 - DIRECTORY_BITS);

export function bucketOf(hash: number): number {
  return Math.floor(hash / BUCKET_DIVISOR);
}

/** Allocates shared arrays for `count` rows; the caller fills them in hash order, then calls {@link buildDirectory}. */
export function allocatePostings(count: number): Omit<PostingsTableData, 'directory'> {
  return {
    hashes: new Float64Array(new SharedArrayBuffer(count * 8)),
    docs: new Int32Array(new SharedArrayBuffer(count * 4)),
    positions: new Int32Array(new SharedArrayBuffer(count * 4)),
  };
}

export function buildDirectory(hashes: Float64Array): Uint32Array {
  const size = 2 ** DIRECTORY_BITS + 1;
  const directory = new Uint32Array(new SharedArrayBuffer(size * 4));
  let row = 0;
  for (let b = 0; b < size; b++) {
    while (row < hashes.length && bucketOf(hashes[row]!) < b) row++;
    directory[b] = row;
  }
  return directory;
}

/** Read access to a {@link PostingsTableData}; pure, no I/O. */
export class PostingsTable {
  readonly #data: PostingsTableData;

  constructor(data: PostingsTableData) {
    this.#data = data;
  }

  get size(): number {
    return this.#data.hashes.length;
  }

  get data(): PostingsTableData {
    return this.#data;
  }

  /** First row holding `hash`, or -1. */
  #first(hash: number): number {
    const { hashes, directory } = this.#data;
    const b = bucketOf(hash);
    const lo = lowerBound(hashes, hash, directory[b]!, directory[b + 1]!);
    return lo < hashes.length && hashes[lo] === hash ? lo : -1;
  }

  /** Every row holding `hash`: views of the table's arrays, nothing copied. */
  postings(hash: number): Postings {
    const { hashes, docs, positions } = this.#data;
    const first = this.#first(hash);
    if (first < 0) return NO_POSTINGS;
    let end = first;
    while (end < hashes.length && hashes[end] === hash) end++;
    return { length: end - first, docs: docs.subarray(first, end), positions: positions.subarray(first, end) };
  }

  /** The distinct documents holding `hash`. */
  documentsOf(hash: number): number[] {
    const out = new Set<number>();
    const first = this.#first(hash);
    if (first < 0) return [];
    const { hashes, docs } = this.#data;
    for (let i = first; i < hashes.length && hashes[i] === hash; i++) out.add(docs[i]!);
    return [...out];
  }
}
