import type { Document, DocumentMeta, Heading, Word } from '../../model.js';

/** What `wenchao ingest` reports about one document (its JSON output, documented in docs/). */
export interface IngestSummary {
  readonly path: string;
  readonly format: string;
  readonly encoding: string;
  readonly meta: DocumentMeta;
  readonly characters: number;
  readonly normalisedCharacters: number;
  readonly title: string | null;
  readonly headings: ReadonlyArray<Pick<Heading, 'level' | 'style' | 'marker' | 'text' | 'start' | 'end'>>;
  readonly counts: {
    readonly paragraphs: number;
    readonly sentences: number;
    readonly words: number;
    readonly quotations: number;
    readonly citedQuotations: number;
    readonly citations: number;
  };
  readonly references: { readonly start: number; readonly end: number } | null;
  readonly warnings: readonly string[];
  readonly words?: ReadonlyArray<Pick<Word, 'word' | 'tag' | 'start' | 'end'>>;
  readonly text?: string;
}

export function describeDocument(
  document: Document,
  words: readonly Word[],
  options: { includeWords: boolean; includeText: boolean },
): IngestSummary {
  const { raw, structure } = document;
  const countable = words.filter((w) => /[\p{L}\p{N}]/u.test(w.word));
  return {
    path: raw.path,
    format: raw.format,
    encoding: raw.encoding,
    meta: raw.meta,
    characters: raw.text.length,
    normalisedCharacters: document.normalised.text.length,
    title: structure.title?.text ?? null,
    headings: structure.headings.map(({ level, style, marker, text, start, end }) => ({
      level,
      style,
      marker,
      text,
      start,
      end,
    })),
    counts: {
      paragraphs: structure.paragraphs.length,
      sentences: structure.sentences.length,
      words: countable.length,
      quotations: structure.quotations.length,
      citedQuotations: structure.quotations.filter((q) => q.cited).length,
      citations: structure.citations.length,
    },
    references: structure.references ? { start: structure.references.start, end: structure.references.end } : null,
    warnings: raw.warnings,
    ...(options.includeWords ? { words: words.map(({ word, tag, start, end }) => ({ word, tag, start, end })) } : {}),
    ...(options.includeText ? { text: raw.text } : {}),
  };
}
