import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment/segment.js';
import { findFacts, type FactKind } from '../../src/quality/concreteness/facts.js';
import { at, documentOf } from './helpers.js';

const facts = (text: string): [FactKind, string][] => {
  const document = documentOf(text);
  return findFacts(document, segment(document.normalised, { tags: true })).map((f) => [f.kind, at(text, f)]);
};
const kinds = (text: string, kind: FactKind): string[] => facts(text).filter(([k]) => k === kind).map(([, s]) => s);

describe('facts in real sentences', () => {
  const cases: [string, FactKind, string, string[]][] = [
    ['counts with units', 'quantity', '走访了12个村，召开座谈会5场，发放问卷860份。', ['12个', '5场', '860份']],
    ['percent and points', 'quantity', '卫生厕所普及率达到91.3%，较2021年提高18.6个百分点。', ['91.3%', '18.6个百分点']],
    ['百分之', 'quantity', '覆盖率达到百分之九十五。', ['百分之九十五']],
    ['money', 'quantity', '每年安排专项资金2800万元。', ['2800万元']],
    ['Chinese numerals with a unit', 'quantity', '深入全县九个乡镇，划分为三类。', ['九个', '三类']],
    ['full-width digits', 'quantity', '建成站点６１２个。', ['６１２个']],
    ['dates', 'time', '2024年8月至9月，调研组赴石门镇。', ['2024年8月', '9月']],
    ['a range of months', 'time', '1—10月，全市网络零售额增长。', ['1—10月']],
    ['relative times', 'time', '今年上半年，比去年同期有所增加。', ['今年', '上半年', '去年同期']],
    ['plan periods', 'time', '“十四五”时期，全县将新建学校。', ['“十四五”时期']],
    ['comparisons', 'evidence', '市级发文数量同比下降23%。', ['同比']],
    ['an example', 'evidence', '以东岗村为例，幸福院全年开放仅96天。', ['以东岗村为例']],
    ['survey figures', 'evidence', '据抽样调查，68.5%的网店经营者年龄在45岁以上。', ['据抽样']],
  ];
  it.each(cases)('%s', (_, kind, text, expected) => expect(kinds(text, kind)).toEqual(expected));

  it('names places and bodies by their suffix, not by the tag alone', () => {
    const names = kinds('县政策研究室会同县农业农村局深入柳河镇东岗村和青禾县。', 'entity');
    expect(names).toEqual(expect.arrayContaining(['柳河镇', '青禾县']));
    expect(kinds('全县各乡镇要抓好落实。', 'entity')).toEqual([]);
  });
  it('finds nothing in a slogan', () => {
    expect(facts('进一步加强组织领导，切实提高服务水平，推动高质量发展。')).toEqual([]);
  });
  it('counts a year once, as a time', () => {
    expect(facts('2023年，全县发生事故7起。')).toEqual([
      ['time', '2023年'],
      ['quantity', '7起'],
    ]);
  });
});
