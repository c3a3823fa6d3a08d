/** What a caller may set for detection; {@link normaliseDetectOptions} fills in the defaults once. */
export interface DetectOptions {
  /**
   * Fingerprints held in more places than this seed nothing: they are common formulations (a passage
   * whose every fingerprint is held more widely would be boilerplate if found).
   */
  readonly maxPostings?: number;
  /** Sources aligned for each draft sentence: those with the most seeds in it. */
  readonly candidatesPerSentence?: number;
  /** Dice overlap of character bigrams for two sentences to pair. */
  readonly minSentenceSimilarity?: number;
  /** Passages at least this similar are near-identical copies: reported from `minFuzzyChars` on. */
  readonly nearExactSimilarity?: number;
  /**
   * Shortest passage that differs from its source at all, in content characters. Below it only identical
   * text counts: two short sentences a word apart are, more often than not, one stock phrase worded twice.
   */
  readonly minFuzzyChars?: number;
  /** Disguised passages less similar than this need `minLooseChars` characters of evidence. */
  readonly looseSimilarity?: number;
  /** Shortest disguised passage whose similarity is below `looseSimilarity`, in content characters. */
  readonly minLooseChars?: number;
  /** Bigrams a disguised (not near-identical) passage must share with its source. */
  readonly minFuzzyShared?: number;
  /** Edit similarity a loosely alike passage (bigram overlap under `looseSimilarity`) needs: its order kept. */
  readonly minEditSimilarity?: number;
  /** Shortest passage reported, in content characters (CNKI's 13). */
  readonly minChars?: number;
  /** Draft sentences sharing nothing with the source over this many content characters split a passage. */
  readonly maxGap?: number;
  /**
   * How far apart (in sentences) two source sentences of one passage may lie: reordering is local. A run
   * of paired sentences whose source sentences lie within the run's length plus this is one passage.
   */
  readonly sourceWindow?: number;
  /** A passage found in at least this many documents is a common formulation (boilerplate). */
  readonly boilerplateDocuments?: number;
  /**
   * A passage whose characters lie this much in stretches of 9 to 13 characters that
   * `boilerplateDocuments` documents hold is boilerplate too: a chain of common formulations.
   */
  readonly boilerplateShare?: number;
}

export type NormalisedDetectOptions = Required<DetectOptions>;

export const DEFAULT_DETECT_OPTIONS: NormalisedDetectOptions = {
  maxPostings: 100,
  candidatesPerSentence: 3,
  minSentenceSimilarity: 0.35,
  nearExactSimilarity: 0.9,
  minFuzzyChars: 30,
  looseSimilarity: 0.8,
  minLooseChars: 100,
  minFuzzyShared: 50,
  minEditSimilarity: 0.6,
  minChars: 13,
  maxGap: 20,
  sourceWindow: 4,
  boilerplateDocuments: 3,
  boilerplateShare: 0.5,
};

export function normaliseDetectOptions(options: DetectOptions = {}): NormalisedDetectOptions {
  return { ...DEFAULT_DETECT_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}
