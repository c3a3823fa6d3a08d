import { describe, expect, it } from 'vitest';
import { normalise, toNormalised, toOriginal } from '../../../src/ingest/normalise/normalise.js';

/** `[original, normalised]`: what copiers change and the normalised view must not see. */
const valid: ReadonlyArray<readonly [string, string, string]> = [
  ['full-width Latin and digits', 'ＡＢＣ１２３', 'abc123'],
  ['full-width in a sentence', '增长５．２％，达到１２３亿元', '增长5.2%,达到123亿元'],
  ['traditional → simplified', '臺灣經濟', '台湾经济'],
  ['traditional in a report sentence', '推進鄉村振興，發展壯大集體經濟。', '推进乡村振兴,发展壮大集体经济。'],
  ['phrase conversion keeps 乾隆, converts 乾燥', '乾隆年間天氣乾燥', '乾隆年间天气干燥'],
  ['simplified stays as it is', '坚持以人民为中心的发展思想', '坚持以人民为中心的发展思想'],
  ['curly, corner and straight quotes are one family', '“留痕”「留绩」『台账』"材料"', '"留痕""留绩""台账""材料"'],
  ['single quotes are one family', '‘一网通办’', "'一网通办'"],
  ['，and 、 are one family', '户分类、村收集，镇转运', '户分类,村收集,镇转运'],
  ['full-width ；：！？', '一是；二是：好！吗？', '一是;二是:好!吗?'],
  ['brackets', '（一）【注】《条例》〔2024〕', '(一)[注]<条例>(2024)'],
  ['dashes and tildes', '——2023～2025年', '--2023~2025年'],
  ['。 stays a Chinese full stop', '完成任务。', '完成任务。'],
  ['zero-width space dropped', '营商\u200b环境', '营商环境'],
  ['zero-width joiner, BOM, soft hyphen dropped', '\ufeff优化\u200d营商\u00ad环境\u2060', '优化营商环境'],
  ['ASCII, ideographic and no-break spaces dropped', '乡村 振兴\u3000战略\u00a0规划', '乡村振兴战略规划'],
  ['line breaks and tabs dropped', '第一段\n第二段\r\n\t第三段', '第一段第二段第三段'],
  ['Latin lowered', 'GDP增长，CPI上涨，Word文档', 'gdp增长,cpi上涨,word文档'],
  ['circled and compatibility forms', '①㈠Ⅻ', '1(一)xii'],
  ['astral CJK kept', '𠀀𪚥字', '𠀀𪚥字'],
  ['empty', '', ''],
  ['only spaces and invisibles', ' \u3000\u200b\n', ''],
];

describe('normalise', () => {
  it.each(valid)('%s: %j → %j', (_, original, expected) => {
    expect(normalise(original).text).toBe(expected);
  });

  it('maps each normalised code unit back to the code point it came from', () => {
    const view = normalise('Ａ　臺，b');
    expect(view.text).toBe('a台,b');
    expect([...view.starts]).toEqual([0, 2, 3, 4]);
    expect([...view.ends]).toEqual([1, 3, 4, 5]);
  });

  it('maps an astral character (two code units) to its whole two-unit original span', () => {
    const view = normalise('乡𠀀村');
    expect(view.text).toBe('乡𠀀村');
    expect(Array.from(view.text)).toHaveLength(3);
    expect([...view.starts]).toEqual([0, 1, 1, 3]);
    expect([...view.ends]).toEqual([1, 3, 3, 4]);
    expect(toOriginal(view, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(toNormalised(view, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  /**
   * Idempotence, checked over every code point of Unicode: the one failure is 薴, which OpenCC turns
   * into 苧, which it turns into 苎 on a second pass; so 薴 in a draft and 苎 in a source never match.
   */
  it.each([['薴'], ['苧'], ['苎'], ['臺灣'], ['乾燥'], ['ＡＢＣ']])('normalising %j twice changes nothing', (text) => {
    const once = normalise(text).text;
    expect(normalise(once).text).toBe(once);
  });

  it('maps a character that expands (㈠ → (一)) to one original span for all its pieces', () => {
    const view = normalise('第㈠条');
    expect(view.text).toBe('第(一)条');
    expect([...view.starts]).toEqual([0, 1, 1, 1, 2]);
    expect([...view.ends]).toEqual([1, 2, 2, 2, 3]);
  });
});

describe('toOriginal and toNormalised', () => {
  const original = '一、 优化“营商环境”\u200b，推進改革。';
  const view = normalise(original);

  it('the normalised text is what we expect', () => {
    expect(view.text).toBe('一,优化"营商环境",推进改革。');
  });

  /** `[normalised start, end, original text it covers]`. */
  const spans: ReadonlyArray<readonly [number, number, string]> = [
    [0, 1, '一'],
    [2, 4, '优化'],
    [4, 10, '“营商环境”'],
    [5, 9, '营商环境'],
    [10, 15, '，推進改革'],
    [0, 16, original.slice(0, original.length)],
  ];
  it.each(spans)('normalised [%i, %i) is %j in the original', (start, end, text) => {
    const span = toOriginal(view, start, end);
    expect(original.slice(span.start, span.end)).toBe(text);
  });

  it('an empty normalised span maps to an empty original span', () => {
    expect(toOriginal(view, 3, 3)).toEqual({ start: 4, end: 4 });
    expect(toOriginal(view, view.text.length, view.text.length)).toEqual({ start: original.length, end: original.length });
    expect(toOriginal(normalise(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('an original span of dropped characters maps to an empty normalised span', () => {
    const at = original.indexOf('\u200b');
    const span = toNormalised(view, at, at + 1);
    expect(span.end - span.start).toBe(0);
  });

  it('an original span maps to every normalised unit it produced', () => {
    const at = original.indexOf('推進');
    const span = toNormalised(view, at, at + 2);
    expect(view.text.slice(span.start, span.end)).toBe('推进');
  });
});
