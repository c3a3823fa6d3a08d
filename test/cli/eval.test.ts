import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const MINI = join(ROOT, 'test/fixtures/eval/mini');
const BIN = join(ROOT, 'bin/wenchao.js');
const built = existsSync(join(ROOT, 'dist/cli/eval-worker.js'));

/** The table without its first line, which holds the elapsed time. */
const table = (stdout: string): string => stdout.split('\n').slice(1).join('\n');

describe('wenchao eval', () => {
  let temp: ReturnType<typeof tempDir>;
  let dir: string;
  let db: string;

  beforeAll(async () => {
    temp = tempDir('wenchao-eval-');
    dir = temp.dir;
    db = temp.at('index.sqlite');
    const indexed = await runCli(['index', join(MINI, 'reference'), '--db', db, '--quiet']);
    expect(indexed.code, indexed.stderr).toBe(0);
  });

  afterAll(() => temp.remove());

  it('prints the PAN table and writes detections', async () => {
    const out = join(dir, 'detections.jsonl');
    const result = await runCli(['eval', '--dataset', MINI, '--corpus', db, '--detections-out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^overall\s+\d+/mu);
    expect(existsSync(out)).toBe(true);
  });

  it('fails the gate when plagdet is below --min-plagdet, and refuses a bad one', async () => {
    expect((await runCli(['eval', '--dataset', MINI, '--corpus', db, '--min-plagdet', '1.01'])).code).toBe(2);
    const strict = await runCli(['eval', '--dataset', MINI, '--corpus', db, '--min-plagdet', '0.9999']);
    expect([0, 1]).toContain(strict.code);
  });

  it.skipIf(!built)('gives the same results on worker threads as on the main thread', async () => {
    const run = promisify(execFile);
    const args = [BIN, 'eval', '--dataset', MINI, '--corpus', db];
    const one = await run(process.execPath, [...args, '-j', '1']);
    const two = await run(process.execPath, [...args, '-j', '2']);
    expect(table(two.stdout)).toBe(table(one.stdout));
  });
});
