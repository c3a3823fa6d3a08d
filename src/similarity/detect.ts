import { align, passageSimilarity, type Passage } from './align.js';
import { exactRuns } from './exact-runs.js';
import { GUARANTEE, K } from './parameters.js';
import type { Postings, SourceLookup } from './lookup.js';
import type { NormalisedDetectOptions } from './options.js';
import type { Prepared } from './prepared.js';
import { lowerBound } from '../util/lower-bound.js';

/** A passage chosen for the draft, with how many sources hold it about as well. */
export interface Detection extends Passage {
  readonly similarity: number;
  /** Sources (this one included) whose passage covers the same draft sentences about as closely. */
  readonly holders: number;
  /**
   * Share of the draft passage inside stretches that `boilerplateDocuments` documents hold too (see
   * {@link commonStretches}): common formulations. 1, uncounted, when that many sources hold the passage.
   */
  readonly commonShare: number;
}

/**
 * Finds the passages of a draft taken from the sources of a lookup.
 *
 * 1. Seeds: every k-gram of the draft is looked up (the index holds winnowed fingerprints of the
 *    sources, so every common run of 13 content characters yields at least one seed); fingerprints in
 *    more than `maxPostings` places are common formulations and seed nothing.
 * 2. Candidates: sources ranked by how many draft sentences their seeds touch; the best are aligned.
 * 3. Alignment per source (see {@link align}), then selection: passages claim draft sentences best
 *    first, so each stretch of the draft is attributed to the one source it matches best.
 */
export function detect(
  draft: Prepared,
  draftHashes: Float64Array,
  lookup: SourceLookup,
  options: NormalisedDetectOptions,
  exclude?: (sourceId: number) => boolean,
): Detection[] {
  const skip = lookup.skip;
  const leftOut = (id: number): boolean => id === skip || (exclude?.(id) ?? false);
  const { seeds, spread } = collectSeeds(draftHashes, lookup, options, leftOut);
  const candidates = rankCandidates(draft, seeds, spread, options.candidatesPerSentence).slice(0, lookup.maxSources);
  const passages: Passage[] = [];
  const runs: Passage[] = [];
  for (const id of candidates) {
    const source = lookup.source(id);
    passages.push(...align(draft, source, id, seeds.get(id)!, options));
    runs.push(...exactRuns(draft, source, id, seeds.get(id)!, options.minChars));
  }
  const detections = mergeNeighbours(addRuns(select(passages, options.maxGap), runs), options.maxGap);
  // A passage enough sources hold whole is a common formulation already: its stretches go uncounted (in an
  // archive, a law's versions hold each other's articles, and their stretches' lists are the longest).
  const held = (d: Chosen): boolean => d.holders >= options.boilerplateDocuments;
  const postingsAt = (pos: number): Postings => lookup.postings(draftHashes[pos]!);
  const common = commonStretches(draftHashes.length, postingsAt, detections.filter((d) => !held(d)), options.boilerplateDocuments, leftOut);
  return detections.map((d) => ({ ...d, commonShare: held(d) ? 1 : share(common, d.draftStart, d.draftEnd) }));
}

function share(flags: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += flags[i]!;
  return end > start ? n / (end - start) : 0;
}

/** A detection before its common share is measured. */
type Chosen = Omit<Detection, 'commonShare'>;

/**
 * Seeds per source (a flat list of draft position, source position pairs), and how many rows each draft
 * position's fingerprint has.
 */
