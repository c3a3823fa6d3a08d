import { BigramSet, sharedBigrams } from './bigram-set.js';
import { sharedIfSimilar, sharedWithBoth } from './bigrams.js';
import { editSimilarity } from './edit-similarity.js';
import type { NormalisedDetectOptions } from './options.js';
import type { Prepared } from './prepared.js';

/** A draft passage aligned with a passage of one source, in sentence units of both. */
export interface Passage {
  readonly sourceId: number;
  /** Draft units `[first, last]`, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Source units `[sourceFirst, sourceLast]`, inclusive. */
  readonly sourceFirst: number;
  readonly sourceLast: number;
  /** Bigrams shared by paired sentences, and bigram counts of both passages. */
  readonly shared: number;
  readonly draftBigrams: number;
  readonly sourceBigrams: number;
  /** Content characters of the draft passage. */
  readonly chars: number;
  /** Content ranges `[start, end)` of both passages, trimmed to their first and last shared bigram. */
  readonly draftStart: number;
  readonly draftEnd: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

interface Pair {
  readonly j: number;
  readonly shared: number;
  readonly similarity: number;
  /** The draft sentence stands whole in source sentence `j` (WHOLE of its bigrams or more). */
  readonly whole: boolean;
}

/**
 * Whether `pair` explains its draft sentence better than `current`: one the sentence stands whole in
 * (the rest of a source sentence the copier cut in two went to the next line) before one it does not,
 * then the more alike.
 */
function better(pair: Pair, current: Pair | undefined): boolean {
  if (!current) return true;
  if (pair.whole !== current.whole) return pair.whole;
  return pair.similarity > current.similarity;
}

/**
 * Aligns a draft with one source from the seeds (draft position, source position) they share.
 * Sentences holding seeds are paired by bigram overlap; pairing then spreads to neighbouring sentences
 * that hold no seed (synonyms can leave a sentence without any exact 5-gram), looking near where their
 * neighbours matched. Paired sentences close in the draft and close in the source become one passage,
 * whatever their order in the source (reordered sentences stay one passage).
 */
export function align(
  draft: Prepared,
  source: Prepared,
  sourceId: number,
  seeds: readonly number[],
  options: NormalisedDetectOptions,
): Passage[] {
  const best = new Map<number, Pair>();
  const tried = new Set<number>();
  let touched = new Set<number>();
  const stride = source.units.length + 1;
  const tryPair = (i: number, j: number): void => {
    if (i < 0 || j < 0 || i >= draft.units.length || j >= source.units.length) return;
    const key = i * stride + j;
    if (tried.has(key)) return;
    tried.add(key);
    const a = draft.units[i]!.bigrams;
    const b = source.units[j]!.bigrams;
    const total = a.length + b.length;
    // A sentence cut in pieces (a line break after every comma) or pieces joined into one: the shorter
    // stands nearly whole in the longer, though their overlap is small beside the longer's length.
    const shorter = Math.min(a.length, b.length);
    const containedAt = shorter >= MIN_CONTAINED ? diceOfShare(CONTAINED, shorter, total) : Infinity;
    const common = sharedIfSimilar(a, b, Math.min(options.minSentenceSimilarity, containedAt));
    if (common < 0) return;
    const similarity = total === 0 ? 0 : (2 * common) / total;
    if (similarity < options.minSentenceSimilarity && common < CONTAINED * shorter) return;
    const pair = { j, shared: common, similarity, whole: a.length > 0 && common >= WHOLE * a.length };
    if (better(pair, best.get(i))) {
      best.set(i, pair);
      touched.add(i);
    }
  };

  // Seeds come in draft order, mostly in runs along one diagonal: a run's seeds name one sentence pair.
  let lastI = -1;
  let lastJ = -1;
  for (let s = 0; s < seeds.length; s += 2) {
    const i = draft.unitOf[seeds[s]!]!;
    const j = source.unitOf[seeds[s + 1]!]!;
    if (i === lastI && j === lastJ) continue;
    lastI = i;
    lastJ = j;
    tryPair(i, j);
  }
  // Spread to unpaired neighbours, near the source sentences their neighbours paired with. A pair
  // unchanged since the last round would only try again what it tried then: each round spreads from
  // the pairs made or bettered in the round before (in pairing order, so ties fall as they would).
  for (let round = 0; round < 3; round++) {
    const before = best.size;
    const from = touched;
    touched = new Set();
    for (const [i, pair] of [...best]) {
      if (!from.has(i)) continue;
      for (const di of [-2, -1, 1, 2]) {
        if (best.has(i + di)) continue;
        for (let dj = -options.sourceWindow; dj <= options.sourceWindow; dj++) tryPair(i + di, pair.j + dj);
      }
    }
    if (best.size === before) break;
  }
  continueSentences(draft, source, best);
  return chain(draft, source, sourceId, best, options);
}

/**
 * Copied text runs on in its source. A draft sentence that stands whole in the source sentence its
 * predecessor paired with, in the one after that, or astride the two, pairs there, though another source
 * sentence may be more alike; then, going back, a sentence that does not run on from its predecessor
 * does the same with its successor's (or the one before). A long sentence the copier cut in pieces is
 * then one run of pairs, not pieces scattered over the formulas a law repeats in article after article.
 */
function continueSentences(draft: Prepared, source: Prepared, best: Map<number, Pair>): void {
  const order = [...best.keys()].sort((a, b) => a - b);
  // The shared bigrams of draft sentence `i` with source bigrams `b` when it stands whole in them, else -1.
  const standsIn = (i: number, b: Float64Array): number => {
    const a = draft.units[i]!.bigrams;
    if (a.length < MIN_CONTAINED) return -1;
    const common = sharedIfSimilar(a, b, diceOfShare(WHOLE, a.length, a.length + b.length));
    return common >= WHOLE * a.length ? common : -1;
  };
  const inSource = (j: number): boolean => j >= 0 && j < source.units.length;
  const continues = (i: number, neighbour: number, step: 1 | -1): boolean => {
    const from = best.get(neighbour);
    const j = best.get(i)!.j;
    return from !== undefined && (j === from.j || j === from.j + step);
  };
  const follow = (i: number, neighbour: number, step: 1 | -1): void => {
    const from = best.get(neighbour);
    if (!from || continues(i, neighbour, step)) return;
    const a = draft.units[i]!.bigrams.length;
    for (const j of [from.j, from.j + step]) {
      if (!inSource(j)) continue;
      const b = source.units[j]!.bigrams;
      const common = standsIn(i, b);
      if (common < 0) continue;
      best.set(i, { j, shared: common, similarity: (2 * common) / (a + b.length), whole: true });
      return;
    }
    // Astride the two: the copier's sentence ends where the source's next one has begun.
    const next = from.j + step;
    if (!inSource(next)) return;
    if (a < MIN_CONTAINED) return;
    const first = source.units[from.j]!.bigrams;
    const second = source.units[next]!.bigrams;
    const common = sharedWithBoth(draft.units[i]!.bigrams, first, second, Math.ceil(WHOLE * a - 1e-9));
    if (common < 0) return;
    best.set(i, { j: next, shared: common, similarity: (2 * common) / (a + first.length + second.length), whole: true });
  };
  for (const i of order) follow(i, i - 1, 1);
  // Going back, a sentence that already runs on from its predecessor stays.
  for (let k = order.length - 1; k >= 0; k--) if (!continues(order[k]!, order[k]! - 1, 1)) follow(order[k]!, order[k]! + 1, -1);
}

/**
 * The Dice overlap, over `total` bigrams, of sharing `share` of `part` bigrams, a hair lower so that
 * rounding cannot make `sharedIfSimilar` stop short of a pair that holds that share exactly.
 */
function diceOfShare(share: number, part: number, total: number): number {
  return (2 * share * part) / total - 1e-9;
}

/** Share of the shorter sentence's bigrams the longer must hold for the two to pair by containment. */
const CONTAINED = 0.8;
/** Fewest bigrams of the shorter sentence for pairing by containment. */
const MIN_CONTAINED = 7;
/** Share of a draft sentence's bigrams a source sentence holds for the draft sentence to stand whole in it. */
const WHOLE = 0.9;

/**
 * Chains paired sentences into passages: runs of them with draft gaps of at most one sentence, each
 * kept whole when its source sentences lie together (a copied stretch whose sentences were shuffled
 * from end to end), else chained while the source jumps stay within a window.
 */
function chain(
  draft: Prepared,
  source: Prepared,
  sourceId: number,
  pairs: Map<number, Pair>,
  options: NormalisedDetectOptions,
): Passage[] {
  const order = [...pairs.keys()].sort((a, b) => a - b);
  const passages: Passage[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) passages.push(...acceptOrSplit(group));
    group = [];
  };
  // A weak neighbour must not sink a strong pair: a rejected group is split where the source jumps
  // furthest, and each part is judged on its own.
  const acceptOrSplit = (units: number[]): Passage[] => {
    const { passage, sourceSet } = measure(draft, source, sourceId, units, pairs);
    // Sentences of the draft that share nothing with the source between two copied stretches are
    // the author's own: the stretches are judged apart.
    const gap = widestGap(draft, passage, sourceSet);
    if (gap && gap.end - gap.start >= options.maxGap) {
      const before = units.filter((u) => draft.units[u]!.end <= gap.start);
      const after = units.filter((u) => draft.units[u]!.start >= gap.end);
      const inside = units.filter((u) => draft.units[u]!.start >= gap.start && draft.units[u]!.end <= gap.end);
      if (before.length + after.length + inside.length === units.length && (before.length > 0 || after.length > 0)) {
        return [...(before.length > 0 ? acceptOrSplit(before) : []), ...(after.length > 0 ? acceptOrSplit(after) : [])];
      }
    }
    if (accept(passage, draft, source, options, () => pairedEditSimilarity(draft, source, units, pairs))) return [passage];
    if (units.length < 2) return [];
    let cut = 1;
    let widest = -1;
    for (let k = 1; k < units.length; k++) {
      const jump = Math.abs(pairs.get(units[k]!)!.j - pairs.get(units[k - 1]!)!.j);
      if (jump > widest) {
        widest = jump;
        cut = k;
      }
    }
    return [...acceptOrSplit(units.slice(0, cut)), ...acceptOrSplit(units.slice(cut))];
  };
  for (const run of draftRuns(order)) {
    if (together(run, pairs, options.sourceWindow)) {
      passages.push(...acceptOrSplit(run));
      continue;
    }
    let lo = 0;
    let hi = 0;
    for (const i of run) {
      const j = pairs.get(i)!.j;
      const previous = group[group.length - 1];
      // Reordering moves sentences within the copied stretch, so the window grows with the passage.
      const window = options.sourceWindow + group.length;
      const near = previous !== undefined && j >= lo - window && j <= hi + window;
      if (!near) {
        flush();
        lo = j;
        hi = j;
      }
      group.push(i);
      lo = Math.min(lo, j);
      hi = Math.max(hi, j);
    }
    flush();
  }
  return passages;
}

