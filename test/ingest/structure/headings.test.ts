import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

/** `[level, style, marker, text]` of each heading. */
type Row = [number, string, string, string];
const headings = (text: string, blocks: Block[] = []): Row[] =>
  findStructure(text, blocks).headings.map((h) => [h.level, h.style, h.marker, h.text]);

describe('ladder headings (GB/T 9704-2012)', () => {
  const valid: [string, string, Row[]][] = [
    [
      'the full ladder',
      '总体情况良好。\n一、基本情况\n（一）主要做法\n1.加强领导\n（1）成立专班\n二、存在问题',
      [[1, 'cn-number', '一、', '基本情况'], [2, 'cn-paren', '（一）', '主要做法'], [3, 'arabic-dot', '1.', '加强领导'], [4, 'arabic-paren', '（1）', '成立专班'], [1, 'cn-number', '二、', '存在问题']],
    ],
    [
      'levels are relative: a report whose top style is （一）',
      '现将有关情况报告如下：\n（一）工作进展\n1．完成情况\n（二）下步打算',
      [[1, 'cn-paren', '（一）', '工作进展'], [2, 'arabic-dot', '1．', '完成情况'], [1, 'cn-paren', '（二）', '下步打算']],
    ],
    [
      'ladder order wins over order of appearance',
      '正文开头。\n1、先出现的三级标题\n（一）后出现的二级标题',
      [[2, 'arabic-dot', '1、', '先出现的三级标题'], [1, 'cn-paren', '（一）', '后出现的二级标题']],
    ],
    ['half-width parentheses', '正文。\n(一)组织保障\n(2)资金保障', [[1, 'cn-paren', '(一)', '组织保障'], [2, 'arabic-paren', '(2)', '资金保障']]],
    ['full-width digits', '正文。\n１．强化考核', [[1, 'arabic-dot', '１．', '强化考核']]],
    ['a space after the marker and a trailing colon', '正文。\n一、 主要做法：', [[1, 'cn-number', '一、', '主要做法']]],
    ['indented with 　　 and ended with \\r\\n', '正文。\r\n　　十一、其他事项\r\n', [[1, 'cn-number', '十一、', '其他事项']]],
    ['a short run-in heading line ending in 。', '正文。\n（一）加强组织领导。', [[1, 'cn-paren', '（一）', '加强组织领导']]],
  ];
  it.each(valid)('%s', (_, text, expected) => expect(headings(text)).toEqual(expected));

  const notHeadings: [string, string][] = [
    ['a decimal', '5.2%的企业实现盈利'],
    ['a year', '2023.5 全年工作安排'],
    ['numbered section 1.1', '1.1 研究背景'],
    ['a 一是 enumeration', '一是加强领导，二是完善制度。'],
    ['a long numbered paragraph without an early 。', `一、${'我们坚持以人民为中心的发展思想，'.repeat(4)}取得了明显成效。`],
    ['a law article', '第一条 为了规范城市绿化管理，制定本条例。'],
    ['list items ending in ；', '第三条 规划包括下列内容：\n（一）绿化目标；\n（二）绿地布局；\n（三）其他内容。'],
    ['items right under an article', '第十条 有下列情形之一的，不予登记：\n（一）申请材料不齐全的\n（二）不符合法定条件的'],
    ['a bare marker', '一、'],
    ['a hashtag in plain text', '#乡村振兴# 话题阅读量破亿'],
  ];
  it.each(notHeadings)('no heading: %s', (_, text) => expect(headings(text)).toEqual([]));
});

describe('run-in headings', () => {
  it('records the lead sentence up to 。 and keeps the paragraph a paragraph', () => {
    const text = '（一）加强组织领导。各县（区）均成立了由分管领导任组长的电商工作领导小组，建立了月调度、季通报工作机制，定期研究解决电商发展中的重大问题。';
    const s = findStructure(text, []);
    expect(s.headings).toHaveLength(1);
    const h = s.headings[0]!;
    expect([at(text, h), h.text, h.marker]).toEqual(['（一）加强组织领导。', '加强组织领导', '（一）']);
    expect(s.paragraphs).toEqual([{ start: 0, end: text.length }]);
  });

  it('stops at a colon too', () => {
    const text = '1.关于资金使用：2023年共下达专项资金1.2亿元，其中中央资金8000万元，省级资金4000万元，均已按规定拨付到位。';
    expect(headings(text)).toEqual([[1, 'arabic-dot', '1.', '关于资金使用']]);
  });

  it('needs the 。 within 40 characters of the marker', () => {
    const text = `（二）${'推进数字政府建设和政务服务标准化规范化便利化'.repeat(2)}。后文。`;
    expect(headings(text)).toEqual([]);
  });
});

describe('chapters, Markdown and Word', () => {
  it('ranks 编 > 章 > 节 and keeps 第X条 a paragraph', () => {
    const text = '第一编　总则\n第一章　任务\n第一条　为了惩罚犯罪，制定本法。\n第一节　犯罪\n第二条　本法适用于全国。';
    expect(headings(text)).toEqual([[1, 'chapter', '第一编', '总则'], [2, 'chapter', '第一章', '任务'], [3, 'chapter', '第一节', '犯罪']]);
  });

  it('takes Markdown levels from the number of #, and puts ladder headings below them', () => {
    const text = '---\ntitle: 总结\n---\n## 一、主要成效\n正文。\n### 网格管理 ###\n（一）深化改革。\n';
    expect(headings(text)).toEqual([[2, 'markdown', '', '一、主要成效'], [3, 'markdown', '', '网格管理'], [4, 'cn-paren', '（一）', '深化改革']]);
  });

  it('does not take shell or Python comments in plain text for headings', () => {
    expect(headings('运行以下命令：\n# systemctl start sshd\n即可启动服务。')).toEqual([]);
  });

  it('trusts the levels of heading blocks', () => {
    const text = '基本情况\n全市共有企业1.2万家。\n主要问题';
    const span = (part: string): { start: number; end: number } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const blocks: Block[] = [
      { ...span('基本情况'), kind: 'heading', level: 2 },
      { ...span('全市共有企业1.2万家。'), kind: 'paragraph' },
      { ...span('主要问题'), kind: 'heading', level: 3 },
    ];
    expect(headings(text, blocks)).toEqual([[2, 'word-style', '', '基本情况'], [3, 'word-style', '', '主要问题']]);
  });

  it('knows Markdown heading blocks whether or not their span holds the #s', () => {
    const text = '## 工作成效\n\n### 下步打算';
    const withHashes: Block[] = [{ start: 0, end: 7, kind: 'heading', level: 2 }, { start: 9, end: 17, kind: 'heading', level: 3 }];
    const withoutHashes: Block[] = [{ start: 3, end: 7, kind: 'heading', level: 2 }, { start: 13, end: 17, kind: 'heading', level: 3 }];
    const expected: Row[] = [[2, 'markdown', '', '工作成效'], [3, 'markdown', '', '下步打算']];
    expect(headings(text, withHashes)).toEqual(expected);
    expect(headings(text, withoutHashes)).toEqual(expected);
  });

  it('clamps levels to 1..6', () => {
    const text = '正文。\n####### 七级\n' + ['第一编 甲', '第一部分 乙', '第一章 丙', '第一节 丁', '一、戊', '（一）己', '1.庚', '（1）辛'].join('\n');
    const levels = findStructure(text, []).headings.map((h) => h.level);
    expect(levels).toEqual([1, 2, 3, 4, 5, 6, 6, 6]);
  });
});
