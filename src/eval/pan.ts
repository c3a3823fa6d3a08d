/**
 * The PAN text-alignment measures: character-level, macro-averaged precision, recall, granularity and
 * plagdet, after Potthast, Stein, Barrón-Cedeño and Rosso, "An Evaluation Framework for Plagiarism
 * Detection" (COLING 2010), as used at PAN 2010–2014 (webis `pan09-plagiarism-detection-performance-measures`).
 *
 * A case `s` and a detection `r` are each a pair of passages (suspicious side, source side). `r` detects
 * `s` when they belong to the same suspicious document, name the same source and overlap on both sides.
 * `s ⊓ r` is `s ∩ r` if `r` detects `s`, else nothing; `|s|` counts both sides' characters.
 *
 *   rec  = 1/|S| Σ_s |s ∩ ⋃{r : r detects s}| / |s|
 *   prec = 1/|R| Σ_r |r ∩ ⋃{s : r detects s}| / |r|
 *   gran = 1/|S_R| Σ_{s ∈ S_R} |{r : r detects s}|,  S_R = cases detected at least once
 *   plagdet = F1(prec, rec) / log2(1 + gran)
 *
 * Before scoring, detections inside `natural` spans are dropped (rule in `natural.ts`).
 *
 * Empty sets, as in the PAN script: no cases and no detections gives precision = recall = 1; exactly one
 * of them empty gives 0 for both (a detector that reports nothing scores plagdet 0). Granularity is 1 when
 * no case is detected. {@link scoreByType} reports recall and plagdet as `null` for a type without cases
 * (e.g. `negative`), where recall is undefined.
 */
import { OBFUSCATIONS, type Annotation, type DetectionDoc, type TruthDoc } from './annotation.js';
import { coveredLength, overlaps, sourceSpan, thisSpan } from './intervals.js';
import { scoredDetections } from './natural.js';

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly granularity: number;
  readonly plagdet: number;
  /** Number of truth cases. */
  readonly cases: number;
  /** Number of detections scored (after the natural-span rule). */
  readonly detections: number;
  /** Cases overlapped by at least one detection. */
  readonly detectedCases: number;
}

/** A score for one disguise type; recall and plagdet are `null` when the type has no cases. */
export interface TypeScore extends Omit<Score, 'recall' | 'plagdet'> {
  readonly type: string;
  readonly recall: number | null;
  readonly plagdet: number | null;
}

/** Whether detection `r` detects case `s`: same source, overlapping on both sides (same document assumed). */
export function detects(r: Annotation, s: Annotation): boolean {
  return r.source === s.source && overlaps(thisSpan(r), thisSpan(s)) && overlaps(sourceSpan(r), sourceSpan(s));
}

/** `|a ∩ ⋃ others| / |a|` over both sides: the share of `a`'s characters the others cover. */
function sharedShare(a: Annotation, others: readonly Annotation[]): number {
  const total = a.this_length + a.source_length;
  if (total === 0) return 0;
  const covered =
    coveredLength(thisSpan(a), others.map(thisSpan)) + coveredLength(sourceSpan(a), others.map(sourceSpan));
  return covered / total;
}

/** F1 over log2(1 + granularity); 0 when precision and recall are both 0 (PAN `plagdet_score`). */
export function plagdet(precision: number, recall: number, granularity: number): number {
  if (precision + recall === 0 || granularity < 1) return 0;
  return (2 * precision * recall) / (precision + recall) / Math.log2(1 + granularity);
}

/** Scores detections against the truth (see the module comment for definitions and conventions). */
export function score(truth: readonly TruthDoc[], detections: readonly DetectionDoc[]): Score {
  const byDoc = new Map<string, Annotation[]>();
  for (const d of detections) {
    const list = byDoc.get(d.suspicious) ?? [];
    for (const r of d.detections) list.push(r);
    byDoc.set(d.suspicious, list);
  }
  const truthByDoc = new Map(truth.map((t) => [t.suspicious, t]));
  const docs = new Set([...truthByDoc.keys(), ...byDoc.keys()]);

  let cases = 0, dets = 0, recallSum = 0, precisionSum = 0, detectedCases = 0, detectionsOfDetected = 0;
  for (const name of docs) {
    const doc = truthByDoc.get(name);
    const s = doc?.cases ?? [];
    const r = scoredDetections(doc, byDoc.get(name) ?? []);
    cases += s.length;
    dets += r.length;
    for (const c of s) {
      const found = r.filter((x) => detects(x, c));
      recallSum += sharedShare(c, found);
      if (found.length > 0) {
        detectedCases += 1;
        detectionsOfDetected += found.length;
      }
    }
    for (const x of r) precisionSum += sharedShare(x, s.filter((c) => detects(x, c)));
  }

  const [precision, recall] =
    cases === 0 && dets === 0 ? [1, 1] : cases === 0 || dets === 0 ? [0, 0] : [precisionSum / dets, recallSum / cases];
  const granularity = detectedCases === 0 ? 1 : detectionsOfDetected / detectedCases;
  return {
    precision,
    recall,
    granularity,
    plagdet: plagdet(precision, recall, granularity),
    cases,
    detections: dets,
    detectedCases,
  };
}

/** Types in table order: the dev set's known order first, then any others alphabetically. */
function typeOrder(types: Iterable<string>, known: readonly string[]): string[] {
  const all = [...new Set(types)];
  const rank = (t: string): number => (known.includes(t) ? known.indexOf(t) : known.length);
  return all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Scores each disguise type (`obfuscation`) on its own documents. Detections for documents absent from
 * the truth belong to no type and are left out here (the overall {@link score} charges them).
 */
export function scoreByType(
  truth: readonly TruthDoc[],
  detections: readonly DetectionDoc[],
  known: readonly string[] = OBFUSCATIONS,
): TypeScore[] {
  return typeOrder(
    truth.map((t) => t.obfuscation),
    known,
  ).map((type) => {
    const docs = truth.filter((t) => t.obfuscation === type);
    const names = new Set(docs.map((t) => t.suspicious));
    const s = score(
      docs,
      detections.filter((d) => names.has(d.suspicious)),
    );
    return s.cases === 0 ? { ...s, type, recall: null, plagdet: null } : { ...s, type };
  });
}
