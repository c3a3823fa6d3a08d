import { NO_POSTINGS, type Postings } from '../similarity/lookup.js';
import { lowerBound } from '../util/lower-bound.js';

/**
 * Every fingerprint row of an index in four typed arrays, stored as blobs beside the tables and read
 * in one go when an index is opened: the distinct fingerprints sorted, where each one's rows start,
 * and the rows' documents and positions in key order. A draft looks its k-grams up with a binary
 * search in memory instead of a B-tree query per batch (on the 240 dev drafts, the queries took a
 * quarter of the check time). 4.57 M rows of the reference corpus take 59 MB.
 */
export interface PostingsArrays {
  readonly hashes: Float64Array;
  /** Rows of `hashes[i]` are `starts[i]` to `starts[i + 1]`; one extra entry at the end. */
  readonly starts: Uint32Array;
  readonly docs: Int32Array;
  readonly positions: Int32Array;
}

/** Builds the arrays from rows visited in key order (hash, document, position). */
export function collectPostings(count: number, each: (visit: (hash: number, doc: number, pos: number) => void) => void): PostingsArrays {
  const hashes = new Float64Array(count);
  const starts = new Uint32Array(count + 1);
  const docs = new Int32Array(count);
  const positions = new Int32Array(count);
  let distinct = 0;
  let row = 0;
  each((hash, doc, pos) => {
    if (row >= count) return;
    if (distinct === 0 || hashes[distinct - 1] !== hash) {
      hashes[distinct] = hash;
      starts[distinct] = row;
      distinct++;
    }
    docs[row] = doc;
    positions[row] = pos;
    row++;
  });
  starts[distinct] = row;
  return { hashes: hashes.slice(0, distinct), starts: starts.slice(0, distinct + 1), docs: docs.subarray(0, row), positions: positions.subarray(0, row) };
}

/** Directory buckets: 2^18 over 2.3 M distinct fingerprints leaves about 9 to search in each. */
const DIRECTORY_BITS = 18;
/** Hashes are 52-bit (see similarity/hash.ts): the bucket is the hash divided by 2^(52 - bits). */
const BUCKET_DIVISOR = 2 ** (52 - DIRECTORY_BITS);

/** `directory[b]` is the first distinct fingerprint of bucket `b` (one extra entry at the end), made once per array. */
const directories = new WeakMap<Float64Array, Uint32Array>();

function directoryOf(hashes: Float64Array): Uint32Array {
  let directory = directories.get(hashes);
  if (!directory) {
    const size = 2 ** DIRECTORY_BITS + 1;
    directory = new Uint32Array(size);
    let at = 0;
    for (let b = 0; b < size; b++) {
      while (at < hashes.length && Math.floor(hashes[at]! / BUCKET_DIVISOR) < b) at++;
      directory[b] = at;
    }
    directories.set(hashes, directory);
  }
  return directory;
}

/** Rows `[first, end)` of a fingerprint, or null when no document holds it. */
export function rowsOf(arrays: PostingsArrays, hash: number): [number, number] | null {
  const { hashes } = arrays;
  const directory = directoryOf(hashes);
  const b = Math.floor(hash / BUCKET_DIVISOR);
  if (b < 0 || b + 1 >= directory.length) return null;
  const lo = lowerBound(hashes, hash, directory[b]!, directory[b + 1]!);
  if (lo >= hashes.length || hashes[lo] !== hash) return null;
  return [arrays.starts[lo]!, arrays.starts[lo + 1]!];
}

/** The rows of a fingerprint, as views of the arrays (nothing is copied). */
export function postingsFrom(arrays: PostingsArrays, hash: number): Postings {
  const rows = rowsOf(arrays, hash);
  if (!rows) return NO_POSTINGS;
  const [first, end] = rows;
  return { length: end - first, docs: arrays.docs.subarray(first, end), positions: arrays.positions.subarray(first, end) };
}

/** The arrays as blobs, in the byte order of this machine (an index is not moved between machines). */
export function postingsBlobs(arrays: PostingsArrays): { hashes: Buffer; starts: Buffer; docs: Buffer; positions: Buffer } {
  const blob = (a: Float64Array | Uint32Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return { hashes: blob(arrays.hashes), starts: blob(arrays.starts), docs: blob(arrays.docs), positions: blob(arrays.positions) };
}

export function postingsFromBlobs(row: { hashes: Buffer; starts: Buffer; docs: Buffer; positions: Buffer }): PostingsArrays {
  return {
    hashes: view(row.hashes, Float64Array),
    starts: view(row.starts, Uint32Array),
    docs: view(row.docs, Int32Array),
    positions: view(row.positions, Int32Array),
  };
}

type ArrayKind<T> = { new (buffer: ArrayBuffer, offset: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

/**
 * A typed array over the blob's memory in place when it is aligned (SQLite's large blobs come in
 * buffers of their own, so 59 MB are not copied on every opening), else over a copy.
 */
function view<T>(blob: Buffer, Kind: ArrayKind<T>): T {
  const size = Kind.BYTES_PER_ELEMENT;
  if (blob.byteOffset % size === 0) return new Kind(blob.buffer as ArrayBuffer, blob.byteOffset, blob.byteLength / size);
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Kind(copy.buffer, 0, blob.byteLength / size);
}