/** Paired draft sentences (ascending) in runs with gaps of at most one unpaired sentence. */
function draftRuns(order: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const i of order) {
    const run = runs[runs.length - 1];
    if (run && i - run[run.length - 1]! <= 2) run.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * Whether the source sentences of a run lie together: within as many sentences as the run pairs, give
 * or take `slack`. A copier who shuffles the sentences of a passage keeps them, in whatever order,
 * inside that passage; two passages from far apart in the source do not lie together.
 */
function together(run: readonly number[], pairs: Map<number, Pair>, slack: number): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of run) {
    const { j } = pairs.get(i)!;
    lo = Math.min(lo, j);
    hi = Math.max(hi, j);
  }
  return hi - lo + 1 <= run.length + slack;
}

/** A group of paired sentences as a passage, with the bigrams of its source sentences (for the gap test). */
function measure(
  draft: Prepared,
  source: Prepared,
  sourceId: number,
  group: number[],
  pairs: Map<number, Pair>,
): { passage: Passage; sourceSet: BigramSet } {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  let sourceFirst = Infinity;
  let sourceLast = -Infinity;
  for (const i of group) {
    const { j } = pairs.get(i)!;
    sourceFirst = Math.min(sourceFirst, j);
    sourceLast = Math.max(sourceLast, j);
  }
  const draftSet = bigramSet(draft, first, last);
  // Source sentences the draft joined to a paired one (punctuation taken out, two sentences made one)
  // pair with nothing, as each draft sentence pairs once: the source passage takes in the neighbours
  // that stand nearly whole in the draft passage.
  while (sourceFirst > 0 && contained(source, sourceFirst - 1, draftSet)) sourceFirst--;
  while (sourceLast + 1 < source.units.length && contained(source, sourceLast + 1, draftSet)) sourceLast++;
  const sourceSet = bigramSet(source, sourceFirst, sourceLast);
  const [draftStart, draftEnd] = trim(draft, first, last, sourceSet);
  const [sourceStart, sourceEnd] = trim(source, sourceFirst, sourceLast, draftSet);
  // Similarity of the trimmed passages themselves, every bigram counted (unpaired sentences included).
  const passage: Passage = {
    sourceId,
    first,
    last,
    sourceFirst,
    sourceLast,
    shared: sharedBigrams(draft.content.codePoints.subarray(draftStart, draftEnd), source.content.codePoints.subarray(sourceStart, sourceEnd)),
    draftBigrams: Math.max(0, draftEnd - draftStart - 1),
    sourceBigrams: Math.max(0, sourceEnd - sourceStart - 1),
    chars: draftEnd - draftStart,
    draftStart,
    draftEnd,
    sourceStart,
    sourceEnd,
  };
  return { passage, sourceSet };
}

