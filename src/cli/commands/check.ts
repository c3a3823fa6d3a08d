import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ingestFile } from '../../ingest/ingest.js';
import { UsageError } from '../../errors.js';
import type { Document } from '../../model.js';
import type { DocumentReport, Report } from '../../report/report.js';
import { originalityOf } from '../../report/report.js';
import { jsonReporter } from '../../report/reporters/json.js';
import { textReporter } from '../../report/reporters/text.js';
import { checkDrafts, type DraftInput } from '../../similarity/check.js';
import { contentString } from '../../similarity/classify.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { IndexLookup } from '../../store/index-lookup.js';
import { DEFAULT_DB, DEFAULT_WHITELIST } from '../defaults.js';
import { EXIT_ERROR } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { parseChoice, parsePositive, toReadOptions, type ReadFlags } from '../options.js';
import { VERSION } from '../version.js';

interface CheckFlags extends ReadFlags {
  readonly corpus: string;
  readonly format: 'text' | 'json';
  readonly crossDrafts: boolean;
  readonly whitelist?: string;
  readonly boilerplateDocs?: number;
}

/** `wenchao check DRAFT…`: find passages taken from the corpus and from the other drafts. */
export function registerCheck(program: Command, io: Io, state: ExitState): void {
  program
    .command('check')
    .description('find passages of drafts taken from the reference corpus or from each other, with CNKI-style ratios')
    .argument('<drafts...>', 'drafts to check (.txt, .md, .docx)')
    .option('--corpus <db>', 'corpus index built by wenchao index', DEFAULT_DB)
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text').argParser(parseChoice(['text', 'json'] as const)),
    )
    .option('--no-cross-drafts', 'do not compare the drafts with each other')
    .option('--whitelist <file>', `common formulations not to count as copying (default ${DEFAULT_WHITELIST} if present)`)
    .option('--boilerplate-docs <n>', 'a passage found in this many documents is a common formulation (default 5)', parsePositive)
    .option('-e, --encoding <name>', 'decode .txt/.md with this encoding instead of detecting it')
    .option('--replace-invalid', 'replace invalid byte sequences with U+FFFD instead of failing')
    .option('--max-size <MB>', 'largest file to read, in MB (default 32)', parsePositive)
    .action(async (paths: string[], flags: CheckFlags) => {
      const dbPath = resolve(io.cwd, flags.corpus);
      const index = CorpusIndex.open(dbPath, { readonly: true });
      try {
        const whitelist = await loadWhitelist(io.cwd, flags.whitelist);
        const drafts: DraftInput[] = [];
        const failed = new Map<string, string>();
        for (const path of paths.filter((p) => !isSidecar(p))) {
          try {
            const document: Document = await ingestFile(path, toReadOptions(flags));
            drafts.push({ path, document });
          } catch (error) {
            failed.set(path, error instanceof Error ? error.message : String(error));
            io.stderr(`wenchao: ${failed.get(path)}\n`);
            state.code = EXIT_ERROR;
          }
        }
        const results = new Map(
          checkDrafts(drafts, new IndexLookup(index), {
            crossDrafts: flags.crossDrafts,
            whitelist,
            ...(flags.boilerplateDocs ? { boilerplateDocuments: flags.boilerplateDocs } : {}),
          }).map((r) => [r.path, r]),
        );
        const documents: DocumentReport[] = paths.filter((p) => !isSidecar(p)).map((path) => {
          const result = results.get(path);
          if (!result) return { path, status: 'failed', error: failed.get(path) ?? 'not checked' };
          const draft = drafts.find((d) => d.path === path)!;
          return { path, status: 'checked', characters: draft.document.raw.text.length, originality: originalityOf(result) };
        });
        const report: Report = {
          tool: { name: 'wenchao', version: VERSION },
          corpus: { path: flags.corpus, documents: index.documentCount },
          documents,
        };
        const texts = new Map(drafts.map((d) => [d.path, d.document.raw.text]));
        io.stdout(flags.format === 'json' ? jsonReporter(report) : textReporter(report, { texts }));
      } finally {
        index.close();
      }
    });
}

/** `a.txt.json` or `a.json` beside a readable `a.txt`: metadata, not a draft (a shell glob picks them up). */
function isSidecar(path: string): boolean {
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
