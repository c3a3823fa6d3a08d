import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BigramSet, sharedBigrams } from '../../src/similarity/bigram-set.js';
import { bigrams, shared } from '../../src/similarity/bigrams.js';

describe('BigramSet', () => {
  // CJK, astral and ASCII code points, as content characters are; never U+0000.
  const codePoint = fc.oneof(fc.integer({ min: 0x4e00, max: 0x4e40 }), fc.integer({ min: 0x20000, max: 0x2fa1f }), fc.integer({ min: 0x30, max: 0x7a }));
  const pair = fc.tuple(codePoint, codePoint);

  it('answers what a Set of the same bigram keys answers, however full', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 400 }), fc.array(pair, { maxLength: 100 }), fc.integer({ min: 0, max: 3 }), (added, asked, slack) => {
        const set = new BigramSet(new Set(added.map(([a, b]) => a * 2097152 + b)).size + slack);
        const reference = new Set<number>();
        for (const [a, b] of added) {
          set.add(a * 2097152 + b);
          reference.add(a * 2097152 + b);
        }
        for (const [a, b] of [...added, ...asked]) expect(set.hasPair(a, b)).toBe(reference.has(a * 2097152 + b));
      }),
    );
  });

  it('sharedBigrams counts what the sorted multisets share, whatever the two texts have in common', () => {
    // Few distinct characters, so bigrams repeat; texts often share a beginning or an ending.
    const small = fc.oneof(fc.integer({ min: 0x4e00, max: 0x4e03 }), fc.constant(0x20001));
    const text = fc.array(small, { maxLength: 60 });
    fc.assert(
      fc.property(text, text, text, text, (head, a, b, tail) => {
        const x = Uint32Array.from([...head, ...a, ...tail]);
        const y = Uint32Array.from([...head, ...b, ...tail]);
        const expected = shared(bigrams(x, 0, x.length), bigrams(y, 0, y.length));
        expect(sharedBigrams(x, y)).toBe(expected);
        expect(sharedBigrams(y, x)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
