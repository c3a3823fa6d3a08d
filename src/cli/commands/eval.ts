import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { loadEvalSet, type DetectionDoc, type TruthDoc } from '../../eval/dataset.js';
import { evaluate } from '../../eval/evaluate.js';
import { detectionsOf } from '../../eval/from-matches.js';
import { formatText } from '../../eval/table.js';
import { ingestFile } from '../../ingest/ingest.js';
import { checkDrafts, type DraftInput } from '../../similarity/check.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { IndexLookup } from '../../store/index-lookup.js';
import { DEFAULT_DB } from '../defaults.js';
import { EXIT_ERROR, EXIT_FAILED } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { parsePositive } from '../options.js';

interface EvalFlags {
  readonly dataset: string;
  readonly corpus: string;
  readonly detectionsOut?: string;
  readonly perType?: number;
  readonly minPlagdet?: number;
}

/** `wenchao eval`: run detection over an evaluation set and print the PAN measures. */
export function registerEval(program: Command, io: Io, state: ExitState): void {
  program
    .command('eval')
    .description('run copy detection over an evaluation set (suspicious/, truth.jsonl) and print precision, recall, granularity, plagdet')
    .requiredOption('--dataset <dir>', 'evaluation set folder with suspicious/ and truth.jsonl')
    .option('--corpus <db>', 'index of the reference corpus the set was built from', DEFAULT_DB)
    .option('--detections-out <file>', 'write the detections as JSON lines')
    .option('--per-type <n>', 'only the first n documents of each disguise type (a quick run)', parsePositive)
    .option('--min-plagdet <x>', 'exit 1 when the overall plagdet is below x (a regression gate)', Number)
    .action(async (flags: EvalFlags) => {
      if (flags.minPlagdet !== undefined && !(flags.minPlagdet >= 0 && flags.minPlagdet <= 1)) {
        throw new UsageError('--min-plagdet must be a number between 0 and 1');
      }
      const set = await loadEvalSet(resolve(io.cwd, flags.dataset));
      const truth = pick(set.truth, flags.perType);
      const index = CorpusIndex.open(resolve(io.cwd, flags.corpus), { readonly: true });
      const detections: DetectionDoc[] = [];
      const started = Date.now();
      try {
        const lookup = new IndexLookup(index);
        for (const doc of truth) {
          let draft: DraftInput;
          try {
            draft = { path: doc.suspicious, document: await ingestFile(join(set.suspiciousDir, doc.suspicious)) };
          } catch (error) {
            io.stderr(`wenchao: ${error instanceof Error ? error.message : String(error)}\n`);
            state.code = EXIT_ERROR;
            continue;
          }
          const [result] = checkDrafts([draft], lookup, { crossDrafts: false });
          detections.push({
            suspicious: doc.suspicious,
            detections: detectionsOf(result!.matches),
          });
        }
      } finally {
        index.close();
      }
      const seconds = (Date.now() - started) / 1000;
      if (flags.detectionsOut) {
        await writeFile(resolve(io.cwd, flags.detectionsOut), detections.map((d) => JSON.stringify(d)).join('\n') + '\n');
      }
      const evaluation = evaluate(truth, detections, set.boilerplate);
      io.stdout(formatText(evaluation, { title: `wenchao on ${flags.dataset}: ${truth.length} documents in ${seconds.toFixed(1)} s` }));
      if (flags.minPlagdet !== undefined && evaluation.overall.plagdet < flags.minPlagdet) {
        io.stderr(`wenchao: plagdet ${evaluation.overall.plagdet.toFixed(3)} is below ${flags.minPlagdet}\n`);
        if (state.code === 0) state.code = EXIT_FAILED;
      }
    });
}

function pick(truth: readonly TruthDoc[], perType: number | undefined): TruthDoc[] {
  if (!perType) return [...truth];
  const counts = new Map<string, number>();
  return truth.filter((t) => {
    const n = counts.get(t.obfuscation) ?? 0;
    counts.set(t.obfuscation, n + 1);
    return n < perType;
  });
}
