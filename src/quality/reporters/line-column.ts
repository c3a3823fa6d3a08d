/**
 * Line and column (1-based) of UTF-16 offsets in a text, as reporters show them. Columns count code
 * points, so a character outside the BMP (𠮷) is one column, as an editor shows it. Lines end at `\n`
 * (`\r\n` too: the `\r` is the line's last character).
 */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let column = 1;
    for (let i = starts[lo]!; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff && i > starts[lo]! && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) column++;
    }
    return { line: lo + 1, column };
  };
}
