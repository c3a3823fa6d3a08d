import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/errors.js';
import type { RawDocument } from '../../../src/model.js';
import { decodeEntities, tokenizeHtml } from '../../../src/ingest/read/html-tokens.js';
import { readBytes, readDocument } from '../../../src/ingest/read/index.js';
import { buildDocx, coreXml, listItem, paragraph, table } from './build-docx.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ingest/report-libreoffice.docx', import.meta.url));

/** Each block as `kind[level]: text`, the easiest form to compare against a table of expectations. */
function outline(document: RawDocument): string[] {
  return document.blocks.map((block) => {
    const level = block.level === undefined ? '' : String(block.level);
    return `${block.kind}${level}: ${document.text.slice(block.start, block.end)}`;
  });
}

describe('a .docx written by LibreOffice (test/fixtures/ingest/report-libreoffice.docx)', () => {
  it('gives headings with levels, paragraphs, the table rows and the footnote in document order', async () => {
    const document = await readDocument(FIXTURE);
    expect(document.format).toBe('docx');
    expect(outline(document)).toEqual([
      'paragraph: 关于县域数字乡村建设情况的调研报告',
      'heading1: 一、基本情况',
      'paragraph: 今年以来，我县坚持以数字化改革为牵引，统筹推进数字乡村建设。全县行政村光纤和4G网络覆盖率均达到100%，建成益农信息社126个，农村电商服务站点覆盖率达到92%。[注1]',
      'heading2: （一）主要做法',
      'paragraph: 一是强化顶层设计，制定《数字乡村建设三年行动方案》；二是夯实基础设施，新建5G基站48座；三是培育新型主体，培训农村电商带头人1200人次。',
      'table-row: 指标\t2022年\t2023年',
      'table-row: 农村电商交易额（亿元）\t18.6\t23.4',
      'heading1: 二、存在的问题',
      'paragraph: 一些基层干部对数字乡村建设的认识还不到位，存在“重建设、轻应用”的现象，部分平台建成后使用率不高。',
      'heading2: （一）对策建议',
      'paragraph: 下一步，要坚持需求导向，推动数字技术与乡村产业深度融合，让农民群众共享数字化发展成果。',
      'footnote: [注1] 数据来源：县农业农村局2023年统计年报。',
    ]);
  });

  it('joins the blocks with \\n, so the text is exactly the blocks line by line', async () => {
    const document = await readDocument(FIXTURE);
    expect(document.text).toBe(outline(document).map((line) => line.slice(line.indexOf(': ') + 2)).join('\n'));
    for (const [i, block] of document.blocks.entries()) {
      expect(block.end).toBeGreaterThan(block.start);
      const next = document.blocks[i + 1];
      if (next) expect(document.text.slice(block.end, next.start)).toBe('\n');
    }
  });

  it('reads title, author and date from docProps/core.xml', async () => {
    const document = await readDocument(FIXTURE);
    expect(document.meta).toEqual({ title: '关于县域数字乡村建设情况的调研报告', author: '张明', date: '2023-05-01' });
    expect(document.warnings).toEqual([]);
  });
});

