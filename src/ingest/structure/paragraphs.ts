import type { Block, BlockKind, Span } from '../../model.js';
import { isSpace, skipSpaces, trimEnd } from './chars.js';

/**
 * A paragraph with where it came from: a reader's block (`.docx`, `.md`) or a non-blank line of plain
 * text (`line`). Spans are trimmed of surrounding whitespace (indentation `　　`, `\r`).
 */
export interface Paragraph extends Span {
  readonly kind: BlockKind | 'line';
  /** Heading level of a heading block. */
  readonly level?: number;
}

/**
 * The paragraphs of a document: its blocks when a reader marked them, else its non-blank lines (in
 * plain-text reports a line is a paragraph; blank lines only separate). The result is sorted and disjoint.
 */
export function findParagraphs(text: string, blocks: readonly Block[]): Paragraph[] {
  return blocks.length > 0 ? fromBlocks(text, blocks) : fromLines(text);
}

function fromBlocks(text: string, blocks: readonly Block[]): Paragraph[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Paragraph[] = [];
  let floor = 0;
  for (const block of sorted) {
    // Clamp to the text, cut off any overlap with the previous block (paragraphs stay disjoint), and
    // never cut an astral character in two.
    const end = trimEnd(text, 0, outOfPair(text, Math.min(block.end, text.length)));
    const start = skipSpaces(text, outOfPair(text, Math.max(block.start, floor, 0)), end);
    if (start >= end) continue;
    out.push(block.level === undefined ? { start, end, kind: block.kind } : { start, end, kind: block.kind, level: block.level });
    floor = end;
  }
  return out;
}

/** `i`, or `i + 1` when `i` falls between the halves of a surrogate pair. */
function outOfPair(text: string, i: number): number {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i + 1 : i;
}

function fromLines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = frontMatterEnd(text);
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = trimEnd(text, lineStart, lineEnd);
    const start = skipSpaces(text, lineStart, end);
    if (start < end) out.push({ start, end, kind: 'line' });
    lineStart = lineEnd + 1;
  }
  return out;
}

/** How far front matter may run (lines) before we stop looking for its closing fence. */
const FRONT_MATTER_MAX_LINES = 100;

/**
 * Where YAML front matter (`---` … `---` or `...` at the very start of a Markdown file) ends, or 0:
 * its keys are metadata, not paragraphs.
 */
export function frontMatterEnd(text: string): number {
  const first = skipSpaces(text, 0, Math.min(text.length, 8));
  if (!text.startsWith('---', first) || !isBlankTo(text, first + 3)) return 0;
  let lineStart = text.indexOf('\n', first) + 1;
  for (let n = 0; lineStart > 0 && n < FRONT_MATTER_MAX_LINES; n++) {
    if ((text.startsWith('---', lineStart) || text.startsWith('...', lineStart)) && isBlankTo(text, lineStart + 3)) {
      const next = text.indexOf('\n', lineStart);
      return next < 0 ? text.length : next + 1;
    }
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  return 0;
}

/** Only whitespace from `i` to the end of its line. */
function isBlankTo(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!isSpace(c)) return false;
  }
  return true;
}