function collectSeeds(
  hashes: Float64Array,
  lookup: SourceLookup,
  options: NormalisedDetectOptions,
  leftOut: (sourceId: number) => boolean,
): { seeds: Map<number, number[]>; spread: Uint32Array } {
  const seeds = new Map<number, number[]>();
  const spread = new Uint32Array(hashes.length);
  const skip = lookup.skip;
  // Per distinct fingerprint: its postings, and how many rows are not the skipped source's.
  const cache = new Map<number, { postings: Postings; rows: number }>();
  lookup.prefetch?.(hashes);
  for (let pos = 0; pos < hashes.length; pos++) {
    const h = hashes[pos]!;
    let entry = cache.get(h);
    if (!entry) {
      const postings = lookup.postings(h);
      const rows = skip === undefined ? postings.length : postings.length - rowsOfSource(postings, skip);
      cache.set(h, (entry = { postings, rows }));
    }
    spread[pos] = entry.rows;
    if (entry.rows > options.maxPostings) continue;
    const { docs, positions, length } = entry.postings;
    for (let r = 0; r < length; r++) {
      const id = docs[r]!;
      if (leftOut(id)) continue;
      let list = seeds.get(id);
      if (!list) seeds.set(id, (list = []));
      list.push(pos, positions[r]!);
    }
  }
  return { seeds, spread };
}

/**
 * Rows of one source in a postings list: a binary search to where they begin, the list being in
 * (document, position) order. A common formulation's list holds thousands of rows, and the scan asks
 * this of every fingerprint of every document.
 */
function rowsOfSource(postings: Postings, source: number): number {
  const { docs, length } = postings;
  let n = 0;
  for (let r = lowerBound(docs, source, 0, length); r < length && docs[r] === source; r++) n++;
  return n;
}

/** Shortest stretch, in content characters, that counts as a formulation rather than a term. */
const MIN_STRETCH = 9;

/**
 * Which draft content characters lie in a stretch that `enough` documents hold too: common
 * formulations. A stretch is two k-grams of the draft whose fingerprints a document holds at the same
 * distance from each other, their starts `MIN_STRETCH - K` to `GUARANTEE - K` characters apart: the
 * document has 9 to 13 characters of the draft's text in a row, not merely two of its words. A k-gram
 * or two overlapping ones held by many documents are a term (人民代表大会, 社会主义现代化), and law and
 * policy text is made of such terms; a formulation (坚持稳中求进工作总基调) is longer. Only the
 * stretches reaching into `ranges` are looked for: the rest of the draft is no passage's.
 */
export function commonStretches(
  length: number,
  postingsAt: (pos: number) => Postings,
  ranges: ReadonlyArray<{ readonly draftStart: number; readonly draftEnd: number }>,
  enough: number,
  leftOut: (sourceId: number) => boolean,
): Uint8Array {
  const common = new Uint8Array(length + K - 1);
  const reach = GUARANTEE - K;
  const least = MIN_STRETCH - K;
  const lists: Array<Postings | undefined> = new Array(length);
  const at = (pos: number): Postings => (lists[pos] ??= postingsAt(pos));
  const wanted = new Uint8Array(length);
  for (const { draftStart, draftEnd } of ranges) wanted.fill(1, Math.max(0, draftStart - GUARANTEE + 1), Math.min(length, draftEnd));
  const covered = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (!common[i]) return false;
    return true;
  };
  for (let first = 0; first < length; first++) {
    if (!wanted[first]) continue;
    const a = at(first);
    if (a.length < enough) continue;
    // Farthest partner first: once its stretch is marked, the nearer ones' lie inside it.
    for (let second = Math.min(length - 1, first + reach); second >= first + least; second--) {
      if (covered(first, second + K)) continue;
      const b = at(second);
      if (b.length < enough) continue;
      if (heldTogether(a, b, second - first, enough, leftOut) >= enough) common.fill(1, first, second + K);
    }
  }
  return common;
}

/**
 * Documents (counted up to `enough`) holding rows of `a` and `b` that lie `distance` apart, row of `b`
 * after. Both lists are in (document, position) order: a merge, which skips ahead by galloping when one
 * list is far longer (a common word's list holds thousands of rows).
 */
export function heldTogether(a: Postings, b: Postings, distance: number, enough: number, leftOut: (sourceId: number) => boolean): number {
  let i = 0;
  let j = 0;
  let n = 0;
  let last = -1;
  while (i < a.length && j < b.length) {
    const da = a.docs[i]!;
    const db = b.docs[j]!;
    if (da < db) {
      i = seek(a.docs, i, a.length, db);
      continue;
    }
    if (db < da) {
      j = seek(b.docs, j, b.length, da);
      continue;
    }
    const pa = a.positions[i]! + distance;
    const pb = b.positions[j]!;
    if (pa === pb) {
      if (da !== last && !leftOut(da)) {
        last = da;
        if (++n >= enough) return n;
      }
      i++;
      j++;
    } else if (pa < pb) i++;
    else j++;
  }
  return n;
}