describe('.docx style names and structure', () => {
  const wpsStyles = { '1': 'Normal', '2': '标题 1', '3': '标题 2', '4': '标题3', a3: '标题', h5: 'heading 5' };

  it.each([
    ['标题 1 (WPS, with a space)', '2', 'heading1'],
    ['标题 2', '3', 'heading2'],
    ['标题3 (no space)', '4', 'heading3'],
    ['heading 5 (lower case, as Word stores built-in names)', 'h5', 'heading5'],
    ['Normal', '1', 'paragraph'],
    ['no style', undefined, 'paragraph'],
  ])('maps the style %s', async (_name, styleId, expected) => {
    const bytes = buildDocx({ body: paragraph('加强组织领导', styleId), styles: wpsStyles });
    const document = await readBytes('a.docx', bytes);
    expect(outline(document)).toEqual([`${expected}: 加强组织领导`]);
  });

  it('takes the Title style (标题) as meta.title when core.xml has none, and keeps it a paragraph', async () => {
    const body = paragraph('2023年度工作总结', 'a3') + paragraph('一年来，全局上下团结一心。');
    const document = await readBytes('a.docx', buildDocx({ body, styles: wpsStyles }));
    expect(document.meta.title).toBe('2023年度工作总结');
    expect(document.blocks[0]!.kind).toBe('paragraph');
  });

  it('prefers dc:title over the Title style, and normalises dcterms:created', async () => {
    const core = coreXml({ title: '年度总结 &amp; 计划', creator: '李华', created: '2023-12-28T08:00:00Z' });
    const document = await readBytes('a.docx', buildDocx({ body: paragraph('正文', 'a3'), styles: wpsStyles, core }));
    expect(document.meta).toEqual({ title: '年度总结 & 计划', author: '李华', date: '2023-12-28' });
  });

  it('writes a table row per line with empty cells kept as empty fields', async () => {
    const body = table([
      ['项目', '', '金额（万元）'],
      ['', '', ''],
      ['道路硬化', '3.2公里', '480'],
    ]);
    const document = await readBytes('a.docx', buildDocx({ body }));
    expect(outline(document)).toEqual(['table-row: 项目\t\t金额（万元）', 'table-row: 道路硬化\t3.2公里\t480']);
  });

  it('gives each list item its own block, nested ones after their parent', async () => {
    const body = paragraph('主要措施：') + listItem('健全组织体系') + listItem('细化责任分工', 1) + listItem('完善工作机制') + paragraph('以上措施已全面落实。');
    const document = await readBytes('a.docx', buildDocx({ body, bullets: true }));
    expect(outline(document)).toEqual([
      'paragraph: 主要措施：',
      'list-item: 健全组织体系',
      'list-item: 细化责任分工',
      'list-item: 完善工作机制',
      'paragraph: 以上措施已全面落实。',
    ]);
  });

  it('keeps a table cell on its line: paragraphs, tabs and line breaks inside a cell become spaces', async () => {
    const cell = '<w:tc><w:p><w:r><w:t>第一段</w:t><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc>';
    const body = `<w:tbl><w:tr>${cell}<w:tc>${paragraph('右')}</w:tc></w:tr></w:tbl>`;
    const document = await readBytes('a.docx', buildDocx({ body }));
    expect(outline(document)).toEqual(['table-row: 第一段 制表 换行 第二段\t右']);
  });

  it('decodes entities and keeps characters outside the BMP whole', async () => {
    const body = paragraph('“A&amp;B”&lt;两会&gt; 𠮷');
    const document = await readBytes('a.docx', buildDocx({ body }));
    expect(document.text).toBe('“A&B”<两会> 𠮷');
  });

  it('warns when a document has no text', async () => {
    const document = await readBytes('a.docx', buildDocx({ body: paragraph('——') }));
    expect(document.warnings).toEqual(['no text content (only punctuation and whitespace)']);
  });

  it('turns a document without paragraphs into an empty text, not an error', async () => {
    const document = await readBytes('a.docx', buildDocx({ body: '' }));
    expect(document.text).toBe('');
    expect(document.blocks).toEqual([]);
  });

  it('reports a .docx that mammoth cannot parse as an IngestError, not a stack trace', async () => {
    const broken = buildDocx({ body: '<w:p><w:r><w:t>未闭合的段落' });
    const error = await readBytes('broken.docx', broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/^broken\.docx: not a valid \.docx \(/u);
  });
});

describe('the HTML tokenizer for mammoth output', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#x4E2D;&#22269;', '中国'],
    ['&#x20BB7;', '𠮷'],
    ['&#xD800;', '\uFFFD'],
    ['&copy; &', '&copy; &'],
  ])('decodes %s', (encoded, decoded) => {
    expect(decodeEntities(encoded)).toBe(decoded);
  });

  it('reads tags, quoted attributes, void elements, and skips comments; a stray < is text', () => {
    const tokens = tokenizeHtml('<p class="wc-title" id=\'x\'>甲 &lt; 乙<br />丙</p><!-- 注释 --><a href="#f?a=1&amp;b=2">3 < 4</a>');
    expect(tokens).toEqual([
      { type: 'open', name: 'p', attributes: new Map([['class', 'wc-title'], ['id', 'x']]) },
      { type: 'text', text: '甲 < 乙' },
      { type: 'open', name: 'br', attributes: new Map() },
      { type: 'close', name: 'br' },
      { type: 'text', text: '丙' },
      { type: 'close', name: 'p' },
      { type: 'open', name: 'a', attributes: new Map([['href', '#f?a=1&b=2']]) },
      { type: 'text', text: '3 < 4' },
      { type: 'close', name: 'a' },
    ]);
  });
});

describe('the fixture source', () => {
  it('is kept beside the .docx, with the README saying how it was made', () => {
    const readme = readFileSync(new URL('../../fixtures/ingest/README.md', import.meta.url), 'utf8');
    expect(readme).toContain('soffice --headless --convert-to docx');
    expect(readFileSync(new URL('../../fixtures/ingest/report-libreoffice.fodt', import.meta.url), 'utf8')).toContain('一、基本情况');
  });
});
