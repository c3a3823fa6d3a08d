/**
 * First index in `[lo, hi)` whose value is ≥ `value` in an array non-decreasing over that range (`hi`
 * when there is none).
 */
export function lowerBound(array: ArrayLike<number>, value: number, lo = 0, hi = array.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