/** The first index in `[from, end)` whose value is at least `value` (`end` when none), galloping from `from`. */
function seek(values: ArrayLike<number>, from: number, end: number, value: number): number {
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && values[hi]! < value) {
    lo = hi;
    step *= 2;
    hi = Math.min(end, lo + step);
  }
  // values[lo] < value (or lo === from), and values[hi] >= value (or hi === end): the answer lies in [lo, hi].
  return lowerBound(values, value, lo, Math.min(hi, end));
}

/**
 * Candidate sources, ranked per draft sentence: for every sentence the sources with the most seeds in
 * it (and at least two) are kept, so a short passage from a rare source is not crowded out by sources
 * that share many common phrases with the rest of the draft. A sentence no source seeds twice (a short
 * line shares a single winnowed fingerprint with its source) keeps the sources of its rarest seeds.
 * Ordered by total seeds.
 */
function rankCandidates(draft: Prepared, seeds: Map<number, number[]>, spread: Uint32Array, perUnit: number): number[] {
  // Per draft sentence, flat [source id, seeded positions, rarest seed's spread] triples. Distinct draft
  // positions, not seed pairs, are counted: a source repeating a formula many times must not outrank the
  // source a line was really taken from. A source's list holds draft positions in ascending order, so
  // repeats are neighbours, and its triples for a sentence are the last ones pushed there.
  const byUnit: number[][] = [];
  const totals = new Map<number, number>();
  for (const [id, list] of seeds) {
    let distinct = 0;
    for (let s = 0; s < list.length; s += 2) {
      const pos = list[s]!;
      if (s > 0 && list[s - 2] === pos) continue;
      distinct++;
      const unit = draft.unitOf[pos]!;
      const entries = (byUnit[unit] ??= []);
      const at = entries.length - 3;
      if (at >= 0 && entries[at] === id) {
        entries[at + 1]!++;
        entries[at + 2] = Math.min(entries[at + 2]!, spread[pos]!);
      } else entries.push(id, 1, spread[pos]!);
    }
    totals.set(id, distinct);
  }
  const chosen = new Set<number>();
  for (const entries of byUnit) {
    if (!entries) continue;
    const twice: number[] = [];
    const all: number[] = [];
    for (let e = 0; e < entries.length; e += 3) {
      all.push(e);
      if (entries[e + 1]! >= 2) twice.push(e);
    }
    const ranked =
      twice.length > 0
        ? twice.sort((a, b) => entries[b + 1]! - entries[a + 1]! || entries[a]! - entries[b]!)
        : all.sort((a, b) => entries[a + 2]! - entries[b + 2]! || entries[a]! - entries[b]!);
    for (let r = 0; r < ranked.length && r < perUnit; r++) chosen.add(entries[ranked[r]!]!);
  }
  return [...chosen].sort((a, b) => totals.get(b)! - totals.get(a)! || a - b);
}

/** Share of a passage another source's passage must cover to count as holding it too. */
const HOLDER_COVERAGE = 0.2;

/**
 * Best passages first claim their draft sentences; a passage overlapping claimed sentences keeps its
 * unclaimed part only when that part is a run of its own. Ties go to the lower source id, so output is
 * deterministic.
 */
