/** A postings list: `[doc, pos]` of every row holding one fingerprint. */
export type PostingsList = ReadonlyArray<readonly [number, number]>;

/**
 * Long postings lists kept as made between look-ups, bounded by their total rows, oldest out first.
 * Common formulations are looked up draft after draft (document after document in a scan), and making
 * their pairs again each time costs reads and garbage collection.
 */
export class PostingsCache {
  readonly #lists = new Map<number, PostingsList>();
  readonly #maxRows: number;
  #rows = 0;

  constructor(maxRows: number) {
    this.#maxRows = maxRows;
  }

  get(hash: number): PostingsList | undefined {
    return this.#lists.get(hash);
  }

  has(hash: number): boolean {
    return this.#lists.has(hash);
  }

  set(hash: number, list: PostingsList): void {
    this.#lists.set(hash, list);
    this.#rows += list.length;
    for (const [oldest, rows] of this.#lists) {
      if (this.#rows <= this.#maxRows) break;
      this.#lists.delete(oldest);
      this.#rows -= rows.length;
    }
  }
}
