import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, dice, shared } from '../../src/similarity/bigrams.js';
import { contentString } from '../../src/similarity/classify.js';
import { editSimilarity } from '../../src/similarity/edit-similarity.js';

const cps = (text: string): Uint32Array => Uint32Array.from(Array.from(text), (c) => c.codePointAt(0)!);
const allBigrams = (text: string): Float64Array => {
  const c = cps(text);
  return bigrams(c, 0, c.length);
};

const HAN = Array.from('乡村振兴营商环境基层减负调研报告推进落实坚持发展群众干部𠀀𪚥𠮷');
const han = fc.array(fc.constantFrom(...HAN), { maxLength: 30 }).map((xs) => xs.join(''));

describe('editSimilarity', () => {
  /** `[a, b, similarity]`: 1 − edits / longer length, counted in code points. */
  const cases: ReadonlyArray<readonly [string, string, number]> = [
    ['乡村振兴战略', '乡村振兴战略', 1],
    ['', '', 1],
    ['乡村振兴', '', 0],
    ['青禾县每年', '我县每年', 0.6],
    ['专项资金2800万元', '专项资金3000万元', 0.8],
    ['𠀀村振兴规划', '乡村振兴规划', 5 / 6],
    ['𠀀𪚥', '𪚥𠀀', 0],
  ];
  it.each(cases)('%j vs %j is %d', (a, b, expected) => {
    expect(editSimilarity(cps(a), cps(b))).toBeCloseTo(expected, 10);
  });

  it('is symmetric, in [0, 1], and 1 exactly for equal sequences', () => {
    fc.assert(
      fc.property(han, han, (a, b) => {
        const ab = editSimilarity(cps(a), cps(b));
        expect(ab).toBe(editSimilarity(cps(b), cps(a)));
        expect(ab >= 0 && ab <= 1).toBe(true);
        expect(ab === 1).toBe(a === b);
      }),
      { numRuns: 500 },
    );
  });

  it('equals 1 − Levenshtein distance / longer length, shared beginnings and endings included', () => {
    const levenshtein = (a: string[], b: string[]): number => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
      }
      return row[b.length]!;
    };
    fc.assert(
      fc.property(han, han, han, han, (head, a, b, tail) => {
        const x = Array.from(head + a + tail);
        const y = Array.from(head + b + tail);
        const expected = x.length + y.length === 0 ? 1 : 1 - levenshtein(x, y) / Math.max(x.length, y.length);
        expect(editSimilarity(cps(x.join('')), cps(y.join('')))).toBeCloseTo(expected, 12);
      }),
      { numRuns: 500 },
    );
  });
});

describe('character bigrams and their Dice overlap', () => {
  it('an astral character is one character of a bigram, not two', () => {
    expect(allBigrams('𠀀村振')).toHaveLength(2);
    expect(dice(allBigrams('𠀀村振兴'), allBigrams('𠀀村振兴'))).toBe(1);
    expect(dice(allBigrams('𠀀村振兴'), allBigrams('𪚥村振兴'))).toBeCloseTo(2 / 3, 10);
  });

  it('reordered clauses keep most of their bigrams (a bag has no order)', () => {
    const a = '推进高频事项一网通办，推出高效办成一件事场景';
    const b = '推出高效办成一件事场景，推进高频事项一网通办';
    expect(dice(allBigrams(contentString(a)), allBigrams(contentString(b)))).toBeGreaterThan(0.9);
  });

  it('dice is symmetric, in [0, 1], 1 for equal non-trivial text; shared never exceeds either side', () => {
    fc.assert(
      fc.property(han, han, (a, b) => {
        const x = allBigrams(a);
        const y = allBigrams(b);
        expect(dice(x, y)).toBe(dice(y, x));
        expect(dice(x, y) >= 0 && dice(x, y) <= 1).toBe(true);
        expect(shared(x, y)).toBeLessThanOrEqual(Math.min(x.length, y.length));
        if (x.length > 0) expect(dice(x, x)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contentString (whitelist and passage form)', () => {
  it.each([
    ['“高效办成一件事”，', '高效办成一件事'],
    ['ＧＤＰ增长５．２％', 'gdp增长52'],
    ['一网 通办\n（试行）', '一网通办试行'],
  ])('%j → %j', (text, expected) => {
    expect(contentString(text)).toBe(expected);
  });
});
