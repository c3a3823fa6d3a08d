/**
 * The persistent corpus index, in SQLite. Bump SCHEMA_VERSION whenever the tables or the fingerprint
 * parameters change: an index of another version is refused with a message to rebuild it.
 */
export const SCHEMA_VERSION = 5;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,          -- relative to the indexed root, '/'-separated
  content_hash TEXT NOT NULL,         -- sha256 of the file's bytes
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  title TEXT, author TEXT, date TEXT, source TEXT,
  chars INTEGER NOT NULL,             -- length of the original text in UTF-16 code units
  content_chars INTEGER NOT NULL,     -- content code points (letters, CJK, digits)
  text BLOB NOT NULL,                 -- deflated original text, so checks need no access to the files
  blocks TEXT NOT NULL,               -- JSON blocks from the reader (.docx, .md)
  layout BLOB NOT NULL                -- content view and sentence units (store/layout.ts): a source
                                      -- is aligned without being normalised and segmented again
);
CREATE TABLE IF NOT EXISTS fingerprints (
  hash INTEGER NOT NULL, doc INTEGER NOT NULL, pos INTEGER NOT NULL,
  PRIMARY KEY (hash, doc, pos)
) WITHOUT ROWID;                     -- no index on doc: it would triple build time; removal recomputes a
                                      -- document's fingerprints from its stored text and deletes by key
-- Every fingerprint row again as typed arrays (store/postings-arrays.ts): distinct hashes sorted, where
-- each one's rows start, the rows' documents and positions. Read whole when a check opens the index:
-- most k-grams of a draft are in no document, and the rest are found by a binary search in memory.
CREATE TABLE IF NOT EXISTS postings_arrays (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  hashes BLOB NOT NULL, starts BLOB NOT NULL, docs BLOB NOT NULL, positions BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS document_frequency (hash INTEGER PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
`;
