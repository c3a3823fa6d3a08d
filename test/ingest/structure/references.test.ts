import { describe, expect, it } from 'vitest';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

const references = (text: string): string | null => {
  const span = findStructure(text, []).references;
  return span && at(text, span);
};

describe('references', () => {
  const cases: [string, string, string | null][] = [
    ['a plain line to the end', '正文[1]。\n参考文献\n[1] 张三.论文[J].2021.', '参考文献\n[1] 张三.论文[J].2021.'],
    ['with a colon and brackets', '正文。\n【参考资料】：\n[1] 资料。', '【参考资料】：\n[1] 资料。'],
    ['English', 'Body.\nReferences\n[1] Smith. Paper.', 'References\n[1] Smith. Paper.'],
    ['a numbered heading, to the end of its section', '一、正文\n内容。\n二、参考文献\n[1] 文献。\n三、附录\n附表。', '二、参考文献\n[1] 文献。\n'],
    ['a Markdown heading', '# 报告\n## 正文\n内容。\n## 注释\n① 说明。\n## 附录\n表。', '## 注释\n① 说明。\n'],
    ['a plain line inside a section, to the end of that section', '一、正文\n内容。\n参考文献\n[1] 文献。\n二、附录\n附表。', '参考文献\n[1] 文献。\n'],
    ['the last one, not a table of contents', '目录\n参考文献\n一、正文\n内容。\n参考文献\n[1] 文献。', '参考文献\n[1] 文献。'],
    ['none in a sentence', '本文的参考文献较多。', null],
    ['none without the line', '正文。', null],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(references(text)).toBe(expected));
});
