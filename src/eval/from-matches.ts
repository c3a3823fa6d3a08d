import type { Match } from '../model.js';
import type { Annotation } from './annotation.js';

/**
 * A checker's matches as PAN detections: `copy`, `quote` and `self` claim copying; `boilerplate` (a
 * common formulation) does not, so it is left out.
 */
export function detectionsOf(matches: readonly Match[]): Annotation[] {
  return matches
    .filter((m) => m.kind !== 'boilerplate')
    .map((m) => ({
      this_offset: m.start,
      this_length: m.end - m.start,
      source: m.source.path,
      source_offset: m.source.start,
      source_length: m.source.end - m.source.start,
    }));
}
