import { describe, expect, it } from 'vitest';
import type { Annotation, DetectionDoc, TruthDoc } from '../../src/eval/annotation.js';
import { detects, plagdet, score, scoreByType } from '../../src/eval/pan.js';

/** A case or detection in `susp.txt`: suspicious `[t, t + tl)`, source `[s, s + sl)` of `src`. */
const a = (t: number, tl: number, s: number, sl: number, src = 'laws/a.txt'): Annotation => ({
  this_offset: t,
  this_length: tl,
  source: src,
  source_offset: s,
  source_length: sl,
});
const truthDoc = (cases: Annotation[], natural: [number, number][] = [], name = 'susp.txt'): TruthDoc => ({
  suspicious: name,
  obfuscation: cases.length === 0 ? 'negative' : 'none',
  cases,
  natural: natural.map(([o, l]) => ({ this_offset: o, this_length: l })),
});
const dets = (detections: Annotation[], name = 'susp.txt'): DetectionDoc => ({ suspicious: name, detections });

const CASE = a(100, 100, 0, 100);
const CASE2 = a(300, 100, 200, 100);
const LOG2_3 = Math.log2(3);

// Expected numbers worked out by hand; comments give the arithmetic.
const table: {
  name: string;
  truth: TruthDoc[];
  detections: DetectionDoc[];
  expected: { precision: number; recall: number; granularity: number; plagdet: number };
}[] = [
  {
    name: 'perfect detection',
    truth: [truthDoc([CASE])],
    detections: [dets([CASE])],
    expected: { precision: 1, recall: 1, granularity: 1, plagdet: 1 },
  },
  {
    // recall (50 + 50) / 200; precision (50 + 50) / 100; F1 = 2·0.5·1 / 1.5
    name: 'half coverage',
    truth: [truthDoc([CASE])],
    detections: [dets([a(100, 50, 0, 50)])],
    expected: { precision: 1, recall: 0.5, granularity: 1, plagdet: 2 / 3 },
  },
  {
    name: 'the right passages under the wrong source get no credit',
    truth: [truthDoc([CASE])],
    detections: [dets([a(100, 100, 0, 100, 'laws/b.txt')])],
    expected: { precision: 0, recall: 0, granularity: 1, plagdet: 0 },
  },
  {
    name: 'overlap on the suspicious side only is no detection',
    truth: [truthDoc([CASE])],
    detections: [dets([a(100, 100, 500, 100)])],
    expected: { precision: 0, recall: 0, granularity: 1, plagdet: 0 },
  },
  {
    // both halves found: recall 1, precision 1, granularity 2 → 1 / log2(3)
    name: 'two detections for one case',
    truth: [truthDoc([CASE])],
    detections: [dets([a(100, 50, 0, 50), a(150, 50, 50, 50)])],
    expected: { precision: 1, recall: 1, granularity: 2, plagdet: 1 / LOG2_3 },
  },
  {
    // |r| = 300 + 300; covered 200 + 200 → precision 2/3; F1 = 2·(2/3) / (5/3) = 0.8
    name: 'one detection spanning two cases',
    truth: [truthDoc([CASE, CASE2])],
    detections: [dets([a(100, 300, 0, 300)])],
    expected: { precision: 2 / 3, recall: 1, granularity: 1, plagdet: 0.8 },
  },
  {
    name: 'a detection entirely inside natural spans is neither credited nor charged',
    truth: [truthDoc([CASE], [[500, 20], [515, 15]])],
    detections: [dets([CASE, a(505, 25, 0, 25)])],
    expected: { precision: 1, recall: 1, granularity: 1, plagdet: 1 },
  },
  {
    // the second detection sticks out of [500, 530) by 5 characters: kept and charged, precision (1 + 0) / 2
    name: 'a detection sticking out of natural spans is charged whole',
    truth: [truthDoc([CASE], [[500, 30]])],
    detections: [dets([CASE, a(495, 30, 0, 30)])],
    expected: { precision: 0.5, recall: 1, granularity: 1, plagdet: 2 / 3 },
  },
  {
    // a detection for another document detects nothing there: precision (1 + 0) / 2
    name: 'detections for a document without cases are charged',
    truth: [truthDoc([CASE]), truthDoc([], [], 'neg.txt')],
    detections: [dets([CASE]), dets([CASE], 'neg.txt')],
    expected: { precision: 0.5, recall: 1, granularity: 1, plagdet: 2 / 3 },
  },
  {
    // the case in doc two is missed: recall (1 + 0) / 2
    name: 'recall is averaged over cases of all documents',
    truth: [truthDoc([CASE]), truthDoc([CASE], [], 'two.txt')],
    detections: [dets([CASE])],
    expected: { precision: 1, recall: 0.5, granularity: 1, plagdet: 2 / 3 },
  },
  {
    name: 'no cases and no detections: PAN counts precision and recall as 1',
    truth: [truthDoc([])],
    detections: [],
    expected: { precision: 1, recall: 1, granularity: 1, plagdet: 1 },
  },
  {
    name: 'cases but no detections: 0 and 0',
    truth: [truthDoc([CASE])],
    detections: [dets([])],
    expected: { precision: 0, recall: 0, granularity: 1, plagdet: 0 },
  },
  {
    name: 'detections but no cases: 0 and 0',
    truth: [truthDoc([])],
    detections: [dets([CASE])],
    expected: { precision: 0, recall: 0, granularity: 1, plagdet: 0 },
  },
];

