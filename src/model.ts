/**
 * The shapes every stage shares: types only.
 *
 * Position model (written down once): a span is half-open `[start, end)` in UTF-16 code units of the
 * *original* decoded text of a document (for `.docx`, its extracted plain text). Normalised and
 * segmented views carry an offset map back to it; line and column appear only in reporters.
 */

/** A half-open `[start, end)` range of UTF-16 code units in a document's original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Format = 'txt' | 'md' | 'docx';

/** How a block of extracted text was marked by its source format (Word styles, Markdown syntax). */
export type BlockKind = 'paragraph' | 'heading' | 'table-row' | 'footnote' | 'quote' | 'list-item';

/** A block the reader found in the file: a paragraph, a Word heading, a table row, a footnote. */
export interface Block extends Span {
  readonly kind: BlockKind;
  /** Heading level from a Word style or Markdown `#` (1-based); absent for other blocks. */
  readonly level?: number;
}

/** A file as the reader decoded it: the original text every span points into. */
export interface RawDocument {
  /** Path as the user gave it (or relative to an indexed root). */
  readonly path: string;
  readonly format: Format;
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`. */
  readonly encoding: string;
  readonly text: string;
  /** Blocks marked by the format itself; empty for plain text, where structure detection finds them. */
  readonly blocks: readonly Block[];
  /** Problems that did not stop reading (replaced bytes, mixed line endings …). */
  readonly warnings: readonly string[];
  /** Metadata from Markdown front matter, a `.json` sidecar or `.docx` core properties. */
  readonly meta: DocumentMeta;
}

export interface DocumentMeta {
  readonly title?: string;
  readonly author?: string;
  /** ISO date (`2023-05-01`) or year when known. */
  readonly date?: string;
  readonly source?: string;
}

/** The normalised view of a text and the map from each of its code units back to the original. */
export interface Normalised {
  readonly text: string;
  /** `starts[i]`, `ends[i]`: the original span that normalised code unit `i` came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export type HeadingStyle =
  | 'cn-number' //   一、
  | 'cn-paren' //    （一）
  | 'arabic-dot' //  1.  1．
  | 'arabic-paren' // （1）
  | 'markdown' //    # …
  | 'word-style' //  Word Heading n
  | 'chapter'; //    第一章 / 第一节 / 第一条

export interface Heading extends Span {
  readonly level: number;
  readonly style: HeadingStyle;
  /** The marker as written (`一、`, `（二）`, `3.`), empty for Markdown and Word headings. */
  readonly marker: string;
  /** Heading text without its marker. */
  readonly text: string;
}

export interface Section extends Span {
  /** Null for the document root. */
  readonly heading: Heading | null;
  readonly children: readonly Section[];
}

export interface Quotation extends Span {
  /** A citation marker (`[1]`, `①`, `（注…）`, a footnote mark) follows the closing quote. */
  readonly cited: boolean;
  /** The span of the quoted text without the quotation marks. */
  readonly inner: Span;
}

export interface Structure {
  readonly title: (Span & { readonly text: string }) | null;
  readonly headings: readonly Heading[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly root: Section;
  readonly quotations: readonly Quotation[];
  readonly citations: readonly Span[];
  /** The 参考文献 / references section, to its end, if any. */
  readonly references: Span | null;
}

/** A jieba word with its part-of-speech tag, placed in the original text. */
export interface Word extends Span {
  readonly word: string;
  readonly tag: string;
}

/** A document ready for the later stages. */
export interface Document {
  readonly raw: RawDocument;
  readonly normalised: Normalised;
  readonly structure: Structure;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Every result is a finding with a place: copy matches and quality problems share this shape, so every
 * reporter serves both.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly note?: string;
  readonly suggestion?: string;
  /** The document could not be processed at all (unreadable file …). */
  readonly fatal?: boolean;
}

export type MatchKind = 'copy' | 'quote' | 'boilerplate' | 'self';

/** A passage of a draft found in a source, with both places. */
export interface Match extends Span {
  readonly kind: MatchKind;
  /** Similarity of the two passages, 0–1: the higher of their edit similarity and their bigram overlap. */
  readonly similarity: number;
  readonly source: {
    /** Path relative to the indexed root, or the path of another draft checked in the same run. */
    readonly path: string;
    readonly start: number;
    readonly end: number;
    readonly title?: string;
    readonly author?: string;
    readonly date?: string;
  };
  /** Content characters (letters, CJK, digits) of the draft passage. */
  readonly chars: number;
  /** How many corpus documents hold this passage (for boilerplate), when counted. */
  readonly documents?: number;
}
