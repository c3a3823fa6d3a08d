import type { Section, Span, Structure } from '../../model.js';

/**
 * What must hold of every structure, as a list of violations (empty when all hold): spans lie inside the
 * text; paragraphs, sentences, headings and citations are sorted and disjoint; sentences and quotations
 * lie inside paragraphs; sentences are non-empty after trimming; heading levels are 1..6; sections nest.
 * Used by the property tests and the corpus bench; cheap enough (linear) to run on every document.
 */
export function structureProblems(text: string, s: Structure): string[] {
  const problems: string[] = [];
  const report = (what: string, span: Span): void => void problems.push(`${what} [${span.start}, ${span.end})`);
  const inside = (span: Span, outer: Span): boolean => outer.start <= span.start && span.end <= outer.end;
  const whole = { start: 0, end: text.length };
  const ordered = (name: string, spans: readonly Span[], nonEmpty: boolean): void => {
    let last = 0;
    for (const span of spans) {
      if (!inside(span, whole) || span.start > span.end || (nonEmpty && span.start === span.end)) report(`${name} outside the text or empty`, span);
      if (span.start < last) report(`${name} overlaps the previous one`, span);
      last = span.end;
    }
  };
  ordered('paragraph', s.paragraphs, true);
  ordered('sentence', s.sentences, true);
  ordered('heading', s.headings, true);
  ordered('citation', s.citations, true);

  let p = 0;
  for (const sentence of s.sentences) {
    while (p < s.paragraphs.length && s.paragraphs[p]!.end <= sentence.start) p++;
    const paragraph = s.paragraphs[p];
    if (!paragraph || !inside(sentence, paragraph)) report('sentence outside its paragraph', sentence);
    if (text.slice(sentence.start, sentence.end).trim() === '') report('blank sentence', sentence);
  }
  for (const h of s.headings) {
    if (!Number.isInteger(h.level) || h.level < 1 || h.level > 6) report(`heading level ${h.level}`, h);
  }
  for (const q of s.quotations) {
    if (!inside(q, whole) || q.inner.start !== q.start + 1 || q.inner.end !== q.end - 1 || q.inner.start >= q.inner.end) report('quotation', q);
  }
  if (s.title && (!inside(s.title, whole) || text.slice(s.title.start, s.title.end) !== s.title.text)) report('title', s.title);
  if (s.references && (!inside(s.references, whole) || s.references.start >= s.references.end)) report('references', s.references);
  if (s.root.start !== 0 || s.root.end !== text.length || s.root.heading !== null) report('root', s.root);
  checkSection(s.root, report);
  return problems;
}

function checkSection(section: Section, report: (what: string, span: Span) => void): void {
  let last = section.start;
  for (const child of section.children) {
    if (child.start < last || child.end > section.end || child.start > child.end) report('section does not nest', child);
    if (child.heading && (child.heading.start !== child.start || child.heading.end > child.end)) report('section heading', child);
    if (section.heading && child.heading && child.heading.level <= section.heading.level) report('child level', child);
    last = child.end;
    checkSection(child, report);
  }
}
