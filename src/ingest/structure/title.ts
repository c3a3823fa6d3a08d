import type { Span } from '../../model.js';
import type { HeadingCandidate } from './headings.js';
import { readMarker } from './markers.js';
import type { Paragraph } from './paragraphs.js';

export type Title = Span & { readonly text: string };

/** A title fits on a line or two of a cover: longer first lines are body text. */
export const MAX_TITLE_CHARS = 60;
/** Lines that may sit above a title (`附件2`, `国办发〔2023〕12号`) and are skipped when looking for it. */
const MAX_PREAMBLE_LINES = 3;

/**
 * The document's title: its first paragraph when that is a short line that is neither a numbered heading
 * nor body text (no `。`, not ending in `，` `；` `：` …), or a Markdown `#` heading that opens the file,
 * or a lone Word level-1 heading that opens it. Null when the document starts with body text.
 * Returns the heading it took as title, which is then no longer a heading.
 */
export function findTitle(
  text: string,
  paragraphs: readonly Paragraph[],
  candidates: readonly HeadingCandidate[],
): { title: Title | null; consumed: HeadingCandidate | null } {
  let k = 0;
  while (k < MAX_PREAMBLE_LINES && k < paragraphs.length - 1 && isPreamble(text, paragraphs[k]!)) k++;
  const p = paragraphs[k];
  if (!p) return { title: null, consumed: null };
  const heading = candidates.find((c) => c.start === p.start);
  if (heading) {
    const isTitle =
      heading.kind === 'markdown' ? heading.level === 1 : heading.kind === 'word-style' && heading.level === 1 && !candidates.some((c) => c !== heading && c.kind === 'word-style' && c.level === 1);
    if (!isTitle || heading.text === '') return { title: null, consumed: null };
    const start = text.indexOf(heading.text, p.start);
    return { title: { start, end: start + heading.text.length, text: heading.text }, consumed: heading };
  }
  if ((p.kind !== 'line' && p.kind !== 'paragraph') || p.end - p.start > MAX_TITLE_CHARS) return { title: null, consumed: null };
  if (readMarker(text, p.start, p.end) !== null) return { title: null, consumed: null };
  const body = text.slice(p.start, p.end);
  if (body.includes('。') || NOT_TITLE_END.has(body.charCodeAt(body.length - 1))) return { title: null, consumed: null };
  return { title: { start: p.start, end: p.end, text: body }, consumed: null };
}

/** A line that ends so is a sentence, a clause or a salutation (`各位代表：`), not a title. */
const NOT_TITLE_END: ReadonlySet<number> = new Set([...'。，、；：,;:．'].map((ch) => ch.charCodeAt(0)));

/** `附件` / `附件2`, or a document number such as `国发〔2023〕5号`. */
function isPreamble(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, Math.min(p.end, p.start + 30));
  if (p.end - p.start > 30) return false;
  return /^附件\s*[0-9０-９一二三四五六七八九十]*[：:]?$/.test(line) || /^\S{0,12}[〔［\[（(][0-9０-９]{4}[〕］\]）)][0-9０-９]{1,4}号$/.test(line);
}
