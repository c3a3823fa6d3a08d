import type { Span } from '../../model.js';
import { skipSpaces, trimEnd } from './chars.js';
import { isListEnd, listItems } from './lists.js';
import { looksLikeMarkdown, markdownHeading } from './markdown.js';
import { readMarker, type LadderKind } from './markers.js';
import type { Paragraph } from './paragraphs.js';

/** A heading before levels are set: ladder headings get theirs from the whole document (see levels.ts). */
export interface HeadingCandidate extends Span {
  readonly kind: LadderKind | 'markdown' | 'word-style';
  /** Level given by the format (`##`, Word "Heading 2"); absent for ladder headings. */
  readonly level?: number;
  readonly marker: string;
  readonly text: string;
}

/**
 * A heading line is short: GB/T 9704 headings are one line, and 40 characters fill a 28-character A4
 * line and a half. Longer paragraphs that open with a marker have a run-in heading at most.
 */
export const MAX_HEADING_CHARS = 40;

/**
 * The headings of a document: heading blocks as the reader marked them, Markdown `#` lines (in plain text
 * only when the text looks like Markdown), and paragraphs that open with a ladder marker (`一、`, `（一）`,
 * `1.`, `（1）`, `第一章`). A paragraph like `（一）加强组织领导。文字……` has a run-in heading
 * (`加强组织领导`) and stays a paragraph; enumerations (`（一）管制；（二）拘役；`) are lists, not headings.
 */
export function findHeadingCandidates(text: string, paragraphs: readonly Paragraph[]): HeadingCandidate[] {
  const markers = paragraphs.map((p) => (p.kind === 'line' || p.kind === 'paragraph' ? readMarker(text, p.start, p.end) : null));
  const items = listItems(text, paragraphs, markers);
  const markdownLines = looksLikeMarkdown(text, paragraphs);
  const out: HeadingCandidate[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind === 'heading') {
      const md = markdownHeading(text, p, true);
      out.push(md ?? { start: p.start, end: p.end, kind: 'word-style', level: p.level ?? 1, marker: '', text: text.slice(p.start, p.end) });
      return;
    }
    const marker = markers[i];
    const md = p.kind === 'line' && markdownLines && !marker ? markdownHeading(text, p, false) : null;
    const heading = md ?? (marker && marker.kind !== 'article' && !items[i] ? ladderHeading(text, p, marker.kind, marker.end) : null);
    if (heading) out.push(heading);
  });
  return out;
}

const isStop = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f; // 。！？!?
const isRunInEnd = (c: number): boolean => c === 0x3002 || c === 0xff1a || c === 0x3a; // 。：:
const isTrailing = (c: number): boolean => isRunInEnd(c) || isListEnd(c) || c === 0x2e || c === 0xff0e;

function ladderHeading(text: string, p: Paragraph, kind: LadderKind, markerEnd: number): HeadingCandidate | null {
  const restStart = skipSpaces(text, markerEnd, p.end);
  const marker = text.slice(p.start, markerEnd);
  // `第一章 总则` is a line of its own: never a sentence, never run in.
  const chapterLike = kind === 'part' || kind === 'division' || kind === 'chapter' || kind === 'section';
  if (restStart === p.end) return chapterLike ? { start: p.start, end: p.end, kind, marker, text: '' } : null;
  const last = text.charCodeAt(p.end - 1);
  if (p.end - restStart <= MAX_HEADING_CHARS && !isListEnd(last) && !(chapterLike && isTrailing(last))) {
    let body = p.end;
    while (body > restStart && isTrailing(text.charCodeAt(body - 1))) body--;
    let stops = false;
    for (let i = restStart; i < body && !stops; i++) stops = isStop(text.charCodeAt(i));
    if (!stops) return { start: p.start, end: p.end, kind, marker, text: text.slice(restStart, trimEnd(text, restStart, body)) };
  }
  return chapterLike ? null : runIn(text, p, kind, marker, restStart);
}

/** A run-in heading: the lead sentence up to the first `。` or `：`, if that comes within MAX_HEADING_CHARS. */
function runIn(text: string, p: Paragraph, kind: LadderKind, marker: string, restStart: number): HeadingCandidate | null {
  const limit = Math.min(p.end, restStart + MAX_HEADING_CHARS + 1);
  for (let i = restStart; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isRunInEnd(c)) {
      const end = trimEnd(text, restStart, i);
      return end > restStart ? { start: p.start, end: i + 1, kind, marker, text: text.slice(restStart, end) } : null;
    }
    if (isStop(c)) return null;
  }
  return null;
}
