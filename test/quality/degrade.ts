/**
 * The degradations the issue judges the scorer by. They are written independently of the scorer's own
 * detectors (plain patterns, no jieba), so a test cannot pass by construction.
 */

const CN = '〇零一二三四五六七八九十百千万亿两';

/** Removes figures, dates and named places and organisations from a text. */
export function removeFacts(text: string): string {
  return text
    .replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％‰]|个百分点|万元|亿元|元|年|月|日|万|亿|个|人|户|家|处|场|份|名|次|项|所|吨|亩|公里|倍)*/gu, '')
    .replace(new RegExp(`[${CN}]{2,}(?:年|个|人|户|家|处|场|份|名|次|项|所|类|倍)`, 'gu'), '')
    .replace(/百分之[零一二三四五六七八九十点]+/gu, '')
    .replace(/(?:上|下)半年|去年|今年|同比|环比/gu, '')
    .replace(/[\u4e00-\u9fff]{2,4}?(?:省|市|县|镇|乡|村|局|公司|中心|学校|医院)/gu, '');
}

/** A cliché sentence of the kind every reader has seen. */
export const CLICHE_SENTENCE = '我们高度重视这项工作，切实加强组织领导，进一步提高思想认识，取得了明显成效。';

/** Adds a cliché sentence after the first sentence of every paragraph (line of 20+ characters). */
export function addCliches(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim().length >= 20 ? line.replace(/(。|$)/u, `$1${CLICHE_SENTENCE}`) : line))
    .join('\n');
}

/** Heading lines: a line that is only a numbered heading (`一、…`, `（二）…`) or a Markdown heading. */
const HEADING_LINE = new RegExp(`^\\s*(?:[${CN}]+、|[（(][${CN}]+[)）]|第[${CN}0-9]+[章节部分]|#+\\s)[^。]{0,40}$`, 'u');

export function deleteHeadings(text: string): string {
  return text
    .split('\n')
    .filter((line) => !HEADING_LINE.test(line))
    .join('\n');
}

/** Breaks the numbering: the second `X、` heading becomes `七、` (so 一、 is followed by 七、). */
export function breakNumbering(text: string): string {
  let seen = 0;
  return text
    .split('\n')
    .map((line) => {
      const m = new RegExp(`^(\\s*)[${CN}]+、`, 'u').exec(line);
      if (!m || ++seen !== 2) return line;
      return line.replace(/^(\s*)[〇零一二三四五六七八九十百千两]+、/u, '$1七、');
    })
    .join('\n');
}

/** The whole text as one paragraph. */
export function flatten(text: string): string {
  return text.replace(/\s*\n\s*/gu, '');
}
