import { describe, expect, it } from 'vitest';
import type { Structure } from '../../../src/model.js';
import { structureProblems } from '../../../src/ingest/structure/invariants.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at, fixture, markdownBlocks } from './helpers.js';

/** What a structure says, as text rather than offsets: the same for LF and CRLF versions of a document. */
function summary(text: string, s: Structure) {
  return {
    title: s.title?.text ?? null,
    headings: s.headings.map((h) => `${h.level} ${h.style} ${h.marker}${h.text}`),
    paragraphs: s.paragraphs.length,
    sentences: s.sentences.map((x) => at(text, x)),
    quotations: s.quotations.map((q) => `${at(text, q.inner)}${q.cited ? ' (cited)' : ''}`),
    citations: s.citations.map((c) => at(text, c)),
    references: s.references && at(text, s.references).split(/\r?\n/)[0],
  };
}

describe('findStructure on whole documents', () => {
  it('reads a 调研报告: title, ladder, run-in headings, cited quotation, references', () => {
    const text = fixture('diaoyan.txt');
    const s = findStructure(text, []);
    const got = summary(text, s);
    expect(structureProblems(text, s)).toEqual([]);
    expect(got.title).toBe('关于我市农村电商发展情况的调研报告');
    expect(got.headings).toEqual([
      '1 cn-number 一、基本情况',
      '2 cn-paren （一）发展规模持续扩大',
      '2 cn-paren （二）主要做法',
      '3 arabic-dot 1.加强组织领导',
      '3 arabic-dot 2.完善物流体系',
      '4 arabic-paren （1）推进快递进村',
      '4 arabic-paren （2）降低物流成本',
      '1 cn-number 二、存在的问题',
      '1 cn-number 三、对策建议',
      '2 cn-paren （一）加大政策扶持力度',
      '2 cn-paren （二）加强人才队伍建设',
    ]);
    expect(got.quotations).toEqual(['月调度、季通报', '四通一达', '有产品、无品牌', '要把发展农村电商作为推动乡村振兴的重要抓手。 (cited)']);
    expect(got.citations).toEqual(['[1]']);
    expect(got.references).toBe('参考文献');
    expect(text.slice(s.references!.start)).toBe(text.slice(text.indexOf('参考文献')));
    expect(got.sentences).toContain('截至2022年底，全市农村网络零售额达到46.8亿元，同比增长15.2%，占全市网络零售总额的23.5%。');
  });

  it('gives the same structure for \\r\\n line endings', () => {
    for (const name of ['diaoyan.txt', 'speech.txt', 'law.txt', 'report.md']) {
      const lf = fixture(name);
      const crlf = lf.replace(/\n/g, '\r\n');
      const s = findStructure(crlf, []);
      expect(structureProblems(crlf, s)).toEqual([]);
      expect(summary(crlf, s)).toEqual(summary(lf, findStructure(lf, [])));
    }
  });

  it('reads a speech: title, no headings, sentences at ！？……', () => {
    const text = fixture('speech.txt');
    const got = summary(text, findStructure(text, []));
    expect(got.title).toBe('在全市优化营商环境大会上的讲话');
    expect(got.headings).toEqual([]);
    expect(got.sentences).toEqual(expect.arrayContaining(['营商环境就是生产力？', '答案是肯定的！', '各级各部门要拿出“钉钉子”精神，一件接着一件办……', '古人讲：“民无信不立。”']));
    expect(got.quotations).toEqual(['一号工程', '民无信不立。', '钉钉子']);
  });

  it('reads a law: chapters and sections, articles and their items are not headings', () => {
    const text = fixture('law.txt');
    const got = summary(text, findStructure(text, []));
    expect(got.title).toBe('某某市城市绿化条例');
    expect(got.headings).toEqual(['1 chapter 第一章总则', '1 chapter 第二章规划和建设', '2 chapter 第一节规划', '2 chapter 第二节建设', '1 chapter 第三章附则']);
    expect(got.paragraphs).toBe(14);
  });

  it('reads a Markdown report with front matter, as blocks or as plain text alike', () => {
    const text = fixture('report.md');
    const asBlocks = findStructure(text, markdownBlocks(text));
    const asText = findStructure(text, []);
    expect(structureProblems(text, asBlocks)).toEqual([]);
    expect(summary(text, asBlocks)).toEqual(summary(text, asText));
    expect(summary(text, asBlocks).title).toBe('2023年度社区治理工作总结');
    expect(summary(text, asBlocks).headings).toEqual([
      '2 markdown 一、主要成效',
      '3 markdown （一）网格化管理全面覆盖',
      '2 markdown 二、下一步打算',
      '3 cn-paren （一）深化“街乡吹哨、部门报到”改革',
      '3 cn-paren （二）加强社区工作者队伍建设',
    ]);
    expect(asBlocks.paragraphs.some((p) => at(text, p).includes('author'))).toBe(false);
  });

  it('is deterministic', () => {
    const text = fixture('diaoyan.txt');
    expect(JSON.stringify(findStructure(text, []))).toBe(JSON.stringify(findStructure(text, [])));
  });
});
