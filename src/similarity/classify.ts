import type { MatchKind, Span } from '../model.js';
import type { Detection } from './detect.js';
import type { Prepared } from './prepared.js';

export interface ClassifyContext {
  /** A passage held by at least this many documents is a common formulation. */
  readonly boilerplateDocuments: number;
  /** A passage this much made of k-grams many documents hold is a chain of common formulations. */
  readonly boilerplateShare: number;
  /** Whitelisted formulations, as content strings (see {@link contentString}). */
  readonly whitelist: readonly string[];
}

/**
 * What kind of reuse a detected passage is:
 * - `boilerplate`: held by many documents, made mostly of phrases many documents hold, or covered by the
 *   user's whitelist: not copying;
 * - `quote`: most of it inside quotation marks followed by a citation, or in a quoted block;
 * - `self`: the source has the draft's author;
 * - `copy`: anything else.
 */
export function classify(detection: Detection, draft: Prepared, source: Prepared, context: ClassifyContext): MatchKind {
  if (detection.holders >= context.boilerplateDocuments) return 'boilerplate';
  if (detection.commonShare >= context.boilerplateShare) return 'boilerplate';
  const span = draftSpan(detection, draft);
  if (whitelistCoverage(span, draft, context.whitelist) >= 0.5) return 'boilerplate';
  if (quotedShare(span, draft) >= 0.5) return 'quote';
  const author = draft.meta.author?.trim();
  if (author && author === source.meta.author?.trim()) return 'self';
  return 'copy';
}

export function draftSpan(detection: Detection, draft: Prepared): Span {
  return contentSpan(draft, detection.draftStart, detection.draftEnd);
}

/** The original span of content range `[start, end)`. */
export function contentSpan(doc: Prepared, start: number, end: number): Span {
  const known = doc.content.originalSpan?.(start, end);
  if (known) return known;
  const { starts, ends } = doc.document.normalised;
  return {
    start: starts[doc.content.toNormalised[start]!]!,
    end: ends[doc.content.toNormalisedEnd[end - 1]! - 1]!,
  };
}

/** Share of the span's content characters inside cited quotations or quoted blocks. */
function quotedShare(span: Span, draft: Prepared): number {
  const quoted: Span[] = [
    ...draft.document.structure.quotations.filter((q) => q.cited).map((q) => q.inner),
    ...draft.document.raw.blocks.filter((b) => b.kind === 'quote'),
  ];
  if (quoted.length === 0) return 0;
  return coveredShare(span, quoted, draft.document.raw.text);
}

function whitelistCoverage(span: Span, draft: Prepared, whitelist: readonly string[]): number {
  if (whitelist.length === 0) return 0;
  const text = draft.document.raw.text;
  const passage = contentString(text.slice(span.start, span.end));
  if (passage.length === 0) return 0;
  const covered = new Uint8Array(passage.length);
  for (const entry of whitelist) {
    if (entry.length === 0) continue;
    for (let at = passage.indexOf(entry); at >= 0; at = passage.indexOf(entry, at + 1)) covered.fill(1, at, at + entry.length);
  }
  return covered.reduce((n, c) => n + c, 0) / passage.length;
}

function coveredShare(span: Span, covers: readonly Span[], text: string): number {
  let total = 0;
  let inside = 0;
  for (let i = span.start; i < span.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    total++;
    if (covers.some((c) => c.start <= i && i < c.end)) inside++;
  }
  return total === 0 ? 0 : inside / total;
}

/** Letters, CJK and digits only, lower-cased: the form whitelist entries and passages are compared in. */
export function contentString(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
