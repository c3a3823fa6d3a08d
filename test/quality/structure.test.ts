import { describe, expect, it } from 'vitest';
import { lineColumns } from '../../src/quality/reporters/line-column.js';
import { at, fixture, score } from './helpers.js';

/** The findings of one rule family as `[ruleId, line, column, text at the span]`. */
function findings(text: string, prefix: string): [string, number, number, string][] {
  const where = lineColumns(text);
  return score(text)
    .findings.filter((f) => f.ruleId.startsWith(prefix))
    .map((f) => {
      const { line, column } = where(f.span.start);
      return [f.ruleId, line, column, at(text, f.span)];
    });
}

const ladder = (text: string) => findings(text, 'structure/').filter(([rule]) => !/balance|long|one-sentence|missing|no-|order|unanswered|unbalanced/u.test(rule));

describe('the heading ladder (GB/T 9704-2012)', () => {
  const invalid: [string, string, [string, number, number, string][]][] = [
    ['a skipped level: 1. right under 一、', '标题\n一、基本情况\n1.规模扩大\n正文内容在这里。\n2.结构优化\n正文。', [
      ['structure/skipped-level', 3, 1, '1.规模扩大'],
      ['structure/skipped-level', 5, 1, '2.结构优化'],
    ]],
    ['a gap in the numbering', '标题\n一、基本情况\n正文。\n三、存在问题\n正文。', [['structure/numbering', 4, 1, '三、存在问题']]],
    ['numbering not starting at one', '标题\n一、基本情况\n（二）规模\n正文。', [['structure/numbering', 3, 1, '（二）规模']]],
    ['trailing punctuation on a standalone heading', '标题\n一、基本情况。\n正文。\n二、问题\n正文。', [['structure/heading-punctuation', 2, 1, '一、基本情况。']]],
    ['two styles at one depth', '标题\n一、情况\n（一）规模\n正文。\n二、问题\n1.人才不足\n正文。', [
      ['structure/mixed-style', 6, 1, '1.人才不足'],
      ['structure/skipped-level', 6, 1, '1.人才不足'],
    ]],
  ];
  it.each(invalid)('%s', (_, text, expected) => expect(ladder(text).sort()).toEqual(expected.sort()));

  const valid: [string, string][] = [
    ['the full ladder', '标题\n一、基本情况\n（一）规模\n1.数量\n（1）村级\n正文。\n（2）镇级\n正文。\n2.质量\n正文。\n（二）结构\n正文。\n二、问题\n正文。'],
    ['run-in headings end with 。', '标题\n一、做法\n（一）坚持规划先行。县里编制了方案。\n（二）坚持群众主体。各村写入村规民约。'],
  ];
  it.each(valid)('valid: %s', (_, text) => expect(ladder(text)).toEqual([]));
});

describe('sections of the genre', () => {
  it('finds every part of 情况—问题—原因—建议 in a full report', () => {
    const q = score(fixture('solid-report.txt')).quality.structure;
    expect(q.frame).toBe('情况—问题—原因—建议');
    expect(q.coverage).toBe(1);
    expect(q.sections.map((s) => s.role)).toEqual(['基本情况', '存在问题', '原因分析', '对策建议']);
  });
  it('reports a missing 对策建议 section as a warning in a research report', () => {
    const text = '关于某事的调研报告\n一、基本情况\n全县共有学校12所。\n二、存在问题\n师资不足，缺口38人。\n三、原因分析\n待遇偏低。';
    const missing = score(text).findings.filter((f) => f.ruleId === 'structure/missing-section');
    expect(missing.map((f) => [f.severity, f.message])).toEqual([['warning', '缺少“对策建议”部分（按“情况—问题—原因—建议”的结构）']]);
  });
  it('flags suggestions placed before problems', () => {
    const text = '关于某事的调研报告\n一、基本情况\n全县共有学校12所。\n二、对策建议\n提高待遇。\n三、存在问题\n师资不足，缺口38人。';
    expect(score(text).findings.some((f) => f.ruleId === 'structure/order')).toBe(true);
  });
  it('flags fewer suggestions than problems', () => {
    const text = fixture('hollow-report.txt');
    expect(score(text).findings.filter((f) => f.ruleId === 'structure/unanswered-problems')).toEqual([]);
    const more = '关于某事的调研报告\n一、存在问题\n（一）师资不足\n缺口38人。\n（二）校舍老旧\n危房3处。\n二、对策建议\n（一）提高待遇\n每月补贴500元。';
    expect(score(more).findings.filter((f) => f.ruleId === 'structure/unanswered-problems').map((f) => f.message)).toEqual(['列出了2个问题，只提出1条建议']);
  });
});

describe('balance', () => {
  it('flags a paragraph over 300 characters and a text without headings', () => {
    const long = `标题\n${'全县共有学校12所，教师860人，学生1.2万人，近三年新建校舍4处。'.repeat(25)}`;
    const rules = score(long).findings.map((f) => f.ruleId);
    expect(rules).toContain('structure/long-paragraph');
    expect(rules).toContain('structure/no-headings');
  });
});
