import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../cli/run-cli.js';

/** Real regulations that quote each other: enough work that a kill lands mid-run. */
const SOURCE = resolve(ROOT, '..', 'shared', 'corpora', 'reference', 'laws', 'DLC_北京地方法规');
const DOCUMENTS = 150;
const BIN = resolve(ROOT, 'bin', 'wenchao.js');
const temp = tempDir('wenchao-resume-');
afterAll(() => temp.remove());

function storedRows(out: string): Map<string, { rowid: number; row: string }> {
  const file = join(out, 'scan.sqlite');
  if (!existsSync(file)) return new Map();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT rowid, path, row FROM results').all() as Array<{ rowid: number; path: string; row: string }>;
    return new Map(rows.map((r) => [r.path, { rowid: r.rowid, row: r.row }]));
  } catch {
    return new Map(); // the schema is not there yet
  } finally {
    db.close();
  }
}

const scanArgs = (out: string): string[] => [BIN, 'scan', join(temp.dir, 'archive'), '--out', out, '--workers', '1', '--no-quality', '-q'];

describe.skipIf(!existsSync(SOURCE) || !existsSync(join(ROOT, 'dist', 'scan', 'worker.js')))('resume after a kill', () => {
  it('keeps what a killed run finished, does not redo it, and ends where an uninterrupted run ends', async () => {
    const archive = join(temp.dir, 'archive');
    for (const name of readdirSync(SOURCE).sort().slice(0, DOCUMENTS)) cpSync(join(SOURCE, name), join(archive, name));
    const out = temp.at('killed');

    // Run, and SIGKILL the process (no chance to clean up) once some rows are stored.
    const child = spawn(process.execPath, scanArgs(out), { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    let atKill = new Map<string, { rowid: number; row: string }>();
    for (let waited = 0; waited < 120_000; waited += 50) {
      await new Promise((done) => setTimeout(done, 50));
      atKill = storedRows(out);
      if (atKill.size >= 10 || child.exitCode !== null) break;
    }
    child.kill('SIGKILL');
    await exited;
    atKill = storedRows(out);
    expect(atKill.size).toBeGreaterThanOrEqual(10);
    expect(atKill.size).toBeLessThan(DOCUMENTS);

    const resumed = spawnSync(process.execPath, scanArgs(out), { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`(${DOCUMENTS - atKill.size} checked now, ${atKill.size} kept from the last run)`);
    const after = storedRows(out);
    expect(after.size).toBe(DOCUMENTS);
    // Rows finished before the kill were not written again (a rewrite gives a new rowid).
    for (const [path, before] of atKill) expect(after.get(path)).toEqual(before);

    const clean = temp.at('clean');
    expect(spawnSync(process.execPath, scanArgs(clean), { encoding: 'utf8' }).status).toBe(0);
    for (const name of ['scan.json', 'scan.csv', 'families.json']) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(clean, name), 'utf8'));
    }
  }, 300_000);
});
