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
  /** 1 at each code unit that starts a phrase: most characters of a text start none, and a typed array says so cheaper than the map. */
  readonly starts: Uint8Array;
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
const STOP_CODES = [...'。,;!?:'].map((c) => c.charCodeAt(0));
/** 1 at each clause mark's code unit: one typed-array read per character of a gap. */
const GAP_STOPS = new Uint8Array(Math.max(...STOP_CODES) + 1);
for (const code of STOP_CODES) GAP_STOPS[code] = 1;
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
  const starts = new Uint8Array(0x10000);
  for (const entry of entries) {
    const first = entry.parts[0]!.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    starts[first] = 1;
  }
  // Longest first, so `进一步加强` wins over a shorter phrase starting at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => length(b) - length(a));
  return { entries, byFirst, starts };
}

const length = (c: Cliche): number => c.parts.reduce((n, p) => n + p.length, 0);

/** Every cliché in `text` (normalised), left to right, longest match first, never overlapping. */
export function findCliches(text: string, list: ClicheList): ClicheHit[] {
  const hits: ClicheHit[] = [];
  for (let i = 0; i < text.length; ) {
    const first = text.charCodeAt(i);
    if (list.starts[first] === 0) {
      i++;
      continue;
    }
    const candidates = list.byFirst.get(first);
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

/**
 * End of `parts` matched at `at` with gaps of at most MAX_GAP, or -1. Each later part is the first
 * occurrence within the gap, and no clause mark may come before it: the search stops at one.
 */
function matchAt(text: string, at: number, parts: readonly string[]): number {
  if (!text.startsWith(parts[0]!, at)) return -1;
  let end = at + parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const first = part.charCodeAt(0);
    let found = -1;
    for (let p = end; p <= end + MAX_GAP && p + part.length <= text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === first && text.startsWith(part, p)) {
        found = p;
        break;
      }
      if (c < GAP_STOPS.length && GAP_STOPS[c] === 1) return -1;
    }
    if (found < 0) return -1;
    end = found + part.length;
  }
  return end;
}
