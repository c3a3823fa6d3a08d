import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../cli/run-cli.js';
import { reportFileName, reportHref } from '../../src/scan/outputs/report-file.js';

/** Safe on Linux, macOS and Windows: no separators, reserved or control characters, no leading dot, ≤ 255 bytes. */
function expectSafe(name: string): void {
  expect(name).toMatch(/\.html$/u);
  expect(name).not.toMatch(/[\p{Cc}\p{Cf}<>:"/\\|?*\s]/u);
  expect(name.startsWith('.')).toBe(false);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
  expect(name.normalize('NFC')).toBe(name);
}

describe('reportFileName', () => {
  it.each([
    ['2024/东城街道社区治理工作汇报.txt', /^东城街道社区治理工作汇报-[0-9a-f]{12}\.html$/u],
    ['关于“十四五”规划的报告（征求意见稿）.docx', /^关于“十四五”规划的报告（征求意见稿）-[0-9a-f]{12}\.html$/u],
    ['a b/c<d>:e"f|g?h*.md', /^c_d__e_f_g_h_-[0-9a-f]{12}\.html$/u],
    ['folder/.hidden', /^document-[0-9a-f]{12}\.html$/u],
    ['..', /^document-[0-9a-f]{12}\.html$/u],
    ['𠀀𠀁 字.txt', /^𠀀𠀁_字-[0-9a-f]{12}\.html$/u],
  ])('%s → %s', (path, expected) => {
    const name = reportFileName(path);
    expect(name).toMatch(expected);
    expectSafe(name);
  });

  it('keeps two documents of one name in different folders apart, and is the same on every call', () => {
    expect(reportFileName('2023/总结.txt')).not.toBe(reportFileName('2024/总结.txt'));
    expect(reportFileName('2023/总结.txt')).toBe(reportFileName('2023/总结.txt'));
  });

  it('shortens a long Chinese name by code points, never splitting one', () => {
    const name = reportFileName(`${'调研报告'.repeat(60)}𠀀.txt`);
    expect(name).toBe(`${'调研报告'.repeat(10)}-${name.slice(-17, -5)}.html`);
    expectSafe(name);
  });

  it('is safe for any path (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (path) => expectSafe(reportFileName(path))));
  });

  it('links with every non-ASCII character percent-encoded, decoding back to the file name', () => {
    const href = reportHref('2024/东城#1?.txt');
    expect(href).toMatch(/^reports\/[\x21-\x7e]+$/u);
    expect(decodeURIComponent(href)).toBe(`reports/${reportFileName('2024/东城#1?.txt')}`);
  });
});

const temp = tempDir('wenchao-scan-corpus-report-');
afterAll(() => temp.remove());

describe('a report whose passage comes from the reference corpus', () => {
  const SOURCE = '松溪县数字乡村建设调研报告.txt';
  const PASSAGE = '截至2024年8月底，全县行政村光纤通达率达到100%，4G网络覆盖所有自然村，5G基站累计建成312个。';

  it('names the corpus document and shows its text, in the scan and on demand without --corpus', async () => {
    const db = temp.at('corpus.sqlite');
    expect((await runCli(['index', resolve(ROOT, 'test/fixtures/gate-repo/corpora/reference'), '--db', db, '--quiet'])).code).toBe(0);
    const archive = temp.at('archive');
    mkdirSync(archive);
    writeFileSync(join(archive, '柳溪县调研报告.txt'), `柳溪县数字乡村调研\n\n今年我们走访了六个乡镇。${PASSAGE}\n下一步要加强人才培养。\n`);
    const out = temp.at('out');
    const scan = await runCli(['scan', archive, '--corpus', db, '--out', out, '--workers', '0', '--no-quality']);
    expect(scan.code).toBe(0);
    const file = join(out, 'reports', reportFileName('柳溪县调研报告.txt'));
    const page = readFileSync(file, 'utf8');
    expect(page).toContain(`<small>corpus:${SOURCE}`);
    expect(page).toContain('县里建成农产品电商服务站41个'); // corpus text after the passage (the draft has none of it)
    expect(page).toMatch(/<mark class="m k-copy"[^>]*>[^<]*光纤通达率达到100%/u);

    const again = await runCli(['scan', archive, '--out', out, '--no-quality', '--report', '柳溪县调研报告.txt']);
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(page);
  });
});
