/**
 * Lines of a text with their offsets, for readers that work line by line (Markdown, front matter).
 * `\r\n`, `\n` and a lone `\r` all end a line; the text itself is never changed.
 */

export interface Line {
  /** Offset of the first code unit of the line. */
  readonly start: number;
  /** Offset just past the line's content, before its line break. */
  readonly end: number;
  /** Offset of the next line (past the line break); equals `end` on the last line. */
  readonly next: number;
  readonly text: string;
}

/** Splits `text[from..]` into lines. A final line break does not start an empty last line. */
export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let next = end;
    if (text[next] === '\r') next++;
    if (text[next] === '\n') next++;
    lines.push({ start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

/** Counts of each kind of line break, in the order they are reported. */
export interface LineEndingCounts {
  readonly crlf: number;
  readonly lf: number;
  readonly cr: number;
}

export function countLineEndings(text: string): LineEndingCounts {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 0x0a) lf++;
  }
  return { crlf, lf, cr };
}

/** `mixed line endings (CRLF 12, LF 3)` when more than one kind occurs, else null. */
export function mixedLineEndingWarning(text: string): string | null {
  // Without a `\r` only LF can occur, so nothing is mixed: most files end here after one native search.
  if (!text.includes('\r')) return null;
  const counts = countLineEndings(text);
  const present = (
    [
      ['CRLF', counts.crlf],
      ['LF', counts.lf],
      ['CR', counts.cr],
    ] as const
  ).filter(([, count]) => count > 0);
  if (present.length < 2) return null;
  return `mixed line endings (${present.map(([name, count]) => `${name} ${count}`).join(', ')})`;
}
