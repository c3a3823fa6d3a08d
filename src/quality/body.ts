import type { Span, Structure } from '../model.js';
import { contains, spanIndexAt } from './spans.js';

/**
 * The body of a document: its sentences and paragraphs without the title, the headings and the
 * references section. Headings are slogans by design (`（一）坚持规划先行`) and a reference list is not
 * the author's prose, so neither is scored as text.
 */
export interface Body {
  readonly sentences: readonly Span[];
  /** Paragraphs that hold body text (a run-in heading's paragraph does; a heading line does not). */
  readonly paragraphs: readonly Span[];
}

export function bodyOf(structure: Structure): Body {
  const outside = [...structure.headings, ...(structure.title ? [structure.title] : [])].sort((a, b) => a.start - b.start);
  const references = structure.references;
  const isBody = (span: Span): boolean => {
    if (references && contains(references, span)) return false;
    const k = spanIndexAt(outside, span.start);
    return k < 0 || !contains(outside[k]!, span);
  };
  return { sentences: structure.sentences.filter(isBody), paragraphs: structure.paragraphs.filter(isBody) };
}
