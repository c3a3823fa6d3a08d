import { describe, expect, it } from 'vitest';
import { linesOf, runCli } from '../cli/run-cli.js';

const SOLID = 'test/fixtures/quality/solid-report.txt';
const HOLLOW = 'test/fixtures/quality/hollow-report.txt';

describe('wenchao score', () => {
  it('prints the scores and findings as text', async () => {
    const { code, stdout, stderr } = await runCli(['score', SOLID]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/质量 [\d.]+ · 文体 调研报告（自动识别）/u);
    expect(stdout).toMatch(/调研扎实度 [\d.]+ · 方法 实地走访126户、座谈会4场、问卷420份、个别访谈23人/u);
  });

  it('reports findings in JSON with 1-based line and column', async () => {
    const { code, stdout } = await runCli(['score', HOLLOW, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout).documents[0];
    expect(doc.quality).toMatchObject({ genre: '调研报告', genreSource: 'title' });
    expect(Object.keys(doc.quality)).toEqual(['score', 'genre', 'genreSource', 'concreteness', 'fieldwork', 'structure']);
    const numbering = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'structure/numbering');
    expect(numbering).toMatchObject({ severity: 'warning', line: 9, column: 1, message: '编号不连续：上一个是第1项，这里是“三、”' });
    for (const f of doc.findings) expect(Object.keys(f).slice(0, 6)).toEqual(['ruleId', 'severity', 'start', 'end', 'line', 'column']);
  });

  it('gives byte-identical JSON for identical input', async () => {
    const a = await runCli(['score', SOLID, HOLLOW, '-f', 'json']);
    const b = await runCli(['score', SOLID, HOLLOW, '-f', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('scores against the genre it is given', async () => {
    const { stdout } = await runCli(['score', SOLID, '--genre', '讲话稿', '-f', 'json']);
    expect(JSON.parse(stdout).documents[0].quality).toMatchObject({ genre: '讲话稿', genreSource: 'option' });
  });

  it('goes on past an unreadable file, with one line on stderr and exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'no-such-file.txt', SOLID, '-f', 'json']);
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual(['wenchao: no-such-file.txt: no such file']);
    const docs = JSON.parse(stdout).documents;
    expect(docs.map((d: { status: string }) => d.status)).toEqual(['failed', 'scored']);
  });

  it('refuses an unknown genre as a usage error', async () => {
    const { code, stderr } = await runCli(['score', SOLID, '--genre', '小说']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wenchao: /u);
  });
});
