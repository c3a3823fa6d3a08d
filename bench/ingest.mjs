/**
 * Ingest throughput and memory over the shared reference corpus (14,787 `.txt` files, 72 MB).
 *
 *   npm run bench:ingest [-- --runs 3 --workers 2 --corpus DIR --part all|pipeline|jieba]
 *
 * Measures, as medians of `--runs` runs, MB/s (10^6 bytes of files on disk per second) of the pipeline
 * read+decode, + normalise + structure, + jieba cut, + jieba cut with POS tags; single-threaded, and with
 * `worker_threads` over all cores. Each run is a fresh child process, so its peak RSS
 * (`process.resourceUsage().maxRSS`, which counts every thread of the process, workers included) belongs to
 * that configuration alone; modules and the jieba dictionary are loaded before the clock starts. Files
 * are read from the page cache after the first run. Beside wall-clock MB/s it reports MB per CPU-second
 * (CPU time of all the process's threads), the per-core throughput, which a busy machine does not distort;
 * the targets are judged on it. Prints a Markdown table with the targets beside, then a second one of
 * jieba alone (cut, tag, and `segment()` with its offset map) on the corpus text already in memory.
 */
import { execFile } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { DEFAULT_CORPUS, listCorpus, ROOT } from './lib/corpus.mjs';
import { preparePass, STAGES } from './lib/ingest-pass.mjs';
import { startPool } from './lib/ingest-pool.mjs';
import { measureJieba } from './lib/jieba-alone.mjs';
import { median, peakRssMb } from './lib/stats.mjs';

/** Targets the pipeline is held to (MB/s per core; MB of peak RSS). */
const TARGET_STRUCTURE_MBPS = 10;
const TARGET_SEGMENT_MBPS = 8;
const TARGET_RSS_MB = 1024;

const LABELS = {
  read: 'read + decode',
  structure: 'read + normalise + structure',
  cut: '… + jieba cut',
  tags: '… + jieba cut with POS tags',
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: String(availableParallelism()) },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    child: { type: 'string' },
    threads: { type: 'string', default: '1' },
    part: { type: 'string', default: 'all' },
  },
});

if (values.child === 'jieba') {
  const { paths, bytes } = await listCorpus(values.corpus);
  console.log(JSON.stringify(await measureJieba(paths, bytes)));
} else if (values.child) {
  console.log(JSON.stringify(await measure(values.child, Number(values.threads), values.corpus)));
} else {
  await orchestrate();
}

/** One timed pass in this process: `threads` 1 runs on the main thread, more start a worker pool. */
async function measure(stage, threads, corpus) {
  const { paths, bytes } = await listCorpus(corpus);
  let counts;
  let seconds;
  let cpu;
  if (threads === 1) {
    const pass = await preparePass(stage);
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
    counts = await pass(paths);
    [seconds, cpu] = [(performance.now() - started) / 1000, process.cpuUsage(cpuStarted)];
  } else {
    const pool = await startPool(stage, threads);
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
    counts = await pool.run(paths);
    [seconds, cpu] = [(performance.now() - started) / 1000, process.cpuUsage(cpuStarted)];
    await pool.close();
  }
  // CPU time of every thread of the process (workers, GC and file-system threads included).
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { stage, threads, bytes, seconds, cpuSeconds, counts, rssMb: peakRssMb() };
}

