import { Command, Option } from 'commander';
import { segment } from '../../ingest/segment/segment.js';
import { loadUserDict } from '../../ingest/segment/user-dict.js';
import type { Document, Word } from '../../model.js';
import { EXIT_ERROR } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { ingestInput } from '../read-input.js';
import { parseChoice, toReadOptions, type ReadFlags, encodingOption, maxSizeOption, replaceInvalidOption } from '../options.js';
import { describeDocument, type IngestSummary } from './ingest-summary.js';
import { formatIngestText } from './ingest-text.js';

interface IngestFlags extends ReadFlags {
  readonly format: 'text' | 'json';
  readonly words?: boolean;
  readonly text?: boolean;
}

/** `wenchao ingest FILE…`: how each document was read, to check the reader before trusting the checker. */
export function registerIngest(program: Command, io: Io, state: ExitState): void {
  program
    .command('ingest')
    .description('show how documents are read: encoding, title, heading tree, counts, segmentation')
    .argument('<files...>', '.txt, .md or .docx files')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text')
        .argParser(parseChoice(['text', 'json'] as const)),
    )
    .option('-w, --words', 'also print the jieba segmentation with part-of-speech tags')
    .option('--text', 'also print the extracted plain text (all offsets point into it)')
    .addOption(encodingOption())
    .addOption(replaceInvalidOption())
    .addOption(maxSizeOption())
    .action(async (files: string[], flags: IngestFlags) => {
      const userDict = await loadUserDict(io.cwd);
      const summaries: IngestSummary[] = [];
      for (const file of files) {
        let document: Document;
        try {
          document = await ingestInput(file, io.cwd, toReadOptions(flags));
        } catch (error) {
          // A batch goes on past one bad file; the exit code says that something failed.
          io.stderr(`wenchao: ${error instanceof Error ? error.message : String(error)}\n`);
          state.code = EXIT_ERROR;
          continue;
        }
        for (const warning of document.raw.warnings) io.stderr(`wenchao: ${file}: warning: ${warning}\n`);
        const words: Word[] | undefined = flags.words
          ? segment(document.normalised, { tags: true, userDict })
          : undefined;
        const summary = describeDocument(document, words ?? segment(document.normalised, { userDict }), {
          includeWords: Boolean(flags.words),
          includeText: Boolean(flags.text),
        });
        if (flags.format === 'json') summaries.push(summary);
        else io.stdout(formatIngestText(summary));
      }
      if (flags.format === 'json') io.stdout(`${JSON.stringify({ documents: summaries }, null, 2)}\n`);
    });
}
