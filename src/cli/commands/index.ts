import { Command } from 'commander';
import { resolve } from 'node:path';
import { contentHash } from '../../ingest/content-hash.js';
import { readDocument } from '../../ingest/read/read.js';
import { listFiles } from '../../ingest/walk.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { DEFAULT_DB } from '../defaults.js';
import { EXIT_ERROR } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { toReadOptions, type ReadFlags, encodingOption, maxSizeOption, replaceInvalidOption } from '../options.js';

interface IndexFlags extends ReadFlags {
  readonly db: string;
  readonly quiet?: boolean;
}

/** `wenchao index DIR|FILE…`: build or update the persistent reference corpus index. */
export function registerIndex(program: Command, io: Io, state: ExitState): void {
  program
    .command('index')
    .description('build or update the reference corpus index (incremental: only new or changed files are read)')
    .argument('<paths...>', 'folders and files of the reference corpus (.txt, .md, .docx)')
    .option('--db <path>', 'index database', DEFAULT_DB)
    .addOption(encodingOption())
    .addOption(replaceInvalidOption())
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'no progress lines')
    .action(async (paths: string[], flags: IndexFlags) => {
      const started = Date.now();
      // Loaded here, not with the CLI: a `check` does not need the index writer and its fingerprinting.
      const { syncIndex } = await import('../../store/sync.js');
      const { root, files } = await listFiles(paths.map((path) => resolve(io.cwd, path)));
      const index = CorpusIndex.open(resolve(io.cwd, flags.db), { create: true });
      try {
        const readOptions = toReadOptions(flags);
        let lastReport = Date.now();
        const result = await syncIndex(
          index,
          files.map((f) => ({
            relative: f.relative,
            contentHash: () => contentHash(f.path),
            read: () => readDocument(f.path, readOptions),
          })),
          ({ done, total }) => {
            if (flags.quiet || Date.now() - lastReport < 2000) return;
            lastReport = Date.now();
            io.stderr(`wenchao: index: read ${done}/${total} files\n`);
          },
        );
        index.setMeta('root', root);
        for (const failure of result.failed) io.stderr(`wenchao: ${failure.reason}\n`);
        if (result.failed.length > 0) state.code = EXIT_ERROR;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        io.stdout(
          `indexed ${result.documents} documents into ${flags.db} in ${seconds} s: ${result.added} added, ${result.updated} updated, ` +
            `${result.unchanged} unchanged, ${result.removed} removed, ${result.failed.length} failed; ${result.fingerprints} new fingerprints\n`,
        );
      } finally {
        index.close();
      }
    });
}
