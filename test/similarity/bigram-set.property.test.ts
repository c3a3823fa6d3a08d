import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BigramSet, sharedBigrams } from '../../src/similarity/bigram-set.js';
import { bigrams, shared, sharedWithBoth } from '../../src/similarity/bigrams.js';

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
          set.addPair(a, b);
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

  it('sharedWithBoth counts what a multiset shares with the union of two others, or -1 below the count asked', () => {
    const small = fc.integer({ min: 0x4e00, max: 0x4e04 });
    const text = fc.array(small, { maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, fc.nat(40), (x, y, z, need) => {
        const a = bigrams(Uint32Array.from(x), 0, x.length);
        const b = bigrams(Uint32Array.from(y), 0, y.length);
        const c = bigrams(Uint32Array.from(z), 0, z.length);
        const union = Float64Array.from([...b, ...c]).sort();
        const expected = shared(a, union);
        expect(sharedWithBoth(a, b, c, need)).toBe(expected >= need ? expected : -1);
        expect(sharedWithBoth(a, c, b, need)).toBe(expected >= need ? expected : -1);
      }),
      { numRuns: 500 },
    );
  });
});
