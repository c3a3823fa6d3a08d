import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, DetectionDoc, TruthDoc } from '../../src/eval/annotation.js';
import { score, scoreByType } from '../../src/eval/pan.js';

const SOURCES = ['laws/a.txt', 'laws/b.txt', 'speeches/c.txt'];
const DOCS = ['susp-1.txt', 'susp-2.txt', 'susp-3.txt'];

const annotation = (maxLength: number, minLength: number): fc.Arbitrary<Annotation> =>
  fc.record({
    this_offset: fc.nat(400),
    this_length: fc.integer({ min: minLength, max: maxLength }),
    source: fc.constantFrom(...SOURCES),
    source_offset: fc.nat(400),
    source_length: fc.integer({ min: minLength, max: maxLength }),
  });

/** Cases laid end to end with gaps, so that no two cases of a document overlap on the suspicious side. */
const disjointCases: fc.Arbitrary<Annotation[]> = fc
  .array(fc.tuple(fc.nat(50), annotation(120, 1)), { maxLength: 5 })
  .map((items) => {
    let at = 0;
    return items.map(([gap, c]) => {
      at += gap;
      const placed = { ...c, this_offset: at };
      at += c.this_length;
      return placed;
    });
  });

const truth: fc.Arbitrary<TruthDoc[]> = fc
  .tuple(...DOCS.map(() => fc.tuple(disjointCases, fc.array(fc.tuple(fc.nat(600), fc.nat(60)), { maxLength: 3 }))))
  .map((docs) =>
    docs.map(([cases, natural], i) => ({
      suspicious: DOCS[i] as string,
      obfuscation: cases.length === 0 ? 'negative' : 'edits',
      cases,
      natural: natural.map(([o, l]) => ({ this_offset: o, this_length: l })),
    })),
  );

const detections: fc.Arbitrary<DetectionDoc[]> = fc.array(
  fc.record({ suspicious: fc.constantFrom(...DOCS), detections: fc.array(annotation(200, 0), { maxLength: 6 }) }),
  { maxLength: 4 },
);

const withoutNatural = (t: TruthDoc[]): TruthDoc[] => t.map((d) => ({ ...d, natural: [] }));
const asDetections = (t: TruthDoc[]): DetectionDoc[] => t.map((d) => ({ suspicious: d.suspicious, detections: d.cases }));

describe('PAN measures, properties', () => {
  it('precision, recall and plagdet lie in [0, 1]; granularity is at least 1', () => {
    fc.assert(
      fc.property(truth, detections, (t, d) => {
        const s = score(t, d);
        for (const x of [s.precision, s.recall, s.plagdet]) expect(x).toBeGreaterThanOrEqual(0);
        for (const x of [s.precision, s.recall, s.plagdet]) expect(x).toBeLessThanOrEqual(1);
        expect(s.granularity).toBeGreaterThanOrEqual(1);
        expect(s.detectedCases).toBeLessThanOrEqual(s.cases);
      }),
    );
  });

  it('scoring the truth as detections gives precision, recall and granularity 1', () => {
    fc.assert(
      fc.property(truth, (t) => {
        const s = score(withoutNatural(t), asDetections(t));
        expect([s.precision, s.recall, s.granularity, s.plagdet]).toEqual([1, 1, 1, 1]);
      }),
    );
  });

  it('more detections never lower recall', () => {
    fc.assert(
      fc.property(truth, detections, detections, (t, d, more) => {
        // With no case at all PAN defines recall 1 without detections and 0 with some: not monotone.
        fc.pre(t.some((doc) => doc.cases.length > 0));
        expect(score(t, [...d, ...more]).recall).toBeGreaterThanOrEqual(score(t, d).recall - 1e-12);
      }),
    );
  });

  it('does not depend on the order of documents or detections', () => {
    fc.assert(
      fc.property(truth, detections, (t, d) => {
        const reversed = [...d].reverse().map((x) => ({ ...x, detections: [...x.detections].reverse() }));
        const s1 = score(t, d);
        const s2 = score([...t].reverse(), reversed);
        expect(s2.precision).toBeCloseTo(s1.precision, 12);
        expect(s2.recall).toBeCloseTo(s1.recall, 12);
        expect(s2.granularity).toBeCloseTo(s1.granularity, 12);
      }),
    );
  });

  it('per-type counts add up to the overall counts', () => {
    fc.assert(
      fc.property(truth, detections, (t, d) => {
        const byType = scoreByType(t, d);
        const s = score(t, d);
        expect(byType.reduce((n, x) => n + x.cases, 0)).toBe(s.cases);
        expect(byType.reduce((n, x) => n + x.detections, 0)).toBe(s.detections);
        for (const x of byType) expect(x.recall === null).toBe(x.cases === 0);
      }),
    );
  });
});