function select(passages: Passage[], maxGap: number): Chosen[] {
  const scored = passages
    .map((p) => ({ p, similarity: passageSimilarity(p) }))
    .sort((a, b) => b.p.shared - a.p.shared || b.similarity - a.similarity || a.p.sourceId - b.p.sourceId);
  const claimed = new Set<number>();
  const chosen: Chosen[] = [];
  for (const { p, similarity } of scored) {
    let free = 0;
    for (let i = p.first; i <= p.last; i++) if (!claimed.has(i)) free++;
    if (free < p.last - p.first + 1) continue;
    // Holders: sources whose passage covers most of this one about as closely (a common formulation
    // stands nearly whole in each of them).
    const length = p.draftEnd - p.draftStart;
    const holders = scored.filter(
      (o) =>
        o.similarity >= similarity * 0.9 &&
        Math.min(o.p.draftEnd, p.draftEnd) - Math.max(o.p.draftStart, p.draftStart) >= HOLDER_COVERAGE * length,
    ).length;
    for (let i = p.first; i <= p.last; i++) claimed.add(i);
    chosen.push({ ...p, similarity, holders });
  }
  return mergeNeighbours(chosen.sort((a, b) => a.first - b.first), maxGap);
}

/**
 * Exact clause-long runs where no passage was found (patchwork, short quotations): longest first, each
 * where the draft is not yet covered. A run several sources hold counts them all as holders, so a
 * common formulation becomes boilerplate rather than copying.
 */
function addRuns(chosen: Chosen[], runs: Passage[]): Chosen[] {
  const covered: Array<[number, number]> = chosen.map((d) => [d.draftStart, d.draftEnd]);
  const overlaps = (s: number, e: number): boolean => covered.some(([cs, ce]) => cs < e && s < ce);
  const sorted = [...runs].sort((x, y) => y.chars - x.chars || x.draftStart - y.draftStart || x.sourceId - y.sourceId);
  const added: Chosen[] = [];
  for (const run of sorted) {
    if (overlaps(run.draftStart, run.draftEnd)) continue;
    const holders = new Set(
      runs.filter((o) => o.draftStart <= run.draftStart && o.draftEnd >= run.draftEnd).map((o) => o.sourceId),
    ).size;
    covered.push([run.draftStart, run.draftEnd]);
    added.push({ ...run, similarity: 1, holders });
  }
  return [...chosen, ...added].sort((x, y) => x.draftStart - y.draftStart);
}

/**
 * Whether two detections take the same source text (nine tenths of it or more): a draft repeating a
 * phrase its source holds once has used it twice, and the text between the two uses is not copied.
 */
function repeats(a: Chosen, b: Chosen): boolean {
  const overlap = Math.min(a.sourceEnd, b.sourceEnd) - Math.max(a.sourceStart, b.sourceStart);
  return overlap >= 0.9 * Math.max(a.sourceEnd - a.sourceStart, b.sourceEnd - b.sourceStart);
}

/**
 * One copied stretch should be one detection: consecutive detections from the same source, at most one
 * short draft sentence apart (under `maxGap` content characters), whose source passages are near each
 * other, are merged.
 */
function mergeNeighbours(detections: Chosen[], maxGap: number): Chosen[] {
  const out: Chosen[] = [];
  for (const d of detections) {
    const last = out[out.length - 1];
    const near =
      last !== undefined &&
      last.sourceId === d.sourceId &&
      d.first - last.last <= 2 &&
      d.draftStart - last.draftEnd < maxGap &&
      d.sourceFirst <= last.sourceLast + 4 + (last.last - last.first) &&
      d.sourceLast >= last.sourceFirst - 4 - (last.last - last.first) &&
      !repeats(last, d);
    if (!near) {
      out.push(d);
      continue;
    }
    const shared = last.shared + d.shared;
    const draftBigrams = last.draftBigrams + d.draftBigrams;
    const sourceBigrams = last.sourceBigrams + d.sourceBigrams;
    out[out.length - 1] = {
      ...last,
      last: d.last,
      sourceFirst: Math.min(last.sourceFirst, d.sourceFirst),
      sourceLast: Math.max(last.sourceLast, d.sourceLast),
      shared,
      draftBigrams,
      sourceBigrams,
      draftEnd: d.draftEnd,
      sourceStart: Math.min(last.sourceStart, d.sourceStart),
      sourceEnd: Math.max(last.sourceEnd, d.sourceEnd),
      chars: d.draftEnd - last.draftStart,
      similarity: (2 * shared) / (draftBigrams + sourceBigrams),
      holders: Math.max(last.holders, d.holders),
    };
  }
  return out;
}
