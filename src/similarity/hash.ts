/**
 * Hashes of every k-gram of content code points, 52 bits each: two independent 32-bit polynomial
 * rolling hashes, combined so that the value is an exact JavaScript number and an SQLite integer.
 * With 52 bits, ~5 M distinct fingerprints collide with probability ~0.3 %, and every seed is
 * confirmed on the text anyway (a 26-bit modulus is what makes Dolos pair unrelated text).
 */
export type Hash = number & { readonly __brand: 'Hash' };

const BASE_1 = 0x01000193; // FNV prime
const BASE_2 = 0x5bd1e995; // MurmurHash2 multiplier
const TWO_POW_20 = 1048576;

/** `hashes[i]` is the hash of `codePoints[i, i + k)`; there are `max(0, n - k + 1)` of them. */
export function kgramHashes(codePoints: Uint32Array, k: number): Float64Array {
  const count = Math.max(0, codePoints.length - k + 1);
  const hashes = new Float64Array(count);
  if (count === 0) return hashes;
  let pow1 = 1;
  let pow2 = 1;
  for (let i = 0; i < k - 1; i++) {
    pow1 = Math.imul(pow1, BASE_1);
    pow2 = Math.imul(pow2, BASE_2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < codePoints.length; i++) {
    const c = mix(codePoints[i]!);
    if (i >= k) {
      const out = mix(codePoints[i - k]!);
      h1 = (h1 - Math.imul(out, pow1)) | 0;
      h2 = (h2 - Math.imul(out ^ 0x9e3779b9, pow2)) | 0;
    }
    h1 = (Math.imul(h1, BASE_1) + c) | 0;
    h2 = (Math.imul(h2, BASE_2) + (c ^ 0x9e3779b9)) | 0;
    if (i >= k - 1) hashes[i - k + 1] = (h1 >>> 0) * TWO_POW_20 + ((h2 >>> 12) & 0xfffff);
  }
  return hashes;
}

/** Spreads code points, which cluster in a few ranges, over all 32 bits. */
function mix(cp: number): number {
  let x = Math.imul(cp ^ (cp >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) | 0;
}
