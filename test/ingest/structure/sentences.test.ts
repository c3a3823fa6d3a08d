import { describe, expect, it } from 'vitest';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

const sentences = (text: string): string[] => findStructure(text, []).sentences.map((s) => at(text, s));

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    ['at 。！？；', '经济运行稳中向好。就业形势怎么样？总体稳定！物价温和上涨；收支基本平衡。', ['经济运行稳中向好。', '就业形势怎么样？', '总体稳定！', '物价温和上涨；', '收支基本平衡。']],
    ['keeping closing quotes with their sentence', '古人讲：“民无信不立。”政府诚信是基石。', ['古人讲：“民无信不立。”', '政府诚信是基石。']],
    ['keeping 」』） after the mark', '他说「到此为止。」（完。）后记。', ['他说「到此为止。」', '（完。）', '后记。']],
    ['keeping a citation that follows the quote', '正如所指出的：“要抓好落实。”[1]我们建议如下。', ['正如所指出的：“要抓好落实。”[1]', '我们建议如下。']],
    ['at …… and half-width ?!', '一件接着一件办……一年接着一年干! 对吗? 对。', ['一件接着一件办……', '一年接着一年干!', '对吗?', '对。']],
    ['not at an ellipsis that a comma continues', '钢铁、煤炭……，都要去产能。', ['钢铁、煤炭……，都要去产能。']],
    ['not at decimal points', '同比增长5.2%，达到3.14亿元。', ['同比增长5.2%，达到3.14亿元。']],
    ['not at a leading enumerator', '1.加强领导。2.完善制度。', ['1.加强领导。', '2.完善制度。']],
    ['at . between Han characters (abstracts)', '本文研究了电视相亲节目.结果表明,同质化严重.1940年以后,情况改变.', ['本文研究了电视相亲节目.', '结果表明,同质化严重.', '1940年以后,情况改变.']],
    ['not inside names or versions', '访问www.gov.cn查看v1.2版本。', ['访问www.gov.cn查看v1.2版本。']],
    ['not at abbreviations', 'See e.g. Fig. 3 for details. Next sentence.', ['See e.g. Fig. 3 for details.', 'Next sentence.']],
    ['without a final mark', '同志们：\n让我们撸起袖子加油干', ['同志们：', '让我们撸起袖子加油干']],
    ['repeated marks stay together', '真的吗？！当然。。', ['真的吗？！', '当然。。']],
    ['trimming indentation and \\r', '　　第一句。 第二句。\r\n', ['第一句。', '第二句。']],
  ];
  it.each(cases)('split %s', (_, text, expected) => expect(sentences(text)).toEqual(expected));

  it('never crosses a paragraph, even without a final mark', () => {
    expect(sentences('第一段没有句号\n第二段“引号没有闭合\n第三段。')).toEqual(['第一段没有句号', '第二段“引号没有闭合', '第三段。']);
  });

  it('keeps a paired straight quote with its sentence', () => {
    expect(sentences('他说:"好。"然后走了。')).toEqual(['他说:"好。"', '然后走了。']);
  });
});
