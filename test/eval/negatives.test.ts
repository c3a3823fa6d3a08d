import { describe, expect, it } from 'vitest';
import type { Annotation, TruthDoc } from '../../src/eval/annotation.js';
import { negativeFalseAlarms } from '../../src/eval/negatives.js';

const det = (t: number, tl: number): Annotation => ({
  this_offset: t,
  this_length: tl,
  source: 'laws/a.txt',
  source_offset: 0,
  source_length: tl,
});
const neg = (name: string): TruthDoc => ({
  suspicious: name,
  obfuscation: 'negative',
  cases: [],
  natural: [{ this_offset: 100, this_length: 40 }],
});
const positive: TruthDoc = { ...neg('pos.txt'), obfuscation: 'none', cases: [det(0, 100)] };

describe('negativeFalseAlarms', () => {
  it.each([
    { name: 'no detection', detections: [], flagged: [] },
    { name: '49 characters', detections: [det(0, 49)], flagged: [] },
    { name: '50 characters', detections: [det(0, 50)], flagged: ['a.txt'] },
    { name: '60 characters, 40 of them natural', detections: [det(100, 60)], flagged: [] },
    { name: '90 characters, 40 of them natural', detections: [det(100, 90)], flagged: ['a.txt'] },
    { name: 'two short detections are measured one by one', detections: [det(0, 30), det(30, 30)], flagged: [] },
  ])('$name', ({ detections, flagged }) => {
    const r = negativeFalseAlarms([neg('a.txt'), neg('b.txt'), positive], [
      { suspicious: 'a.txt', detections },
      { suspicious: 'pos.txt', detections: [det(0, 500)] },
    ]);
    expect(r).toEqual({ documents: 2, flagged, minLength: 50 });
  });

  it('takes another threshold', () => {
    const r = negativeFalseAlarms([neg('a.txt')], [{ suspicious: 'a.txt', detections: [det(0, 20)] }], 13);
    expect(r.flagged).toEqual(['a.txt']);
  });
});
