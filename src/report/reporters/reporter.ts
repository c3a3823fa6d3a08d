import type { Report } from '../report.js';

/** What a reporter may need beside the report: texts are never part of the report itself. */
export interface ReporterOptions {
  /** Each document's original text by path: line/column, excerpts, the HTML view. */
  readonly texts?: ReadonlyMap<string, string>;
  /** Each source's original text by the path matches name it with: the HTML side-by-side view. */
  readonly sources?: ReadonlyMap<string, string>;
  /** ANSI colour in the terminal reporter (on a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** A link back to the page this report belongs to (the HTML reporter's header), e.g. a scan's overview. */
  readonly home?: { readonly href: string; readonly label: string };
  /** Findings the terminal reporter prints per document (0: all). */
  readonly maxFindings?: number;
}

/** A reporter renders a whole report as one string; pure. */
export type Reporter = (report: Report, options?: ReporterOptions) => string;
