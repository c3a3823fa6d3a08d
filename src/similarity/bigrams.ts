/**
 * Character-bigram multisets and their Dice overlap: the sentence similarity that survives synonym
 * substitution (a word replaced costs only its own bigrams), reordered clauses (a bag has no order)
 * and inserted or deleted words.
 */
export function bigrams(codePoints: Uint32Array, start: number, end: number): Float64Array {
  const n = Math.max(0, end - start - 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = codePoints[start + i]! * 2097152 + codePoints[start + i + 1]!;
  return out.sort();
}

/** Size of the multiset intersection of two sorted arrays. */
export function shared(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function dice(a: Float64Array, b: Float64Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * shared(a, b)) / total;
}
