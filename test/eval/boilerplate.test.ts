import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/eval/annotation.js';
import { boilerplateCoverage } from '../../src/eval/boilerplate.js';

const det = (t: number, tl: number, source = 'laws/a.txt'): Annotation => ({
  this_offset: t,
  this_length: tl,
  source,
  source_offset: 0,
  source_length: tl,
});
const boilerplate = { 'a.txt': [[0, 20], [30, 50]] as [number, number][], 'b.txt': [[0, 40]] as [number, number][] };

describe('boilerplateCoverage', () => {
  it.each([
    { name: 'nothing detected', dets: [], covered: 0 },
    { name: 'exactly half of a span', dets: [det(0, 10)], covered: 1 },
    { name: 'just under half', dets: [det(30, 9)], covered: 0 },
    { name: 'two detections with different sources pool', dets: [det(30, 5), det(35, 5, 'laws/b.txt')], covered: 1 },
    { name: 'one long detection over both spans', dets: [det(0, 60)], covered: 2 },
  ])('$name', ({ dets, covered }) => {
    const r = boilerplateCoverage(boilerplate, [{ suspicious: 'a.txt', detections: dets }]);
    expect(r).toEqual({ spans: 3, covered, share: covered / 3 });
  });

  it('has no share without spans', () => {
    expect(boilerplateCoverage({}, [])).toEqual({ spans: 0, covered: 0, share: null });
  });
});
