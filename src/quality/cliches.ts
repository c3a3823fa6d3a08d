import { normalise } from '../ingest/normalise/normalise.js';

/** One phrase of the 空话套话 list: `parts` are its pieces between `…` gaps, normalised. */
export interface Cliche {
  readonly phrase: string;
  readonly category: string;
  readonly parts: readonly string[];
}

/** A parsed list, indexed by the first code unit of each phrase for a single pass over a text. */
export interface ClicheList {
  readonly entries: readonly Cliche[];
  readonly byFirst: ReadonlyMap<number, readonly Cliche[]>;
}

/** A cliché found in a normalised text: `[start, end)` are offsets into that text. */
export interface ClicheHit {
  readonly cliche: Cliche;
  readonly start: number;
  readonly end: number;
}

/** `…` spans at most this many characters: `切实提高…水平` fits 切实提高基层社会治理水平 (6). */
export const MAX_GAP = 10;
/** A gap never crosses the end of a clause: `提高…水平` must not join two clauses. */
const GAP_STOPS = /[。,;!?:]/u;
const CATEGORY = /^#\s*类别\s*[：:]\s*(.+)$/u;

/**
 * Parses lists in the format of `data/cliches.txt` (later lists add to earlier ones; duplicates are
 * dropped). Phrases are normalised like document text, so a list may be written in any script or width.
 */
export function parseCliches(...texts: readonly string[]): ClicheList {
  const entries: Cliche[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    let category = '其他';
    for (const raw of text.split(/\r?\n/u)) {
      const line = raw.trim();
      const header = CATEGORY.exec(line);
      if (header) category = header[1]!.trim();
      if (line === '' || line.startsWith('#')) continue;
      const parts = line
        .split(/…+|\.\.\./u)
        .map((part) => normalise(part).text)
        .filter((part) => part !== '');
      const key = parts.join('…');
      if (parts.length === 0 || seen.has(key)) continue;
      seen.add(key);
      entries.push({ phrase: line, category, parts });
    }
  }
  const byFirst = new Map<number, Cliche[]>();
  for (const entry of entries) {
    const first = entry.parts[0]!.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  // Longest first, so `进一步加强` wins over a shorter phrase starting at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => length(b) - length(a));
  return { entries, byFirst };
}

const length = (c: Cliche): number => c.parts.reduce((n, p) => n + p.length, 0);

/** Every cliché in `text` (normalised), left to right, longest match first, never overlapping. */
export function findCliches(text: string, list: ClicheList): ClicheHit[] {
  const hits: ClicheHit[] = [];
  for (let i = 0; i < text.length; ) {
    const candidates = list.byFirst.get(text.charCodeAt(i));
    let hit: ClicheHit | null = null;
    if (candidates) {
      for (const cliche of candidates) {
        const end = matchAt(text, i, cliche.parts);
        if (end > 0) {
          hit = { cliche, start: i, end };
          break;
        }
      }
    }
    if (hit) hits.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return hits;
}

/** End of `parts` matched at `at` with gaps of at most MAX_GAP, or -1. */
function matchAt(text: string, at: number, parts: readonly string[]): number {
  if (!text.startsWith(parts[0]!, at)) return -1;
  let end = at + parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const window = text.slice(end, end + MAX_GAP + part.length);
    const found = window.indexOf(part);
    if (found < 0 || GAP_STOPS.test(window.slice(0, found))) return -1;
    end += found + part.length;
  }
  return end;
}
