import { describe, expect, it } from 'vitest';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

const citations = (text: string): string[] => findStructure(text, []).citations.map((c) => at(text, c));

describe('citations', () => {
  const cases: [string, string, string[]][] = [
    ['numbered', '研究表明[1]，农村电商带动就业[2,3]，增收明显[4-6]。', ['[1]', '[2,3]', '[4-6]']],
    ['full-width and spaced', '已有研究［1］［2, 5］。', ['［1］', '［2, 5］']],
    ['circled', '这一论断①已被实践证明②。', ['①', '②']],
    ['superscript', '据统计¹²，增长明显³。', ['¹²', '³']],
    ['notes', '数据来源见注1，口径见（注2）。', ['注1', '（注2）']],
    ['注： at a paragraph start', '全年增长5.2%。\n注：数据为初步核算数。', ['注：']],
    ['Markdown footnotes', '见脚注[^1]和[^note]。', ['[^1]', '[^note]']],
    ['author and year', '乡村振兴是系统工程（张三，2021），也是长期任务(Smith, 2020: 12)。', ['（张三，2021）', '(Smith, 2020: 12)']],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(citations(text)).toEqual(expected));

  const none: [string, string][] = [
    ['关注 is no note', '社会各界高度关注1号文件。'],
    ['注： mid-paragraph', '请注意：以下内容。'],
    ['an array index', '取a[1]的值。'],
    ['a date in brackets', '发布于[2020-02-29]。'],
    ['an index from 0', '数组[0]为空。'],
    ['square metres', '面积120m²。'],
    ['circled numbers enumerating', '结果表明：①产量提高；②成本下降。'],
    ['circled numbers opening items', '①加强组织领导。\n②完善工作机制。'],
    ['a year in parentheses', '“十四五”时期（2021—2025年）'],
  ];
  it.each(none)('none: %s', (_, text) => expect(citations(text)).toEqual([]));

  it('leaves out the labels of the reference list', () => {
    const text = '正如研究所示[1]。\n参考文献\n[1] 张三.乡村振兴研究[M].北京:人民出版社,2021.';
    expect(citations(text)).toEqual(['[1]']);
  });
});
