import { isAsciiLetter, isCloseParen, isCnNumeral, isDigit, isOpenParen } from './chars.js';

/**
 * Numbering marks of Chinese official documents, top to bottom. GB/T 9704-2012 §7.3.3 sets the ladder
 * `一、` → `（一）` → `1.` → `（1）`; books, laws and long reports put `第X编` / `第X部分` / `第X章` /
 * `第X节` above it. `第X条` (a law's article) is not a heading: laws have thousands, each a paragraph.
 */
export const LADDER = [
  'part', //         第一编
  'division', //     第一部分
  'chapter', //      第一章
  'section', //      第一节
  'cn-number', //    一、
  'cn-paren', //     （一）
  'arabic-dot', //   1.  1．  1、
  'arabic-paren', // （1）
] as const;

export type LadderKind = (typeof LADDER)[number];

export type MarkerKind = LadderKind | 'article';

export interface Marker {
  readonly kind: MarkerKind;
  /** Offset just past the marker (before any space that follows it). */
  readonly end: number;
}

/** Numerals a marker may hold: `一百二十三` is the longest the ladder needs. */
const MAX_NUMERALS = 5;
/** Arabic heading numbers have one or two digits: `2023.` at a line start is a year, not a heading. */
const MAX_DIGITS = 2;

/** The numbering marker that opens `[start, end)`, if any. Reads at most a dozen code units. */
export function readMarker(text: string, start: number, end: number): Marker | null {
  const c = text.charCodeAt(start);
  if (isCnNumeral(c)) return cnNumber(text, start, end);
  if (isDigit(c)) return arabicDot(text, start, end);
  if (isOpenParen(c)) return parenthesised(text, start, end);
  if (c === 0x7b2c /* 第 */) return ordinal(text, start, end);
  return null;
}

/** `一、` */
function cnNumber(text: string, start: number, end: number): Marker | null {
  const i = run(text, start, end, isCnNumeral, MAX_NUMERALS);
  return i > start && i < end && text.charCodeAt(i) === 0x3001 /* 、 */ ? { kind: 'cn-number', end: i + 1 } : null;
}

/** `1.` `1．` `1、` — but not `5.2%`, `1.1 研究背景`, `3.x` or `1..` */
function arabicDot(text: string, start: number, end: number): Marker | null {
  const i = run(text, start, end, isDigit, MAX_DIGITS);
  if (i === start || i >= end) return null;
  const dot = text.charCodeAt(i);
  if (dot !== 0x2e && dot !== 0xff0e && dot !== 0x3001) return null;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
  if (isDigit(next) || isAsciiLetter(next) || next === 0x2e || next === 0x25 /* % */) return null;
  return { kind: 'arabic-dot', end: i + 1 };
}

/** `（一）` `(一)` `（1）` `(1)`, full- or half-width parentheses in any mix. */
function parenthesised(text: string, start: number, end: number): Marker | null {
  const first = text.charCodeAt(start + 1);
  const cn = isCnNumeral(first);
  if (!cn && !isDigit(first)) return null;
  const i = run(text, start + 1, end, cn ? isCnNumeral : isDigit, cn ? MAX_NUMERALS : MAX_DIGITS);
  if (i >= end || !isCloseParen(text.charCodeAt(i))) return null;
  return { kind: cn ? 'cn-paren' : 'arabic-paren', end: i + 1 };
}

const ORDINAL_UNITS: ReadonlyMap<string, MarkerKind> = new Map([
  ['编', 'part'],
  ['部分', 'division'],
  ['章', 'chapter'],
  ['节', 'section'],
  ['条', 'article'],
  ['款', 'article'],
]);

/** `第一章` `第3节` `第十二条`, followed by a space, the end, or the heading text (`第一章总则`). */
function ordinal(text: string, start: number, end: number): Marker | null {
  const i = run(text, start + 1, end, (c) => isCnNumeral(c) || isDigit(c), MAX_NUMERALS + 1);
  if (i === start + 1 || i >= end) return null;
  for (const [unit, kind] of ORDINAL_UNITS) {
    if (!text.startsWith(unit, i)) continue;
    const after = i + unit.length;
    const next = after < end ? text.charCodeAt(after) : 0x20;
    // `第一章节` is not a chapter; `第一条、` `第一部分：` still are.
    if (unit !== '部分' && next === 0x8282 /* 节 */) return null;
    return isAsciiLetter(next) ? null : { kind, end: after };
  }
  return null;
}

/** One past a run of at most `max` code units in `[start, end)` that satisfy `test`. */
function run(text: string, start: number, end: number, test: (c: number) => boolean, max: number): number {
  let i = start;
  while (i < end && i - start <= max && test(text.charCodeAt(i))) i++;
  return i - start > max ? start : i;
}
