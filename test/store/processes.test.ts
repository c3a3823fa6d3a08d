import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { BIN, buildIsStale, copySampleCorpus, hasBuild, indexProblems, repo, runCli, SAMPLE, syncFolder, tempDir } from './helpers.js';

/**
 * Real processes on one index: a writer holding the lock, two `wenchao index` runs at once, and a build
 * killed with SIGKILL. These spawn `node bin/wenchao.js`, which runs the build in dist/ (`npm run build`).
 */
const DRAFT = join(SAMPLE, 'drafts/draft-copied.txt');
const BUILD = buildIsStale() ? 'dist/ is older than src/: run npm run build' : 'needs npm run build';

let tmp: ReturnType<typeof tempDir>;
let small: string;
let big: string;

beforeAll(() => {
  tmp = tempDir('wenchao-processes-');
  small = tmp.at('small');
  copySampleCorpus(small);
  // A folder that takes a few seconds to index: sixteen ~1 MB reports made of the sample corpus's text,
  // so most of the time goes to writing fingerprints (a kill then lands inside the write transaction).
  big = tmp.at('big');
  mkdirSync(big);
  const text = readdirSync(small)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(small, f), 'utf8'))
    .join('\n\n');
  for (let n = 0; n < 16; n++) {
    const parts: string[] = [];
    for (let size = 0, copy = 0; size < 1_000_000; copy++) {
      const part = `第${n}卷第${copy}篇\n\n${text}`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    writeFileSync(join(big, `汇编-${n}.txt`), parts.join('\n\n'));
  }
});
afterAll(() => tmp?.remove());

/** Runs `node bin/wenchao.js …` to its end. */
function wenchao(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Resolves when `test` holds (polled every 20 ms) or `ms` have passed; true when it held. */
async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return test();
}

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.on('exit', (code, signal) => resolve({ code, signal }));
  });

/** What a user sees of an index: its documents and the JSON report of the sample draft checked against it. */
async function snapshot(db: string): Promise<{ paths: string[]; report: string; code: number }> {
  const index = CorpusIndex.open(db, { readonly: true });
  const paths = [...index.contentHashes().keys()].sort();
  index.close();
  const { code, stdout } = await runCli(['check', DRAFT, '--corpus', db, '--format', 'json', '--no-cross-drafts']);
  return { paths, report: stdout, code };
}

describe('a writer holding the lock', () => {
  it('makes a second writer wait, then succeed; the index stays valid', async () => {
    const db = tmp.at('held', 'index.sqlite');
    await syncFolder(db, small);
    // Another process takes the write lock and keeps it for 1.5 s.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(db)}); db.pragma('busy_timeout = 5000');
         db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
      ],
      { cwd: repo },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    writeFileSync(join(small, '新增.txt'), '溪口村茶园小气象站巡检手记：雨量筒的漏斗口被落叶和松针堵了大半，筒底积着发黑的泥水。\n');
    const started = Date.now();
    try {
      const result = await syncFolder(db, small);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(result).toMatchObject({ added: 1, unchanged: 6, documents: 7 });
    } finally {
      await exited(holder);
      rmSync(join(small, '新增.txt')); // leave `small` as the other tests expect it
    }
    expect(indexProblems(db)).toEqual([]);
  });
});

describe.skipIf(!hasBuild)(`two \`wenchao index\` runs at once (${BUILD})`, () => {
  it('each succeeds or fails with a clear one-line message; the index is valid and complete', async () => {
    const db = tmp.at('race', 'index.sqlite');
    const [a, b] = await Promise.all([wenchao(['index', big, '--db', db, '-q']), wenchao(['index', big, '--db', db, '-q'])]);
    for (const run of [a, b]) {
      expect([0, 2]).toContain(run.code);
      if (run.code !== 0) {
        expect(run.stderr, 'a failure is a clear message, not an internal error').not.toMatch(/internal error|constraint/iu);
        expect(run.stderr).toMatch(/^wenchao: .*another wenchao process.*\n$/u);
      }
    }
    expect([a.code, b.code]).toContain(0);
    expect(indexProblems(db)).toEqual([]);
    const index = CorpusIndex.open(db, { readonly: true });
    expect(index.documentCount).toBe(16);
    index.close();
  });
});

describe.skipIf(!hasBuild)(`a build killed with SIGKILL (${BUILD})`, () => {
  /**
   * Builds an index of the small folder, starts rebuilding it from the big folder, kills the process at
   * the chosen moment, and checks the previous index is intact: same documents, the same check report,
   * `PRAGMA integrity_check` ok, and it can still be updated.
   */
  async function killAndCheck(name: string, when: (db: string, started: number) => boolean): Promise<{ killedAfter: number; wal: number }> {
    const db = tmp.at(name, 'index.sqlite');
    await syncFolder(db, small);
    const before = await snapshot(db);
    expect(before.paths).toHaveLength(6);

    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'index', big, '--db', db, '-q'], { cwd: repo, stdio: 'ignore' });
    const fired = await until(() => child.exitCode !== null || when(db, started), 30_000);
    const wal = sizeOf(`${db}-wal`);
    child.kill('SIGKILL');
    const { signal } = await exited(child);
    expect(fired, 'the kill condition was reached').toBe(true);
    expect(signal, 'the build was still running when killed').toBe('SIGKILL');

    const after = await snapshot(db);
    expect(after.paths).toEqual(before.paths);
    expect(after.code).toBe(before.code);
    expect(after.report).toBe(before.report);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
    expect(indexProblems(db)).toEqual([]);
    // Still writable: syncing the small folder again changes nothing.
    expect(await syncFolder(db, small)).toMatchObject({ unchanged: 6, added: 0, removed: 0, documents: 6 });
    return { killedAfter: Date.now() - started, wal };
  }

  it('killed after about 1.5 s (sooner if it is already writing), the previous index is intact', async () => {
    // On a fast machine the build may finish in 2 s: past 1 MB of WAL it is mid-write, never committed.
    await killAndCheck('kill-early', (db, started) => Date.now() - started >= 1500 || sizeOf(`${db}-wal`) > 1_000_000);
  });

  it('killed while it is writing fingerprints (its WAL past 1 MB), the previous index is intact', async () => {
    const { wal } = await killAndCheck('kill-writing', (db) => sizeOf(`${db}-wal`) > 1_000_000);
    expect(wal).toBeGreaterThan(1_000_000);
  });
});
