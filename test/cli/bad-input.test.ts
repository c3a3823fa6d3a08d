/**
 * The bad-input table at the level a user meets it: each bad file or bad option gives exactly one line on
 * stderr starting with `wenchao: `, no stack trace, and exit code 2; a batch goes on past a bad file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_OK } from '../../src/cli/exit-codes.js';
import { linesOf, runCli, tempDir, type CliResult } from './run-cli.js';

const GOOD = '一、基本情况\n今年以来，我县统筹推进数字乡村建设，成效明显。\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const STACK_LINE = '    at ';

const tmp = tempDir('wenchao-cli-bad-');
const at = tmp.at;

beforeAll(() => {
  writeFileSync(at('good.txt'), GOOD);
  mkdirSync(at('folder.txt'));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('image.txt'), PNG);
  writeFileSync(at('not-a-zip.docx'), GOOD);
  writeFileSync(at('report.pdf'), '%PDF-1.7\n');
  writeFileSync(at('punctuation.txt'), '……——，。！？\n\u3000\u3000“”《》\n');
});

afterAll(() => tmp.remove());

/** Asserts the error contract and returns the one stderr line. */
function oneErrorLine(result: CliResult, code: number): string {
  expect(result.code).toBe(code);
  expect(result.stdout + result.stderr).not.toContain(STACK_LINE);
  const lines = linesOf(result.stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^wenchao: \S/u);
  expect(result.stderr.endsWith('\n')).toBe(true);
  return lines[0]!;
}

describe('ingest: a bad file is one line on stderr and exit 2', () => {
  it.each([
    ['missing.txt', 'no such file'],
    ['folder.txt', 'is a directory, expected a file'],
    ['empty.txt', 'empty file'],
    ['image.txt', 'binary file, not text (PNG image)'],
    ['not-a-zip.docx', 'not a valid .docx (not a zip archive)'],
    ['report.pdf', 'unsupported format ".pdf" (wenchao reads .txt, .md and .docx)'],
  ])('%s → %s', async (name, reason) => {
    for (const format of ['text', 'json']) {
      const result = await runCli(['ingest', '--format', format, at(name)]);
      expect(oneErrorLine(result, EXIT_ERROR)).toBe(`wenchao: ${at(name)}: ${reason}`);
      if (format === 'json') expect(JSON.parse(result.stdout)).toEqual({ documents: [] });
      else expect(result.stdout).toBe('');
    }
  });
});

describe('ingest: a batch goes on past a bad file', () => {
  it('text: prints the good file, names the bad one on stderr, exits 2', async () => {
    const result = await runCli(['ingest', at('missing.txt'), at('good.txt')]);
    expect(oneErrorLine(result, EXIT_ERROR)).toBe(`wenchao: ${at('missing.txt')}: no such file`);
    expect(linesOf(result.stdout)[0]).toBe(at('good.txt'));
    expect(result.stdout).toContain('    一、基本情况');
  });

  it('json: the good file is in the output whichever position the bad one has', async () => {
    for (const files of [
      [at('image.txt'), at('good.txt')],
      [at('good.txt'), at('image.txt')],
    ]) {
      const result = await runCli(['ingest', '-f', 'json', ...files]);
      expect(oneErrorLine(result, EXIT_ERROR)).toBe(`wenchao: ${at('image.txt')}: binary file, not text (PNG image)`);
      const { documents } = JSON.parse(result.stdout) as { documents: { path: string }[] };
      expect(documents.map((d) => d.path)).toEqual([at('good.txt')]);
    }
  });

  it('several bad files: one line each, in order', async () => {
    const result = await runCli(['ingest', at('empty.txt'), at('good.txt'), at('report.pdf')]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(linesOf(result.stderr)).toEqual([
      `wenchao: ${at('empty.txt')}: empty file`,
      `wenchao: ${at('report.pdf')}: unsupported format ".pdf" (wenchao reads .txt, .md and .docx)`,
    ]);
  });
});

describe('ingest: a file of only punctuation is read, with a warning', () => {
  it('exits 0 and shows the warning with the document', async () => {
    const result = await runCli(['ingest', at('punctuation.txt')]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout + result.stderr).not.toContain(STACK_LINE);
    expect(linesOf(result.stdout)).toContain('  warning: no text content (only punctuation and whitespace)');
    const json = await runCli(['ingest', '-f', 'json', at('punctuation.txt')]);
    expect(json.code).toBe(EXIT_OK);
    const { documents } = JSON.parse(json.stdout) as { documents: { warnings: string[] }[] };
    expect(documents[0]!.warnings).toEqual(['no text content (only punctuation and whitespace)']);
  });

  // The warning also reaches stderr, so `wenchao ingest … 2>log` and `-f json | jq` users see it.
  it('also gives one `wenchao: ` line on stderr naming the file', async () => {
    const result = await runCli(['ingest', at('punctuation.txt')]);
    expect(oneErrorLine(result, EXIT_OK)).toContain(at('punctuation.txt'));
  });
});

describe('bad options', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown --format', ['ingest', '--format', 'xml', 'good.txt'], /^wenchao: option '-f, --format <format>' argument 'xml' is invalid/u],
    ['unknown option', ['ingest', '--bogus', 'good.txt'], /^wenchao: unknown option '--bogus'/u],
    ['unknown command', ['frobnicate'], /^wenchao: unknown command 'frobnicate'/u],
    ['missing argument', ['ingest'], /^wenchao: missing required argument 'files'/u],
    ['eval without --dataset', ['eval'], /^wenchao: required option '--dataset <dir>' not specified/u],
    ['--max-size 0', ['ingest', '--max-size', '0', 'good.txt'], /^wenchao: option '--max-size <MB>' argument '0' is invalid/u],
  ];

  it.each(cases)('%s: exit 2, an error line starting with `wenchao: `, no stack trace, nothing on stdout', async (_name, argv, first) => {
    const result = await runCli(argv);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stdout).toBe('');
    expect(result.stdout + result.stderr).not.toContain(STACK_LINE);
    expect(linesOf(result.stderr)[0]).toMatch(first);
  });

  // check and gate validate their formats themselves (html, sarif … and `--output FORMAT:FILE` share one
  // list), as one usage-error line.
  it('check --format with an unknown format: exactly one line, exit 2', async () => {
    const result = await runCli(['check', '-f', 'pdf', 'good.txt']);
    expect(oneErrorLine(result, EXIT_ERROR)).toBe('wenchao: unknown format "pdf" (formats: terminal, json, html, sarif, markdown, github, csv)');
    expect(result.stdout).toBe('');
  });

  for (const [name, argv] of cases) {
    it(`${name}: exactly one line on stderr`, async () => {
      oneErrorLine(await runCli(argv), EXIT_ERROR);
    });
  }
});
