/**
 * The gate on the sample report repository: the clean report passes, the copied and the empty one fail,
 * with the documented exit codes; several formats in one run; the changed-files mode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_FAILED, EXIT_OK } from '../../src/cli/exit-codes.js';
import type { CheckedDocument, Report } from '../../src/report/report.js';
import { linesOf, runCli } from '../cli/run-cli.js';
import { makeGateRepo } from './gate-repo.js';

let repo: Awaited<ReturnType<typeof makeGateRepo>>;
const gate = (args: string[]) => runCli(['gate', ...args], { cwd: repo.dir });

beforeAll(async () => {
  repo = await makeGateRepo('wenchao-gate-');
});
afterAll(() => repo.remove());

describe('gate on the sample report repository', () => {
  it('passes the clean report: exit 0', async () => {
    const result = await gate(['reports/clean.md']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('gate: 通过');
  });

  it('fails the copied report on its copy ratios: exit 1', async () => {
    const result = await gate(['-f', 'json', 'reports/copied.md']);
    expect(result.code).toBe(EXIT_FAILED);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.gate).toMatchObject({ passed: false });
    const doc = report.documents[0] as CheckedDocument;
    const rules = doc.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(rules).toContain('threshold/copy-ratio');
    expect(rules).toContain('threshold/single-source-ratio');
    expect(doc.originality.matches.some((m) => m.kind === 'copy' && m.source.path === '松溪县数字乡村建设调研报告.txt')).toBe(true);
  });

  it('fails the empty-talk report on concreteness: exit 1', async () => {
    const result = await gate(['-f', 'json', 'reports/empty.md']);
    expect(result.code).toBe(EXIT_FAILED);
    const doc = (JSON.parse(result.stdout) as Report).documents[0] as CheckedDocument;
    expect(doc.originality.copyRatio).toBe(0);
    expect(doc.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['threshold/concreteness']);
    // Findings carry line and column in the JSON report.
    expect(doc.findings[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('without files checks what "include" finds, minus .wenchaoignore', async () => {
    writeFileSync(repo.at('reports/archive/old.md'), '# 旧稿\n\n空话套话。\n');
    const result = await gate(['-f', 'json']);
    expect(result.code).toBe(EXIT_FAILED);
    expect((JSON.parse(result.stdout) as Report).documents.map((d) => d.path)).toEqual(['reports/clean.md', 'reports/copied.md', 'reports/empty.md']);
  });

  it('--max-warnings 0 fails a report with warnings but no error', async () => {
    const passing = await gate(['reports/clean.md']);
    expect(passing.code).toBe(EXIT_OK);
    const warnings = Number(/(\d+) 警告/u.exec(passing.stdout)![1]);
    const strict = await gate(['--max-warnings', '0', 'reports/clean.md']);
    expect(strict.code).toBe(warnings > 0 ? EXIT_FAILED : EXIT_OK);
    const shouted = await gate(['--max-warnings', '0', 'reports/empty.md']);
    expect(shouted.code).toBe(EXIT_FAILED);
    expect(shouted.stdout).toMatch(/gate: 未通过（1 个错误，\d+ 个警告，警告上限 0）/u);
  });

  it('writes several formats in one run: terminal on stdout, SARIF, HTML, Markdown and CSV to files', async () => {
    const result = await gate(['reports/clean.md', 'reports/copied.md', '-o', 'out.sarif', '-o', 'out.html', '-o', 'markdown:summary.md', '-o', 'out.csv']);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stdout).toContain('reports/copied.md\n  总文字复制比');
    const sarif = JSON.parse(readFileSync(repo.at('out.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('threshold/copy-ratio');
    expect(readFileSync(repo.at('out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/u);
    expect(readFileSync(repo.at('summary.md'), 'utf8')).toContain('❌ **未通过**');
    expect(readFileSync(repo.at('out.csv'), 'utf8').split('\r\n')).toHaveLength(4);
  });

  it('the same input gives byte-identical JSON', async () => {
    const a = await gate(['-f', 'json', 'reports/copied.md', 'reports/clean.md']);
    const b = await gate(['-f', 'json', 'reports/copied.md', 'reports/clean.md']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('inline suppression hides a finding but never a threshold', async () => {
    const text = readFileSync(repo.at('reports/empty.md'), 'utf8');
    writeFileSync(repo.at('reports/muted.md'), `<!-- wenchao-disable concreteness fieldwork -->\n${text}<!-- wenchao-enable -->\n`);
    const result = await gate(['-f', 'json', 'reports/muted.md']);
    const doc = (JSON.parse(result.stdout) as Report).documents[0] as CheckedDocument;
    expect(doc.findings.some((f) => f.ruleId.startsWith('concreteness/') || f.ruleId.startsWith('fieldwork/'))).toBe(false);
    expect(doc.findings.map((f) => f.ruleId)).toContain('threshold/concreteness');
    expect(result.code).toBe(EXIT_FAILED);
  });
});

describe('gate --changed', () => {
  it('checks only the reports changed since the base, untracked ones included', async () => {
    repo.git('checkout', '-q', '-b', 'work');
    writeFileSync(repo.at('reports/clean.md'), `${readFileSync(repo.at('reports/clean.md'), 'utf8')}\n　　（三）调研组将在2025年3月回访15个试点村。\n`);
    writeFileSync(repo.at('notes/todo.md'), '# 待办\n');
    const result = await gate(['--changed', 'main', '-f', 'json']);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as Report).documents.map((d) => d.path)).toEqual(['reports/clean.md', 'reports/muted.md']);
  });

  it('nothing changed: exit 0 with a note', async () => {
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'more');
    const result = await gate(['--changed', 'HEAD']);
    expect(result.code).toBe(EXIT_OK);
    expect(linesOf(result.stderr)).toEqual(['wenchao: no reports to check (none changed)']);
  });
});

describe('gate: bad input is one line and exit 2', () => {
  const oneLine = (result: { code: number; stderr: string; stdout: string }): string => {
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stderr).not.toContain('    at ');
    const lines = linesOf(result.stderr);
    expect(lines).toHaveLength(1);
    return lines[0]!;
  };

  it.each([
    ['a config with a syntax error', '{ "thresholds": { "maxCopyRatio": 0.3, } }', /^wenchao: bad\.json: invalid JSON at line 1, column \d+/u],
    ['a threshold out of range', '{ "thresholds": { "maxCopyRatio": 1.5 } }', /^wenchao: bad\.json: thresholds\.maxCopyRatio must be a number from 0 to 1 .*got 1\.5$/u],
    ['an unknown key', '{ "treshold": {} }', /^wenchao: bad\.json: unknown key treshold /u],
    ['a wrong type', '{ "ignore": "drafts/" }', /^wenchao: bad\.json: ignore must be a list of glob patterns, got "drafts\/"$/u],
    ['a bad severity', '{ "rules": { "concreteness/cliche": "loud" } }', /^wenchao: bad\.json: rules\.concreteness\/cliche must be one of off, info, warning, error/u],
  ])('%s', async (_, config, message) => {
    writeFileSync(repo.at('bad.json'), config);
    expect(oneLine(await gate(['--config', 'bad.json', 'reports/clean.md']))).toMatch(message);
  });

  it('a missing --config file', async () => {
    expect(oneLine(await gate(['--config', 'nope.json', 'reports/clean.md']))).toBe('wenchao: nope.json: no such file');
  });

  it('an unknown format name', async () => {
    expect(oneLine(await gate(['-f', 'pdf', 'reports/clean.md']))).toBe('wenchao: unknown format "pdf" (formats: terminal, json, html, sarif, markdown, github, csv)');
    expect(oneLine(await gate(['-o', 'xml:out.xml', 'reports/clean.md']))).toMatch(/^wenchao: unknown format "xml" in --output xml:out\.xml/u);
  });

  it('--changed outside a git repository', async () => {
    const result = await runCli(['gate', '--changed', '--config', repo.at('.wenchaorc.json')], { cwd: '/' });
    expect(oneLine(result)).toBe('wenchao: --changed needs a git repository, and / is not in one');
  });

  it('an unknown git base', async () => {
    expect(oneLine(await gate(['--changed', 'no-such-branch']))).toBe('wenchao: --changed: unknown git revision "no-such-branch" (or the repository has no commit yet)');
  });

  it('an output path in a missing folder, or under a file', async () => {
    expect(oneLine(await gate(['-o', 'missing/out.sarif', 'reports/clean.md']))).toBe(`wenchao: --output missing/out.sarif: folder ${repo.at('missing')} does not exist`);
    expect(oneLine(await gate(['-o', 'reports/clean.md/out.sarif', 'reports/clean.md']))).toBe(`wenchao: --output reports/clean.md/out.sarif: ${repo.at('reports/clean.md')} is not a folder`);
  });

  it('an unreadable report: the others are still checked, exit 2', async () => {
    const result = await gate(['-f', 'json', 'reports/missing.md', 'reports/clean.md']);
    expect(oneLine(result)).toBe('wenchao: reports/missing.md: no such file');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => d.status)).toEqual(['failed', 'checked']);
  });

  it('a bad --max-warnings', async () => {
    expect(oneLine(await gate(['--max-warnings', '-3', 'reports/clean.md']))).toMatch(/^wenchao: --max-warnings must be a whole number/u);
  });
});
