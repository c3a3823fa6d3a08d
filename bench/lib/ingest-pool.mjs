/**
 * The ingest pipeline over all cores: `n` worker threads, each with its own jieba, fed batches of paths
 * from one queue (so a worker that drew large files does not hold the others up).
 */
import { Worker } from 'node:worker_threads';
import { addCounts } from './ingest-pass.mjs';
import { feedWorkers } from './feed-workers.mjs';

/** Files per message: large enough that messaging costs nothing, small enough to balance the load. */
const BATCH = 32;

/** Starts the workers and resolves once each has loaded its modules and dictionary. */
export async function startPool(stage, n) {
  const workers = await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(new URL('./ingest-worker.mjs', import.meta.url), { workerData: { stage } });
      return new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', () => resolve(worker));
      });
    }),
  );

  /** Runs every path through the pool; resolves with the summed counts. */
  async function run(paths) {
    let total = {};
    await feedWorkers(workers, paths, BATCH, ({ counts }) => {
      total = addCounts(total, counts);
    });
    for (const worker of workers) worker.removeAllListeners('message');
    return total;
  }

  async function close() {
    await Promise.all(workers.map((worker) => new Promise((resolve) => {
      worker.once('exit', resolve);
      worker.postMessage(null);
    })));
  }

  return { run, close };
}
