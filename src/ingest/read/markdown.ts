/**
 * The blocks a Markdown file marks itself (a CommonMark subset, line by line): ATX and setext headings,
 * block quotes, list items, GFM table rows and paragraphs. Fenced code and thematic breaks give no block.
 * Indented lines are paragraphs, not code: Chinese reports indent paragraphs, they rarely contain code.
 *
 * Spans: a heading's span is its text alone (no `#`s), so `text.slice(start, end)` is the heading;
 * other blocks span their source lines, markers (`>`, `-`, `1.`) included, without surrounding blanks.
 */
import type { Block, BlockKind } from '../../model.js';
import { type Line, splitLines } from './lines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** `# 标题` as CommonMark has it, and `#标题` as Chinese writers often do (a non-ASCII letter next). */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$|(?=[^\x00-\x7f]))(.*)$/u;

interface Open {
  kind: BlockKind;
  start: number;
  end: number;
}

/** The span of `line` without leading and trailing whitespace (ASCII or full-width). */
function trimmed(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

function atxHeading(line: Line): Block | null {
  const match = ATX.exec(line.text);
  if (!match) return null;
  const content = match[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/u, '');
  const lead = content.length - content.trimStart().length;
  const text = content.trim();
  if (text === '') return null; // `#` alone marks nothing
  const start = line.start + (line.text.length - match[2]!.length) + lead;
  return { kind: 'heading', level: match[1]!.length, start, end: start + text.length };
}

/** A GFM table's delimiter row (`| --- | :-: |`); the pipe keeps it apart from a thematic break. */
function isTableDelimiter(line: Line | undefined): boolean {
  return line !== undefined && line.text.includes('|') && TABLE_DELIMITER.test(line.text);
}

/** True when `line` starts a block of its own, so that it cannot continue a paragraph lazily. */
function startsBlock(line: Line): boolean {
  const text = line.text;
  return FENCE.test(text) || QUOTE.test(text) || LIST_ITEM.test(text) || ATX.test(text) || THEMATIC_BREAK.test(text);
}

/** Blocks of `text[from..]` (from = after any front matter), in document order. */
export function markdownBlocks(text: string, from = 0): Block[] {
  const lines = splitLines(text, from);
  const blocks: Block[] = [];
  let open: Open | null = null;
  let fence: string | null = null;
  let inTable = false;
  const close = (): void => {
    if (open) blocks.push({ kind: open.kind, start: open.start, end: open.end });
    open = null;
  };
  const begin = (kind: BlockKind, line: Line): void => {
    close();
    open = { kind, ...trimmed(line) };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== null) {
      const closing = FENCE.exec(line.text)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length && line.text.trim() === closing) fence = null;
      continue;
    }
    const current = open as Open | null;
    const tableGoesOn = inTable;
    inTable = false;
    if (line.text.trim() === '') {
      close();
    } else if (current?.kind === 'paragraph' && SETEXT.test(line.text)) {
      const level = line.text.trim().startsWith('=') ? 1 : 2;
      blocks.push({ kind: 'heading', level, start: current.start, end: current.end });
      open = null;
    } else if (FENCE.test(line.text)) {
      close();
      fence = FENCE.exec(line.text)![1]!;
    } else if (THEMATIC_BREAK.test(line.text)) {
      close();
    } else if (ATX.test(line.text)) {
      close();
      const heading = atxHeading(line);
      if (heading) blocks.push(heading);
    } else if (QUOTE.test(line.text)) {
      if (current?.kind === 'quote') current.end = trimmed(line).end;
      else begin('quote', line);
    } else if (LIST_ITEM.test(line.text)) {
      begin('list-item', line);
    } else if (line.text.includes('|') && (tableGoesOn || isTableDelimiter(lines[i + 1]))) {
      close();
      blocks.push({ kind: 'table-row', ...trimmed(line) });
      if (!tableGoesOn) i++; // the delimiter row under the header gives no block
      inTable = true;
    } else if (current && !startsBlock(line)) {
      current.end = trimmed(line).end;
    } else {
      begin('paragraph', line);
    }
  }
  close();
  return blocks;
}