/**
 * The widest stretch of a passage's draft side that shares no three-character piece with the source
 * passage, widened to the sentences it touches, or null when the whole passage shares. A sentence whose
 * shared pieces cover less than OWN_SHARE of it shares nothing: the author's own sentence that happens
 * to hold a word of the source (“十五五”时期是安徽…的关键时期 beside a source's “十三五”时期) is still
 * the author's own.
 */
function widestGap(draft: Prepared, p: Passage, other: BigramSet): { start: number; end: number } | null {
  const cps = draft.content.codePoints;
  const covered = new Uint8Array(p.draftEnd - p.draftStart);
  for (let i = p.draftStart; i + 2 < p.draftEnd; i++) {
    if (other.hasPair(cps[i]!, cps[i + 1]!) && other.hasPair(cps[i + 1]!, cps[i + 2]!)) {
      covered.fill(1, i - p.draftStart, i - p.draftStart + 3);
    }
  }
  for (let u = p.first; u <= p.last; u++) {
    const from = Math.max(draft.units[u]!.start, p.draftStart) - p.draftStart;
    const to = Math.min(draft.units[u]!.end, p.draftEnd) - p.draftStart;
    let shared = 0;
    for (let i = from; i < to; i++) shared += covered[i]!;
    if (to > from && shared < OWN_SHARE * (to - from)) covered.fill(0, from, to);
  }
  let best: { start: number; end: number } | null = null;
  for (let i = 0; i < covered.length; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && !covered[j]) j++;
    if (!best || j - i > best.end - best.start) best = { start: p.draftStart + i, end: p.draftStart + j };
    i = j;
  }
  if (!best) return null;
  // Whole sentences only: the gap's sentences are those lying entirely inside it.
  const first = draft.unitOf[best.start]!;
  const last = draft.unitOf[best.end - 1]!;
  const start = draft.units[first]!.start === best.start ? best.start : draft.units[first]!.end;
  const end = draft.units[last]!.end === best.end ? best.end : draft.units[last]!.start;
  return end > start ? { start, end } : null;
}

