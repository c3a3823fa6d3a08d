/**
 * Hands `paths` to worker threads `batch` at a time, each worker getting its next batch when it answers;
 * resolves when every path has been handed out and answered. `onReply` sees each worker's message.
 */
export function feedWorkers(workers, paths, batch, onReply) {
  let next = 0;
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve, reject) => {
          const feed = () => {
            if (next >= paths.length) return resolve();
            worker.postMessage(paths.slice(next, next + batch));
            next += batch;
          };
          worker.on('message', (message) => {
            onReply(message);
            feed();
          });
          worker.once('error', reject);
          feed();
        }),
    ),
  );
}
