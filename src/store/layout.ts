import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Normalised, Span } from '../model.js';
import type { Content } from '../similarity/content.js';
import type { UnitRanges } from '../similarity/prepared.js';

/**
 * What a check needs of a source besides its text, stored with it so that the source is neither
 * normalised nor segmented again: the content view (code points and where each starts in the
 * normalised text), the sentence unit ranges, and the original span of each code point (to report a
 * passage's place in the source without reading and normalising the source). Unsigned LEB128
 * varints in two deflated streams, what alignment reads first: content code points as they are,
 * positions as gaps from the previous value, which are mostly 0 or 1.
 *
 * Measured on the 14,787 reference documents: decoding a source this way costs a fraction of
 * normalising and segmenting it again (see README, "Index and check speed").
 */
export interface Layout {
  readonly content: Content;
  readonly ranges: UnitRanges;
}

export function encodeLayout(content: Content, ranges: UnitRanges, normalised: Pick<Normalised, 'starts' | 'ends'>): Buffer {
  const { codePoints, toNormalised } = content;
  const n = codePoints.length;
  // What alignment reads of every candidate source: code points and sentence units.
  const aligned = new VarintWriter(n * 3 + ranges.length * 3 + 16);
  aligned.write(n);
  aligned.write(ranges.length / 4);
  for (let i = 0; i < n; i++) aligned.write(codePoints[i]!);
  let previous = 0;
  for (let r = 0; r < ranges.length; r++) {
    aligned.write(zigzag(ranges[r]! - previous));
    previous = ranges[r]!;
  }
  // What only placing a passage reads: normalised offsets as gaps, then original spans (start as a
  // signed gap from the previous end, one original character can give two content characters, ﬁ → fi,
  // then the width).
  const placed = new VarintWriter(n * 3 + 16);
  let previousEnd = 0;
  for (let i = 0; i < n; i++) {
    placed.write(toNormalised[i]! - previousEnd);
    previousEnd = content.toNormalisedEnd[i]!;
  }
  let originalEnd = 0;
  for (let i = 0; i < n; i++) {
    const start = normalised.starts[toNormalised[i]!]!;
    const end = normalised.ends[content.toNormalisedEnd[i]! - 1]!;
    placed.write(zigzag(start - originalEnd));
    placed.write(end - start);
    originalEnd = end;
  }
  const head = deflateRawSync(aligned.bytes(), { level: 1 });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, deflateRawSync(placed.bytes(), { level: 1 })]);
}

/**
 * A source as alignment needs it: its code points and sentence units, from the first of the blob's two
 * deflated streams. Where each code point lies in the normalised and the original text is needed only
 * to place a reported passage, for a few sources of a run: the second stream is inflated then, from the
 * blob kept (a fraction of the arrays' size), so the prepared sources a run keeps in memory are half as
 * large and a candidate source that yields nothing costs only its first stream.
 */
export function decodeLayout(blob: Uint8Array): Layout {
  const headLength = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).readUInt32LE(0);
  const input = new VarintReader(inflateRawSync(blob.subarray(4, 4 + headLength)));
  const n = input.read();
  const units = input.read();
  const codePoints = new Uint32Array(n);
  for (let i = 0; i < n; i++) codePoints[i] = input.read();
  const ranges = new Int32Array(units * 4);
  let previous = 0;
  for (let r = 0; r < ranges.length; r++) previous = ranges[r] = previous + unzigzag(input.read());
  return { content: new StoredContent(codePoints, blob.subarray(4 + headLength)), ranges };
}

/** A stored content view whose normalised offsets and original spans are decoded when first asked for. */
class StoredContent implements Content {
  readonly codePoints: Uint32Array;
  /** The deflated stream of normalised offsets and original spans. */
  readonly #placing: Uint8Array;
  #toNormalised: Int32Array | undefined;
  #toNormalisedEnd: Int32Array | undefined;
  #originalStarts: Int32Array | undefined;
  #originalEnds: Int32Array | undefined;

  constructor(codePoints: Uint32Array, placing: Uint8Array) {
    this.codePoints = codePoints;
    this.#placing = placing;
  }

  get toNormalised(): Int32Array {
    if (!this.#toNormalised) this.#decode();
    return this.#toNormalised!;
  }

  get toNormalisedEnd(): Int32Array {
    if (!this.#toNormalisedEnd) this.#decode();
    return this.#toNormalisedEnd!;
  }

  originalSpan(start: number, end: number): Span {
    if (!this.#originalStarts) this.#decode();
    return { start: this.#originalStarts![start]!, end: this.#originalEnds![end - 1]! };
  }

  #decode(): void {
    const input = new VarintReader(inflateRawSync(this.#placing));
    const codePoints = this.codePoints;
    const n = codePoints.length;
    const toNormalised = new Int32Array(n);
    const toNormalisedEnd = new Int32Array(n);
    let previousEnd = 0;
    for (let i = 0; i < n; i++) {
      const start = previousEnd + input.read();
      toNormalised[i] = start;
      // A code point beyond the BMP takes two code units of the normalised text.
      previousEnd = toNormalisedEnd[i] = start + (codePoints[i]! > 0xffff ? 2 : 1);
    }
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let originalEnd = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = originalEnd + unzigzag(input.read());
      originalEnd = ends[i] = starts[i]! + input.read();
    }
    this.#toNormalised = toNormalised;
    this.#toNormalisedEnd = toNormalisedEnd;
    this.#originalStarts = starts;
    this.#originalEnds = ends;
  }
}

const zigzag = (v: number): number => (v >= 0 ? v * 2 : -v * 2 - 1);
const unzigzag = (v: number): number => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);

class VarintWriter {
  #bytes: Uint8Array;
  #length = 0;

  constructor(capacity: number) {
    this.#bytes = new Uint8Array(capacity);
  }

  /** Appends a non-negative integer below 2^31. */
  write(value: number): void {
    if (this.#length + 5 > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2 + 16);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.#length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.#bytes[this.#length++] = v;
  }

  bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }
}

class VarintReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.#bytes[this.#at++]!;
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
      shift += 7;
    }
  }
}
