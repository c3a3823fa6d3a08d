import type { Passage } from './align.js';
import type { Prepared } from './prepared.js';

/**
 * Exact common runs of at least `minChars` content characters between a draft and one source, grown
 * from the seeds: every seed is extended along its diagonal (source position − draft position) as far
 * as the two texts agree. A run is kept when it is a whole clause of the draft (punctuation or the
 * text's edge on both sides): patchwork weaves whole sentences and clauses of other documents into
 * one's own text, whereas a shared phrase inside a longer sentence is ordinary language.
 */
export function exactRuns(
  draft: Prepared,
  source: Prepared,
  sourceId: number,
  seeds: readonly number[],
  minChars: number,
): Passage[] {
  const a = draft.content.codePoints;
  const b = source.content.codePoints;
  // Seeds by diagonal, in draft order: a seed inside the run just grown on its diagonal adds nothing.
  const byDiagonal = new Map<number, number[]>();
  for (let s = 0; s < seeds.length; s += 2) {
    const d = seeds[s + 1]! - seeds[s]!;
    let list = byDiagonal.get(d);
    if (!list) byDiagonal.set(d, (list = []));
    list.push(seeds[s]!);
  }
  const runs: Passage[] = [];
  for (const [d, starts] of byDiagonal) {
    starts.sort((x, y) => x - y);
    let reach = -1;
    for (const p of starts) {
      if (p < reach) continue;
      let start = p;
      let end = p;
      while (start > 0 && start + d > 0 && a[start - 1] === b[start - 1 + d]) start--;
      while (end < a.length && end + d < b.length && a[end] === b[end + d]) end++;
      reach = end;
      if (end - start < minChars || !isClause(draft, start, end, end - start < WHOLE_SENTENCE_BELOW)) continue;
      const bigrams = end - start - 1;
      runs.push({
        sourceId,
        first: draft.unitOf[start]!,
        last: draft.unitOf[end - 1]!,
        sourceFirst: source.unitOf[start + d]!,
        sourceLast: source.unitOf[end - 1 + d]!,
        shared: bigrams,
        draftBigrams: bigrams,
        sourceBigrams: bigrams,
        chars: end - start,
        draftStart: start,
        draftEnd: end,
        sourceStart: start + d,
        sourceEnd: end + d,
      });
    }
  }
  return runs;
}

/**
 * Runs shorter than this must be whole sentences, not just clauses: short shared clauses are mostly
 * common phrasing, while patchwork copies whole short sentences.
 */
const WHOLE_SENTENCE_BELOW = 20;

const SENTENCE_END = /[。！？；!?;…]/u;
const CLOSING = /[”’」』）)\]】"']/u;

/**
 * Content range `[start, end)` has a non-content character (or the text's edge) on both sides in the
 * original text; with `sentence`, a sentence end or line break before it and after it.
 */
function isClause(doc: Prepared, start: number, end: number, sentence: boolean): boolean {
  const { starts, ends } = doc.document.normalised;
  const text = doc.document.raw.text;
  const before = starts[doc.content.toNormalised[start]!]! - 1;
  const after = ends[doc.content.toNormalisedEnd[end - 1]! - 1]!;
  if (before >= 0 && isContent(text, before)) return false;
  if (after < text.length && isContent(text, after)) return false;
  if (!sentence) return true;
  return boundary(text, before, -1) && boundary(text, after, 1);
}

/** Walking from `at` in `step` direction over closing marks and spaces, a sentence end, a line break or the edge comes first. */
function boundary(text: string, at: number, step: 1 | -1): boolean {
  for (let i = at; i >= 0 && i < text.length; i += step) {
    const c = text[i]!;
    if (c === '\n' || SENTENCE_END.test(c)) return true;
    if (!(CLOSING.test(c) || /\s/u.test(c) || (step === -1 && /[“‘「『（(\[【"']/u.test(c)))) return false;
  }
  return true;
}

function isContent(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at]!);
}
