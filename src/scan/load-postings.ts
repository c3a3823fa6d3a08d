import { CorpusIndex } from '../store/corpus-index.js';
import { allocatePostings, buildDirectory, type PostingsTableData } from './postings-table.js';

/**
 * Reads every fingerprint row of an archive index into a shared {@link PostingsTableData}, in the
 * primary key's order (hash, doc, pos), so no sort is needed.
 */
export function loadPostings(indexPath: string): PostingsTableData {
  const index = CorpusIndex.open(indexPath, { readonly: true });
  try {
    const count = index.fingerprintCount;
    const table = allocatePostings(count);
    let i = 0;
    index.eachFingerprint((hash, doc, pos) => {
      if (i >= count) return;
      table.hashes[i] = hash;
      table.docs[i] = doc;
      table.positions[i] = pos;
      i++;
    });
    return { ...table, directory: buildDirectory(table.hashes) };
  } finally {
    index.close();
  }
}
