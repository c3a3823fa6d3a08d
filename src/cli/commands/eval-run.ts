import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../../errors.js';
import { loadEvalSet, type DetectionDoc, type TruthDoc } from '../../eval/dataset.js';
import { evaluate } from '../../eval/evaluate.js';
import { formatText } from '../../eval/table.js';
import { CorpusIndex } from '../../store/corpus-index.js';
import { DEFAULT_CACHE_CHARS, DEFAULT_CACHE_SIZE } from '../../store/index-lookup.js';
import { EXIT_ERROR, EXIT_FAILED } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { evaluateDocuments, type EvalReply, type EvalTask } from '../eval-worker.js';
import type { EvalFlags } from './eval.js';

/** What `wenchao eval` does (options in eval.ts). */
export async function runEvalCommand(flags: EvalFlags, io: Io, state: ExitState): Promise<void> {
  if (flags.minPlagdet !== undefined && !(flags.minPlagdet >= 0 && flags.minPlagdet <= 1)) {
    throw new UsageError('--min-plagdet must be a number between 0 and 1');
  }
  const set = await loadEvalSet(resolve(io.cwd, flags.dataset));
  const truth = pick(set.truth, flags.perType);
  const db = resolve(io.cwd, flags.corpus);
  CorpusIndex.open(db, { readonly: true }).close(); // a missing or foreign index fails here, in one line
  const started = Date.now();
  const replies = new Map<string, EvalReply>();
  const names = truth.map((t) => t.suspicious);
  const workers = Math.min(flags.workers ?? 1, names.length);
  const record = (reply: EvalReply): void => {
    replies.set(reply.suspicious, reply);
  };
  if (workers <= 1) {
    await evaluateDocuments({ db, suspiciousDir: set.suspiciousDir, names }, record);
  } else {
    // Documents dealt round-robin: each worker opens the index once; results are put back in order.
    const shares = Array.from({ length: workers }, (_, w) => names.filter((_, i) => i % workers === w));
    const cacheSize = Math.ceil((1.2 * DEFAULT_CACHE_SIZE) / workers);
    const cacheChars = Math.ceil((1.2 * DEFAULT_CACHE_CHARS) / workers);
    await Promise.all(shares.map((share) => runWorker({ db, suspiciousDir: set.suspiciousDir, names: share, cacheSize, cacheChars }, record)));
  }
  const detections: DetectionDoc[] = [];
  for (const name of names) {
    const reply = replies.get(name);
    if (!reply || 'error' in reply) {
      io.stderr(`wenchao: ${reply?.error ?? `${name}: not checked`}\n`);
      state.code = EXIT_ERROR;
      continue;
    }
    detections.push({ suspicious: name, detections: reply.detections });
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
}

function runWorker(task: EvalTask, record: (reply: EvalReply) => void): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('../eval-worker.js', import.meta.url), { workerData: task });
    worker.on('message', record);
    worker.on('error', fail);
    worker.on('exit', () => done());
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
