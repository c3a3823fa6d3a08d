/**
 * UTF-16 well-formedness by hand, to name the byte offset of the first error: an odd byte count leaves
 * half a code unit at the end, and a surrogate must come as a high–low pair (Unicode §3.9, D91).
 */

function codeUnit(bytes: Uint8Array, i: number, bigEndian: boolean): number {
  const a = bytes[i]!;
  const b = bytes[i + 1]!;
  return bigEndian ? (a << 8) | b : (b << 8) | a;
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Offset of the first ill-formed code unit in `bytes[from..]`, or -1 if the bytes are valid UTF-16. */
export function firstInvalidUtf16(bytes: Uint8Array, bigEndian: boolean, from = 0): number {
  const end = bytes.length - ((bytes.length - from) % 2);
  for (let i = from; i < end; i += 2) {
    const unit = codeUnit(bytes, i, bigEndian);
    if (isLow(unit)) return i;
    if (isHigh(unit)) {
      if (i + 2 >= end || !isLow(codeUnit(bytes, i + 2, bigEndian))) return i;
      i += 2;
    }
  }
  return end < bytes.length ? end : -1;
}