describe('score', () => {
  it.each(table)('$name', ({ truth, detections, expected }) => {
    const s = score(truth, detections);
    expect(s.precision).toBeCloseTo(expected.precision, 10);
    expect(s.recall).toBeCloseTo(expected.recall, 10);
    expect(s.granularity).toBeCloseTo(expected.granularity, 10);
    expect(s.plagdet).toBeCloseTo(expected.plagdet, 10);
  });

  it('counts cases, scored detections and detected cases', () => {
    const s = score([truthDoc([CASE, CASE2], [[500, 30]])], [dets([CASE, a(505, 10, 0, 10), a(600, 10, 0, 10)])]);
    expect(s).toMatchObject({ cases: 2, detections: 2, detectedCases: 1 });
  });

  it('pools detection lines of the same document', () => {
    const s = score([truthDoc([CASE])], [dets([a(100, 50, 0, 50)]), dets([a(150, 50, 50, 50)])]);
    expect(s.recall).toBe(1);
    expect(s.granularity).toBe(2);
  });
});

describe('on real Chinese text, offsets in UTF-16 code units', () => {
  const source = '第十二条 国家机关工作人员在广告管理工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。';
  const copied = source.slice(5);
  // 𠮷 (U+20BB7) and 𩸽 (U+29E3D) are astral: two code units each.
  const host = '各地区各部门要认真贯彻落实𠮷𩸽。';
  const suspicious = host + copied + '全省上下团结一心。';
  const CopyCase = a(suspicious.indexOf(copied), copied.length, source.indexOf(copied), copied.length);

  it('finds the copy where JavaScript indices put it', () => {
    expect(suspicious.slice(CopyCase.this_offset, CopyCase.this_offset + CopyCase.this_length)).toBe(
      source.slice(CopyCase.source_offset, CopyCase.source_offset + CopyCase.source_length),
    );
    expect(CopyCase.this_offset).toBe([...host].length + 2);
  });

  it('scores a detection at the same code units as perfect', () => {
    expect(score([truthDoc([CopyCase])], [dets([CopyCase])]).plagdet).toBe(1);
  });

  it('charges a detection placed by code points instead of code units', () => {
    const shifted = { ...CopyCase, this_offset: [...host].length };
    const s = score([truthDoc([CopyCase])], [dets([shifted])]);
    // two code units of the case missed on the suspicious side, two extra charged
    const n = copied.length;
    expect(s.recall).toBeCloseTo((n - 2 + n) / (2 * n), 10);
    expect(s.precision).toBeCloseTo((n - 2 + n) / (2 * n), 10);
  });
});

describe('detects', () => {
  it.each([
    { d: a(150, 10, 50, 10), want: true },
    { d: a(199, 10, 99, 10), want: true },
    { d: a(200, 10, 50, 10), want: false }, // touches the end: half-open spans share nothing
    { d: a(150, 10, 100, 10), want: false },
    { d: a(150, 0, 50, 10), want: false },
  ])('$d.this_offset+$d.this_length / $d.source_offset+$d.source_length → $want', ({ d, want }) => {
    expect(detects(d, CASE)).toBe(want);
  });
});

describe('plagdet', () => {
  it.each([
    { p: 1, r: 1, g: 1, want: 1 },
    { p: 0, r: 0, g: 1, want: 0 },
    { p: 0.5, r: 1, g: 3, want: 2 / 3 / 2 },
  ])('F1($p, $r) / log2(1 + $g) = $want', ({ p, r, g, want }) => {
    expect(plagdet(p, r, g)).toBeCloseTo(want, 10);
  });
});

describe('scoreByType', () => {
  const neg = { ...truthDoc([], [[0, 40]], 'neg.txt') };
  const syn = { ...truthDoc([CASE], [], 'syn.txt'), obfuscation: 'synonym' };
  const none = truthDoc([CASE]);

  it('orders types as in the dev set and gives null recall to a type without cases', () => {
    const byType = scoreByType([neg, syn, none], [dets([CASE]), dets([a(0, 20, 0, 20)], 'neg.txt')]);
    expect(byType.map((t) => t.type)).toEqual(['none', 'synonym', 'negative']);
    expect(byType[0]).toMatchObject({ recall: 1, precision: 1, plagdet: 1 });
    expect(byType[1]).toMatchObject({ recall: 0, precision: 0, plagdet: 0, cases: 1, detections: 0 });
    // the only negative detection lies inside natural text: nothing is charged
    expect(byType[2]).toMatchObject({ recall: null, plagdet: null, precision: 1, detections: 0 });
  });

  it('charges a false alarm on a negative document as precision 0', () => {
    const byType = scoreByType([neg], [dets([a(0, 60, 0, 60)], 'neg.txt')]);
    expect(byType).toEqual([
      {
        type: 'negative',
        precision: 0,
        recall: null,
        granularity: 1,
        plagdet: null,
        cases: 0,
        detections: 1,
        detectedCases: 0,
      },
    ]);
  });

  it('puts unknown disguise types after the known ones, alphabetically', () => {
    const t = (o: string, n: string): TruthDoc => ({ ...truthDoc([CASE], [], n), obfuscation: o });
    const types = scoreByType([t('translate', 'x'), t('none', 'y'), t('paraphrase', 'z')], []).map((s) => s.type);
    expect(types).toEqual(['none', 'paraphrase', 'translate']);
  });
});
