/** A small hand-made report with every kind of match and finding, and a draft full of markup. */
import type { Report } from '../../src/report/report.js';

export const DRAFT = [
  '关于<script>alert(1)</script>的调研报告',
  '',
  '一、基本情况',
  '　　全县建成电商服务站41个，2023年农村网络零售额达到3.6亿元。图片<img src=x "onerror=alert(2)">仍是文字。',
  '　　正如调查所说，“受访老人最需要的是上门助医和助浴”[1]。𠮷字在前，位置照算。',
].join('\n');

const copyStart = DRAFT.indexOf('全县建成');
const copyEnd = DRAFT.indexOf('亿元。') + 3;
const quoteStart = DRAFT.indexOf('“受访');
const quoteEnd = DRAFT.indexOf('”[1]') + 1;
const afterAstral = DRAFT.indexOf('字在前');

export const SOURCE = '松溪县数字乡村建设调研报告\n　　截至8月底，全县建成农产品电商服务站41个，2023年农村网络零售额达到3.6亿元，同比增长18.4%。';

export const REPORT: Report = {
  tool: { name: 'wenchao', version: '0.1.0' },
  corpus: { path: 'corpora/.wenchao/index.sqlite', documents: 2 },
  documents: [
    {
      path: 'reports/a "b" <c>.md',
      status: 'checked',
      characters: DRAFT.length,
      originality: {
        copyRatio: 0.42,
        copyRatioExcludingQuotes: 0.3,
        copyRatioExcludingSelf: 0.42,
        maxSingleSourceRatio: 0.3,
        copiedChars: 50,
        totalChars: 120,
        matches: [
          {
            kind: 'copy',
            start: copyStart,
            end: copyEnd,
            similarity: 0.9,
            source: { path: 'ref/松溪.txt', start: SOURCE.indexOf('全县建成'), end: SOURCE.indexOf('亿元') + 2, title: '松溪县数字乡村<b>调研</b>报告' },
            chars: 30,
            documents: 1,
          },
          { kind: 'quote', start: quoteStart, end: quoteEnd, similarity: 1, source: { path: 'ref/养老.txt', start: 0, end: 10 }, chars: 20 },
        ],
        sources: [
          { path: 'ref/松溪.txt', chars: 30, ratio: 0.3 },
          { path: 'ref/养老.txt', chars: 20, ratio: 0.12 },
        ],
        sections: [{ heading: '一、基本情况', level: 1, start: DRAFT.indexOf('一、'), end: DRAFT.length, copyRatio: 0.42 }],
      },
      quality: null,
      findings: [
        { ruleId: 'threshold/copy-ratio', severity: 'error', span: { start: copyStart, end: copyEnd }, message: '总文字复制比 42.0% 超过上限 30.0%（thresholds.maxCopyRatio）' },
        { ruleId: 'originality/copy', severity: 'warning', span: { start: copyStart, end: copyEnd }, message: '与已有文稿雷同：30字, 相似度 90%', suggestion: '改用自己的话重写' },
        { ruleId: 'concreteness/cliche', severity: 'info', span: { start: afterAstral, end: afterAstral + 3 }, message: '套话“字在前”' },
      ],
    },
    { path: 'reports/missing.md', status: 'failed', error: 'reports/missing.md: no such file' },
  ],
  gate: { passed: false, errors: 2, warnings: 1, maxWarnings: -1 },
};

export const TEXTS = new Map([['reports/a "b" <c>.md', DRAFT]]);
export const SOURCES = new Map([['ref/松溪.txt', SOURCE]]);
export { afterAstral };
