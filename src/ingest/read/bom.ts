/**
 * Byte-order marks: the one sure sign of a text file's encoding, so they are checked before anything else.
 */

export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-32le' | 'utf-32be';

export interface Bom {
  readonly encoding: BomEncoding;
  /** Length of the mark in bytes. */
  readonly length: number;
}

/** Longest first: the UTF-32 LE mark begins with the UTF-16 LE one. */
const MARKS: readonly (Bom & { readonly bytes: readonly number[] })[] = [
  { encoding: 'utf-32le', length: 4, bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', length: 4, bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'gb18030', length: 4, bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-8', length: 3, bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', length: 2, bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', length: 2, bytes: [0xfe, 0xff] },
];

/** The byte-order mark `bytes` start with, if any. */
export function bomOf(bytes: Uint8Array): Bom | null {
  for (const mark of MARKS) {
    if (bytes.length >= mark.length && mark.bytes.every((byte, i) => bytes[i] === byte)) {
      return { encoding: mark.encoding, length: mark.length };
    }
  }
  return null;
}
