/**
 * Builds a document text out of blocks joined by `\n`, recording each block's span as it goes, so the
 * spans are right by construction rather than recomputed from the finished string.
 */
import type { Block, BlockKind } from '../../model.js';

export class TextBuilder {
  readonly #parts: string[] = [];
  readonly #blocks: Block[] = [];
  #length = 0;

  /** Appends `text` as a block of `kind` (with `level` for headings) on a line of its own. */
  add(text: string, kind: BlockKind, level?: number): void {
    if (this.#parts.length > 0) {
      this.#parts.push('\n');
      this.#length += 1;
    }
    const start = this.#length;
    this.#parts.push(text);
    this.#length += text.length;
    const end = this.#length;
    this.#blocks.push(level === undefined ? { kind, start, end } : { kind, level, start, end });
  }

  result(): { readonly text: string; readonly blocks: readonly Block[] } {
    return { text: this.#parts.join(''), blocks: [...this.#blocks] };
  }
}
