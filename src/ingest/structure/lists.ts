import type { Paragraph } from './paragraphs.js';
import type { Marker, MarkerKind } from './markers.js';

/** Markers that also number the items of a list; `第一章` never does. */
const ENUMERATORS: ReadonlySet<MarkerKind> = new Set(['cn-number', 'cn-paren', 'arabic-dot', 'arabic-paren']);

/** `；;，,、`: how an item of a list ends, never how a heading does. */
export const isListEnd = (c: number): boolean => c === 0xff1b || c === 0x3b || c === 0xff0c || c === 0x2c || c === 0x3001;

/**
 * Which paragraphs are items of an enumeration rather than headings. A run of consecutive paragraphs
 * with the same kind of numbering marker is a list when
 * - one of them ends like a list item (`（一）管制；`), or
 * - it follows a law's article (`第二十条 …有下列情形之一的：`).
 * Items that all end in `。` after a line like `我们建议：` stay headings: in a report they usually are.
 */
export function listItems(text: string, paragraphs: readonly Paragraph[], markers: readonly (Marker | null)[]): boolean[] {
  const items = new Array<boolean>(paragraphs.length).fill(false);
  const last = (k: number): number => text.charCodeAt(paragraphs[k]!.end - 1);
  let i = 0;
  while (i < paragraphs.length) {
    const kind = markers[i]?.kind;
    if (kind === undefined || !ENUMERATORS.has(kind)) {
      i++;
      continue;
    }
    let j = i;
    let itemEnd = false;
    for (; j < paragraphs.length && markers[j]?.kind === kind; j++) itemEnd ||= isListEnd(last(j));
    const afterArticle = i > 0 && markers[i - 1]?.kind === 'article';
    if (itemEnd || afterArticle) items.fill(true, i, j);
    i = j;
  }
  return items;
}
