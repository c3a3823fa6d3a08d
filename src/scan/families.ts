import { createHash } from 'node:crypto';
import { compareDates, type DocumentDate } from './dates.js';
import type { ScannedRow } from './scan-row.js';
import { UnionFind } from './union-find.js';

/**
 * Shared characters that link two documents into one family: about a paragraph, longer than the
 * common formulations of Chinese official prose (a 套话 sentence runs 15–40 characters), so families
 * are not chained together by boilerplate.
 */
export const DEFAULT_FAMILY_CHARS = 200;

/**
 * Share of one of the two documents the shared text must make up as well. Without it, connected
 * components chain through long documents (government work reports share a paragraph with dozens of
 * laws and each other): on the reference corpus, 200 characters alone gave one component of 2,018
 * documents.
 */
export const DEFAULT_FAMILY_SHARE = 0.1;

/** Two family members sharing text, the likely original first when the dates tell. */
export interface FamilyLink {
  /** The earlier document (or the first by path when the dates cannot tell). */
  readonly original: string;
  readonly copy: string;
  /** `dated`: the original is earlier; `undetermined`: no dates, or the same date. */
  readonly direction: 'dated' | 'undetermined';
  /** Content characters of `copy` in passages found in `original`. */
  readonly copyChars: number;
  /** Content characters of `original` in passages found in `copy`. */
  readonly originalChars: number;
}

export interface FamilyMember {
  readonly path: string;
  readonly date: DocumentDate | null;
  /** Characters this member shares with the rest of the family (the sum over its links, its side). */
  readonly sharedChars: number;
}

export interface Family {
  /** Hash of the member paths: stable across runs while the membership is. */
  readonly id: string;
  /** Oldest first (undated last), then by path. */
  readonly members: readonly FamilyMember[];
  /** Most shared characters first. */
  readonly links: readonly FamilyLink[];
}

/**
 * Copy families: connected components of the graph whose edges are archive document pairs sharing at
 * least `minChars` content characters that are at least `minShare` of that side's content, with each link directed from the earlier
 * document to the later one. Sorted by size, then first member. Pure.
 */
export function findFamilies(
  rows: readonly ScannedRow[],
  dates: ReadonlyMap<string, DocumentDate | null>,
  minChars = DEFAULT_FAMILY_CHARS,
  minShare = DEFAULT_FAMILY_SHARE,
): Family[] {
  const paths = rows.map((r) => r.path).sort();
  const indexOf = new Map(paths.map((p, i) => [p, i]));
  const totals = new Map(rows.map((r) => [r.path, r.totalChars]));
  const shares = new Map<string, number>(); // "a\0b" → chars of a found in b
  for (const row of rows) for (const pair of row.archivePairs) if (indexOf.has(pair.path)) shares.set(`${row.path}\0${pair.path}`, pair.chars);
  const sets = new UnionFind(paths.length);
  const links: FamilyLink[] = [];
  const seen = new Set<string>();
  for (const key of [...shares.keys()].sort()) {
    const [a, b] = key.split('\0') as [string, string];
    const [x, y] = a < b ? [a, b] : [b, a];
    if (seen.has(`${x}\0${y}`)) continue;
    seen.add(`${x}\0${y}`);
    const xInY = shares.get(`${x}\0${y}`) ?? 0;
    const yInX = shares.get(`${y}\0${x}`) ?? 0;
    if (Math.max(xInY, yInX) < minChars) continue;
    if (Math.max(xInY / (totals.get(x) || 1), yInX / (totals.get(y) || 1)) < minShare) continue;
    sets.union(indexOf.get(x)!, indexOf.get(y)!);
    links.push(direct(x, y, xInY, yInX, dates));
  }
  const groups = new Map<number, string[]>();
  for (const [i, path] of paths.entries()) {
    const root = sets.find(i);
    const list = groups.get(root) ?? [];
    list.push(path);
    groups.set(root, list);
  }
  const familyOf = new Map<string, number>();
  const families = [...groups.values()].filter((g) => g.length > 1);
  families.forEach((members, n) => members.forEach((m) => familyOf.set(m, n)));
  const linksOf = families.map(() => [] as FamilyLink[]);
  for (const link of links) linksOf[familyOf.get(link.original)!]!.push(link);
  return families
    .map((members, n) => {
      const own = linksOf[n]!.sort((p, q) => q.copyChars + q.originalChars - (p.copyChars + p.originalChars) || cmp(p.original, q.original) || cmp(p.copy, q.copy));
      const shared = new Map<string, number>();
      for (const l of own) {
        shared.set(l.copy, (shared.get(l.copy) ?? 0) + l.copyChars);
        shared.set(l.original, (shared.get(l.original) ?? 0) + l.originalChars);
      }
      return {
        id: createHash('sha256').update(members.join('\n')).digest('hex').slice(0, 12),
        members: members
          .map((path) => ({ path, date: dates.get(path) ?? null, sharedChars: shared.get(path) ?? 0 }))
          .sort(byDateThenPath),
        links: own,
      };
    })
    .sort((p, q) => q.members.length - p.members.length || cmp(p.members[0]!.path, q.members[0]!.path));
}

function direct(x: string, y: string, xInY: number, yInX: number, dates: ReadonlyMap<string, DocumentDate | null>): FamilyLink {
  const dx = dates.get(x)?.date;
  const dy = dates.get(y)?.date;
  const order = dx && dy ? compareDates(dx, dy) : 0;
  if (order > 0) return { original: y, copy: x, direction: 'dated', copyChars: xInY, originalChars: yInX };
  return { original: x, copy: y, direction: order < 0 ? 'dated' : 'undetermined', copyChars: yInX, originalChars: xInY };
}

function byDateThenPath(a: FamilyMember, b: FamilyMember): number {
  if (a.date && b.date) return compareDates(a.date.date, b.date.date) || cmp(a.path, b.path);
  if (a.date || b.date) return a.date ? -1 : 1;
  return cmp(a.path, b.path);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
