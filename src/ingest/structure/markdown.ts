import { isSpace, trimEnd } from './chars.js';
import type { HeadingCandidate } from './headings.js';
import { frontMatterEnd, type Paragraph } from './paragraphs.js';

/** ATX headings have one to six `#` (CommonMark §4.2). */
const MAX_HASHES = 6;
const HASH = 0x23;

/**
 * The Markdown heading a paragraph is, if it is one: an ATX line (`## 二、主要做法`), or — for a heading
 * block whose reader left the `#`s out of its span — a block preceded by `#`s on its line or underlined
 * by `===` / `---` (setext). Markdown headings carry no marker; their text is the line without `#`s.
 */
export function markdownHeading(text: string, p: Paragraph, isBlock: boolean): HeadingCandidate | null {
  const hashes = countHashes(text, p.start, p.end);
  if (hashes > 0) {
    const level = isBlock && p.level !== undefined ? p.level : hashes;
    return { start: p.start, end: p.end, kind: 'markdown', level, marker: '', text: headingText(text, p.start + hashes, p.end) };
  }
  if (!isBlock || !(hashesBefore(text, p.start) || underlined(text, p.end))) return null;
  return { start: p.start, end: p.end, kind: 'markdown', level: p.level ?? 1, marker: '', text: headingText(text, p.start, p.end) };
}

/** How many `##` lines make a plain text Markdown, when nothing else says so. */
const MIN_SUBHEADINGS = 2;

/**
 * Whether `#` lines of a plain text are Markdown headings rather than comments of shell or Python code
 * (`# -*- coding: utf-8 -*-`, `# systemctl start sshd`): the text has front matter, opens with an ATX
 * heading, or has MIN_SUBHEADINGS `##`-or-deeper headings.
 */
export function looksLikeMarkdown(text: string, paragraphs: readonly Paragraph[]): boolean {
  const first = paragraphs[0];
  if (!first || first.kind !== 'line') return false;
  if (frontMatterEnd(text) > 0 || countHashes(text, first.start, first.end) > 0) return true;
  let subheadings = 0;
  for (const p of paragraphs) {
    if (text.charCodeAt(p.start) === HASH && countHashes(text, p.start, p.end) >= 2 && ++subheadings >= MIN_SUBHEADINGS) return true;
  }
  return false;
}

/** Number of `#` opening an ATX heading at `start`, or 0 (`#话题#` and `#1` are not headings). */
export function countHashes(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start <= MAX_HASHES && text.charCodeAt(i) === HASH) i++;
  const n = i - start;
  if (n === 0 || n > MAX_HASHES) return 0;
  return i === end || isSpace(text.charCodeAt(i)) ? n : 0;
}

/** The heading text between `start` and `end`: trimmed, without a closing `###` sequence. */
export function headingText(text: string, start: number, end: number): string {
  let e = trimEnd(text, start, end);
  let h = e;
  while (h > start && text.charCodeAt(h - 1) === HASH) h--;
  if (h < e && (h === start || isSpace(text.charCodeAt(h - 1)))) e = trimEnd(text, start, h);
  let s = start;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  return text.slice(s, e);
}

/** `## ` right before `start` on the same line. */
function hashesBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  let h = i;
  while (h > 0 && text.charCodeAt(h - 1) === HASH) h--;
  return h < i && (h === 0 || text.charCodeAt(h - 1) === 0x0a);
}

/** The next line is a setext underline: only `=` or only `-`. */
function underlined(text: string, end: number): boolean {
  let i = text.indexOf('\n', end);
  if (i < 0) return false;
  i++;
  const mark = text.charCodeAt(i);
  if (mark !== 0x3d && mark !== 0x2d) return false;
  while (i < text.length && text.charCodeAt(i) === mark) i++;
  while (i < text.length && text.charCodeAt(i) !== 0x0a && isSpace(text.charCodeAt(i))) i++;
  return i === text.length || text.charCodeAt(i) === 0x0a;
}
