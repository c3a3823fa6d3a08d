import { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { DEFAULT_DB } from '../defaults.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { parseCount, parsePositive } from '../options.js';

export interface EvalFlags {
  readonly dataset: string;
  readonly corpus: string;
  readonly detectionsOut?: string;
  readonly perType?: number;
  readonly minPlagdet?: number;
  readonly workers?: number;
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
    .option('-j, --workers <n>', `worker threads (default 1; each keeps its own prepared sources: ${availableParallelism()} cores here)`, parseCount)
    .option('--min-plagdet <x>', 'exit 1 when the overall plagdet is below x (a regression gate)', Number)
    // The evaluation is loaded when it runs: a `check` does not load its modules.
    .action(async (flags: EvalFlags) => (await import('./eval-run.js')).runEvalCommand(flags, io, state));
}
