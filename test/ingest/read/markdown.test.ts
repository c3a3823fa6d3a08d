import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/model.js';
import { readBytes } from '../../../src/ingest/read/index.js';
import { parseFrontMatter } from '../../../src/ingest/read/front-matter.js';
import { markdownBlocks } from '../../../src/ingest/read/markdown.js';

/** Blocks as `kind[level]: text` for table comparisons. */
function outline(text: string, from = 0): string[] {
  return markdownBlocks(text, from).map((block) => `${block.kind}${block.level ?? ''}: ${text.slice(block.start, block.end)}`);
}

const read = (text: string): Promise<RawDocument> => readBytes('report.md', Buffer.from(text, 'utf8'));

describe('Markdown blocks', () => {
  it.each([
    ['ATX headings, text only', '# 调研报告\n## 一、基本情况 ##\n###### 六级', ['heading1: 调研报告', 'heading2: 一、基本情况', 'heading6: 六级']],
    ['#标题 without a space, as Chinese writers type it', '#关于数字乡村的调研', ['heading1: 关于数字乡村的调研']],
    ['#hashtag is not a heading', '#tag 与正文', ['paragraph: #tag 与正文']],
    ['seven #s are a paragraph', '####### 不是标题', ['paragraph: ####### 不是标题']],
    ['setext headings', '调研报告\n====\n基本情况\n---', ['heading1: 调研报告', 'heading2: 基本情况']],
    ['a paragraph over several lines', '近年来，我市坚持党建引领，\n推动治理重心下移。\n\n下一步', ['paragraph: 近年来，我市坚持党建引领，\n推动治理重心下移。', 'paragraph: 下一步']],
    ['a block quote, lazy line included', '> 坚持以人民为中心的发展思想，\n> 不断实现人民对美好生活的向往。\n这是一句懒惰续行', ['quote: > 坚持以人民为中心的发展思想，\n> 不断实现人民对美好生活的向往。\n这是一句懒惰续行']],
    ['list items, numbered and bulleted', '- 健全组织体系\n- 完善工作机制\n  继续完善\n1. 强化保障\n2) 抓好落实', ['list-item: - 健全组织体系', 'list-item: - 完善工作机制\n  继续完善', 'list-item: 1. 强化保障', 'list-item: 2) 抓好落实']],
    ['a GFM table, delimiter row skipped', '| 指标 | 2022年 | 2023年 |\n| --- | :-: | ---: |\n| 交易额 | 18.6 | 23.4 |\n\n后文', ['table-row: | 指标 | 2022年 | 2023年 |', 'table-row: | 交易额 | 18.6 | 23.4 |', 'paragraph: 后文']],
    ['a pipe without a delimiter row is text', '甲|乙\n丙', ['paragraph: 甲|乙\n丙']],
    ['fenced code and thematic breaks give no block', '前文\n\n```\n# 不是标题\n```\n\n***\n后文', ['paragraph: 前文', 'paragraph: 后文']],
    ['indented paragraphs stay paragraphs', '\u3000\u3000近年来，我市持续推进改革。\n\n    四个空格缩进的段落', ['paragraph: 近年来，我市持续推进改革。', 'paragraph: 四个空格缩进的段落']],
    ['CRLF line endings', '# 一、总体要求\r\n\r\n坚持稳中求进。\r\n', ['heading1: 一、总体要求', 'paragraph: 坚持稳中求进。']],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });

  it('spans stay inside the text and in order (property over the cases above)', () => {
    const text = '# 标题\n\n> 引文\n\n- 项目\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n正文一\n正文二\n';
    let last = 0;
    for (const block of markdownBlocks(text)) {
      expect(block.start).toBeGreaterThanOrEqual(last);
      expect(block.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(block.start, block.end).trim()).toBe(text.slice(block.start, block.end));
      last = block.end;
    }
  });
});

describe('formats by extension, case-insensitively', () => {
  it.each([
    ['报告.md', 'md'],
    ['报告.markdown', 'md'],
    ['REPORT.MD', 'md'],
    ['报告.Txt', 'txt'],
  ])('%s → %s', async (path, format) => {
    const document = await readBytes(path, Buffer.from('# 一、基本情况\n', 'utf8'));
    expect(document.format).toBe(format);
    expect(document.blocks.length).toBe(format === 'md' ? 1 : 0);
  });
});

describe('front matter', () => {
  const withFrontMatter = [
    '---',
    '标题: 关于基层治理的调研报告',
    '作者："王芳"',
    'date: 2023年5月8日',
    'Source: 市委政研室 # 内部资料',
    'tags: [调研, 治理]',
    '---',
    '# 一、基本情况',
    '近年来，我市坚持党建引领。',
  ].join('\n');

  it('becomes meta (Chinese and English keys, : or ：), stays in the text, gives no blocks', async () => {
    const document = await read(withFrontMatter);
    expect(document.meta).toEqual({ title: '关于基层治理的调研报告', author: '王芳', date: '2023-05-08', source: '市委政研室' });
    expect(document.text).toBe(withFrontMatter);
    expect(document.blocks.map((block) => document.text.slice(block.start, block.end))).toEqual(['一、基本情况', '近年来，我市坚持党建引领。']);
  });

  it.each([
    ['no closing line', '---\ntitle: 报告\n正文'],
    ['not at the top', '正文\n---\ntitle: 报告\n---'],
  ])('is not front matter with %s', (_name, text) => {
    expect(parseFrontMatter(text)).toBeNull();
  });

  it('may close with ... and ends after the closing line break', () => {
    const text = '---\r\ntitle: 报告\r\n...\r\n正文';
    expect(parseFrontMatter(text)).toEqual({ end: text.indexOf('正文'), meta: { title: '报告' } });
  });

  it('alone is a document without text content', async () => {
    const document = await read('---\ntitle: 空白报告\n---\n');
    expect(document.meta.title).toBe('空白报告');
    expect(document.warnings).toEqual(['no text content (only punctuation and whitespace)']);
  });
});

describe('line endings', () => {
  it('are kept as they are, with a warning when mixed', async () => {
    const text = '一、基本情况\r\n二、存在问题\r\n三、对策建议\n四、结语\r旧式Mac换行';
    const document = await read(text);
    expect(document.text).toBe(text);
    expect(document.warnings).toEqual(['mixed line endings (CRLF 2, LF 1, CR 1)']);
  });

  it('of one kind give no warning', async () => {
    expect((await read('一、基本情况\r\n二、存在问题\r\n')).warnings).toEqual([]);
  });
});
