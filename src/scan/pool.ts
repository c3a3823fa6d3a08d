import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentScanner, type ScanOutcome, type ScannerConfig, type ScanTask } from './document-scanner.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * Consecutive documents handed to a worker at once: neighbours in path order are often one family
 * (versions of a law side by side), so they find each other in the same worker's source cache.
 */
const BATCH = 8;

/**
 * Checks archive documents on worker threads, one per core by default, each with its own
 * {@link DocumentScanner}; `workers: 0` runs them on the calling thread (tests, debugging).
 * Outcomes are handed to `onOutcome` as they finish, in completion order.
 */
export class ScanPool {
  readonly #config: ScannerConfig;
  readonly #workers: number;
  #stopped = false;

  constructor(config: ScannerConfig, workers: number) {
    this.#config = config;
    this.#workers = workers;
  }

  /** Stops handing out work; tasks in flight finish and are reported, then `run` resolves. */
  stop(): void {
    this.#stopped = true;
  }

  async run(tasks: readonly ScanTask[], onOutcome: (outcome: ScanOutcome) => void): Promise<void> {
    if (tasks.length === 0) return;
    if (this.#workers === 0) return this.#runInline(tasks, onOutcome);
    const batches: ScanTask[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
    let next = 0;
    const count = Math.min(this.#workers, batches.length);
    await Promise.all(
      Array.from({ length: count }, () =>
        this.#drive(() => (this.#stopped || next >= batches.length ? null : batches[next++]!), onOutcome),
      ),
    );
  }

  /** One worker: takes batches until none are left; a worker that dies fails its batch in flight and is replaced. */
  async #drive(take: () => ScanTask[] | null, onOutcome: (outcome: ScanOutcome) => void): Promise<void> {
    for (;;) {
      const worker = new Worker(workerUrl(), { workerData: this.#config });
      const crashed = await new Promise<boolean>((resolve) => {
        let inFlight: ScanTask[] = [];
        const done = new Set<string>();
        const give = (): void => {
          const batch = take();
          if (!batch) {
            worker.postMessage({ kind: 'close' } satisfies WorkerRequest);
            return;
          }
          inFlight = batch;
          done.clear();
          worker.postMessage({ kind: 'tasks', tasks: batch } satisfies WorkerRequest);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'idle') give();
          else {
            done.add(reply.outcome.row.path);
            onOutcome(reply.outcome);
          }
        });
        worker.on('error', (error) => {
          for (const task of inFlight.filter((t) => !done.has(t.path))) {
            onOutcome({
              row: { path: task.path, status: 'failed', error: `${task.path}: the worker checking it failed: ${error.message}` },
              fingerprints: new Float64Array(0),
            });
          }
          inFlight = [];
          resolve(true);
        });
        worker.on('exit', () => resolve(false));
        give();
      });
      if (!crashed) return;
      await worker.terminate();
    }
  }

  async #runInline(tasks: readonly ScanTask[], onOutcome: (outcome: ScanOutcome) => void): Promise<void> {
    const scanner = new DocumentScanner(this.#config);
    try {
      for (const task of tasks) {
        if (this.#stopped) return;
        onOutcome(scanner.scan(task));
        // Lets timers (progress) and signals (Ctrl-C) in between documents.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      scanner.close();
    }
  }
}

/** The compiled worker: beside this file in dist, or in dist when this file runs from src (tests). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/scan/worker.js', import.meta.url);
}
