import type { Document, Span, Word } from '../../model.js';
import { originalSpan } from '../spans.js';
import { findEntities } from './entities.js';
import { EVIDENCE, QUANTITY, TIME } from './patterns.js';

export type FactKind = 'quantity' | 'time' | 'entity' | 'evidence';

/** Something a reader can check: a figure, a date, a named place or body, a case or a comparison. */
export interface Fact extends Span {
  readonly kind: FactKind;
}

/** When two facts overlap, the more specific one stays: `2024年` is a time, not the quantity `2024`. */
const PRIORITY: Readonly<Record<FactKind, number>> = { time: 0, evidence: 1, quantity: 2, entity: 3 };

/**
 * The facts of a document, sorted and disjoint, in original offsets. Patterns run on the normalised
 * view (so `２０２４年` and `2024年` are alike); entities come from the tagged words.
 */
export function findFacts(document: Document, words: readonly Word[]): Fact[] {
  const view = document.normalised;
  const all: Fact[] = [];
  const scan = (pattern: RegExp, kind: FactKind): void => {
    for (const m of view.text.matchAll(pattern)) {
      if (m[0].length === 0) continue;
      const span = originalSpan(view, m.index, m.index + m[0].length);
      all.push({ kind, start: span.start, end: span.end });
    }
  };
  scan(TIME, 'time');
  scan(EVIDENCE, 'evidence');
  scan(QUANTITY, 'quantity');
  for (const span of findEntities(words)) all.push({ kind: 'entity', start: span.start, end: span.end });
  return disjoint(all, document.raw.text.length);
}

/** Keeps, of overlapping facts, the one of higher priority (then the longer, then the earlier). */
function disjoint(facts: Fact[], length: number): Fact[] {
  const ranked = [...facts].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Fact[] = [];
  // One flag per code unit of the text: linear in the facts' total length, whatever their number.
  const taken = new Uint8Array(length);
  for (const fact of ranked) {
    if (isTaken(taken, fact)) continue;
    kept.push(fact);
    taken.fill(1, fact.start, fact.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether any code unit of `span` is taken (a loop: a `subarray` per fact cost more than the check). */
function isTaken(taken: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (taken[i] === 1) return true;
  return false;
}
