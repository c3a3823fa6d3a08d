/** Worker thread entry: one {@link DocumentScanner} (indexes and caches opened once), tasks in batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentScanner, type ScanOutcome, type ScannerConfig, type ScanTask } from './document-scanner.js';

export type WorkerRequest = { readonly kind: 'tasks'; readonly tasks: readonly ScanTask[] } | { readonly kind: 'close' };
export type WorkerReply = { readonly kind: 'outcome'; readonly outcome: ScanOutcome } | { readonly kind: 'idle' };

if (parentPort) {
  const port = parentPort;
  const scanner = new DocumentScanner(workerData as ScannerConfig);
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'close') {
      scanner.close();
      port.close();
      return;
    }
    for (const task of request.tasks) {
      const outcome = scanner.scan(task);
      port.postMessage({ kind: 'outcome', outcome } satisfies WorkerReply, [outcome.fingerprints.buffer as ArrayBuffer]);
    }
    port.postMessage({ kind: 'idle' } satisfies WorkerReply);
  });
}
