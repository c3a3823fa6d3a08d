const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The number a heading marker holds: `三、` 3, `（十二）` 12, `一百零三` 103, `4.` 4, `（１０）` 10,
 * `第二十一章` 21. Null for Markdown and Word headings, which have no marker.
 */
export function markerNumber(marker: string): number | null {
  const arabic = /[0-9０-９]+/u.exec(marker);
  if (arabic) return Number(arabic[0].replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
  const cn = /[〇零一二两三四五六七八九十百千]+/u.exec(marker);
  return cn ? chineseNumber(cn[0]) : null;
}

/** `十二` 12, `二十` 20, `一百零三` 103, `十` 10. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else {
      digit = DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}
