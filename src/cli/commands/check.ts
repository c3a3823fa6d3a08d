import { Command, Option } from 'commander';
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { NormalizedConfig } from '../../config/config.js';
import { loadConfig } from '../../config/discover.js';
import { UsageError } from '../../errors.js';
import { ingestFile } from '../../ingest/ingest.js';
import { segment } from '../../ingest/segment/segment.js';
import { loadUserDict } from '../../ingest/segment/user-dict.js';
import type { Document } from '../../model.js';
import { GENRES, type Genre } from '../../quality/genre.js';
import { scoreDocument } from '../../quality/score.js';
import { documentReport } from '../../report/document-report.js';
import type { DocumentReport, GateVerdict, Report } from '../../report/report.js';
import { REPORTER_NAMES, REPORTERS, reporterForFile, reporterNamed, SHOWS_SOURCE_TEXTS, type ReporterName, type ReporterOptions } from '../../report/reporters/index.js';
import { checkDrafts, type DraftInput } from '../../similarity/check.js';
import { contentString } from '../../similarity/classify.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { IndexLookup } from '../../store/index-lookup.js';
import { DEFAULT_WHITELIST } from '../defaults.js';
import { EXIT_ERROR, EXIT_FAILED } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { parseChoice, parsePositive, toReadOptions, type ReadFlags, encodingOption, maxSizeOption, replaceInvalidOption } from '../options.js';
import { VERSION } from '../version.js';
import { loadCliches } from './score.js';

/** Options `check` and `gate` share. */
export interface RunFlags extends ReadFlags {
  readonly config?: string;
  readonly corpus?: string;
  readonly format?: string;
  readonly output?: readonly string[];
  readonly crossDrafts: boolean;
  readonly whitelist?: string;
  readonly boilerplateDocs?: number;
  readonly genre?: Genre | 'auto';
}

/** Where one rendering goes: stdout, or a file. */
export interface OutputTarget {
  readonly format: ReporterName;
  /** Absolute path, or null for stdout. */
  readonly file: string | null;
}

/** `wenchao check DRAFT…`: find passages taken from the corpus and from the other drafts, and score quality. */
export function registerCheck(program: Command, io: Io, state: ExitState): void {
  addRunOptions(
    program
      .command('check')
      .description('find passages of drafts taken from the reference corpus or from each other, with CNKI-style ratios and quality scores')
      .argument('<drafts...>', 'drafts to check (.txt, .md, .docx)'),
  ).action(async (paths: string[], flags: RunFlags) => {
    const config = loadConfig(io.cwd, flags.config);
    const targets = outputTargets(io, flags);
    // Thresholds apply in `check` only when a configuration file sets them up; `gate` always applies them.
    const run = await runChecks(paths, flags, config, io, state, config.file !== null, targets);
    if (run.documents.some((d) => d.status === 'checked' && d.findings.some((f) => f.severity === 'error')) && state.code === 0) state.code = EXIT_FAILED;
    writeOutputs(run, targets, io, state);
  });
}

