import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredLength, mergeSpans, overlaps, uncoveredLength, unionLength } from '../../src/eval/intervals.js';

const s = (start: number, end: number) => ({ start, end });

describe('intervals', () => {
  it.each([
    { spans: [], want: [] },
    { spans: [s(5, 5)], want: [] },
    { spans: [s(10, 20), s(0, 5)], want: [s(0, 5), s(10, 20)] },
    { spans: [s(0, 5), s(5, 9)], want: [s(0, 9)] },
    { spans: [s(0, 10), s(2, 3), s(8, 12)], want: [s(0, 12)] },
  ])('mergeSpans($spans)', ({ spans, want }) => {
    expect(mergeSpans(spans)).toEqual(want);
  });

  it.each([
    { target: s(10, 20), cover: [s(0, 12), s(15, 30)], covered: 7 },
    { target: s(10, 20), cover: [s(12, 14), s(13, 16)], covered: 4 },
    { target: s(10, 20), cover: [s(20, 30)], covered: 0 },
    { target: s(10, 10), cover: [s(0, 30)], covered: 0 },
  ])('coveredLength($target)', ({ target, cover, covered }) => {
    expect(coveredLength(target, cover)).toBe(covered);
    expect(uncoveredLength(target, cover)).toBe(target.end - target.start - covered);
  });

  it.each([
    { a: s(0, 10), b: s(9, 12), want: true },
    { a: s(0, 10), b: s(10, 12), want: false },
    { a: s(0, 10), b: s(3, 3), want: false },
  ])('overlaps($a, $b) = $want', ({ a, b, want }) => {
    expect(overlaps(a, b)).toBe(want);
    expect(overlaps(b, a)).toBe(want);
  });

  it('the union counts each character once', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(50)).map(([a, l]) => s(a, a + l));
    fc.assert(
      fc.property(fc.array(span), (spans) => {
        const chars = new Set(spans.flatMap((x) => Array.from({ length: x.end - x.start }, (_, i) => x.start + i)));
        expect(unionLength(spans)).toBe(chars.size);
        const merged = mergeSpans(spans);
        merged.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThan((merged[i] as { end: number }).end));
      }),
    );
  });
});