/**
 * Share of a draft sentence that must lie in pieces it shares with the source passage for the sentence
 * not to count as the author's own. On the dev set, 0.2 takes a provincial report's own sentence out of
 * a template line it reuses (one negative draft fewer with a false alarm) and changes no case; 0.25
 * starts to cut synonym-disguised sentences out of their passages.
 */
const OWN_SHARE = 0.2;

/** Edit similarity of the paired sentences of a group, each with its own partner, weighted by length. */
function pairedEditSimilarity(draft: Prepared, source: Prepared, units: readonly number[], pairs: Map<number, Pair>): number {
  let matched = 0;
  let total = 0;
  for (const i of units) {
    const pair = pairs.get(i);
    if (!pair) continue;
    const a = draft.units[i]!;
    const b = source.units[pair.j]!;
    const length = Math.max(a.end - a.start, b.end - b.start);
    matched += editSimilarity(draft.content.codePoints.subarray(a.start, a.end), source.content.codePoints.subarray(b.start, b.end)) * length;
    total += length;
  }
  return total === 0 ? 0 : matched / total;
}

/** The bigrams of units `[first, last]` (each unit's own: none spans two units). */
function bigramSet(doc: Prepared, first: number, last: number): BigramSet {
  const cps = doc.content.codePoints;
  const set = new BigramSet(doc.units[last]!.end - doc.units[first]!.start);
  for (let u = first; u <= last; u++) {
    const { start, end } = doc.units[u]!;
    for (let i = start; i + 1 < end; i++) set.addPair(cps[i]!, cps[i + 1]!);
  }
  return set;
}

