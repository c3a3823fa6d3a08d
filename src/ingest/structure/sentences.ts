import type { Span } from '../../model.js';
import { isAsciiLetter, isCircledNumber, isCloser, isDigit, isHan, isSpace, isSuperscriptDigit, skipSpaces, trimEnd } from './chars.js';
import { citationAt } from './citations.js';
import { CLASSES, CLOSER, DOT, ELLIPSIS, SENTENCE_END } from './classes.js';
import { readMarker } from './markers.js';
import type { Paragraph } from './paragraphs.js';

const DOT_CHAR = 0x2e;
const STRAIGHT_QUOTE = 0x22;
/** After an ellipsis these mean the sentence goes on (`钢铁、煤炭……，`). */
const CONTINUES: ReadonlySet<number> = new Set([...'，,、：:'].map((ch) => ch.charCodeAt(0)));
/** Words whose dot is no sentence end. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'no', 'fig', 'al', 'inc', 'ltd', 'co', 'jr', 'st', 'eq', 'vol', 'pp', 'ed']);

/**
 * Splits each paragraph into sentences at `。！？；…` (and `!?`, `……`), keeping closing quotes and
 * brackets (`。”` `？）`) and a citation mark (`。”[1]`) with the sentence they close. A `.` or `．`
 * ends a sentence after a Han character (abstracts often write `.` for `。`) and elsewhere only where it
 * is not a decimal point (`5.2%`), an enumerator (`1.`), part of a name (`www.gov.cn`) or an
 * abbreviation (`e.g.`). Spans are trimmed and never empty; a sentence never crosses a paragraph.
 */
export function findSentences(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    let quotes = 0;
    let i = readMarker(text, p.start, p.end)?.end ?? p.start;
    while (i < p.end) {
      const c = text.charCodeAt(i);
      const k = CLASSES[c]!;
      if (c === STRAIGHT_QUOTE) quotes++;
      if ((k & (SENTENCE_END | ELLIPSIS | DOT)) === 0 || !endsSentence(text, i, k, p)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (; j < p.end; j++) {
        const d = text.charCodeAt(j);
        if (d === STRAIGHT_QUOTE && quotes % 2 === 1) quotes++;
        else if ((CLASSES[d]! & (SENTENCE_END | ELLIPSIS | DOT | CLOSER)) === 0) break;
      }
      j = citationAfter(text, j, p.end);
      if ((k & (ELLIPSIS | DOT)) !== 0 && j < p.end && CONTINUES.has(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      push(out, text, start, j);
      start = j;
      quotes = 0;
      i = j;
    }
    push(out, text, start, p.end);
  }
  return out;
}

/** Past a citation marker that follows a sentence's end (`。”[1]`, `。①`), which belongs to that sentence. */
function citationAfter(text: string, i: number, end: number): number {
  if (i >= end) return i;
  const c = text.charCodeAt(i);
  if (c !== 0x5b && c !== 0xff3b && !isSuperscriptDigit(c) && !isCircledNumber(c)) return i;
  const after = citationAt(text, i, end);
  if (after < 0) return i;
  // `。①加强…` numbers the next item; a note mark stands at the end or before a space.
  return !isCircledNumber(c) || after === end || isSpace(text.charCodeAt(after)) ? after : i;
}

function push(out: Span[], text: string, start: number, end: number): void {
  const e = trimEnd(text, start, end);
  const s = skipSpaces(text, start, e);
  if (s < e) out.push({ start: s, end: e });
}

function endsSentence(text: string, i: number, k: number, p: Paragraph): boolean {
  if ((k & DOT) === 0) return true;
  const next = i + 1 < p.end ? text.charCodeAt(i + 1) : 0x20;
  if (next === DOT_CHAR) return true; // `...`
  const prev = i > p.start ? text.charCodeAt(i - 1) : 0x20;
  if (isHan(prev) || isCloser(prev)) return true; // `定位体征.1940年以后` in abstracts
  if (!(isSpace(next) || isHan(next) || isCloser(next) || next === STRAIGHT_QUOTE)) return false; // `www.gov.cn`, `v1.2`, `.5`
  if (isDigit(prev)) return !isEnumerator(text, i, p.start);
  if (isAsciiLetter(prev)) return !isAbbreviation(text, i, p.start);
  return true;
}

/** `1.` after the paragraph start, a space or a mark (`。2.完善…`), not after a word (`增长了5.下一步`). */
function isEnumerator(text: string, dot: number, floor: number): boolean {
  let i = dot;
  while (i > floor && isDigit(text.charCodeAt(i - 1))) i--;
  if (dot - i > 2) return false;
  if (i === floor) return true;
  const before = text.charCodeAt(i - 1);
  return !(isHan(before) || isAsciiLetter(before) || isDigit(before));
}

/** `e.g.`, `etc.`, `Fig.`, or a single initial (`J. Smith`). */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let i = dot;
  while (i > floor && (isAsciiLetter(text.charCodeAt(i - 1)) || (text.charCodeAt(i - 1) === DOT_CHAR && i - 1 > floor && isAsciiLetter(text.charCodeAt(i - 2))))) i--;
  const word = text.slice(i, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}
