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
  return sharedIfSimilar(a, b, 0);
}

export function dice(a: Float64Array, b: Float64Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * shared(a, b)) / total;
}

/**
 * Bigrams two sorted multisets share when their Dice overlap reaches `min`, else -1. Alignment
 * compares a draft sentence with every source sentence near a seed, and almost all of them fall short
 * (on the 240 dev drafts, 3 % of 1.6 M sentence pairs reach 0.35): the merge stops as soon as the
 * bigrams left on the shorter side can no longer make up the overlap needed. The answer is the one
 * {@link dice} gives: `dice(a, b) >= min` exactly when this returns `shared(a, b)`.
 */
export function sharedIfSimilar(a: Float64Array, b: Float64Array, min: number): number {
  const total = a.length + b.length;
  if (total === 0) return 0 >= min ? 0 : -1;
  const need = overlapNeeded(total, min);
  if (Math.min(a.length, b.length) < need) return -1;
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
      continue;
    }
    if (x < y) i++;
    else j++;
    if (n + Math.min(a.length - i, b.length - j) < need) return -1;
  }
  return n >= need ? n : -1;
}

/**
 * The fewest shared bigrams whose Dice overlap, computed as {@link dice} computes it, reaches `min`
 * (found by counting up from just below the exact quotient, so rounding cannot move the threshold).
 */
function overlapNeeded(total: number, min: number): number {
  let need = Math.max(0, Math.ceil((min * total) / 2) - 2);
  while ((2 * need) / total < min) need++;
  return need;
}

/**
 * Bigrams sorted multiset `a` shares with the union of sorted multisets `b` and `c` when they are
 * `need` or more, else -1: the merge of the three stops as soon as what is left of `a` cannot make up
 * the count.
 */
export function sharedWithBoth(a: Float64Array, b: Float64Array, c: Float64Array, need: number): number {
  let i = 0;
  let j = 0;
  let k = 0;
  let n = 0;
  while (i < a.length && (j < b.length || k < c.length)) {
    if (n + (a.length - i) < need) return -1;
    const x = a[i]!;
    // The smaller head of b and c is the union's next element.
    const fromB = k >= c.length || (j < b.length && b[j]! <= c[k]!);
    const y = fromB ? b[j]! : c[k]!;
    if (x === y) {
      n++;
      i++;
      if (fromB) j++;
      else k++;
    } else if (x < y) i++;
    else if (fromB) j++;
    else k++;
  }
  return n >= need ? n : -1;
}
