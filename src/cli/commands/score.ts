import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../../ingest/segment/segment.js';
import { loadUserDict } from '../../ingest/segment/user-dict.js';
import { parseCliches, type ClicheList } from '../../quality/cliches.js';
import { GENRES, type Genre } from '../../quality/genre.js';
import { scoreJsonReporter } from '../../quality/reporters/json.js';
import type { ScoredDocument } from '../../quality/reporters/score-report.js';
import { scoreTextReporter } from '../../quality/reporters/text.js';
import { scoreDocument } from '../../quality/score.js';
import { UsageError } from '../../errors.js';
import { EXIT_ERROR } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { ingestInput } from '../read-input.js';
import { parseChoice, toReadOptions, type ReadFlags, encodingOption, maxSizeOption, replaceInvalidOption } from '../options.js';
import { VERSION } from '../version.js';

interface ScoreFlags extends ReadFlags {
  readonly format: 'text' | 'json';
  readonly genre: Genre | 'auto';
}

/** The cliché list that ships with the package (`data/cliches.txt`, three folders up from this file in `src` and `dist`). */
export const PACKAGE_CLICHES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'cliches.txt');
/** A project's own additions, in the same format. */
export const USER_CLICHES = join('corpora', 'cliches.txt');

/**
 * The package's cliché list plus `corpora/cliches.txt` under `root` if present. A missing package list is
 * a broken installation, a usage error (exit 2).
 */
export async function loadCliches(root: string): Promise<ClicheList> {
  const shipped = await readFile(PACKAGE_CLICHES, 'utf8').catch(() => {
    throw new UsageError(`cannot read the cliché list ${PACKAGE_CLICHES}`);
  });
  const own = await readFile(resolve(root, USER_CLICHES), 'utf8').catch(() => '');
  return parseCliches(shipped, own);
}

/** `wenchao score FILE…`: concreteness, fieldwork and structure of each document, with findings to act on. */
export function registerScore(program: Command, io: Io, state: ExitState): void {
  program
    .command('score')
    .description('score the quality of documents: concreteness (言之有物), fieldwork (调研扎实度) and structure, with findings')
    .argument('<files...>', '.txt, .md or .docx files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text').argParser(parseChoice(['text', 'json'] as const)))
    .addOption(
      new Option('-g, --genre <genre>', 'score against the conventions of this genre (auto: from title and headings)')
        .choices([...GENRES, 'auto'])
        .default('auto')
        .argParser(parseChoice([...GENRES, 'auto'] as const)),
    )
    .addOption(encodingOption())
    .addOption(replaceInvalidOption())
    .addOption(maxSizeOption())
    .action(async (files: string[], flags: ScoreFlags) => {
      const [cliches, userDict] = await Promise.all([loadCliches(io.cwd), loadUserDict(io.cwd)]);
      const documents: ScoredDocument[] = [];
      for (const path of files) {
        try {
          const document = await ingestInput(path, io.cwd, toReadOptions(flags));
          const words = segment(document.normalised, { tags: true, userDict });
          const { quality, findings } = scoreDocument(document, words, { cliches, genre: flags.genre });
          documents.push({ path, status: 'scored', characters: document.raw.text.length, quality, findings, text: document.raw.text });
        } catch (error) {
          // A batch goes on past one bad file; the exit code says that something failed.
          const message = error instanceof Error ? error.message : String(error);
          io.stderr(`wenchao: ${message}\n`);
          documents.push({ path, status: 'failed', error: message });
          state.code = EXIT_ERROR;
        }
      }
      const report = { tool: { name: 'wenchao', version: VERSION }, documents } as const;
      io.stdout(flags.format === 'json' ? scoreJsonReporter(report) : scoreTextReporter(report));
    });
}
