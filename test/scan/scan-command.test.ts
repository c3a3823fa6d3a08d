import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf, ROOT, runCli, tempDir } from '../cli/run-cli.js';
import { scanCsv } from '../../src/scan/outputs/csv.js';
import { escapeHtml, overviewHtml } from '../../src/scan/outputs/html.js';

const ARCHIVE = resolve(ROOT, 'test/fixtures/scan/archive');
const temp = tempDir('wenchao-scan-');
afterAll(() => temp.remove());

/** The fixture archive holds two copy families, one loner and one broken .docx in the middle (2023/). */
describe('wenchao scan on the fixture archive', async () => {
  const out = temp.at('out');
  const first = await runCli(['scan', ARCHIVE, '--out', out, '--workers', '0', '--family-chars', '100', '--no-quality']);
  const read = (name: string): string => readFileSync(join(out, name), 'utf8');

  it('reports the unreadable file, skips it, scans the rest and exits 2', () => {
    expect(first.code).toBe(2);
    expect(linesOf(first.stderr).filter((l) => l.includes('损坏的报告.docx'))).toHaveLength(1);
    expect(first.stdout).toMatch(/scanned 6 documents .* 1 failed, 2 copy families/u);
    const csv = read('scan.csv');
    expect(csv).toContain('2023/损坏的报告.docx,failed');
    expect(csv.split('\r\n').filter((l) => l.includes(',scanned,'))).toHaveLength(6);
  });

  it('finds the two families with the earliest document as the original', () => {
    const { families } = JSON.parse(read('families.json')) as {
      families: Array<{ members: Array<{ path: string }>; links: Array<{ original: string; copy: string; direction: string }> }>;
    };
    expect(families.map((f) => f.members.map((m) => m.path))).toEqual([
      ['2022/河湾镇乡村振兴调研报告.txt', '2023/柳塘镇乡村振兴工作总结.txt', '2024/石桥镇乡村振兴经验材料.txt'],
      ['2023/城关街道社区治理情况汇报.txt', '2024/东城街道社区治理工作汇报.txt'],
    ]);
    for (const link of families.flatMap((f) => f.links)) {
      expect(link.direction).toBe('dated');
      expect(link.original < link.copy).toBe(true); // the fixture's folders are years
    }
    expect(families.flatMap((f) => f.members.map((m) => m.path))).not.toContain('2024/县医院信息化建设方案.txt');
  });

  it('names each copy’s source in scan.json', () => {
    const report = JSON.parse(read('scan.json')) as { documents: Array<{ path: string; status: string; sources?: Array<{ path: string; origin: string }> }> };
    const copy = report.documents.find((d) => d.path === '2024/东城街道社区治理工作汇报.txt')!;
    expect(copy.sources![0]).toMatchObject({ path: '2023/城关街道社区治理情况汇报.txt', origin: 'archive' });
    expect(report.documents.find((d) => d.path === '2024/县医院信息化建设方案.txt')!.sources).toEqual([]);
  });

  it('a second run reuses every result and writes byte-identical outputs', async () => {
    const before = ['scan.csv', 'scan.json', 'families.json', 'index.html'].map(read);
    const again = await runCli(['scan', ARCHIVE, '--out', out, '--workers', '0', '--family-chars', '100', '--no-quality']);
    expect(again.stdout).toContain('(0 checked now, 6 kept from the last run)');
    expect(['scan.csv', 'scan.json', 'families.json', 'index.html'].map(read)).toEqual(before);
  });

  it('with worker threads gives the same results as on the main thread', async () => {
    const threaded = temp.at('threaded');
    await runCli(['scan', ARCHIVE, '--out', threaded, '--workers', '2', '--family-chars', '100', '--no-quality']);
    expect(readFileSync(join(threaded, 'scan.json'), 'utf8')).toBe(read('scan.json'));
  });
});

describe('scan outputs escape what they show', () => {
  const evil = { path: '=cmd|"/c calc"!A1,<script>.txt', status: 'failed' as const, error: 'bad <b>&</b>' };
  it('CSV: quotes and defuses formulas', () => {
    expect(scanCsv([evil], new Map()).split('\r\n')[1]).toBe(`"'=cmd|""/c calc""!A1,<script>.txt",failed,,,,,,,,,,,,,,,,,bad <b>&</b>`);
  });
  it('HTML: no raw markup from paths or errors', () => {
    const html = overviewHtml({ title: '<t>', rows: [evil], families: [], threshold: 0.3, reports: new Map() });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain(escapeHtml('<script>'));
  });
});

describe('wenchao scan --max-sources', async () => {
  // A report stitched from the two 2023 originals: each is a candidate source of it.
  const archive = temp.at('stitched');
  mkdirSync(archive, { recursive: true });
  const originals = ['2023/城关街道社区治理情况汇报.txt', '2023/柳塘镇乡村振兴工作总结.txt'];
  const texts = originals.map((p) => readFileSync(join(ARCHIVE, p), 'utf8'));
  originals.forEach((p, i) => writeFileSync(join(archive, p.split('/')[1]!), texts[i]!));
  writeFileSync(join(archive, '拼接的汇报.txt'), `${texts[0]!.slice(0, 400)}\n\n${texts[1]!.slice(0, 400)}`);
  const pairsOf = async (extra: string[]): Promise<string[]> => {
    const out = temp.at(`stitched-out${extra.join('')}`);
    await runCli(['scan', archive, '--out', out, '--workers', '0', '--no-quality', '--no-reports', ...extra]);
    const report = JSON.parse(readFileSync(join(out, 'scan.json'), 'utf8')) as { documents: Array<{ path: string; archivePairs: Array<{ path: string }> }> };
    return report.documents.find((d) => d.path === '拼接的汇报.txt')!.archivePairs.map((p) => p.path).sort();
  };

  it('aligns every candidate by default, and only the one sharing most with 1', async () => {
    expect(await pairsOf([])).toEqual(originals.map((p) => p.split('/')[1]).sort());
    expect(await pairsOf(['--max-sources', '1'])).toHaveLength(1);
  });

  it('refuses a count that is not a positive whole number', async () => {
    const result = await runCli(['scan', archive, '--out', temp.at('stitched-bad'), '--max-sources', '0']);
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toHaveLength(1);
  });
});

describe('wenchao scan --corpus', async () => {
  // The fixture archive against the sample reference corpus: each document meets sources of both.
  const corpus = temp.at('with-corpus.sqlite');
  await runCli(['index', resolve(ROOT, 'corpora/sample/reference'), '--db', corpus, '--quiet']);
  const out = temp.at('with-corpus-out');
  await runCli(['scan', ARCHIVE, '--corpus', corpus, '--out', out, '--workers', '0', '--family-chars', '100', '--no-quality']);
  const report = JSON.parse(readFileSync(join(out, 'scan.json'), 'utf8')) as {
    documents: Array<{ path: string; status: string; error?: string; sources?: Array<{ path: string; origin: string }> }>;
  };

  it('checks every readable document against the archive as well as the corpus', () => {
    expect(report.documents.filter((d) => d.status === 'failed').map((d) => d.path)).toEqual(['2023/损坏的报告.docx']);
    const copy = report.documents.find((d) => d.path === '2024/东城街道社区治理工作汇报.txt')!;
    expect(copy.sources![0]).toMatchObject({ path: '2023/城关街道社区治理情况汇报.txt', origin: 'archive' });
  });
});
