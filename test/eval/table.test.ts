import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetections, loadEvalSet } from '../../src/eval/dataset.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { evalFormatters, formatComparisonMarkdown, formatMarkdown, formatText } from '../../src/eval/table.js';

const MINI = join(import.meta.dirname, '../fixtures/eval/mini');

async function mini() {
  const set = await loadEvalSet(MINI);
  return evaluate(set.truth, await loadDetections(join(MINI, 'detections.jsonl')), set.boilerplate);
}

describe('evaluate on the mini set', () => {
  it('drops the boilerplate detection, charges the negative one, finds no false alarm of 50+', async () => {
    const e = await mini();
    // doc 1: perfect; its boilerplate detection lies inside natural text and is dropped.
    // doc 2 (negative): 52 characters, 22 natural → charged (precision (1 + 0) / 2) but under 50 outside.
    expect(e.overall).toMatchObject({ precision: 0.5, recall: 1, granularity: 1, cases: 1, detections: 2 });
    expect(e.overall.plagdet).toBeCloseTo(2 / 3, 12);
    expect(e.negatives).toEqual({ documents: 1, flagged: [], minLength: 50 });
    expect(e.boilerplate).toEqual({ spans: 2, covered: 2, share: 1 });
    expect(e.unknownDocuments).toEqual([]);
  });
});

describe('tables', () => {
  it('formats plain text with aligned columns', async () => {
    expect(formatText(await mini(), { title: 'mini' })).toBe(
      [
        'mini',
        'type      cases  detections  precision  recall  granularity  plagdet',
        'overall       1           2      0.500   1.000        1.000    0.667',
        'none          1           1      1.000   1.000        1.000    1.000',
        'negative      0           1      0.000       —            —        —',
        'negative documents with a false alarm (≥ 50 characters outside natural spans): 0 / 1',
        'boilerplate spans covered (≥ 50 % of their characters): 2 / 2 = 1.000 (target ≤ 0.200)',
        '',
      ].join('\n'),
    );
  });

  it('formats Markdown', async () => {
    const md = formatMarkdown(await mini());
    expect(md.split('\n').slice(0, 3)).toEqual([
      '| type | cases | detections | precision | recall | granularity | plagdet |',
      '| :--- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| overall | 1 | 2 | 0.500 | 1.000 | 1.000 | 0.667 |',
    ]);
    expect(md).toContain('- boilerplate spans covered');
    expect(evalFormatters.markdown).toBe(formatMarkdown);
  });

  it('compares detectors side by side', async () => {
    const e = await mini();
    const md = formatComparisonMarkdown([{ name: 'a', evaluation: e }]);
    expect(md.split('\n')[0]).toBe(
      '| detector | precision | recall | granularity | plagdet | none | negatives flagged | boilerplate |',
    );
    expect(md.split('\n')[2]).toBe('| a | 0.500 | 1.000 | 1.000 | 0.667 | 1.000 | 0 / 1 | 1.000 |');
  });
});
