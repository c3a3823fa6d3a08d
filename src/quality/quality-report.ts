import type { Finding } from '../model.js';
import type { Genre, GenreSource } from './genre.js';

/** What `scoreDocument` returns: the scores (documented in docs/quality.md) and the findings behind them. */
export interface QualityReport {
  readonly quality: Quality;
  /** Sorted by offset, then rule (see findings.ts). */
  readonly findings: readonly Finding[];
}

/** The `quality` object of a document in the JSON report. Scores are 0–100 with one decimal. */
export interface Quality {
  readonly score: number;
  readonly genre: Genre;
  /** `option` when set by `--genre`, else what the detection went by. */
  readonly genreSource: GenreSource;
  readonly concreteness: ConcretenessScore;
  readonly fieldwork: FieldworkScore;
  readonly structure: StructureScore;
}

export interface ConcretenessMetrics {
  /** Body sentences (not title, headings or references) and their content characters. */
  readonly sentences: number;
  readonly chars: number;
  readonly quantities: number;
  readonly times: number;
  readonly entities: number;
  readonly evidence: number;
  readonly factsPer100Chars: number;
  /** Share of body sentences with at least one fact. */
  readonly concreteSentenceShare: number;
  readonly cliches: number;
  readonly clichesPer1000Chars: number;
  readonly sloganSentences: number;
  /** Share of body characters in slogan sentences. */
  readonly sloganShare: number;
  /** Paragraphs of 80+ characters without a single fact. */
  readonly emptyParagraphs: number;
}

export interface SectionScore {
  readonly heading: string;
  readonly level: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export interface ConcretenessScore {
  readonly score: number;
  readonly metrics: ConcretenessMetrics;
  /** The concreteness of each top-level section. */
  readonly sections: readonly SectionScore[];
}

export interface FieldworkMethod {
  /** Canonical name: 实地走访, 座谈会, 问卷, 个别访谈, 蹲点, 查阅资料, 抽样调查, 暗访. */
  readonly method: string;
  readonly start: number;
  readonly end: number;
  /** The figure stated with it (`12` of 走访了12个村), if any. */
  readonly count?: number;
  readonly unit?: string;
}

export interface FieldworkScore {
  readonly score: number;
  /** Fieldwork counts in the overall score only for 调研报告. */
  readonly applicable: boolean;
  readonly methods: readonly FieldworkMethod[];
  /** Distinct places and units named in the text. */
  readonly places: number;
  /** Voices beyond officials (群众, 农户, 企业 …) and official ones (领导, 负责同志 …). */
  readonly voices: { readonly grassroots: readonly string[]; readonly officials: readonly string[] };
  /** Problem paragraphs with a figure or case / all problem paragraphs. */
  readonly supportedProblems: number;
  readonly problems: number;
}

export interface HeadingCheck {
  readonly text: string;
  readonly marker: string;
  readonly style: string;
  readonly level: number;
  readonly start: number;
  readonly end: number;
  /** Rule ids of the problems found with this heading (empty when it is fine). */
  readonly problems: readonly string[];
}

export interface SectionRole {
  /** The role in the genre's frames: 基本情况, 主要做法, 主要成效, 存在问题, 原因分析, 对策建议 … */
  readonly role: string;
  /** The heading that fills it, or null when the frame expects it and it is missing. */
  readonly heading: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

export interface StructureScore {
  readonly score: number;
  readonly title: string | null;
  /** The best-fitting frame of the genre (`情况—问题—建议` …) and how much of it is covered, 0–1. */
  readonly frame: string;
  readonly coverage: number;
  readonly headings: readonly HeadingCheck[];
  readonly sections: readonly SectionRole[];
  readonly balance: {
    readonly longParagraphs: number;
    readonly oneSentenceParagraphs: number;
    readonly longSentences: number;
    readonly paragraphs: number;
  };
}
