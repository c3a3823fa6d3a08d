import type { Normalised, Span } from '../model.js';

/**
 * The content view: the code points of a normalised text that carry meaning (letters, CJK characters,
 * digits), without punctuation, so that copiers' punctuation changes cannot hide a match. Positions
 * in this view count code points; `toNormalised[i]` is the normalised code unit where content code
 * point `i` starts.
 */
export interface Content {
  readonly codePoints: Uint32Array;
  readonly toNormalised: Int32Array;
  /** One past the last normalised code unit of content code point `i`. */
  readonly toNormalisedEnd: Int32Array;
  /**
   * The original span of content range `[start, end)`, for a view that knows it without its document
   * (a source's stored layout): placing a passage then needs no reading and normalising of the source.
   */
  originalSpan?(start: number, end: number): Span;
}

const CONTENT = /[\p{L}\p{N}]/u;

export function isContentCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return CONTENT.test(String.fromCodePoint(cp));
}

export function contentOf(view: Normalised): Content {
  const text = view.text;
  const codePoints = new Uint32Array(text.length);
  const toNormalised = new Int32Array(text.length);
  const toNormalisedEnd = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isContentCodePoint(cp)) {
      codePoints[n] = cp;
      toNormalised[n] = i;
      toNormalisedEnd[n] = i + width;
      n++;
    }
    i += width;
  }
  return {
    codePoints: codePoints.subarray(0, n),
    toNormalised: toNormalised.subarray(0, n),
    toNormalisedEnd: toNormalisedEnd.subarray(0, n),
  };
}
