import type { Document, Span, Word } from '../../model.js';
import type { ClicheHit, ClicheList } from '../cliches.js';
import { findCliches } from '../cliches.js';
import { contentChars, originalSpan, spanIndexAt } from '../spans.js';
import type { Fact, FactKind } from './facts.js';
import { sloganPairs } from './slogans.js';

/** What one body sentence holds: its facts by kind, its clichés, and whether it is a slogan. */
export interface SentenceTally extends Span {
  readonly chars: number;
  readonly facts: Readonly<Record<FactKind, number>>;
  readonly factCount: number;
  readonly cliches: readonly PlacedCliche[];
  readonly slogan: boolean;
}

/** A cliché hit placed in the original text. */
export interface PlacedCliche extends Span {
  readonly phrase: string;
  readonly category: string;
}

/** Sentences shorter than this are never slogans: `为此，我们建议：` has nothing to be concrete about. */
export const MIN_SLOGAN_CHARS = 8;

/**
 * Tallies every body sentence (sorted, disjoint). Facts, clichés and words are each placed once: facts
 * and clichés by binary search, words by walking both sorted lists.
 */
export function tallySentences(
  document: Document,
  sentences: readonly Span[],
  words: readonly Word[],
  facts: readonly Fact[],
  cliches: ClicheList,
): SentenceTally[] {
  const text = document.raw.text;
  const factsIn = sentences.map(() => ({ quantity: 0, time: 0, entity: 0, evidence: 0 }));
  for (const fact of facts) {
    const k = spanIndexAt(sentences, fact.start);
    if (k >= 0) factsIn[k]![fact.kind]++;
  }
  const clichesIn = sentences.map((): PlacedCliche[] => []);
  for (const hit of findCliches(document.normalised.text, cliches)) {
    const placed = place(document, hit);
    const k = spanIndexAt(sentences, placed.start);
    if (k >= 0) clichesIn[k]!.push(placed);
  }
  let w = 0;
  return sentences.map((sentence, k) => {
    while (w < words.length && words[w]!.start < sentence.start) w++;
    const from = w;
    while (w < words.length && words[w]!.start < sentence.end) w++;
    const f = factsIn[k]!;
    const factCount = f.quantity + f.time + f.entity + f.evidence;
    const chars = contentChars(text, sentence);
    const slogan = factCount === 0 && chars >= MIN_SLOGAN_CHARS && sloganPairs(words.slice(from, w)) > 0;
    return { start: sentence.start, end: sentence.end, chars, facts: f, factCount, cliches: clichesIn[k]!, slogan };
  });
}

function place(document: Document, hit: ClicheHit): PlacedCliche {
  const span = originalSpan(document.normalised, hit.start, hit.end);
  return { ...span, phrase: hit.cliche.phrase, category: hit.cliche.category };
}
