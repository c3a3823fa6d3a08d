/**
 * A worker thread of the ingest benchmark: prepares the pass for its stage, says `ready`, then runs every
 * batch of paths it is sent and answers with the batch's counts, until it is sent `null`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preparePass } from './ingest-pass.mjs';

const pass = await preparePass(workerData.stage);
parentPort.on('message', async (paths) => {
  if (paths === null) {
    parentPort.close();
    return;
  }
  parentPort.postMessage({ counts: await pass(paths) });
});
parentPort.postMessage({ ready: true });
