/**
 * Worker thread of `wenchao eval`: opens the corpus index once, checks its share of the suspicious
 * documents and posts one message per document (its detections, or the error that stopped it).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { detectionsOf } from '../eval/from-matches.js';
import { ingestFile } from '../ingest/ingest.js';
import { checkDrafts } from '../similarity/check.js';
import { CorpusIndex } from '../store/corpus-index.js';
import { IndexLookup } from '../store/index-lookup.js';
import type { Annotation } from '../eval/annotation.js';

export interface EvalTask {
  readonly db: string;
  readonly suspiciousDir: string;
  readonly names: readonly string[];
  /** Prepared sources each thread keeps (threads share the memory budget). */
  readonly cacheSize?: number;
  /** Content characters of the prepared sources each thread keeps. */
  readonly cacheChars?: number;
}

export type EvalReply =
  | { readonly suspicious: string; readonly detections: readonly Annotation[] }
  | { readonly suspicious: string; readonly error: string };

/** Checks each named document against the index; a document that cannot be read is reported, not fatal. */
export async function evaluateDocuments(task: EvalTask, reply: (message: EvalReply) => void): Promise<void> {
  const index = CorpusIndex.open(task.db, { readonly: true });
  try {
    const lookup = new IndexLookup(index, task.cacheSize, task.cacheChars);
    for (const name of task.names) {
      try {
        const document = await ingestFile(join(task.suspiciousDir, name));
        const [result] = checkDrafts([{ path: name, document }], lookup, { crossDrafts: false });
        reply({ suspicious: name, detections: detectionsOf(result!.matches) });
      } catch (error) {
        reply({ suspicious: name, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    index.close();
  }
}

// Only when started by `wenchao eval` (test runners may load this module in threads of their own).
if (parentPort && (workerData as Partial<EvalTask> | null)?.suspiciousDir !== undefined) {
  const port = parentPort;
  await evaluateDocuments(workerData as EvalTask, (message) => port.postMessage(message));
}
