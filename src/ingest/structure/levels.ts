import type { Heading, HeadingStyle } from '../../model.js';
import type { HeadingCandidate } from './headings.js';
import { LADDER, type LadderKind } from './markers.js';

/** Heading levels run 1..6, as in HTML and Word's built-in heading styles. */
export const MAX_LEVEL = 6;

const STYLE: Readonly<Record<LadderKind, HeadingStyle>> = {
  part: 'chapter',
  division: 'chapter',
  chapter: 'chapter',
  section: 'chapter',
  'cn-number': 'cn-number',
  'cn-paren': 'cn-paren',
  'arabic-dot': 'arabic-dot',
  'arabic-paren': 'arabic-paren',
};

/**
 * Sets heading levels. Ladder levels are relative: the styles a document uses are ranked in ladder order
 * (`第一章` > `一、` > `（一）` > `1.` > `（1）`), so a report whose top heading is `（一）` has `（一）` at
 * level 1. Formats give absolute levels (`##` is 2, Word "Heading 3" is 3); a ladder heading under such a
 * heading sits below it. Levels are clamped to 1..MAX_LEVEL.
 */
export function assignLevels(candidates: readonly HeadingCandidate[]): Heading[] {
  const used = new Set<LadderKind>();
  for (const c of candidates) if (c.kind !== 'markdown' && c.kind !== 'word-style') used.add(c.kind);
  const rank = new Map<LadderKind, number>();
  for (const kind of LADDER) if (used.has(kind)) rank.set(kind, rank.size + 1);

  let base = 0;
  return candidates.map((c) => {
    const { start, end, marker, text } = c;
    if (c.kind === 'markdown' || c.kind === 'word-style') {
      const level = clamp(c.level ?? 1);
      base = level;
      return { start, end, level, style: c.kind, marker, text };
    }
    return { start, end, level: clamp(base + (rank.get(c.kind) ?? 1)), style: STYLE[c.kind], marker, text };
  });
}

function clamp(level: number): number {
  return Math.min(MAX_LEVEL, Math.max(1, Math.trunc(level) || 1));
}
