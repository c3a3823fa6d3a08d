import type { Span } from '../../model.js';
import { isAsciiLetter, isCircledNumber, isCloseParen, isDigit, isOpenParen, isSpace, isSuperscriptDigit } from './chars.js';
import { CITATION, CLASSES } from './classes.js';
import type { Paragraph } from './paragraphs.js';

/** Longest bracketed marker we accept: `[1, 3, 5-9, 12]`. */
const MAX_BRACKET = 40;
/** Longest parenthesised note or source: `（注：据国家统计局2023年公报）`. */
const MAX_PAREN = 40;
const NOTE = 0x6ce8; // 注
/** A reference list rarely runs past 999 entries. */
const MAX_NUMBER_DIGITS = 3;

/**
 * The end of the citation marker that starts at `i`, or -1: `[1]` `[1-3]` `[1,2]` `［1］` `[^1]`, circled
 * `①`–`㊿`, superscript digits `¹²`, `^1`, `注1` / `注①`, `（注1）` / `（注：…）`, and author–year sources
 * `（习近平，2022）` / `(Smith, 2020: 12)`. Reads at most MAX_PAREN code units.
 */
export function citationAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  if (isCircledNumber(c)) return i + 1;
  if (isSuperscriptDigit(c)) {
    let j = i + 1;
    while (j < end && isSuperscriptDigit(text.charCodeAt(j))) j++;
    return j;
  }
  if (c === 0x5b || c === 0xff3b) return bracketed(text, i, end);
  if (c === 0x5e /* ^ */) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x5b) return bracketed(text, i + 1, end);
    return i + 1 < end && isDigit(next) ? digitsEnd(text, i + 1, end) : -1;
  }
  if (c === NOTE) return noteNumber(text, i + 1, end);
  if (isOpenParen(c)) return parenthesised(text, i, end);
  return -1;
}

/** `[1]`, `[1-3]`, `[1, 2]`, `［１］`, `[^note]`. */
function bracketed(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_BRACKET);
  let j = i + 1;
  if (text.charCodeAt(j) === 0x5e /* ^ */) {
    j++;
    while (j < limit && isLabel(text.charCodeAt(j))) j++;
    return j < limit && j > i + 2 && text.charCodeAt(j) === 0x5d ? j + 1 : -1;
  }
  // Numbers of 1–3 digits, not starting with 0 (`[0]` is an index, `[2020-02-29]` a date).
  let digits = 0;
  for (; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (isDigit(d)) {
      if ((digits === 0 && (d === 0x30 || d === 0xff10)) || ++digits > MAX_NUMBER_DIGITS) return -1;
    } else if (digits > 0 && (d === 0x5d || d === 0xff3d)) {
      return j + 1;
    } else if (digits > 0 && ',，、-–—~～ '.includes(text[j]!)) {
      digits = 0;
    } else if (d !== 0x20 || digits > 0) {
      return -1;
    }
  }
  return -1;
}

/** A Markdown footnote label: `[^1]`, `[^note-2]`. */
function isLabel(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c === 0x2d || c === 0x5f;
}

function digitsEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** `注1`, `注12`, `注①` (the caller checks what precedes `注`). */
function noteNumber(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  return isCircledNumber(c) ? i + 1 : isDigit(c) ? digitsEnd(text, i, end) : -1;
}

/** `（注1）`, `（注：…）`, `（习近平，2022）`, `(Smith, 2020a: 12)`. */
function parenthesised(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_PAREN);
  let close = i + 1;
  while (close < limit && !isCloseParen(text.charCodeAt(close)) && !isOpenParen(text.charCodeAt(close))) close++;
  if (close >= limit || !isCloseParen(text.charCodeAt(close))) return -1;
  const inner = text.slice(i + 1, close);
  return /^注[0-9０-９①-⑳：:]/.test(inner) || AUTHOR_YEAR.test(inner) ? close + 1 : -1;
}

/** An author (or work) and a year: `习近平，2022`, `Smith et al., 2020a: 12`, `国家统计局, 2023, 第5页`. */
const AUTHOR_YEAR = /^[^，,、：:]{1,20}[，,]\s*(?:19|20)\d\d[a-z]?(?:[，,：:]\s*(?:p+\.\s*)?第?\d+(?:[-–]\d+)?页?)?$/;

/**
 * Citation markers in the body: everything `citationAt` finds where `citationContext` allows it, plus
 * `注：` opening a paragraph. Markers inside the references section label its entries and are left out.
 */
export function findCitations(text: string, paragraphs: readonly Paragraph[], references: Span | null): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    if (references && p.start >= references.start && p.end <= references.end) continue;
    const colon = text.charCodeAt(p.start + 1);
    if (p.end - p.start >= 2 && text.charCodeAt(p.start) === NOTE && (colon === 0xff1a || colon === 0x3a)) out.push({ start: p.start, end: p.start + 2 });
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if ((CLASSES[c]! & CITATION) === 0 || !citationContext(text, i, c, p)) continue;
      const end = citationAt(text, i, p.end);
      if (end > i) {
        out.push({ start: i, end });
        i = end - 1;
      }
    }
  }
  return out;
}

/** Characters that make a word with `注` (`关注` `专注` `投注` `倾注` …): `关注1号文件` is no note. */
const NOTE_WORDS: ReadonlySet<number> = new Set([...'关专投赌灌贯倾下押浇加'].map((ch) => ch.charCodeAt(0)));

/** Puncts after which a circled number enumerates (`结果表明：①…；②…`) rather than cites. */
const ENUMERATION: ReadonlySet<number> = new Set([...'：:；;，,、'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether a marker may start at `i`, judging by what precedes it: `注1` not in a word (`关注1号文件`);
 * `[1]`, `²`, `^2` not after a Latin letter or digit (`a[1]`, `m²`), `^2` not after a space (`x ^2`); a circled
 * number not at the start of a paragraph (a note's label or a list item), nor after `：；，` or a space,
 * nor before a digit (`结果 ①158例`: a list).
 */
function citationContext(text: string, i: number, c: number, p: Paragraph): boolean {
  if (i === p.start) return !isCircledNumber(c);
  const prev = text.charCodeAt(i - 1);
  if (c === NOTE) return !NOTE_WORDS.has(prev);
  if (isCircledNumber(c)) return !ENUMERATION.has(prev) && !isSpace(prev) && !isDigit(text.charCodeAt(i + 1));
  if (isOpenParen(c)) return true;
  return !(isAsciiLetter(prev) || isDigit(prev) || (c === 0x5e && isSpace(prev)));
}
