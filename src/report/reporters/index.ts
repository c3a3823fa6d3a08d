import { csvReporter } from './csv.js';
import { githubReporter } from './github.js';
import { htmlReporter } from './html/html.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { terminalReporter } from './terminal.js';

/** Every reporter by the name `--format` and `--output FORMAT:FILE` use. */
export const REPORTERS = {
  terminal: terminalReporter,
  json: jsonReporter,
  html: htmlReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
  github: githubReporter,
  csv: csvReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;

/**
 * The reporters that read `ReporterOptions.sources` (the HTML side-by-side view). A run read for the
 * others skips reading and inflating the text of every matched source (~40 ms in a cold check).
 */
export const SHOWS_SOURCE_TEXTS: ReadonlySet<ReporterName> = new Set(['html']);
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

/** `text` is the terminal reporter's older name (wenchao check --format text). */
export function reporterNamed(name: string): ReporterName | null {
  if (name === 'text') return 'terminal';
  return (REPORTER_NAMES as readonly string[]).includes(name) ? (name as ReporterName) : null;
}

/** The format a file's extension asks for: `.sarif`, `.html`, `.json`, `.md`, `.csv`, `.txt` (terminal, no colour). */
export function reporterForFile(path: string): ReporterName | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.sarif') || lower.endsWith('.sarif.json')) return 'sarif';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.txt') || lower.endsWith('.log')) return 'terminal';
  return null;
}

export type { Reporter, ReporterOptions } from './reporter.js';
