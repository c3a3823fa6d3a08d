import { collectPostings, type PostingsArrays } from './postings-arrays.js';

/** Fingerprint rows a build adds: document by document, each document's rows in position order. */
export interface AddedRows {
  readonly hashes: Float64Array;
  readonly docs: Int32Array;
  readonly positions: Int32Array;
  /** The rows' indexes in key order, as {@link orderByHash} gives them (the build inserts them so too). */
  readonly order: Uint32Array;
}

/**
 * The postings arrays after a build, made in memory from the arrays before it: their rows without the
 * dropped documents, merged with the added rows. Reading 4.57 M rows back from the fingerprint table in
 * key order took a fifth of building the reference corpus index; this takes a radix sort and one merge.
 *
 * Rows are in key order (hash, document, position) when every added document's id is above every kept
 * one (SQLite gives a new row the largest id plus one): rows of one fingerprint then list the kept
 * documents first. Returns null when that does not hold; the caller reads the table instead.
 */
export function mergePostings(previous: PostingsArrays | null, dropped: ReadonlySet<number>, added: AddedRows): PostingsArrays | null {
  const empty = { hashes: new Float64Array(0), starts: new Uint32Array(1), docs: new Int32Array(0), positions: new Int32Array(0) };
  const before = previous ?? empty;
  let kept = 0;
  let maxKept = -Infinity;
  for (let r = 0; r < before.docs.length; r++) {
    const doc = before.docs[r]!;
    if (dropped.has(doc)) continue;
    kept++;
    if (doc > maxKept) maxKept = doc;
  }
  let minAdded = Infinity;
  for (let r = 0; r < added.docs.length; r++) minAdded = Math.min(minAdded, added.docs[r]!);
  if (added.docs.length > 0 && minAdded <= maxKept) return null;
  const { order } = added;
  return collectPostings(kept + added.hashes.length, (visit) => {
    let k = 0;
    for (let h = 0; h < before.hashes.length; h++) {
      const hash = before.hashes[h]!;
      for (; k < order.length && added.hashes[order[k]!]! < hash; k++) visit(added.hashes[order[k]!]!, added.docs[order[k]!]!, added.positions[order[k]!]!);
      for (let r = before.starts[h]!; r < before.starts[h + 1]!; r++) {
        if (!dropped.has(before.docs[r]!)) visit(hash, before.docs[r]!, before.positions[r]!);
      }
    }
    for (; k < order.length; k++) visit(added.hashes[order[k]!]!, added.docs[order[k]!]!, added.positions[order[k]!]!);
  });
}

/** Radix digits of a 52-bit hash (see similarity/hash.ts): four of 13 bits, two from each 26-bit half. */
const DIGIT_BITS = 13;
const HALF = 2 ** 26;

/**
 * Indexes of `hashes` in ascending hash order, stable (rows of one hash keep their order): a
 * least-significant-digit radix sort, linear in the number of rows. The keys travel with the indexes,
 * so every pass reads and writes its arrays in order (4.57 M rows: a fraction of a second).
 */
export function orderByHash(hashes: Float64Array): Uint32Array {
  const n = hashes.length;
  let order = new Uint32Array(n);
  let low = new Uint32Array(n);
  let high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    order[i] = i;
    high[i] = Math.floor(h / HALF);
    low[i] = h - high[i]! * HALF;
  }
  let nextOrder = new Uint32Array(n);
  let nextLow = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  const mask = 2 ** DIGIT_BITS - 1;
  const counts = new Uint32Array(mask + 2);
  for (let pass = 0; pass < 4; pass++) {
    const shift = (pass % 2) * DIGIT_BITS;
    const key = pass < 2 ? low : high;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((key[i]! >>> shift) & mask) + 1]!++;
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    for (let i = 0; i < n; i++) {
      const to = counts[(key[i]! >>> shift) & mask]!++;
      nextOrder[to] = order[i]!;
      nextLow[to] = low[i]!;
      nextHigh[to] = high[i]!;
    }
    [order, nextOrder] = [nextOrder, order];
    [low, nextLow] = [nextLow, low];
    [high, nextHigh] = [nextHigh, high];
  }
  return order;
}
