/**
 * Robust winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document
 * fingerprinting", SIGMOD 2003): in every window of `w` consecutive k-gram hashes the minimum is
 * selected (the rightmost one on ties), and a position is recorded once. Guarantee: any common run of
 * at least `w + k - 1` code points shares at least one selected k-gram, and consecutive selected
 * positions are at most `w` apart.
 */
export function winnow(hashes: Float64Array, w: number): Int32Array {
  const n = hashes.length;
  if (n === 0) return new Int32Array(0);
  if (n <= w) return Int32Array.of(argminRightmost(hashes, 0, n));
  const selected: number[] = [];
  // Monotone deque of indexes whose hashes increase strictly from front to back.
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    while (tail > head && hashes[deque[tail - 1]!]! >= h) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - w) head++;
    if (i >= w - 1) {
      const min = deque[head]!;
      if (min !== last) {
        selected.push(min);
        last = min;
      }
    }
  }
  return Int32Array.from(selected);
}

function argminRightmost(hashes: Float64Array, from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if (hashes[i]! <= hashes[best]!) best = i;
  return best;
}
