/** Bigram keys as bigrams.ts makes them: `first * 2^21 + second` (code points are below 2^21). */
const SECOND = 2097152;

/**
 * Open addressing over bigram keys, for the set and the multiset below: a bigram's slot is where it is,
 * or the free slot it would take. Keys are never 0 (no content character is U+0000), which marks a free
 * slot; the table is never more than half full.
 */
class BigramSlots {
  readonly keys: Float64Array;
  readonly #shift: number;
  readonly #mask: number;

  /** Slots for up to `capacity` distinct bigrams. */
  constructor(capacity: number) {
    let bits = 4;
    while (2 ** bits < capacity * 2) bits++;
    this.keys = new Float64Array(2 ** bits);
    this.#shift = 32 - bits;
    this.#mask = 2 ** bits - 1;
  }

  /** The slot of the bigram of code points `first`, `second`: where it is, or the free one it would take. */
  find(first: number, second: number): number {
    const key = first * SECOND + second;
    let at = Math.imul(first ^ Math.imul(second, 0x85ebca77), 0x9e3779b1) >>> this.#shift;
    for (;;) {
      const held = this.keys[at]!;
      if (held === key || held === 0) return at;
      at = (at + 1) & this.#mask;
    }
  }
}

/**
 * A set of character bigrams, in open addressing over a typed array. Alignment asks, for every
 * character pair of a passage, whether the other passage has it (trimming the ends, finding the
 * author's own sentences): on an archive scan, tens of millions of questions. Bigram keys pass 2^31,
 * so a `Set` holds them as heap numbers and hashes them as such; here a lookup is two multiplications
 * and, mostly, one probe.
 */
export class BigramSet {
  readonly #slots: BigramSlots;

  /** A set for up to `capacity` distinct bigrams. */
  constructor(capacity: number) {
    this.#slots = new BigramSlots(capacity);
  }

  /** Adds the bigram of code points `first`, `second`. */
  addPair(first: number, second: number): void {
    this.#slots.keys[this.#slots.find(first, second)] = first * SECOND + second;
  }

  /** Whether the bigram of code points `first`, `second` is in the set. */
  hasPair(first: number, second: number): boolean {
    return this.#slots.keys[this.#slots.find(first, second)] !== 0;
  }
}

/**
 * Size of the multiset intersection of the character bigrams of two code point sequences: what
 * `shared(bigrams(a), bigrams(b))` gives, without sorting either. Shared beginnings and endings are
 * counted directly (a copied passage is mostly those: (C ⊎ A) ∩ (C ⊎ B) = C ⊎ (A ∩ B) for multisets);
 * the bigrams of the differing middles are counted in a hash table of the shorter one.
 */
export function sharedBigrams(a: Uint32Array, b: Uint32Array): number {
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // Bigrams wholly inside the shared head or tail, and the middles with the bigrams that cross into them.
  const common = Math.max(0, head - 1) + Math.max(0, tail - 1);
  const from = Math.max(0, head - 1);
  const middleA = a.subarray(from, Math.min(a.length, a.length - tail + 1));
  const middleB = b.subarray(from, Math.min(b.length, b.length - tail + 1));
  if (middleA.length < 2 || middleB.length < 2) return common;
  const [small, large] = middleA.length <= middleB.length ? [middleA, middleB] : [middleB, middleA];
  const counts = new BigramCounts(small.length - 1);
  for (let i = 0; i + 1 < small.length; i++) counts.add(small[i]!, small[i + 1]!);
  let n = 0;
  for (let i = 0; i + 1 < large.length; i++) if (counts.take(large[i]!, large[i + 1]!)) n++;
  return common + n;
}

/** A multiset of bigrams: {@link BigramSlots} and a count per slot, for {@link sharedBigrams}. */
class BigramCounts {
  readonly #slots: BigramSlots;
  readonly #counts: Int32Array;

  constructor(capacity: number) {
    this.#slots = new BigramSlots(capacity);
    this.#counts = new Int32Array(this.#slots.keys.length);
  }

  add(first: number, second: number): void {
    const at = this.#slots.find(first, second);
    this.#slots.keys[at] = first * SECOND + second;
    this.#counts[at]!++;
  }

  /** Takes one of bigram `first`, `second` out of the multiset: whether there was one to take. */
  take(first: number, second: number): boolean {
    const at = this.#slots.find(first, second);
    if (this.#counts[at] === 0) return false;
    this.#counts[at]!--;
    return true;
  }
}
