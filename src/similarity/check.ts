import type { Document, Match } from '../model.js';
import { sharedBigrams } from './bigram-set.js';
import { classify, contentSpan, draftSpan, type ClassifyContext } from './classify.js';
import { detect, type Detection } from './detect.js';
import { editSimilarity } from './edit-similarity.js';
import { kgramHashes } from './hash.js';
import { MemoryLookup, unionLookup, type SourceLookup } from './lookup.js';
import { normaliseDetectOptions, type DetectOptions } from './options.js';
import { K } from './parameters.js';
import { prepare, type Prepared } from './prepared.js';
import { ratios, type Ratios } from './ratios.js';

export interface CheckOptions extends DetectOptions {
  /** Also compare the drafts of one run with each other (default true). */
  readonly crossDrafts?: boolean;
  readonly whitelist?: readonly string[];
}

export interface DraftInput {
  readonly path: string;
  readonly document: Document;
}

export interface DraftResult extends Ratios {
  readonly path: string;
  readonly matches: readonly Match[];
}

/** Offset that keeps the ids of other drafts apart from corpus document ids. */
const DRAFT_ID_BASE = 2 ** 40;

/**
 * Checks drafts against a corpus lookup and, unless disabled, against each other: passages found,
 * classified (copy, quote, boilerplate, self) and turned into CNKI-style ratios.
 */
export function checkDrafts(drafts: readonly DraftInput[], corpus: SourceLookup | null, options: CheckOptions = {}): DraftResult[] {
  const detectOptions = normaliseDetectOptions(options);
  const context: ClassifyContext = {
    boilerplateDocuments: detectOptions.boilerplateDocuments,
    boilerplateShare: detectOptions.boilerplateShare,
    whitelist: options.whitelist ?? [],
  };
  const prepared = drafts.map((d) => prepare(d.path, d.document));
  const hashes = prepared.map((p) => kgramHashes(p.content.codePoints, K));
  const others = new MemoryLookup();
  const crossDrafts = options.crossDrafts ?? true;
  if (crossDrafts) prepared.forEach((p, i) => others.add(p, hashes[i]!));
  // The corpus's ids as they are, the other drafts' from DRAFT_ID_BASE. Without other drafts the
  // corpus lookup is used as given: its ids may themselves reach DRAFT_ID_BASE (an archive scan's
  // lookup puts the archive's there), and a union would send them to the empty drafts' side.
  const lookup = crossDrafts || !corpus ? unionLookup(corpus, others, DRAFT_ID_BASE) : corpus;

  return prepared.map((draft, d) => {
    // A reference list names its sources: its entries are not copying (CNKI leaves them out too).
    const references = draft.document.structure.references;
    const detections = detect(draft, hashes[d]!, lookup, detectOptions, (id) => id === DRAFT_ID_BASE + d).filter(
      (detection) => !references || draftSpan(detection, draft).start < references.start,
    );
    const matches = detections.map((detection) => toMatch(detection, draft, lookup.source(detection.sourceId), context));
    return { path: draft.path, matches, ...ratios(draft, matches) };
  });
}

/** Dice overlap of the character bigrams of two code point sequences (as `dice` of their sorted bigrams). */
function bigramDice(a: Uint32Array, b: Uint32Array): number {
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * sharedBigrams(a, b)) / total;
}

function toMatch(detection: Detection, draft: Prepared, source: Prepared, context: ClassifyContext): Match {
  const span = draftSpan(detection, draft);
  const sourceSpan = contentSpan(source, detection.sourceStart, detection.sourceEnd);
  const a = draft.content.codePoints.subarray(detection.draftStart, detection.draftEnd);
  const b = source.content.codePoints.subarray(detection.sourceStart, detection.sourceEnd);
  const meta = source.meta;
  return {
    kind: classify(detection, draft, source, context),
    start: span.start,
    end: span.end,
    // The higher of edit similarity (order kept) and bigram overlap (order ignored): a reordered copy
    // is no less a copy.
    similarity: Math.round(Math.max(editSimilarity(a, b), bigramDice(a, b)) * 1000) / 1000,
    source: {
      path: source.path,
      start: sourceSpan.start,
      end: sourceSpan.end,
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.date ? { date: meta.date } : {}),
    },
    chars: detection.chars,
    documents: detection.holders,
  };
}


