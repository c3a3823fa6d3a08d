import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCodePoint } from '../../../src/ingest/normalise/code-point.js';
import { normalise } from '../../../src/ingest/normalise/normalise.js';
import { toSimplified } from '../../../src/ingest/normalise/traditional.js';

/** `normalise` as its rule reads: one code point at a time, no table, no runs. */
function normaliseByCodePoint(original: string): { text: string; starts: number[]; ends: number[] } {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = normaliseCodePoint(cp);
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    pieces.push(piece);
    i += width;
  }
  return { text: toSimplified(pieces.join('')), starts, ends };
}

/** Characters of every kind the table tells apart, and the surrogate halves it must leave to the slow path. */
const PIECES = [
  '乡村振兴', '的', '臺灣', '經濟', '乾隆', '乾燥', '薴', '爲', '㐀', '䶵', '豈', '﨎',
  'ＡＢＣ', '１２３', '５．２％', '，', '。', '、', '“', '”', '「', '」', '——', '～', '…', '·',
  'GDP', 'Word', 'e.g.', '2023年', ' ', '\u3000', '\u00a0', '\t', '\n', '\r\n',
  '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\ufe0f',
  'e\u0301', '\u0301', 'A\u030a', '\u1100\u1161', 'Å', 'ﬁ', '½', '①', '㈠', 'Ⅻ', '㍿', 'ｶﾞ',
  '𠀀', '𪚥', '𠮷', '𝐀', '😀', '\ud800', '\udc00', '\udbff\ud800',
];
const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((p) => p.join(''));

describe('normalise through its code-unit table', () => {
  it('gives the text and offset map of the code-point-at-a-time rule', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const fast = normalise(text);
        const slow = normaliseByCodePoint(text);
        expect(fast.text).toBe(slow.text);
        expect(Array.from(fast.starts)).toEqual(slow.starts);
        expect(Array.from(fast.ends)).toEqual(slow.ends);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on every code unit of the Basic Multilingual Plane, alone and between Han characters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      for (const text of [char, `发${char}展`]) {
        const fast = normalise(text);
        const slow = normaliseByCodePoint(text);
        if (fast.text !== slow.text || fast.starts.join() !== slow.starts.join() || fast.ends.join() !== slow.ends.join()) {
          expect({ c, text: fast.text, starts: Array.from(fast.starts) }).toEqual({ c, text: slow.text, starts: slow.starts });
        }
      }
    }
  });
});
