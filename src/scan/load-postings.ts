import { CorpusIndex } from '../store/corpus-index.js';
import { allocatePostings, buildDirectory, type PostingsTableData } from './postings-table.js';

/**
 * Copies every fingerprint row of an archive index into a shared {@link PostingsTableData}, in key
 * order (hash, doc, pos), so no sort is needed: from the postings arrays the index stores, or row by
 * row from an index too large to store them.
 */
export function loadPostings(indexPath: string): PostingsTableData {
  const index = CorpusIndex.open(indexPath, { readonly: true });
  try {
    const arrays = index.postingsArrays();
    if (!arrays) return readRows(index);
    const table = allocatePostings(arrays.docs.length);
    for (let h = 0; h < arrays.hashes.length; h++) table.hashes.fill(arrays.hashes[h]!, arrays.starts[h]!, arrays.starts[h + 1]!);
    table.docs.set(arrays.docs);
    table.positions.set(arrays.positions);
    return { ...table, directory: buildDirectory(table.hashes) };
  } finally {
    index.close();
  }
}

function readRows(index: CorpusIndex): PostingsTableData {
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
}
