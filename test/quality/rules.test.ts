import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment/segment.js';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { sloganPairs } from '../../src/quality/concreteness/slogans.js';
import { detectGenre } from '../../src/quality/genre.js';
import { documentOf, fixture, score } from './helpers.js';

const isSlogan = (s: string): boolean => sloganPairs(segment(normalise(s), { tags: true })) > 0;

describe('slogan sentences', () => {
  const slogans = [
    '进一步加强组织领导，切实提高服务水平，推动高质量发展。',
    '要牢固树立正确政绩观，切实转变工作作风，不断增强为民服务意识。',
    '坚持统筹推进，不断完善工作机制，全面提升治理效能。',
  ];
  it.each(slogans)('slogan: %s', (s) => expect(isSlogan(s)).toBe(true));
  const plain = [
    '各村将环境卫生要求写入村规民约，由村民代表会议讨论通过。',
    '基层干部整天同老百姓打交道，是联系群众的“最后一公里”。',
    '一些外出务工家庭的房前屋后长期无人打理。',
    '对这些问题，大家一定要有清醒认识。',
  ];
  it.each(plain)('not a slogan: %s', (s) => expect(isSlogan(s)).toBe(false));

  it('reports slogans with a suggestion of what the paragraph lacks', () => {
    const f = score(fixture('hollow-report.txt')).findings.find((x) => x.ruleId === 'concreteness/slogan-sentence');
    expect(f?.severity).toBe('warning');
    expect(f?.suggestion).toMatch(/^补充数据（数量、比例、金额）、时间/u);
  });
});

describe('fieldwork', () => {
  it('reads methods with their figures', () => {
    const q = score(fixture('solid-report.txt')).quality.fieldwork;
    expect(q.methods.map((m) => [m.method, m.count, m.unit])).toEqual([
      ['实地走访', 126, '户'],
      ['座谈会', 4, '场'],
      ['问卷', 420, '份'],
      ['个别访谈', 23, '人'],
    ]);
    expect(q.voices.grassroots).toContain('老人');
    expect(q.problems).toBe(3);
    expect(q.supportedProblems).toBe(3);
  });
  it('says when no method is stated, pointing at the introduction', () => {
    const text = fixture('hollow-report.txt');
    const f = score(text).findings.filter((x) => x.ruleId === 'fieldwork/no-method');
    expect(f.map((x) => x.message)).toEqual(['未说明调研方法和样本']);
    expect(text.slice(f[0]!.span.start, f[0]!.span.start + 5)).toBe('近年来，我');
  });
  it('says when only officials were asked', () => {
    const text = '关于干部作风的调研报告\n调研组召开座谈会3场，与各乡镇主要负责人和分管领导进行了座谈。\n一、存在问题\n会议偏多，每月12次。';
    const f = score(text).findings.filter((x) => x.ruleId === 'fieldwork/officials-only');
    expect(f.map((x) => x.message)).toEqual(['调研对象仅限领导干部（主要负责人、分管领导）']);
  });
  it('flags a problem stated without a figure or case', () => {
    const rules = score(fixture('hollow-report.txt')).findings.filter((x) => x.ruleId === 'fieldwork/unsupported-problem');
    expect(rules.length).toBe(2);
  });
  it('makes no fieldwork findings outside research reports', () => {
    expect(score(fixture('speech.txt')).findings.filter((x) => x.ruleId.startsWith('fieldwork/'))).toEqual([]);
  });
});

describe('genre', () => {
  const cases: [string, string, string, string][] = [
    ['a research report by its title', '关于柳河镇养老服务的调研报告\n正文。', '调研报告', 'title'],
    ['a speech by its title', '在全县安全生产工作会议上的讲话\n正文。', '讲话稿', 'title'],
    ['a work summary by its title', '2024年数字政府建设工作总结\n正文。', '工作报告', 'title'],
    ['a research report by its headings', '养老服务\n一、基本情况\n正文。\n二、存在的问题\n正文。\n三、对策建议\n正文。', '调研报告', 'headings'],
    ['a speech by its opening', '安全生产\n同志们：\n今天召开会议。', '讲话稿', 'opening'],
    ['the default', '养老服务\n全镇有老人6832人。', '工作报告', 'default'],
  ];
  it.each(cases)('%s', (_, text, genre, source) => expect(detectGenre(documentOf(text))).toEqual({ genre, source }));
  it('uses the genre it is given', () => {
    expect(score(fixture('speech.txt'), '调研报告').quality).toMatchObject({ genre: '调研报告', genreSource: 'option' });
  });
});
