/**
 * Merging of nearby detections, the usual post-processing of a seed-and-extend aligner (PAN 2012–2014
 * text-alignment entries merge seeds whose gaps are small on both sides). The peer runners use it to turn
 * `sim_text`'s broken exact runs into passages, so the granularity they are charged is fair to them.
 */
import type { Annotation } from './annotation.js';
import { sourceSpan, thisSpan } from './intervals.js';
import type { Span } from '../model.js';

/** Characters between two spans; 0 when they touch or overlap. */
function distance(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

function cover(a: Annotation, b: Annotation): Annotation {
  const t = { start: Math.min(a.this_offset, b.this_offset), end: Math.max(thisSpan(a).end, thisSpan(b).end) };
  const s = { start: Math.min(a.source_offset, b.source_offset), end: Math.max(sourceSpan(a).end, sourceSpan(b).end) };
  return {
    this_offset: t.start,
    this_length: t.end - t.start,
    source: a.source,
    source_offset: s.start,
    source_length: s.end - s.start,
  };
}

/** One pass: each detection joins the latest earlier passage near it on both sides, or starts its own. */
function mergeOnce(sorted: readonly Annotation[], maxGap: number): Annotation[] {
  const out: Annotation[] = [];
  const near = (a: Annotation, b: Annotation): boolean =>
    distance(thisSpan(a), thisSpan(b)) <= maxGap && distance(sourceSpan(a), sourceSpan(b)) <= maxGap;
  for (const d of sorted) {
    const j = out.findLastIndex((o) => near(o, d));
    if (j >= 0) out[j] = cover(out[j] as Annotation, d);
    else out.push(d);
  }
  return out;
}

const byPlace = (a: Annotation, b: Annotation): number =>
  a.this_offset - b.this_offset || a.source_offset - b.source_offset || a.this_length - b.this_length;

/**
 * Merges detections of one suspicious document that name the same source and lie at most `maxGap`
 * characters apart on both sides (overlapping or touching counts as 0) into their covering passage,
 * until no two can be merged. The result is sorted by suspicious offset, then source.
 */
export function mergeDetections(detections: readonly Annotation[], maxGap: number): Annotation[] {
  const bySource = new Map<string, Annotation[]>();
  for (const d of detections) {
    const group = bySource.get(d.source);
    if (group) group.push(d);
    else bySource.set(d.source, [d]);
  }
  const out: Annotation[] = [];
  for (const group of bySource.values()) {
    let current = [...group].sort(byPlace);
    for (;;) {
      const next = mergeOnce(current, maxGap).sort(byPlace);
      if (next.length === current.length) break;
      current = next;
    }
    out.push(...current);
  }
  return out.sort((a, b) => byPlace(a, b) || a.source.localeCompare(b.source));
}
