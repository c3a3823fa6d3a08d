import type { Block, Structure } from '../../model.js';
import { findCitations } from './citations.js';
import { findHeadingCandidates } from './headings.js';
import { assignLevels } from './levels.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotations } from './quotations.js';
import { findReferences } from './references.js';
import { buildSections } from './sections.js';
import { findSentences } from './sentences.js';
import { findTitle } from './title.js';

/**
 * The structure of a document: title, headings with GB/T 9704 levels, paragraphs, sentences, the section
 * tree, quotations, citation markers and the references section. Pure and linear in the length of `text`.
 *
 * @param text the original decoded text; every span returned is a half-open UTF-16 range into it.
 * @param blocks the blocks a `.docx` / `.md` reader marked (used as paragraphs, heading levels trusted);
 *   empty for plain text, whose paragraphs are its non-blank lines.
 */
export function findStructure(text: string, blocks: readonly Block[]): Structure {
  const paragraphs = findParagraphs(text, blocks);
  const candidates = findHeadingCandidates(text, paragraphs);
  const { title, consumed } = findTitle(text, paragraphs, candidates);
  const headings = assignLevels(consumed ? candidates.filter((c) => c !== consumed) : candidates);
  const root = buildSections(headings, text.length);
  const references = findReferences(text, paragraphs, root);
  return {
    title,
    headings,
    paragraphs: paragraphs.map(({ start, end }) => ({ start, end })),
    sentences: findSentences(text, paragraphs),
    root,
    quotations: findQuotations(text, paragraphs),
    citations: findCitations(text, paragraphs, references),
    references,
  };
}
