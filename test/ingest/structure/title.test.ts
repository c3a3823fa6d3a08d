import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';

const title = (text: string, blocks: Block[] = []): string | null => findStructure(text, blocks).title?.text ?? null;

describe('title', () => {
  const cases: [string, string, string | null][] = [
    ['the first short line', '关于我市农村电商发展情况的调研报告\n\n为深入了解情况，现报告如下。', '关于我市农村电商发展情况的调研报告'],
    ['centred with spaces', '        2023年政府工作报告        \n各位代表：', '2023年政府工作报告'],
    ['centred with ideographic spaces', '　　　　在全市优化营商环境大会上的讲话\r\n（2023年3月8日）', '在全市优化营商环境大会上的讲话'],
    ['after an attachment line', '附件2\n某某县乡村振兴工作方案\n一、总体要求', '某某县乡村振兴工作方案'],
    ['after a document number', '国办发〔2023〕12号\n关于进一步优化营商环境的意见\n各省人民政府：', '关于进一步优化营商环境的意见'],
    ['a Markdown # heading on the first line', '# 2023年度社区治理工作总结\n\n## 一、主要成效', '2023年度社区治理工作总结'],
    ['after front matter', '---\ntitle: 总结\n---\n# 工作总结\n正文。', '工作总结'],
    ['none when the text starts with body text', '本文研究了电视相亲节目的发展历程，并比较了同质化与特征化。', null],
    ['none when the first line is a heading with a marker', '一、基本情况\n全市共有企业1.2万家。', null],
    ['none for a salutation', '同志们：\n今天我们召开大会。', null],
    ['none for a law article', '第一条　为了规范管理，制定本办法。', null],
    ['none for a ## heading', '## 主要成效\n正文。', null],
    ['none for a line over 60 characters', `${'关于进一步加强和改进新时代'.repeat(5)}的意见\n正文。`, null],
    ['none for an empty text', '', null],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(title(text)).toBe(expected));

  it('takes a Markdown title out of the headings', () => {
    const s = findStructure('# 工作总结\n## 一、成效\n正文。', []);
    expect(s.title).toEqual({ start: 2, end: 6, text: '工作总结' });
    expect(s.headings.map((h) => h.text)).toEqual(['一、成效']);
  });

  it('takes a lone Word level-1 heading that opens the document as its title', () => {
    const text = '调研报告\n基本情况\n正文。';
    const blocks: Block[] = [
      { start: 0, end: 4, kind: 'heading', level: 1 },
      { start: 5, end: 9, kind: 'heading', level: 2 },
      { start: 10, end: 13, kind: 'paragraph' },
    ];
    const s = findStructure(text, blocks);
    expect(s.title?.text).toBe('调研报告');
    expect(s.headings.map((h) => [h.level, h.text])).toEqual([[2, '基本情况']]);
  });
});
