import type { Section, Span } from '../../model.js';
import { skipSpaces } from './chars.js';
import { countHashes } from './markdown.js';
import { readMarker } from './markers.js';
import type { Paragraph } from './paragraphs.js';
import { sectionAt } from './sections.js';

/** Names of a reference or notes section; English ones compared in lower case. */
const NAMES: ReadonlySet<string> = new Set([
  '参考文献',
  '主要参考文献',
  '参考资料',
  '参考书目',
  '引用文献',
  '注释',
  '尾注',
  'references',
  'bibliography',
]);
/** A reference heading is a short line: `五、参考文献：` at most. */
const MAX_LINE = 24;

/**
 * The references section: from the last line or heading named `参考文献` / `参考资料` / `注释` /
 * `References` … (with or without a marker, `#`, brackets `【】` or a colon) to the end of the section it
 * heads — or, for a plain line, to the end of the section that contains it (the whole text at top level).
 * The last such line wins, so a table of contents listing `参考文献` does not count.
 */
export function findReferences(text: string, paragraphs: readonly Paragraph[], root: Section): Span | null {
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    const p = paragraphs[k]!;
    if (p.end - p.start > MAX_LINE || !NAMES.has(referenceName(text, p))) continue;
    // A heading opens the innermost section at its start; a plain line lies inside its section.
    return { start: p.start, end: sectionAt(root, p.start).end };
  }
  return null;
}

/** The line without marker, `#`s, brackets, trailing colon or spaces, and English in lower case. */
function referenceName(text: string, p: Paragraph): string {
  let start = skipSpaces(text, p.start + countHashes(text, p.start, p.end), p.end);
  start = readMarker(text, start, p.end)?.end ?? start;
  return text
    .slice(start, p.end)
    .replace(/^[\s【〔\[]+|[\s】〕\]：:]+$/g, '')
    .toLowerCase();
}