async function orchestrate() {
  const runs = Number(values.runs);
  const workers = Number(values.workers);
  if (!(Number.isInteger(runs) && runs > 0 && Number.isInteger(workers) && workers > 0)) {
    throw new Error('--runs and --workers take positive whole numbers');
  }
  const { paths, bytes } = await listCorpus(values.corpus);
  if (paths.length === 0) throw new Error(`no .txt files under ${values.corpus}`);
  console.log(
    `corpus ${relative(ROOT, values.corpus) || '.'}: ${paths.length} files, ${(bytes / 1e6).toFixed(1)} MB; ` +
      `${runs} runs each; node ${process.version}, ${availableParallelism()} cores\n`,
  );

  if (!['all', 'pipeline', 'jieba'].includes(values.part)) throw new Error('--part takes all, pipeline or jieba');
  const configs = values.part === 'jieba' ? [] : [
    ...STAGES.map((stage) => ({ stage, threads: 1 })),
    ...(workers > 1 ? ['structure', 'cut', 'tags'].map((stage) => ({ stage, threads: workers })) : []),
  ];
  const script = fileURLToPath(import.meta.url);
  const rows = [];
  for (const { stage, threads } of configs) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const args = [script, '--child', stage, '--threads', String(threads), '--corpus', values.corpus];
      const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 20 });
      results.push(JSON.parse(stdout));
    }
    const mbps = results.map((r) => r.bytes / 1e6 / r.seconds);
    const row = {
      stage,
      threads,
      mbps: median(mbps),
      min: Math.min(...mbps),
      max: Math.max(...mbps),
      perCpuSecond: median(results.map((r) => r.bytes / 1e6 / r.cpuSeconds)),
      rssMb: Math.max(...results.map((r) => r.rssMb)),
      counts: results[0].counts,
    };
    rows.push(row);
    console.error(
      `${LABELS[stage]}, ${threads} thread(s): ${mbps.map((x) => x.toFixed(1)).join(' / ')} MB/s; ` +
        `${results.map((r) => (r.bytes / 1e6 / r.cpuSeconds).toFixed(1)).join(' / ')} MB per CPU-second; load ${loadavg()[0].toFixed(1)}; peak RSS ${row.rssMb.toFixed(0)} MB; ` +
        `${row.counts.files} files read, ${row.counts.failed} failed, ${row.counts.words || 0} words`,
    );
  }
  if (rows.length > 0) console.log(table(rows, runs));

  const jiebaRuns = [];
  for (let run = 0; run < (values.part === 'pipeline' ? 0 : runs); run++) {
    const args = [script, '--child', 'jieba', '--corpus', values.corpus];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 20 });
    jiebaRuns.push(JSON.parse(stdout));
  }
  if (jiebaRuns.length > 0) {
    console.log(`\njieba alone, single thread, on the normalised text already in memory (median of ${runs}):\n`);
    console.log('| step | MB/s, wall | MB per CPU-second | words |\n|---|---:|---:|---:|');
    for (const [i, { label, words }] of jiebaRuns[0].entries()) {
      const wall = median(jiebaRuns.map((r) => r[i].mbps));
      console.log(`| ${label} | ${wall.toFixed(1)} | ${median(jiebaRuns.map((r) => r[i].perCpuSecond)).toFixed(1)} | ${words} |`);
    }
  }
  console.log(
    `\nMB = 10^6 bytes of files on disk. "per CPU-second" divides by the CPU time of all the process's threads, ` +
      `so it is the throughput of one core whatever else the machine runs; targets are judged on it. ` +
      `Load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores.`,
  );
}

function table(rows, runs) {
  const out = [
    `| pipeline | threads | MB/s, wall (median of ${runs}, range) | MB per CPU-second | target per core | peak RSS | target RSS |`,
    '|---|---:|---:|---:|---|---:|---|',
  ];
  for (const row of rows) {
    const perCore = row.perCpuSecond;
    const target = row.stage === 'read' ? null : row.stage === 'structure' ? TARGET_STRUCTURE_MBPS : TARGET_SEGMENT_MBPS;
    const verdict = (ok) => (ok ? '✓' : '✗');
    out.push(
      `| ${LABELS[row.stage]} | ${row.threads} | ${row.mbps.toFixed(1)} (${row.min.toFixed(1)}–${row.max.toFixed(1)}) | ${perCore.toFixed(1)} | ` +
        `${target === null ? '—' : `≥ ${target} ${verdict(perCore >= target)}`} | ${row.rssMb.toFixed(0)} MB | ≤ ${TARGET_RSS_MB} MB ${verdict(row.rssMb <= TARGET_RSS_MB)} |`,
    );
  }
  return out.join('\n');
}
