/**
 * jieba by itself on text already in memory: the normalised views of the whole corpus are built first
 * (untimed), then timed one after the other: `cut`, `tag`, and `segment()` (cut plus placing every word
 * in the original text through the offset map). Throughput is counted in bytes of the files on disk, so
 * it compares with the pipeline rows.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.mjs';

const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

export async function measureJieba(paths, bytes) {
  const [{ readDocument }, { normalise }, { segment }, { segmenter }] = await Promise.all([
    dist('ingest/read/read.js'),
    dist('ingest/normalise/normalise.js'),
    dist('ingest/segment/segment.js'),
    dist('ingest/segment/segmenter.js'),
  ]);
  const userDict = await readFile(join(ROOT, 'corpora', 'userdict.txt'), 'utf8').catch(() => undefined);
  const views = [];
  for (const path of paths) views.push(normalise((await readDocument(path)).text));
  const jieba = segmenter(userDict);

  const time = (label, run) => {
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
    let words = 0;
    for (const view of views) words += run(view);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    return { label, seconds, mbps: bytes / 1e6 / seconds, perCpuSecond: bytes / (cpu.user + cpu.system), words };
  };
  return [
    time('jieba cut', (view) => jieba.cut(view.text, true).length),
    time('jieba tag', (view) => jieba.tag(view.text, true).length),
    time('segment() (cut + offset map)', (view) => segment(view, { userDict }).length),
    time('segment({ tags: true })', (view) => segment(view, { tags: true, userDict }).length),
  ];
}
