import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/eval/annotation.js';
import { mergeDetections } from '../../src/eval/merge.js';

const a = (t: number, tl: number, s: number, sl: number, source = 'laws/a.txt'): Annotation => ({
  this_offset: t,
  this_length: tl,
  source,
  source_offset: s,
  source_length: sl,
});

describe('mergeDetections', () => {
  it.each([
    { name: 'gaps of 20 on both sides merge', in: [a(0, 30, 0, 30), a(50, 30, 50, 30)], out: [a(0, 80, 0, 80)] },
    { name: 'a gap of 21 does not', in: [a(0, 30, 0, 30), a(51, 30, 50, 30)], out: [a(0, 30, 0, 30), a(51, 30, 50, 30)] },
    { name: 'far apart in the source', in: [a(0, 30, 0, 30), a(40, 30, 500, 30)], out: [a(0, 30, 0, 30), a(40, 30, 500, 30)] },
    {
      name: 'other sources never merge',
      in: [a(0, 30, 0, 30), a(30, 30, 30, 30, 'laws/b.txt')],
      out: [a(0, 30, 0, 30), a(30, 30, 30, 30, 'laws/b.txt')],
    },
    { name: 'swapped clauses merge', in: [a(0, 30, 40, 30), a(35, 30, 0, 30)], out: [a(0, 65, 0, 70)] },
    {
      name: 'a run merges with an earlier one past an unrelated one',
      in: [a(0, 30, 0, 30), a(10, 30, 900, 30), a(40, 10, 40, 10)],
      out: [a(0, 50, 0, 50), a(10, 30, 900, 30)],
    },
  ])('$name', ({ in: input, out }) => {
    expect(mergeDetections(input, 20)).toEqual(out);
  });

  it('keeps every character it was given and never adds detections', () => {
    const det = fc
      .tuple(fc.nat(300), fc.integer({ min: 1, max: 40 }), fc.nat(300), fc.integer({ min: 1, max: 40 }), fc.boolean())
      .map(([t, tl, s, sl, b]) => a(t, tl, s, sl, b ? 'laws/a.txt' : 'laws/b.txt'));
    fc.assert(
      fc.property(fc.array(det), fc.nat(30), (dets, gap) => {
        const merged = mergeDetections(dets, gap);
        expect(merged.length).toBeLessThanOrEqual(dets.length);
        for (const d of dets) {
          const host = merged.filter(
            (m) =>
              m.source === d.source &&
              m.this_offset <= d.this_offset &&
              m.this_offset + m.this_length >= d.this_offset + d.this_length &&
              m.source_offset <= d.source_offset &&
              m.source_offset + m.source_length >= d.source_offset + d.source_length,
          );
          expect(host.length).toBeGreaterThan(0);
        }
        expect(mergeDetections(merged, gap)).toEqual(merged);
      }),
    );
  });
});
