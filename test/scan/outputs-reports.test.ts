import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf, ROOT, runCli, tempDir } from '../cli/run-cli.js';
import { reportFileName } from '../../src/scan/outputs/report-file.js';

const ARCHIVE = resolve(ROOT, 'test/fixtures/scan/archive');
const temp = tempDir('wenchao-scan-reports-');
afterAll(() => temp.remove());

/** The copy 东城… takes three sentences word for word from 城关… (see the fixture archive). */
const COPY = '2024/东城街道社区治理工作汇报.txt';
const ORIGINAL = '2023/城关街道社区治理情况汇报.txt';
const PASSAGE = '今年街道推行网格化管理，把辖区划分为一百零四个网格，每个网格配备一名专职网格员';
/** Copy ratios in the fixture: 东城 0.989, 城关 0.872, 柳塘 0.650, 石桥 0.599, 河湾 0.465, 县医院 0. */
const ABOVE_HALF = [ORIGINAL, '2023/柳塘镇乡村振兴工作总结.txt', COPY, '2024/石桥镇乡村振兴经验材料.txt'];
const BELOW_HALF = ['2022/河湾镇乡村振兴调研报告.txt', '2024/县医院信息化建设方案.txt'];

const scan = (out: string, ...more: string[]) => runCli(['scan', ARCHIVE, '--out', out, '--workers', '0', '--family-chars', '100', '--no-quality', ...more]);
const pages = (out: string): string[] => (existsSync(join(out, 'reports')) ? readdirSync(join(out, 'reports')).sort() : []);
/** Every distinct link of the overview into reports/, decoded to a path inside the output folder. */
const overviewLinks = (out: string): string[] => [
  ...new Set([...readFileSync(join(out, 'index.html'), 'utf8').matchAll(/href="(reports\/[^"]+)"/gu)].map((m) => decodeURIComponent(m[1]!))),
];
/** The text inside the page's highlighted passages, in order. */
const marked = (page: string): string => [...page.matchAll(/<mark class="m k-copy"[^>]*>([^<]*)<\/mark>/gu)].map((m) => m[1]).join('');

describe('per-document reports of a scan', async () => {
  const out = temp.at('out');
  const first = await scan(out, '--report-threshold', '0.5');
  const page = (path: string): string => readFileSync(join(out, 'reports', reportFileName(path)), 'utf8');

  it('writes one page per document at or above the threshold, and none below it', () => {
    expect(first.stdout).toContain('4 document reports');
    expect(pages(out)).toEqual(ABOVE_HALF.map(reportFileName).sort());
    for (const path of BELOW_HALF) expect(existsSync(join(out, 'reports', reportFileName(path)))).toBe(false);
  });

  it('links each page from the overview, and every link resolves to a file', () => {
    const links = overviewLinks(out);
    expect(links.sort()).toEqual(ABOVE_HALF.map((p) => `reports/${reportFileName(p)}`).sort());
    for (const link of links) expect(existsSync(join(out, link))).toBe(true);
    const overview = readFileSync(join(out, 'index.html'), 'utf8');
    for (const path of BELOW_HALF) expect(overview).not.toContain(encodeURIComponent(reportFileName(path)));
  });

  it('shows the copied passage highlighted, its source path and the source passage, as the check report does', () => {
    const html = page(COPY);
    expect(html).toContain('<title>wenchao 文抄检查报告</title>');
    expect(marked(html)).toContain(PASSAGE);
    expect(html).toContain(`<small>${ORIGINAL}`);
    // The comparison of the first passage: the source text around it comes from the stored archive index.
    const comparison = /<section class="cmp" id="cmp-d0-m\d+" hidden>[\s\S]*?<\/section>/u.exec(html)![0];
    expect(comparison).toContain(ORIGINAL);
    expect(comparison).toContain('下一步，街道将把物业服务纳入网格考核'); // source text after the passage
    expect(comparison).toContain(PASSAGE);
    expect(html).toContain('98.9%'); // the scan row's copy ratio
    expect(html).toContain('href="../index.html"');
  });

  it('gives the same pages when the documents are checked on worker threads', async () => {
    const threaded = temp.at('threaded');
    await runCli(['scan', ARCHIVE, '--out', threaded, '--workers', '2', '--family-chars', '100', '--no-quality', '--report-threshold', '0.5']);
    for (const name of pages(out)) expect(readFileSync(join(threaded, 'reports', name), 'utf8')).toBe(readFileSync(join(out, 'reports', name), 'utf8'));
  });

  it('writes the page of any scanned document on demand from the stored results, without scanning', async () => {
    const overview = readFileSync(join(out, 'index.html'), 'utf8');
    const loner = '2024/县医院信息化建设方案.txt';
    const byPath = await runCli(['scan', ARCHIVE, '--out', out, '--no-quality', '--report', loner]);
    expect(byPath.code).toBe(0);
    expect(linesOf(byPath.stdout)).toEqual([`wrote ${join(out, 'reports', reportFileName(loner))}`]);
    const html = page(loner);
    expect(html).toContain('县医院信息化建设方案');
    expect(html).toContain('未发现与比对库或其他文稿雷同的片段');
    // An archive file named by its own path gives the same page as its archive path.
    const river = '2022/河湾镇乡村振兴调研报告.txt';
    const byFile = await runCli(['scan', 'test/fixtures/scan/archive', '--out', out, '--no-quality', '--report', join('test/fixtures/scan/archive', river)]);
    expect(byFile.code).toBe(0);
    expect(marked(page(river))).toContain('盘活闲置宅基地');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(overview);
  });

  it('exits 2 for a document the results do not hold, and when there are no results', async () => {
    const missing = await runCli(['scan', ARCHIVE, '--out', out, '--no-quality', '--report', '2023/损坏的报告.docx', '--report', COPY]);
    expect(missing.code).toBe(2);
    expect(linesOf(missing.stderr)).toEqual([expect.stringContaining('no stored result for 2023/损坏的报告.docx')]);
    expect(linesOf(missing.stdout)).toHaveLength(1);
    const none = await runCli(['scan', ARCHIVE, '--out', temp.at('empty'), '--report', COPY]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no scan results in .*empty/u);
    expect(existsSync(temp.at('empty'))).toBe(false);
  });

  it('a later scan rewrites the pages for its own threshold and removes the others', async () => {
    const again = await scan(out, '--report-threshold', '0.9');
    expect(again.stdout).toContain('(0 checked now, 6 kept from the last run)');
    expect(pages(out)).toEqual([reportFileName(COPY)]);
    expect(overviewLinks(out)).toEqual([`reports/${reportFileName(COPY)}`]);
    await scan(out, '--no-reports');
    expect(pages(out)).toEqual([]);
    expect(overviewLinks(out)).toEqual([]);
  });
});

describe('a report written on demand after the document changed', () => {
  it('shows the scanned version and says so on stderr', async () => {
    const archive = temp.at('changing');
    cpSync(ARCHIVE, archive, { recursive: true });
    const out = temp.at('changing-out');
    await runCli(['scan', archive, '--out', out, '--workers', '0', '--no-quality', '--no-reports']);
    appendFileSync(join(archive, COPY), '\n新增的一段话，扫描之后才写进来。\n');
    const result = await runCli(['scan', archive, '--out', out, '--no-quality', '--report', COPY]);
    expect(result.code).toBe(0);
    expect(linesOf(result.stderr)).toEqual([`wenchao: scan: ${COPY} has changed since the last scan; its report shows it as scanned (scan again to update it)`]);
    const html = readFileSync(join(out, 'reports', reportFileName(COPY)), 'utf8');
    expect(marked(html)).toContain(PASSAGE);
    expect(html).not.toContain('新增的一段话');
  });
});
