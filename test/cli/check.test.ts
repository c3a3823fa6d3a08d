import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_OK } from '../../src/cli/exit-codes.js';
import type { Report } from '../../src/report/report.js';
import { linesOf, runCli, tempDir } from './run-cli.js';

const DRAFTS = 'corpora/sample/drafts';
const tmp = tempDir('wenchao-cli-check-');
const db = tmp.at('index.sqlite');

beforeAll(() => writeFileSync(tmp.at('good.txt'), '一、基本情况\n今年以来，我县统筹推进数字乡村建设，成效明显。\n'));
afterAll(() => tmp.remove());

describe('check without an index', () => {
  it('is one line on stderr naming the missing index, exit 2, nothing on stdout', async () => {
    const missing = tmp.at('no-index.sqlite');
    const result = await runCli(['check', '--corpus', missing, `${DRAFTS}/draft-copied.txt`]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain('    at ');
    const lines = linesOf(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wenchao: no index at /u);
    expect(lines[0]).toContain(missing);
  });

  it('a file that is not an index is one line too', async () => {
    const bogus = tmp.at('bogus.sqlite');
    writeFileSync(bogus, '这不是数据库\n');
    const result = await runCli(['check', '--corpus', bogus, `${DRAFTS}/draft-copied.txt`]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(linesOf(result.stderr)).toEqual([`wenchao: cannot open index ${bogus}: the file is corrupt or not a wenchao index`]);
  });
});

describe('index, then check, on the sample corpus', () => {
  beforeAll(async () => {
    const result = await runCli(['index', '--quiet', '--db', db, 'corpora/sample/reference']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/^indexed 6 documents into .* 6 added, 0 updated, 0 unchanged, 0 removed, 0 failed;/u);
  });

  it('indexing again reads nothing new', async () => {
    const result = await runCli(['index', '--quiet', '--db', db, 'corpora/sample/reference']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/ 0 added, 0 updated, 6 unchanged, 0 removed, 0 failed;/u);
  });

  it('finds the copied draft’s sources and leaves the original draft clean (JSON report)', async () => {
    const result = await runCli(['check', '-f', 'json', '--corpus', db, `${DRAFTS}/draft-copied.txt`, `${DRAFTS}/draft-original.txt`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.corpus).toEqual({ path: db, documents: 6 });
    const [copied, original] = report.documents;
    expect(copied).toMatchObject({ path: `${DRAFTS}/draft-copied.txt`, status: 'checked' });
    expect(original).toMatchObject({ path: `${DRAFTS}/draft-original.txt`, status: 'checked' });
    if (copied?.status !== 'checked' || original?.status !== 'checked') return;
    // Which passage is a copy and which a quote is the engine's business (test/similarity); here the CLI
    // must carry the two sources corpora/sample/answers.json lists as copied into the report.
    const sources = new Set(copied.originality.matches.map((m) => m.source.path));
    expect(sources).toContain('青禾县农村人居环境整治调研报告.txt');
    expect(sources).toContain('关于基层减负工作的讲话.txt');
    expect(copied.originality.copyRatio).toBeGreaterThan(0.1);
    for (const m of copied.originality.matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(copied.characters);
      expect(m.start).toBeLessThan(m.end);
    }
    expect(original.originality.copyRatio).toBe(0);
  });

  it('a batch with a bad draft reports the good one and exits 2', async () => {
    const result = await runCli(['check', '--corpus', db, tmp.at('missing.txt'), `${DRAFTS}/draft-self.txt`]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(linesOf(result.stderr)).toEqual([`wenchao: ${tmp.at('missing.txt')}: no such file`]);
    expect(result.stdout).toContain(`${DRAFTS}/draft-self.txt\n  总文字复制比`);
  });

  it('an unreadable --whitelist is one usage-error line, exit 2', async () => {
    const missing = tmp.at('nope.txt');
    const result = await runCli(['check', '--corpus', db, '--whitelist', missing, tmp.at('good.txt')]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stdout).toBe('');
    expect(linesOf(result.stderr)).toEqual([`wenchao: cannot read whitelist ${missing}`]);
  });

  it('metadata sidecars a shell glob picks up (`drafts/*`) are skipped, not reported as bad drafts', async () => {
    const result = await runCli(['check', '-f', 'json', '--corpus', db, `${DRAFTS}/draft-self.txt`, `${DRAFTS}/draft-self.txt.json`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => [d.path, d.status])).toEqual([[`${DRAFTS}/draft-self.txt`, 'checked']]);
  });
});
