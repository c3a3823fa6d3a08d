import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { contentHash } from '../../src/ingest/content-hash.js';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { readDocument } from '../../src/ingest/read/read.js';
import { listFiles } from '../../src/ingest/walk.js';
import { fingerprint } from '../../src/similarity/fingerprint.js';
import type { Postings } from '../../src/similarity/lookup.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { syncIndex, type SyncFile, type SyncResult } from '../../src/store/sync.js';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE = join(repo, 'corpora/sample');

/** A fresh temporary folder, removed by `remove`. */
export function tempDir(prefix = 'wenchao-store-'): { dir: string; at: (...names: string[]) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, at: (...names) => join(dir, ...names), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the sample reference corpus (six reports with `.json` sidecars) at `folder`. */
export function copySampleCorpus(folder: string): void {
  cpSync(join(SAMPLE, 'reference'), folder, { recursive: true });
}

/** The files of a folder as `wenchao index` hands them to {@link syncIndex}. */
export async function syncFilesOf(folder: string): Promise<SyncFile[]> {
  const { files } = await listFiles([folder]);
  return files.map((f) => ({ relative: f.relative, contentHash: () => contentHash(f.path), read: () => readDocument(f.path) }));
}

/** Opens (creating) the index at `db`, syncs it with `folder`, closes it. */
export async function syncFolder(db: string, folder: string): Promise<SyncResult> {
  const index = CorpusIndex.open(db, { create: true });
  try {
    return await syncIndex(index, await syncFilesOf(folder));
  } finally {
    index.close();
  }
}

/**
 * Every problem of an index file, read with SQLite directly: integrity, fingerprints of documents that
 * do not exist, and fingerprint rows that differ from what the stored texts give (stale or missing).
 */
export function indexProblems(db: string): string[] {
  const problems: string[] = [];
  const sqlite = new Database(db, { readonly: true });
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = sqlite.prepare('SELECT COUNT(*) AS n FROM fingerprints WHERE doc NOT IN (SELECT id FROM documents)').get() as { n: number };
    if (orphans.n > 0) problems.push(`${orphans.n} fingerprint rows of documents that do not exist`);
    const index = CorpusIndex.open(db, { readonly: true });
    try {
      const ids = (sqlite.prepare('SELECT id FROM documents ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
      let expected = 0;
      for (const id of ids) {
        const { hashes, positions } = fingerprint(normalise(index.document(id).text));
        const rows = new Set(
          (sqlite.prepare('SELECT hash, pos FROM fingerprints WHERE doc = ?').all(id) as Array<{ hash: number; pos: number }>).map((r) => `${r.hash}:${r.pos}`),
        );
        const want = new Set(Array.from(hashes, (h, i) => `${h}:${positions[i]}`));
        expected += want.size;
        const missing = [...want].filter((k) => !rows.has(k)).length;
        const extra = [...rows].filter((k) => !want.has(k)).length;
        if (missing > 0 || extra > 0) problems.push(`document ${id}: ${missing} fingerprints missing, ${extra} stale`);
      }
      const total = (sqlite.prepare('SELECT COUNT(*) AS n FROM fingerprints').get() as { n: number }).n;
      if (total !== expected && orphans.n === 0) problems.push(`${total} fingerprint rows, expected ${expected}`);
      const df = sqlite
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT hash, COUNT(DISTINCT doc) AS docs FROM fingerprints GROUP BY hash HAVING docs > 1) AS t
           LEFT JOIN document_frequency AS f USING (hash) WHERE f.docs IS NOT t.docs`,
        )
        .get() as { n: number };
      if (df.n > 0) problems.push(`${df.n} fingerprints with a wrong document frequency`);
      // The postings arrays (merged in memory by a build) must hold exactly the table's rows, in key order.
      const arrays = index.postingsArrays();
      if (total > 0 && !arrays) problems.push('no postings arrays');
      if (arrays) {
        const table = sqlite.prepare('SELECT hash, doc, pos FROM fingerprints ORDER BY hash, doc, pos').raw(true).all() as Array<[number, number, number]>;
        const stored: Array<[number, number, number]> = [];
        for (let h = 0; h < arrays.hashes.length; h++) {
          for (let r = arrays.starts[h]!; r < arrays.starts[h + 1]!; r++) stored.push([arrays.hashes[h]!, arrays.docs[r]!, arrays.positions[r]!]);
        }
        const differ = table.length !== stored.length || table.some((row, i) => row.some((v, j) => v !== stored[i]![j]));
        if (differ) problems.push(`postings arrays differ from the fingerprint table (${stored.length} rows against ${table.length})`);
      }
    } finally {
      index.close();
    }
  } finally {
    sqlite.close();
  }
  return problems;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, as `bin/wenchao.js` would, capturing both streams. */
export async function runCli(argv: readonly string[], cwd = repo): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The built CLI, for tests that need a real process (kill, concurrency); absent before `npm run build`. */
export const BIN = join(repo, 'bin/wenchao.js');
export const hasBuild = existsSync(join(repo, 'dist/cli/main.js'));

/** True when some file under src/ is newer than the build, whose CLI then runs older code than the tests. */
export function buildIsStale(): boolean {
  if (!hasBuild) return false;
  const built = statSync(join(repo, 'dist/cli/main.js')).mtimeMs;
  const newest = (folder: string): number =>
    Math.max(0, ...readdirSync(folder, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(folder, e.name)) : statSync(join(folder, e.name)).mtimeMs)));
  return newest(join(repo, 'src')) > built;
}

/** Postings as `[doc, pos]` pairs, to compare lists whatever arrays hold them. */
export function pairsOf(postings: Postings): Array<[number, number]> {
  return Array.from({ length: postings.length }, (_, r) => [postings.docs[r]!, postings.positions[r]!]);
}
