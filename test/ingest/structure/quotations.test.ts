import { describe, expect, it } from 'vitest';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { at } from './helpers.js';

/** `[quotation as written, inner text, cited]`. */
type Row = [string, string, boolean];
const quotations = (text: string): Row[] => findStructure(text, []).quotations.map((q) => [at(text, q), at(text, q.inner), q.cited]);

describe('quotations', () => {
  const cases: [string, string, Row[]][] = [
    ['curly quotes', '坚持“两个毫不动摇”。', [['“两个毫不动摇”', '两个毫不动摇', false]]],
    ['corner brackets', '所谓「新质生产力」与『高质量发展』', [['「新质生产力」', '新质生产力', false], ['『高质量发展』', '高质量发展', false]]],
    ['straight quotes paired', '他说"要抓落实"，又说"要见实效"。', [['"要抓落实"', '要抓落实', false], ['"要见实效"', '要见实效', false]]],
    [
      'single quotes nested inside',
      '报告指出：“要落实‘放管服’改革。”',
      [['“要落实‘放管服’改革。”', '要落实‘放管服’改革。', false], ['‘放管服’', '放管服', false]],
    ],
    ['an apostrophe is no quotation', 'Don’t panic，“这是引文”', [['“这是引文”', '这是引文', false]]],
    ['an empty pair is no quotation', '他说“”。', []],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(quotations(text)).toEqual(expected));

  const cited: [string, string][] = [
    ['[1]', '“绿水青山就是金山银山”[1]。'],
    ['full-width ［12］', '“绿水青山就是金山银山”［12］。'],
    ['[1-3] after the full stop', '“绿水青山就是金山银山”。[1-3]'],
    ['①', '“民无信不立。”①政府诚信是基石。'],
    ['a superscript digit', '“民无信不立”²。'],
    ['（注1）', '“民无信不立”（注1）。'],
    ['^1', '“民无信不立”^1。'],
    ['an author and year', '“发展是第一要务”（习近平，2022）。'],
    ['a book in parentheses', '“实践是检验真理的唯一标准”（《光明日报》1978年5月11日）。'],
    ['a 见 reference', '“人民对美好生活的向往”（见《十九大报告》）。'],
    ['a mark inside the quote', '“民无信不立①”。'],
  ];
  it.each(cited)('cited by %s', (_, text) => expect(quotations(text)[0]?.[2]).toBe(true));

  const uncited: [string, string][] = [
    ['nothing follows', '坚持“两个毫不动摇”，推动发展。'],
    ['a citation too far away', '坚持“两个毫不动摇”，推动经济高质量发展[1]。'],
    ['a plain parenthesis', '“一号工程”（即营商环境）'],
    ['a year in parentheses', '“十四五”（2021年）'],
  ];
  it.each(uncited)('not cited when %s', (_, text) => expect(quotations(text)[0]?.[2]).toBe(false));

  it('never lets an unbalanced quote run past its paragraph', () => {
    const text = '他说：“这是第一段，引号没有闭合。\n第二段里才有”一个闭合引号。\n“第三段”';
    expect(quotations(text)).toEqual([['“第三段”', '第三段', false]]);
  });

  it('drops an unclosed inner quote and still pairs the outer one', () => {
    expect(quotations('“要落实‘放管服改革。”')).toEqual([['“要落实‘放管服改革。”', '要落实‘放管服改革。', false]]);
  });
});
