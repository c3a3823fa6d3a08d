#!/usr/bin/env node
/**
 * Scores a `detections.jsonl` against an evaluation set with the PAN measures of `src/eval` and prints the
 * table (overall, per disguise type, negatives with false alarms, boilerplate coverage).
 *
 * usage: node bench/peers/score.mjs --detections FILE [--set DIR] [--title TEXT] [--markdown] [--json]
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SET, loadEval } from './lib.mjs';

const { values: o } = parseArgs({
  options: {
    detections: { type: 'string' },
    set: { type: 'string', default: DEFAULT_SET },
    title: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (o.detections === undefined) {
  console.error('usage: node bench/peers/score.mjs --detections FILE [--set DIR] [--title TEXT] [--markdown] [--json]');
  process.exit(2);
}
const ev = await loadEval();
const set = await ev.loadEvalSet(o.set);
const evaluation = ev.evaluate(set.truth, await ev.loadDetections(o.detections), set.boilerplate);
if (o.json) console.log(JSON.stringify(evaluation, null, 2));
else process.stdout.write((o.markdown ? ev.formatMarkdown : ev.formatText)(evaluation, { title: o.title ?? o.detections }));
