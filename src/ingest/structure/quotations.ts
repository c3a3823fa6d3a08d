import type { Quotation } from '../../model.js';
import { isCircledNumber, isSpace, isSuperscriptDigit } from './chars.js';
import { citationAt } from './citations.js';
import { CLASSES, QUOTE } from './classes.js';
import type { Paragraph } from './paragraphs.js';

/** Opening mark → its closing mark. Straight `"` closes itself. */
const PAIRS: ReadonlyMap<number, number> = new Map([
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x22, 0x22], //     " "
]);
const CLOSERS: ReadonlySet<number> = new Set(PAIRS.values());
/** Deeper nesting than this is noise (stray marks), not quotation; the cap keeps the scan linear. */
const MAX_DEPTH = 8;
/** How many marks or spaces may sit between a closing quote and its citation (`”。[1]`, `” ①`). */
const CITE_GAP = 3;
const GAP_MARKS: ReadonlySet<number> = new Set([...'。，、；：.,;:'].map((ch) => ch.charCodeAt(0)));

/**
 * Quotations `“…”` `「…」` `『…』` `"…"` and quotations nested in them (`‘…’`), paired within each
 * paragraph, so an unbalanced mark never makes a quotation run past its paragraph (a `’` with no `‘` is an
 * apostrophe). `cited` when a citation marker or a source (`（习近平，2022）`) follows the closing mark
 * within CITE_GAP marks, or ends the quoted text (`…。①”`). Sorted by start; nested ones follow their outer.
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const out: Quotation[] = [];
  const open: number[] = []; // offsets of unclosed opening marks
  for (const p of paragraphs) {
    open.length = 0;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if ((CLASSES[c]! & QUOTE) === 0) continue;
      const k = matchingOpen(text, open, c);
      if (k >= 0) {
        const start = open[k]!;
        open.length = k;
        if (i > start + 1) out.push({ start, end: i + 1, inner: { start: start + 1, end: i }, cited: isCited(text, start + 1, i, p.end) });
      } else if (PAIRS.has(c) && open.length < MAX_DEPTH) {
        open.push(i);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index in `open` of the innermost mark that `c` closes, or -1. */
function matchingOpen(text: string, open: readonly number[], c: number): number {
  if (!CLOSERS.has(c)) return -1;
  for (let k = open.length - 1; k >= 0; k--) if (PAIRS.get(text.charCodeAt(open[k]!)) === c) return k;
  return -1;
}

function isCited(text: string, innerStart: number, innerEnd: number, paragraphEnd: number): boolean {
  const last = text.charCodeAt(innerEnd - 1);
  if (isCircledNumber(last) || isSuperscriptDigit(last) || (last === 0x5d && innerEnd - innerStart > 2 && citationEndsAt(text, innerStart, innerEnd))) return true;
  let i = innerEnd + 1;
  for (let gap = 0; i < paragraphEnd && gap <= CITE_GAP; gap++, i++) {
    if (citationAt(text, i, paragraphEnd) > i || sourceAt(text, i, paragraphEnd)) return true;
    const c = text.charCodeAt(i);
    if (!GAP_MARKS.has(c) && !isSpace(c)) return false;
  }
  return false;
}

/** A bracketed marker `[1]` ends at `end` (looks back at most a few code units). */
function citationEndsAt(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', end - 1);
  return open >= start && end - open <= 12 && citationAt(text, open, end) === end;
}

/** How far we look for the closing `）` of a source: `（《习近平谈治国理政》第三卷，第12页）`. */
const MAX_SOURCE = 60;

/** `（《…》）`, `（见…）`, `（引自…）`, `（出自…）`, `（参见…）`, `（转引自…）`, `（摘自…）`. */
function sourceAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0xff08 && c !== 0x28) return false;
  const head = text.slice(i + 1, Math.min(end, i + 4));
  if (!/^(?:《|见|参见|详见|引自|转引自|出自|摘自|源自|来源)/.test(head)) return false;
  const close = text.slice(i, Math.min(end, i + MAX_SOURCE)).search(/[）)]/);
  return close > 0;
}
