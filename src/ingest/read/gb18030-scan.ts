/**
 * The byte patterns of GB18030 (and so of its subsets GBK and GB2312), checked by hand.
 *
 * GB18030-2005 §5 / WHATWG Encoding §11.1: a byte 0x00–0x80 stands alone (0x80 is € in the WHATWG
 * decoder, as in Windows code page 936); a lead 0x81–0xFE takes a trail 0x40–0x7E or 0x80–0xFE (two
 * bytes), or 0x30–0x39 followed by 0x81–0xFE and 0x30–0x39 (four bytes); 0xFF never occurs. This checks
 * structure only: a well-formed four-byte sequence may still be unassigned, which the decoder reports.
 */

export interface Gb18030Scan {
  /** Byte offset where the first ill-formed sequence starts, or -1. */
  readonly firstInvalid: number;
  readonly invalid: number;
  /** Well-formed two- and four-byte sequences. */
  readonly multibyte: number;
}

function isLead(byte: number): boolean {
  return byte >= 0x81 && byte <= 0xfe;
}

function isTwoByteTrail(byte: number): boolean {
  return (byte >= 0x40 && byte <= 0x7e) || (byte >= 0x80 && byte <= 0xfe);
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/**
 * Length of the well-formed sequence starting at `i` (1, 2 or 4), or 0 if it is ill-formed. An
 * ill-formed sequence always skips just its first byte: the WHATWG decoder re-reads the bytes after it.
 */
export function gb18030SequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  if (first <= 0x80) return 1;
  if (!isLead(first) || i + 1 >= bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (isTwoByteTrail(second)) return 2;
  if (!isDigit(second) || i + 3 >= bytes.length) return 0;
  return isLead(bytes[i + 2]!) && isDigit(bytes[i + 3]!) ? 4 : 0;
}

/** Scans all of `bytes`, or up to the first error with `stopAtFirst`. */
export function scanGb18030(bytes: Uint8Array, stopAtFirst = false): Gb18030Scan {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = gb18030SequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      if (stopAtFirst) break;
      i++;
      continue;
    }
    if (length > 1) multibyte++;
    i += length;
  }
  return { firstInvalid, invalid, multibyte };
}
