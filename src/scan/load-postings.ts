import { CorpusIndex } from '../store/corpus-index.js';
import { allocatePostings, buildDirectory, type PostingsTableData } from './postings-table.js';

/**
 * Copies every fingerprint row of an archive index into a shared {@link PostingsTableData}, from the
 * postings arrays the index stores (already in key order: hash, doc, pos, so no sort is needed).
 */
export function loadPostings(indexPath: string): PostingsTableData {
  const index = CorpusIndex.open(indexPath, { readonly: true });
  try {
    const arrays = index.postingsArrays();
    const table = allocatePostings(arrays ? arrays.docs.length : 0);
    if (arrays) {
      for (let h = 0; h < arrays.hashes.length; h++) table.hashes.fill(arrays.hashes[h]!, arrays.starts[h]!, arrays.starts[h + 1]!);
      table.docs.set(arrays.docs);
      table.positions.set(arrays.positions);
    }
    return { ...table, directory: buildDirectory(table.hashes) };
  } finally {
    index.close();
  }
}
