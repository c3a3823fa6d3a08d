/**
 * Reporters for an {@link Evaluation}: pure `(evaluation, options) => string`, one per format, in a
 * name → formatter map. Numbers get three decimals (the PAN overview papers' precision of reporting).
 */
import { BOILERPLATE_COVERED_SHARE, BOILERPLATE_TARGET } from './boilerplate.js';
import type { Evaluation } from './evaluate.js';
import type { Score, TypeScore } from './pan.js';

export interface TableOptions {
  /** A heading line, e.g. the detector's name and settings. */
  readonly title?: string;
  /** Decimals for the measures; 3 unless given. */
  readonly digits?: number;
}

const HEADER = ['type', 'cases', 'detections', 'precision', 'recall', 'granularity', 'plagdet'];
const DASH = '—';

function row(label: string, s: Score | TypeScore, digits: number): string[] {
  const num = (x: number | null): string => (x === null ? DASH : x.toFixed(digits));
  const noCases = s.cases === 0 && 'type' in s;
  return [
    label,
    String(s.cases),
    String(s.detections),
    num(s.precision),
    num(s.recall),
    noCases ? DASH : num(s.granularity),
    num(s.plagdet),
  ];
}

function rows(e: Evaluation, digits: number): string[][] {
  return [row('overall', e.overall, digits), ...e.byType.map((t) => row(t.type, t, digits))];
}

function notes(e: Evaluation, digits: number): string[] {
  const n = e.negatives;
  const lines = [
    `negative documents with a false alarm (≥ ${n.minLength} characters outside natural spans): ` +
      `${n.flagged.length} / ${n.documents}` +
      (n.flagged.length > 0 ? ` (${n.flagged.join(', ')})` : ''),
  ];
  const b = e.boilerplate;
  if (b !== null) {
    const share = b.share === null ? DASH : b.share.toFixed(digits);
    lines.push(
      `boilerplate spans covered (≥ ${BOILERPLATE_COVERED_SHARE * 100} % of their characters): ` +
        `${b.covered} / ${b.spans} = ${share} (target ≤ ${BOILERPLATE_TARGET.toFixed(digits)})`,
    );
  }
  if (e.unknownDocuments.length > 0) {
    lines.push(`detections for documents not in the truth: ${e.unknownDocuments.join(', ')}`);
  }
  return lines;
}

/** A plain-text table, columns aligned with spaces (labels left, numbers right). */
export function formatText(e: Evaluation, options: TableOptions = {}): string {
  const digits = options.digits ?? 3;
  const all = [HEADER, ...rows(e, digits)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const body = all.map(line);
  const title = options.title === undefined ? [] : [options.title];
  return [...title, ...body, ...notes(e, digits)].join('\n') + '\n';
}

/** A Markdown table followed by the notes as a list. */
export function formatMarkdown(e: Evaluation, options: TableOptions = {}): string {
  const digits = options.digits ?? 3;
  const line = (r: readonly string[]): string => `| ${r.join(' | ')} |`;
  const align = line(HEADER.map((_, i) => (i === 0 ? ':---' : '---:')));
  const title = options.title === undefined ? [] : [`### ${options.title}`, ''];
  const table = [line(HEADER), align, ...rows(e, digits).map(line)];
  const list = notes(e, digits).map((n) => `- ${n}`);
  return [...title, ...table, '', ...list].join('\n') + '\n';
}

/** Several detectors side by side: plagdet overall and per type, negatives flagged, boilerplate covered. */
export function formatComparisonMarkdown(
  results: readonly { readonly name: string; readonly evaluation: Evaluation }[],
  options: TableOptions = {},
): string {
  const digits = options.digits ?? 3;
  const types = [...new Set(results.flatMap((r) => r.evaluation.byType.filter((t) => t.cases > 0).map((t) => t.type)))];
  const measures = ['precision', 'recall', 'granularity', 'plagdet'];
  const header = ['detector', ...measures, ...types, 'negatives flagged', 'boilerplate'];
  const line = (r: readonly string[]): string => `| ${r.join(' | ')} |`;
  const body = results.map(({ name, evaluation: e }) => {
    const o = e.overall;
    const perType = types.map((t) => e.byType.find((x) => x.type === t)?.plagdet?.toFixed(digits) ?? DASH);
    const b = e.boilerplate?.share;
    return line([
      name,
      o.precision.toFixed(digits),
      o.recall.toFixed(digits),
      o.granularity.toFixed(digits),
      o.plagdet.toFixed(digits),
      ...perType,
      `${e.negatives.flagged.length} / ${e.negatives.documents}`,
      b === undefined || b === null ? DASH : b.toFixed(digits),
    ]);
  });
  const title = options.title === undefined ? [] : [`### ${options.title}`, ''];
  return [...title, line(header), line(header.map((_, i) => (i === 0 ? ':---' : '---:'))), ...body].join('\n') + '\n';
}

export const evalFormatters = {
  text: formatText,
  markdown: formatMarkdown,
} as const satisfies Record<string, (e: Evaluation, options?: TableOptions) => string>;
