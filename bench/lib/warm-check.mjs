// A warm check: the index stays open and the segmenter loaded, as in a long-running process (an editor
// plugin, a review server). Checks one draft --runs times against one open index, copy detection and
// quality scores both, and prints the median milliseconds of every run but the first as JSON.
// Usage: node bench/lib/warm-check.mjs INDEX DRAFT [--runs 11]
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const { ingestFile } = await import(`${root}/dist/ingest/ingest.js`);
const { checkDrafts } = await import(`${root}/dist/similarity/check.js`);
const { segment } = await import(`${root}/dist/ingest/segment/segment.js`);
const { scoreDocument } = await import(`${root}/dist/quality/score.js`);
const { CorpusIndex } = await import(`${root}/dist/store/corpus-index.js`);
const { IndexLookup } = await import(`${root}/dist/store/index-lookup.js`);

const [db, draft] = process.argv.slice(2);
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 11;
const index = CorpusIndex.open(db, { readonly: true });
const lookup = new IndexLookup(index);
const times = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const document = await ingestFile(draft);
  const [result] = checkDrafts([{ path: draft, document }], lookup);
  const words = segment(document.normalised, { tags: true });
  scoreDocument(document, words, {});
  times.push(performance.now() - start);
  if (!result) throw new Error('no result');
}
index.close();
const warm = times.slice(1).sort((a, b) => a - b);
console.log(JSON.stringify({ first: times[0], median: warm[Math.floor(warm.length / 2)], runs }));
