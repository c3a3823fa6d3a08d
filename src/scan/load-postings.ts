import Database from 'better-sqlite3';
import { IndexError } from '../errors.js';
import { allocatePostings, buildDirectory, type PostingsTableData } from './postings-table.js';

/**
 * Reads every fingerprint row of an index file into a shared {@link PostingsTableData}, in the primary
 * key's order (hash, doc, pos), so no sort is needed.
 *
 * This reads the store's `fingerprints` table directly (read-only): `CorpusIndex` has no call that
 * streams all rows. A `CorpusIndex.allPostings()` in src/store would be the proper home (see the scan
 * report); the query is the only place that knows the table's columns.
 */
export function loadPostings(indexPath: string): PostingsTableData {
  let db: Database.Database;
  try {
    db = new Database(indexPath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new IndexError(`cannot open index ${indexPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const count = (db.prepare('SELECT COUNT(*) FROM fingerprints').pluck().get() as number) ?? 0;
    const table = allocatePostings(count);
    let i = 0;
    for (const row of db.prepare('SELECT hash, doc, pos FROM fingerprints ORDER BY hash, doc, pos').raw(true).iterate() as IterableIterator<
      [number, number, number]
    >) {
      if (i >= count) break;
      table.hashes[i] = row[0];
      table.docs[i] = row[1];
      table.positions[i] = row[2];
      i++;
    }
    return { ...table, directory: buildDirectory(table.hashes) };
  } finally {
    db.close();
  }
}