/** The options of `check` and `gate`, declared once. */
export function addRunOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'configuration file (default: .wenchaorc.json or package.json "wenchao", found upward)')
    .option('--corpus <db>', 'corpus index built by wenchao index (default from the configuration, else corpora/.wenchao/index.sqlite)')
    .option('-f, --format <format>', `output format on stdout: ${REPORTER_NAMES.join(', ')} (html is written to reports/)`)
    .option('-o, --output <[format:]file>', 'also write a report to a file, format from the prefix or the extension (.sarif .html .json .md .csv .txt); repeatable', collect, [])
    .option('--no-cross-drafts', 'do not compare the drafts with each other')
    .option('--whitelist <file>', `common formulations not to count as copying (default ${DEFAULT_WHITELIST} if present)`)
    .option('--boilerplate-docs <n>', 'a passage found in this many documents, or half made of stretches they hold, is a common formulation (default 3)', parsePositive)
    .addOption(new Option('-g, --genre <genre>', 'score quality against this genre (default from the configuration, else auto)').choices([...GENRES, 'auto']).argParser(parseChoice([...GENRES, 'auto'] as const)))
    .addOption(encodingOption())
    .addOption(replaceInvalidOption())
    .addOption(maxSizeOption());
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** What a run produced: the report, and the texts reporters need beside it. */
export interface CheckRun extends Report {
  readonly texts: ReadonlyMap<string, string>;
  /** The matched sources' texts, read only when a target shows them (else empty). */
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * Reads, checks and scores the files: a file that cannot be read is reported as failed (one line on
 * stderr, exit 2) and the others go on. With `thresholds`, every limit a document breaks is an error
 * finding. `targets` are the renderings the run is for: the sources' texts are read for those that show them.
 */
export async function runChecks(paths: readonly string[], flags: RunFlags, config: NormalizedConfig, io: Io, state: ExitState, thresholds: boolean, targets: readonly OutputTarget[], gate?: (documents: readonly DocumentReport[]) => GateVerdict): Promise<CheckRun> {
  const dbPath = flags.corpus ? resolve(io.cwd, flags.corpus) : config.corpus;
  const index = CorpusIndex.open(dbPath, { readonly: true });
  try {
    const whitelist = await loadWhitelist(io.cwd, flags.whitelist ?? config.exclude.whitelist ?? undefined);
    const [cliches, userDict] = await Promise.all([loadCliches(config.root), loadUserDict(config.root)]);
    const drafts: DraftInput[] = [];
    const failed = new Map<string, string>();
    const wanted = paths.filter((p) => !isSidecar(resolve(io.cwd, p)));
    for (const path of wanted) {
      try {
        const document: Document = await ingestFile(resolve(io.cwd, path), toReadOptions(flags));
        drafts.push({ path, document });
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).replace(resolve(io.cwd, path), path);
        failed.set(path, message);
        io.stderr(`wenchao: ${message}\n`);
        state.code = EXIT_ERROR;
      }
    }
    const boilerplateDocuments = flags.boilerplateDocs ?? config.exclude.boilerplateDocs ?? undefined;
    const results = new Map(
      checkDrafts(drafts, new IndexLookup(index), {
        crossDrafts: flags.crossDrafts,
        whitelist,
        ...(boilerplateDocuments ? { boilerplateDocuments } : {}),
      }).map((r) => [r.path, r]),
    );
    const genre = flags.genre ?? config.genre;
    const settings = { rules: config.rules, ...(thresholds ? { thresholds: config.thresholds, exclude: config.exclude } : {}) };
    const documents: DocumentReport[] = wanted.map((path) => {
      const result = results.get(path);
      if (!result) return { path, status: 'failed', error: failed.get(path) ?? 'not checked' };
      const { document } = drafts.find((d) => d.path === path)!;
      const words = segment(document.normalised, { tags: true, ...(userDict ? { userDict } : {}) });
      const quality = scoreDocument(document, words, { cliches, genre });
      return documentReport({ path, text: document.raw.text, result, quality }, settings);
    });
    const texts = new Map(drafts.map((d) => [d.path, d.document.raw.text]));
    return {
      tool: { name: 'wenchao', version: VERSION },
      corpus: { path: flags.corpus ?? displayPath(io.cwd, dbPath), documents: index.documentCount },
      documents,
      ...(gate ? { gate: gate(documents) } : {}),
      texts,
      sources: targets.some((t) => SHOWS_SOURCE_TEXTS.has(t.format)) ? sourceTexts(index, documents, texts) : new Map<string, string>(),
    };
  } finally {
    index.close();
  }
}

/** The corpus texts the matches point into (for the HTML comparison); drafts of the run are in `texts`. */
function sourceTexts(index: CorpusIndex, documents: readonly DocumentReport[], texts: ReadonlyMap<string, string>): Map<string, string> {
  const paths = new Set<string>();
  for (const d of documents) if (d.status === 'checked') for (const m of d.originality.matches) if (!texts.has(m.source.path)) paths.add(m.source.path);
  const out = new Map<string, string>();
  if (paths.size === 0) return out;
  const ids = index.contentHashes();
  for (const path of [...paths].sort()) {
    const entry = ids.get(path);
    if (entry) out.set(path, index.document(entry.id).text);
  }
  return out;
}

