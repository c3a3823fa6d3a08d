/** First index whose value is ≥ `value` in a non-decreasing array (its length when there is none). */
export function lowerBound(array: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
