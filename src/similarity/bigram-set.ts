/** Bigram keys as bigrams.ts makes them: `first * 2^21 + second` (code points are below 2^21). */
const SECOND = 2097152;

/**
 * A set of character bigrams, in open addressing over a typed array. Alignment asks, for every
 * character pair of a passage, whether the other passage has it (trimming the ends, finding the
 * author's own sentences): on an archive scan, tens of millions of questions. Bigram keys pass 2^31,
 * so a `Set` holds them as heap numbers and hashes them as such; here a lookup is two multiplications
 * and, mostly, one probe. Keys are never 0 (no content character is U+0000), which marks a free slot.
 */
export class BigramSet {
  readonly #slots: Float64Array;
  readonly #shift: number;
  readonly #mask: number;

  /** A set for up to `capacity` distinct bigrams (it is never more than half full). */
  constructor(capacity: number) {
    let bits = 4;
    while (2 ** bits < capacity * 2) bits++;
    this.#slots = new Float64Array(2 ** bits);
    this.#shift = 32 - bits;
    this.#mask = 2 ** bits - 1;
  }

  add(key: number): void {
    const first = Math.floor(key / SECOND);
    for (let at = this.#slot(first, key - first * SECOND); ; at = (at + 1) & this.#mask) {
      const held = this.#slots[at]!;
      if (held === key) return;
      if (held === 0) {
        this.#slots[at] = key;
        return;
      }
    }
  }

  /** Whether the bigram of code points `first`, `second` is in the set. */
  hasPair(first: number, second: number): boolean {
    const key = first * SECOND + second;
    for (let at = this.#slot(first, second); ; at = (at + 1) & this.#mask) {
      const held = this.#slots[at]!;
      if (held === key) return true;
      if (held === 0) return false;
    }
  }

  #slot(first: number, second: number): number {
    return Math.imul(first ^ Math.imul(second, 0x85ebca77), 0x9e3779b1) >>> this.#shift;
  }
}
