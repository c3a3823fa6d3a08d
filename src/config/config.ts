import type { Severity } from '../model.js';

/** A rule's setting in `rules`: a severity, or `off` to drop its findings. */
export type RuleSetting = Severity | 'off';

export type GenreSetting = '调研报告' | '工作报告' | '讲话稿' | 'auto';

/** The limits `wenchao gate` holds every document to; `null` turns one off. */
export interface Thresholds {
  /** 总文字复制比 (or the ratio without quotes / self-reuse when `exclude` says so), 0–1. */
  readonly maxCopyRatio: number | null;
  /** 去除引用文献复制比, 0–1. */
  readonly maxCopyRatioExcludingQuotes: number | null;
  /** 单篇最大文字复制比, 0–1. */
  readonly maxSingleSourceRatio: number | null;
  /** Lowest 言之有物 (concreteness) score, 0–100. */
  readonly minConcreteness: number | null;
  /** Lowest structure score, 0–100. */
  readonly minStructure: number | null;
}

/** What `maxCopyRatio` leaves out, and what the engine takes for a common formulation. */
export interface Exclusions {
  /** Quoted and cited passages do not count towards `maxCopyRatio`. */
  readonly quotes: boolean;
  /** Reuse of the author's own documents does not count towards `maxCopyRatio`. */
  readonly self: boolean;
  /** A passage held by this many corpus documents is a common formulation (the engine's default when null). */
  readonly boilerplateDocs: number | null;
  /** Whitelist of common formulations, absolute; null for the default `corpora/whitelist.txt` if present. */
  readonly whitelist: string | null;
}

/** The configuration with every default filled in, once (see docs/ci.md for the file format). */
export interface NormalizedConfig {
  /** The file it came from (absolute), or null for the defaults. */
  readonly file: string | null;
  /** The folder relative paths in the configuration start from: the file's folder, or the working directory. */
  readonly root: string;
  /** Corpus index, absolute. */
  readonly corpus: string;
  readonly thresholds: Thresholds;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly exclude: Exclusions;
  readonly genre: GenreSetting;
  /** Globs (gitignore-like, relative to `root`) of the files `gate` checks when given none. */
  readonly include: readonly string[];
  /** Globs of files never checked, with the lines of `.wenchaoignore`. */
  readonly ignore: readonly string[];
  /** Warnings allowed before the gate fails; -1 for no limit. */
  readonly maxWarnings: number;
}

/**
 * Default limits. 30 % overall is the most common limit of Chinese institutions for a CNKI 总文字复制比;
 * 20 % without quotes and 15 % from one source are the stricter limits they set beside it. 40 of 100 for
 * concreteness and structure: the hollow and solid fixtures of test/fixtures/quality score 0 and 93
 * (concreteness), the sample corpus drafts 60–79, so 40 fails empty talk and passes ordinary reports.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  maxCopyRatio: 0.3,
  maxCopyRatioExcludingQuotes: 0.2,
  maxSingleSourceRatio: 0.15,
  minConcreteness: 40,
  minStructure: 40,
};

/**
 * Default severities of the rules the report adds to the quality scorer's: a copied passage is a
 * warning (a threshold decides the gate), quotes and self-reuse are information, a common formulation is
 * not reported. Threshold failures are errors.
 */
export const DEFAULT_RULES: Readonly<Record<string, RuleSetting>> = {
  'originality/copy': 'warning',
  'originality/quote': 'info',
  'originality/self': 'info',
  'originality/boilerplate': 'off',
};

/** Rule families a `rules` key may name (a family, or one of its rules as `family/rule`). */
export const RULE_FAMILIES = ['originality', 'threshold', 'concreteness', 'fieldwork', 'structure'] as const;
