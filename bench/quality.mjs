/**
 * Quality scorer throughput, memory and calibration over the shared reference corpus.
 *
 *   npm run bench:quality [-- --workers 2] [-- --corpus DIR] [-- --json out.json]
 *
 * Every `.txt` file is read, normalised, structured, segmented with POS tags (jieba) and scored
 * (`scoreDocument`), exactly as `wenchao score` does, on `--workers` worker threads (default: all cores)
 * fed batches from one queue. Reports MB/s (10^6 bytes of files on disk per wall-clock second, modules
 * and dictionaries loaded before the clock starts), MB per CPU-second, peak RSS
 * (`process.resourceUsage().maxRSS`, all threads included), and per top-level folder the distribution of
 * the overall, concreteness, fieldwork and structure scores (quartiles) and the genres detected.
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_CORPUS, listCorpus, ROOT } from './lib/corpus.mjs';
import { peakRssMb } from './lib/stats.mjs';
import { feedWorkers } from './lib/feed-workers.mjs';

/** Target throughput (MB/s, wall clock on this machine). */
const TARGET_MBPS = 5;
/** Files per message: large enough that messaging costs nothing, small enough to balance the load. */
const BATCH = 16;

if (isMainThread) await orchestrate();
else await work();

async function work() {
  const { ingestFile } = await import('../dist/ingest/ingest.js');
  const { segment } = await import('../dist/ingest/segment/segment.js');
  const { parseCliches } = await import('../dist/quality/cliches.js');
  const { scoreDocument } = await import('../dist/quality/score.js');
  const cliches = parseCliches(await readFile(new URL('../data/cliches.txt', import.meta.url), 'utf8'));
  segment({ text: '预热', starts: new Int32Array(2), ends: new Int32Array(2) }, { tags: true }); // load the dictionary
  parentPort.on('message', async (paths) => {
    if (paths === null) return parentPort.close();
    const rows = [];
    for (const path of paths) {
      try {
        const document = await ingestFile(path);
        const words = segment(document.normalised, { tags: true });
        const { quality, findings } = scoreDocument(document, words, { cliches });
        rows.push({ path, score: quality.score, genre: quality.genre, c: quality.concreteness.score, f: quality.fieldwork.score, s: quality.structure.score, findings: findings.length });
      } catch (error) {
        rows.push({ path, error: String(error?.message ?? error) });
      }
    }
    parentPort.postMessage(rows);
  });
  parentPort.postMessage('ready');
}

async function orchestrate() {
  const { values } = parseArgs({
    options: {
      workers: { type: 'string', default: String(availableParallelism()) },
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      json: { type: 'string' },
    },
  });
  const { paths, bytes } = await listCorpus(values.corpus);
  const n = Number(values.workers);
  const workers = await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(new URL(import.meta.url));
      return new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', () => resolve(worker));
      });
    }),
  );
  const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
  const rows = [];
  await feedWorkers(workers, paths, BATCH, (batch) => rows.push(...batch));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  await Promise.all(workers.map((w) => w.terminate()));

  const mb = bytes / 1e6;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`# Quality scorer over ${relative(ROOT, values.corpus) || values.corpus}\n`);
  console.log(`${paths.length} files, ${mb.toFixed(1)} MB, ${n} worker thread(s)\n`);
  console.log('| measure | value | target |\n|---|---|---|');
  console.log(`| throughput (wall clock) | ${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(1)} s) | ≥ ${TARGET_MBPS} MB/s |`);
  console.log(`| per CPU-second | ${(mb / cpuSeconds).toFixed(2)} MB/s | |`);
  console.log(`| peak RSS | ${peakRssMb().toFixed(0)} MB | |`);
  const failed = rows.filter((r) => r.error);
  console.log(`| failed files | ${failed.length} | 0 |\n`);

  const folders = new Map();
  for (const row of rows.filter((r) => !r.error)) {
    const folder = relative(values.corpus, row.path).split(sep)[0];
    folders.set(folder, [...(folders.get(folder) ?? []), row]);
  }
  console.log('Scores per folder: quartiles Q1 / median / Q3 (0–100)\n');
  console.log('| folder | files | overall | concreteness | fieldwork | structure | genres detected |\n|---|---|---|---|---|---|---|');
  for (const [folder, list] of [...folders].sort()) {
    const q = (key) => quartiles(list.map((r) => r[key])).map((v) => v.toFixed(1)).join(' / ');
    const genres = countBy(list.map((r) => r.genre));
    console.log(`| ${folder} | ${list.length} | ${q('score')} | ${q('c')} | ${q('f')} | ${q('s')} | ${genres} |`);
  }
  if (values.json) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.json, JSON.stringify(rows.sort((a, b) => (a.path < b.path ? -1 : 1)), null, 1));
  }
}

/** Q1, median, Q3 by linear interpolation between order statistics. */
function quartiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => {
    const x = (sorted.length - 1) * p;
    const lo = Math.floor(x);
    return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (x - lo);
  };
  return [at(0.25), at(0.5), at(0.75)];
}

function countBy(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
}