/**
 * The renderings a run asks for: `--format` on stdout (terminal by default; html goes to
 * `reports/wenchao-report.html`), and each `--output [FORMAT:]FILE`. Checked before any work: an unknown
 * format or a folder that is missing or not writable is a usage error.
 */
export function outputTargets(io: Io, flags: Pick<RunFlags, 'format' | 'output'>): OutputTarget[] {
  const targets: OutputTarget[] = [];
  const stdout = flags.format === undefined ? 'terminal' : reporterNamed(flags.format);
  if (!stdout) throw new UsageError(`unknown format "${flags.format}" (formats: ${REPORTER_NAMES.join(', ')})`);
  if (stdout === 'html') {
    const reports = resolve(io.cwd, 'reports');
    mkdirSync(reports, { recursive: true });
    targets.push({ format: 'html', file: join(reports, 'wenchao-report.html') });
  } else targets.push({ format: stdout, file: null });
  for (const spec of flags.output ?? []) {
    const prefixed = /^([a-z]+):(.+)$/u.exec(spec);
    const named = prefixed && reporterNamed(prefixed[1]!);
    if (prefixed && !named && !/^[a-z]$/iu.test(prefixed[1]!)) throw new UsageError(`unknown format "${prefixed[1]}" in --output ${spec} (formats: ${REPORTER_NAMES.join(', ')})`);
    const file = resolve(io.cwd, named ? prefixed![2]! : spec);
    const format = named ?? reporterForFile(file);
    if (!format) throw new UsageError(`--output ${spec}: cannot tell the format from the extension (write FORMAT:FILE, formats: ${REPORTER_NAMES.join(', ')})`);
    checkWritable(file, spec);
    targets.push({ format, file });
  }
  return targets;
}

function checkWritable(file: string, spec: string): void {
  const folder = dirname(file);
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    throw new UsageError(`--output ${spec}: folder ${folder} does not exist`);
  }
  if (!stats.isDirectory()) throw new UsageError(`--output ${spec}: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`--output ${spec}: folder ${folder} is not writable`);
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--output ${spec}: ${file} is a folder`);
}

/** Renders the run once per target; a file that cannot be written is one line on stderr and exit 2. */
export function writeOutputs(run: CheckRun, targets: readonly OutputTarget[], io: Io, state: ExitState): void {
  const report: Report = { tool: run.tool, corpus: run.corpus, documents: run.documents, ...(run.gate ? { gate: run.gate } : {}) };
  for (const target of targets) {
    const options: ReporterOptions = {
      texts: run.texts,
      sources: run.sources,
      color: target.file === null && io.isTty && !process.env['NO_COLOR'],
    };
    const text = REPORTERS[target.format](report, options);
    if (target.file === null) {
      io.stdout(text);
      continue;
    }
    try {
      writeFileSync(target.file, text);
      if (target === targets[0]) io.stdout(`wrote ${displayPath(io.cwd, target.file)}\n`);
    } catch (error) {
      io.stderr(`wenchao: cannot write ${displayPath(io.cwd, target.file)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
      state.code = EXIT_ERROR;
    }
  }
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** `a.txt.json` or `a.json` beside a readable `a.txt`: metadata, not a draft (a shell glob picks them up). */
export function isSidecar(path: string): boolean {
  if (!path.toLowerCase().endsWith('.json')) return false;
  const stem = path.slice(0, -'.json'.length);
  return [stem, `${stem}.txt`, `${stem}.md`, `${stem}.docx`].some((candidate) => candidate !== path && /\.(txt|md|markdown|docx)$/iu.test(candidate) && existsSync(candidate));
}

async function loadWhitelist(cwd: string, file: string | undefined): Promise<string[]> {
  const path = resolve(cwd, file ?? DEFAULT_WHITELIST);
  if (!file && !existsSync(path)) return [];
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`cannot read whitelist ${path}`);
  });
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(contentString)
    .filter((entry) => entry.length >= 4);
}
