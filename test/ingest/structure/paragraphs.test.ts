import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

const paragraphs = (text: string, blocks: Block[] = []): string[] => findStructure(text, blocks).paragraphs.map((p) => at(text, p));

describe('paragraphs of plain text', () => {
  const cases: [string, string, string[]][] = [
    ['a line is a paragraph', '第一段。\n第二段。', ['第一段。', '第二段。']],
    ['blank lines separate', '第一段。\n\n\n第二段。\n', ['第一段。', '第二段。']],
    ['\\r\\n line endings', '第一段。\r\n\r\n第二段。\r\n', ['第一段。', '第二段。']],
    ['full-width indentation and trailing spaces trimmed', '　　为深入了解情况，开展调研。　 \n\t  第二段。', ['为深入了解情况，开展调研。', '第二段。']],
    ['lines of only whitespace are blank', '甲\n　　\n \t\n乙', ['甲', '乙']],
    ['a BOM is no text', '\ufeff标题\n正文。', ['标题', '正文。']],
    ['front matter is metadata', '---\ntitle: 总结\ndate: 2024-01-10\n---\n正文。', ['正文。']],
    ['a --- rule later on is kept', '正文。\n---\n附录。', ['正文。', '---', '附录。']],
    ['empty text', '', []],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(paragraphs(text)).toEqual(expected));
});

describe('paragraphs from blocks', () => {
  it('uses the blocks, trimmed, in order, without empty ones', () => {
    const text = '　　第一段。\n\n第二段。\n  \n';
    const blocks: Block[] = [
      { start: 8, end: 13, kind: 'paragraph' },
      { start: 0, end: 7, kind: 'paragraph' },
      { start: 14, end: 17, kind: 'paragraph' },
    ];
    expect(paragraphs(text, blocks)).toEqual(['第一段。', '第二段。']);
  });

  it('clips overlapping blocks so paragraphs stay disjoint, and clamps them to the text', () => {
    const text = '甲乙丙丁戊';
    const blocks: Block[] = [
      { start: 0, end: 3, kind: 'quote' },
      { start: 1, end: 4, kind: 'paragraph' },
      { start: 4, end: 99, kind: 'table-row' },
    ];
    expect(paragraphs(text, blocks)).toEqual(['甲乙丙', '丁', '戊']);
  });
});
