import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { IndexError } from '../errors.js';
import type { Match } from '../model.js';
import type { ScannedRow } from './scan-row.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (
  path TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,   -- of the file the row was computed from
  row TEXT NOT NULL,            -- JSON ScannedRow
  fingerprints BLOB NOT NULL    -- distinct winnowed fingerprints (float64), to find who a later change affects
);
-- The passages behind each stored row (JSON Match[]), with both places: what a document's HTML report shows.
CREATE TABLE IF NOT EXISTS passages (path TEXT PRIMARY KEY, matches TEXT NOT NULL) WITHOUT ROWID;
-- The archive (path, content hash) the stored results were computed against.
CREATE TABLE IF NOT EXISTS snapshot (path TEXT PRIMARY KEY, content_hash TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * The results of a scan, one row per finished document, in SQLite in the output folder. Each row is
 * committed as it arrives (WAL, one small transaction), so a run killed at any moment keeps every
 * document it finished, and the next run skips them.
 */
export class ResultsStore {
  readonly #db: Database.Database;
  readonly #put: Database.Statement;
  readonly #putPassages: Database.Statement;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#put = db.prepare('INSERT OR REPLACE INTO results (path, content_hash, row, fingerprints) VALUES (?, ?, ?, ?)');
    this.#putPassages = db.prepare('INSERT OR REPLACE INTO passages (path, matches) VALUES (?, ?)');
  }

  static open(path: string): ResultsStore {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      // A commit survives the process being killed; only a power cut could lose the last rows (redone then).
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 2000');
      db.exec(SCHEMA);
      return new ResultsStore(db);
    } catch (error) {
      throw new IndexError(`cannot open scan results ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  meta(key: string): string | undefined {
    return (this.#db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? undefined;
  }

  setMeta(key: string, value: string): void {
    this.#db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** Path → content hash of every stored row. */
  storedHashes(): Map<string, string> {
    const rows = this.#db.prepare('SELECT path, content_hash FROM results').raw(true).all() as Array<[string, string]>;
    return new Map(rows);
  }

  fingerprintsOf(path: string): Float64Array | null {
    const blob = this.#db.prepare('SELECT fingerprints FROM results WHERE path = ?').pluck().get(path) as Buffer | undefined;
    if (!blob) return null;
    return new Float64Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
  }

  rows(): ScannedRow[] {
    const texts = this.#db.prepare('SELECT row FROM results ORDER BY path').pluck().all() as string[];
    return texts.map((t) => JSON.parse(t) as ScannedRow);
  }

  /** One stored row, or null. */
  row(path: string): ScannedRow | null {
    const text = this.#db.prepare('SELECT row FROM results WHERE path = ?').pluck().get(path) as string | undefined;
    return text === undefined ? null : (JSON.parse(text) as ScannedRow);
  }

  /** The passages behind a stored row, or null when none are stored. */
  matchesOf(path: string): Match[] | null {
    const text = this.#db.prepare('SELECT matches FROM passages WHERE path = ?').pluck().get(path) as string | undefined;
    return text === undefined ? null : (JSON.parse(text) as Match[]);
  }

  /** Stores a row with its fingerprints and passages in one transaction. */
  put(row: ScannedRow, fingerprints: Float64Array, matches: readonly Match[]): void {
    this.#db.transaction(() => {
      this.#put.run(row.path, row.contentHash, JSON.stringify(row), Buffer.from(fingerprints.buffer, fingerprints.byteOffset, fingerprints.byteLength));
      this.#putPassages.run(row.path, JSON.stringify(matches));
    })();
  }

  snapshot(): Map<string, string> {
    return new Map(this.#db.prepare('SELECT path, content_hash FROM snapshot').raw(true).all() as Array<[string, string]>);
  }

  /** Drops stale rows and records the archive state the remaining and coming rows belong to, atomically. */
  commitPlan(drop: readonly string[], archive: ReadonlyMap<string, string>, clearAll: boolean): void {
    this.#db.transaction(() => {
      if (clearAll) this.#db.exec('DELETE FROM results; DELETE FROM passages');
      const remove = this.#db.prepare('DELETE FROM results WHERE path = ?');
      const removePassages = this.#db.prepare('DELETE FROM passages WHERE path = ?');
      for (const path of drop) {
        remove.run(path);
        removePassages.run(path);
      }
      this.#db.exec('DELETE FROM snapshot');
      const add = this.#db.prepare('INSERT INTO snapshot (path, content_hash) VALUES (?, ?)');
      for (const [path, hash] of archive) add.run(path, hash);
    })();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
