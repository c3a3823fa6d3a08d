import { CorpusIndex } from '../store/corpus-index.js';
import { collectPostings } from '../store/postings-arrays.js';
import { sharedPostings, type PostingsTableData } from './postings-table.js';

/**
 * Copies every fingerprint row of an archive index into a shared {@link PostingsTableData}: from the
 * postings arrays the index stores, or, for an index too large to store them, row by row in key order
 * (hash, doc, pos), so no sort is needed.
 */
export function loadPostings(indexPath: string): PostingsTableData {
  const index = CorpusIndex.open(indexPath, { readonly: true });
  try {
    return sharedPostings(index.postingsArrays() ?? collectPostings(index.fingerprintCount, (visit) => index.eachFingerprint(visit)));
  } finally {
    index.close();
  }
}