/** Whether unit `u` of a document has CONTAINED of its bigrams (and MIN_CONTAINED at least) in `other`. */
function contained(doc: Prepared, u: number, other: BigramSet): boolean {
  const cps = doc.content.codePoints;
  const { start, end } = doc.units[u]!;
  const n = end - start - 1;
  if (n < MIN_CONTAINED) return false;
  let hits = 0;
  for (let i = start; i + 1 < end; i++) if (other.hasPair(cps[i]!, cps[i + 1]!)) hits++;
  return hits >= CONTAINED * n;
}

/**
 * Trims units `[first, last]` of a document to where the shared text is dense: each end moves inwards
 * until a window of TRIM_WINDOW bigrams holds at least TRIM_MIN the other side also has. Boundaries are
 * then as tight as the shared text, not whole sentences, and a sentence that only shares its opening
 * words with the source is reported for those words alone.
 */
function trim(doc: Prepared, first: number, last: number, other: BigramSet): [number, number] {
  const cps = doc.content.codePoints;
  const from = doc.units[first]!.start;
  const to = doc.units[last]!.end;
  const n = to - from - 1;
  if (n <= 0) return [from, to];
  const hit = new Uint8Array(n);
  for (let i = 0; i < n; i++) hit[i] = other.hasPair(cps[from + i]!, cps[from + i + 1]!) ? 1 : 0;
  const dense = (at: number): boolean => {
    if (!hit[at]) return false;
    let count = 0;
    for (let i = at; i < Math.min(n, at + TRIM_WINDOW); i++) count += hit[i]!;
    return count >= Math.min(TRIM_MIN, n - at);
  };
  const denseBack = (at: number): boolean => {
    if (!hit[at]) return false;
    let count = 0;
    for (let i = at; i > Math.max(-1, at - TRIM_WINDOW); i--) count += hit[i]!;
    return count >= Math.min(TRIM_MIN, at + 1);
  };
  let start = 0;
  while (start < n && !dense(start)) start++;
  let end = n - 1;
  while (end > start && !denseBack(end)) end--;
  if (start >= n || end < start) return [from, to];
  return [from + start, from + end + 2];
}

const TRIM_WINDOW = 8;
const TRIM_MIN = 4;
/** Passage similarity: Dice over all bigrams of both passages, unpaired sentences included. */
export function passageSimilarity(p: Passage): number {
  const total = p.draftBigrams + p.sourceBigrams;
  return total === 0 ? 0 : (2 * p.shared) / total;
}

/**
 * Whether an aligned passage is reported. The less alike two passages are, the more text the claim
 * needs: identical text needs only the minimum length (a copied run of 13 characters is always
 * reported); near-identical text needs a sentence's worth; disguised text needs enough shared bigrams;
 * and loosely alike text (bigram overlap under `looseSimilarity`) must keep the source's order, as
 * synonym substitution does, measured by edit similarity, and be a paragraph long unless it keeps the
 * order closely.
 */
function accept(
  p: Passage,
  draft: Prepared,
  source: Prepared,
  options: NormalisedDetectOptions,
  pairedEdit: () => number,
): boolean {
  if (p.chars < options.minChars) return false;
  const similarity = passageSimilarity(p);
  if (similarity === 1) return true;
  if (p.chars < options.minFuzzyChars) return false;
  if (similarity >= options.nearExactSimilarity) return true;
  if (p.shared < options.minFuzzyShared) return false;
  if (similarity >= options.looseSimilarity) return true;
  // Loosely alike: the source's order must be kept (words swapped for synonyms), and unless the order
  // is kept closely, over a paragraph. Loosely alike and reordered is rewriting, not copying. The order
  // is measured sentence by sentence (reordered sentences keep their own order) and over the whole,
  // whichever is higher; the whole passage, the dearer measure, only when the sentences fall short.
  const enough = (edit: number): boolean =>
    edit >= options.looseSimilarity || (edit >= options.minEditSimilarity && p.chars >= options.minLooseChars);
  if (enough(pairedEdit())) return true;
  const a = draft.content.codePoints.subarray(p.draftStart, p.draftEnd);
  const b = source.content.codePoints.subarray(p.sourceStart, p.sourceEnd);
  return enough(editSimilarity(a, b));
}
