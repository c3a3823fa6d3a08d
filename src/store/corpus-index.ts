import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { IndexError } from '../errors.js';
import type { Block, DocumentMeta, Format } from '../model.js';
import type { Postings } from '../similarity/lookup.js';
import { decodeLayout, type Layout } from './layout.js';
import { mergePostings, type AddedRows } from './merge-postings.js';
import { collectPostings, postingsBlobs, postingsFrom, postingsFromBlobs, type PostingsArrays } from './postings-arrays.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';

/** A document as the index keeps it. */
export interface StoredDocument {
  readonly id: number;
  readonly path: string;
  readonly format: Format;
  readonly encoding: string;
  readonly meta: DocumentMeta;
  readonly chars: number;
  readonly contentChars: number;
  readonly text: string;
  readonly blocks: readonly Block[];
}

export interface NewDocument extends Omit<StoredDocument, 'id'> {
  readonly contentHash: string;
  /** Winnowed fingerprints and their content positions, same length. */
  readonly hashes: Float64Array;
  readonly positions: Int32Array;
  /** Content view and sentence units, encoded by {@link encodeLayout}. */
  readonly layout: Uint8Array;
}

/** What a check needs of a source to align with it: the rest of the document is read when asked for. */
export interface StoredSource {
  readonly path: string;
  readonly meta: DocumentMeta;
  readonly layout: Layout;
}

export interface OpenOptions {
  /** Create the database (and its folder) when missing; for `index`. */
  readonly create?: boolean;
  readonly readonly?: boolean;
}

/** Fingerprint parameters recorded in the index; a check must use the same ones. */
export interface IndexParameters {
  readonly k: number;
  readonly window: number;
}

/**
 * The persistent reference corpus index: documents with their text, winnowed fingerprints with
 * positions, and the document frequency of every fingerprint found in more than one document.
 */
export class CorpusIndex {
  readonly #db: Database.Database;
  readonly #postings: Database.Statement<[number], [number, number]>;
  readonly #df: Database.Statement<[number], [number]>;
  readonly #document: Database.Statement<[number], Record<string, unknown>>;
  readonly #source: Database.Statement<[number], Record<string, unknown>>;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#postings = db.prepare('SELECT doc, pos FROM fingerprints WHERE hash = ? ORDER BY doc, pos').raw(true) as never;
    this.#df = db.prepare('SELECT docs FROM document_frequency WHERE hash = ?').raw(true) as never;
    this.#document = db.prepare('SELECT * FROM documents WHERE id = ?') as never;
    this.#source = db.prepare('SELECT path, title, author, date, source, layout FROM documents WHERE id = ?') as never;
  }

  static open(path: string, options: OpenOptions = {}): CorpusIndex {
    if (!options.create && !existsSync(path)) {
      throw new IndexError(`no index at ${path} (build one with: wenchao index DIR --db ${path})`);
    }
    let db: Database.Database;
    try {
      if (options.create) mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly: Boolean(options.readonly), fileMustExist: !options.create });
      db.pragma('busy_timeout = 10000');
      // Writing seeks all over the fingerprint B-tree: memory-mapped pages and a larger page cache spare
      // a system call per page. Readers look postings up in memory (postings arrays) and read documents
      // by id: the operating system's cache serves them, and a scan's worker threads, each with its own
      // connection, do not each map the whole file into their resident memory.
      db.pragma(`mmap_size = ${options.readonly ? 0 : MMAP_BYTES}`);
      db.pragma(`cache_size = -${options.readonly ? READER_CACHE_KIB : CACHE_KIB}`);
      if (!options.readonly) db.pragma('journal_mode = WAL');
      const version = readVersion(db);
      if (version === null) {
        if (options.readonly) throw new IndexError(`${path} is not a wenchao index (no schema version)`);
        db.exec(SCHEMA);
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
      } else if (version < SCHEMA_VERSION && options.create) {
        // An index is derived data: `wenchao index` rebuilds one made by an older version (one made by
        // a newer version is left alone: this may be an accidental downgrade).
        db.exec(`DROP TABLE IF EXISTS fingerprints; DROP TABLE IF EXISTS document_frequency;
                 DROP TABLE IF EXISTS fingerprint_set; DROP TABLE IF EXISTS postings_arrays; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS meta;`);
        db.exec(SCHEMA);
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
      } else if (version !== SCHEMA_VERSION) {
        throw new IndexError(
          `${path} was built by another version of wenchao (index schema ${version}, this version reads ${SCHEMA_VERSION}); rebuild it with wenchao index`,
        );
      }
    } catch (error) {
      if (error instanceof IndexError) throw error;
      throw new IndexError(`cannot open index ${path}: ${describeSqliteError(error)}`);
    }
    return new CorpusIndex(db);
  }

  get parameters(): IndexParameters | null {
    const k = this.meta('k');
    const window = this.meta('window');
    return k && window ? { k: Number(k), window: Number(window) } : null;
  }

  meta(key: string): string | undefined {
    const row = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.#db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** Path → id and content hash of every indexed document. */
  contentHashes(): Map<string, { id: number; contentHash: string }> {
    const rows = guard(() => this.#db.prepare('SELECT id, path, content_hash FROM documents').all()) as Array<{
      id: number;
      path: string;
      content_hash: string;
    }>;
    return new Map(rows.map((r) => [r.path, { id: r.id, contentHash: r.content_hash }]));
  }

  get documentCount(): number {
    return guard(() => (this.#db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n);
  }

  /** Postings of a fingerprint. */
  postings(hash: number): Postings {
    const arrays = this.#arrays();
    if (arrays) return postingsFrom(arrays, hash);
    const rows = guard(() => this.#postings.all(hash));
    return { length: rows.length, docs: rows.map(([doc]) => doc), positions: rows.map(([, pos]) => pos) };
  }

  /**
   * Postings of many fingerprints (each once, however often it is asked for): from the arrays in memory,
   * or, for an index that has none (empty, or too large for them), `PREFETCH_BATCH` per query.
   */
  postingsOf(wanted: ArrayLike<number>): Map<number, Postings> {
    const hashes = [...new Set(Array.from(wanted))];
    const out = new Map<number, Postings>();
    const arrays = this.#arrays();
    if (arrays) {
      for (const h of hashes) out.set(h, postingsFrom(arrays, h));
      return out;
    }
    const lists = new Map<number, { length: number; docs: number[]; positions: number[] }>();
    for (const h of hashes) lists.set(h, { length: 0, docs: [], positions: [] });
    for (let i = 0; i < hashes.length; i += PREFETCH_BATCH) {
      const batch = hashes.slice(i, i + PREFETCH_BATCH);
      const rows = guard(() => this.#batchStatement(batch.length).all(...batch)) as Array<[number, number, number]>;
      for (const [hash, doc, pos] of rows) {
        const list = lists.get(hash)!;
        list.docs.push(doc);
        list.positions.push(pos);
        list.length++;
      }
    }
    for (const [h, list] of lists) out.set(h, list);
    return out;
  }

  /** Visits every fingerprint row in key order (hash, document, position): for an index without postings arrays. */
  eachFingerprint(visit: (hash: number, doc: number, pos: number) => void): void {
    const rows = this.#db.prepare('SELECT hash, doc, pos FROM fingerprints ORDER BY hash, doc, pos').raw(true);
    guard(() => {
      for (const [hash, doc, pos] of rows.iterate() as Iterable<[number, number, number]>) visit(hash, doc, pos);
    });
  }

  /** Number of fingerprint rows. */
  get fingerprintCount(): number {
    return guard(() => this.#db.prepare('SELECT COUNT(*) FROM fingerprints').pluck().get() as number);
  }

  readonly #batches = new Map<number, Database.Statement>();
  #postingsArrays: PostingsArrays | null | undefined;

  /** Every fingerprint row as typed arrays (read once, then kept); null for an empty index or one too large for them. */
  postingsArrays(): PostingsArrays | null {
    return this.#arrays();
  }

  #arrays(): PostingsArrays | null {
    if (this.#postingsArrays === undefined) this.#postingsArrays = guard(() => storedPostingsArrays(this.#db));
    return this.#postingsArrays;
  }

  #batchStatement(size: number): Database.Statement {
    let statement = this.#batches.get(size);
    if (!statement) {
      statement = this.#db.prepare(`SELECT hash, doc, pos FROM fingerprints WHERE hash IN (${Array(size).fill('?').join(',')}) ORDER BY hash, doc, pos`).raw(true);
      this.#batches.set(size, statement);
    }
    return statement;
  }

  /** Number of documents holding a fingerprint (1 when it is in the index but not in the table). */
  documentFrequency(hash: number): number {
    const row = guard(() => this.#df.get(hash));
    return row ? row[0] : 1;
  }

  document(id: number): StoredDocument {
    const row = guard(() => this.#document.get(id));
    if (!row) throw new IndexError(`index is inconsistent: document ${id} is missing`);
    return {
      id,
      path: row['path'] as string,
      format: row['format'] as Format,
      encoding: row['encoding'] as string,
      meta: metaOf(row),
      chars: row['chars'] as number,
      contentChars: row['content_chars'] as number,
      text: inflateRawSync(row['text'] as Buffer).toString('utf8'),
      blocks: JSON.parse(row['blocks'] as string) as Block[],
    };
  }

  /** A document's path, metadata and stored layout, without its text. */
  source(id: number): StoredSource {
    const row = guard(() => this.#source.get(id));
    if (!row) throw new IndexError(`index is inconsistent: document ${id} is missing`);
    return { path: row['path'] as string, meta: metaOf(row), layout: decodeLayout(row['layout'] as Buffer) };
  }

  /**
   * Runs `work` in one write transaction: a build killed at any moment leaves the previous index as it
   * was. Fails clearly when another process is writing.
   */
  transaction<T>(work: (writer: IndexWriter) => T): T {
    try {
      return this.#db.transaction(() => work(new IndexWriter(this.#db))).immediate();
    } catch (error) {
      if (isBusy(error)) throw new IndexError('the index is being written by another wenchao process; try again when it has finished');
      if (isCorrupt(error)) throw new IndexError(`the index is damaged (${describeSqliteError(error)}); delete it and build it again with wenchao index`);
      throw error;
    }
  }

  close(): void {
    if (this.#db.open) {
      try {
        this.#db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A read-only or busy database keeps its WAL; SQLite checkpoints it later.
      }
      this.#db.close();
    }
  }
}

/** Memory map and page cache of an open index (virtual memory; pages are shared with the OS cache). */
const MMAP_BYTES = 1 << 30;
const CACHE_KIB = 128 * 1024;
const READER_CACHE_KIB = 8 * 1024;

/** Largest blob written: SQLite's default limit is 10^9 bytes. */
const MAX_BLOB_BYTES = 10 ** 9;

/** Fingerprints looked up per query. */
const PREFETCH_BATCH = 500;

/** Fingerprint rows per INSERT statement (SQLite allows 32,766 parameters). */
const BATCH = 200;

/** Writes inside a transaction of {@link CorpusIndex.transaction}. */
export class IndexWriter {
  readonly #db: Database.Database;
  readonly #insertDocument: Database.Statement;
  readonly #insertFingerprint: Database.Statement;
  readonly #insertFingerprints: Database.Statement;
  readonly #deleteFingerprint: Database.Statement;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#insertDocument = db.prepare(
      `INSERT INTO documents (path, content_hash, format, encoding, title, author, date, source, chars, content_chars, text, blocks, layout)
       VALUES (@path, @contentHash, @format, @encoding, @title, @author, @date, @source, @chars, @contentChars, @text, @blocks, @layout)`,
    );
    this.#insertFingerprint = db.prepare('INSERT OR IGNORE INTO fingerprints (hash, doc, pos) VALUES (?, ?, ?)');
    this.#insertFingerprints = db.prepare(
      `INSERT OR IGNORE INTO fingerprints (hash, doc, pos) VALUES ${Array(BATCH).fill('(?, ?, ?)').join(', ')}`,
    );
    this.#deleteFingerprint = db.prepare('DELETE FROM fingerprints WHERE hash = ? AND doc = ? AND pos = ?');
  }

  /** Adds a document and returns its id; fingerprints are added by {@link addFingerprints}. */
  addDocument(document: NewDocument): number {
    const result = this.#insertDocument.run({
      path: document.path,
      contentHash: document.contentHash,
      format: document.format,
      encoding: document.encoding,
      title: document.meta.title ?? null,
      author: document.meta.author ?? null,
      date: document.meta.date ?? null,
      source: document.meta.source ?? null,
      chars: document.chars,
      contentChars: document.contentChars,
      text: deflateRawSync(Buffer.from(document.text, 'utf8'), { level: 1 }),
      blocks: JSON.stringify(document.blocks),
      layout: document.layout,
    });
    return Number(result.lastInsertRowid);
  }

  /** Inserts fingerprint rows; callers sort large batches by hash first for sequential B-tree writes. */
  addFingerprints(hashes: Float64Array, docs: Int32Array, positions: Int32Array, order?: Uint32Array): void {
    const count = order ? order.length : hashes.length;
    const args: number[] = new Array(BATCH * 3);
    let n = 0;
    // Many rows per statement: ~10× faster than one statement per row (measured: 4.5 M rows, 2.7 s).
    for (; n + BATCH <= count; n += BATCH) {
      for (let b = 0; b < BATCH; b++) {
        const i = order ? order[n + b]! : n + b;
        args[3 * b] = hashes[i]!;
        args[3 * b + 1] = docs[i]!;
        args[3 * b + 2] = positions[i]!;
      }
      this.#insertFingerprints.run(args);
    }
    for (; n < count; n++) {
      const i = order ? order[n]! : n;
      this.#insertFingerprint.run(hashes[i]!, docs[i]!, positions[i]!);
    }
  }

  /** Removes a document and its fingerprints, which the caller recomputes from the stored text. */
  removeDocument(id: number, hashes: Float64Array, positions: Int32Array): void {
    for (let i = 0; i < hashes.length; i++) this.#deleteFingerprint.run(hashes[i]!, id, positions[i]!);
    this.#db.prepare('DELETE FROM documents WHERE id = ?').run(id);
  }

  /** Path → id and content hash, read inside the write transaction (the plan of a build is re-checked). */
  contentHashes(): Map<string, { id: number; contentHash: string }> {
    const rows = this.#db.prepare('SELECT id, path, content_hash FROM documents').all() as Array<{ id: number; path: string; content_hash: string }>;
    return new Map(rows.map((r) => [r.path, { id: r.id, contentHash: r.content_hash }]));
  }

  /**
   * Rewrites the {@link PostingsArrays}: merged in memory from the stored ones and the build's change
   * when it is given (see {@link mergePostings}), else read from the fingerprint table in key order.
   * An index too large for them (a blob holds at most 1 GB: about 125 M fingerprint rows, some 700 M
   * characters) has none, and its readers query the table.
   */
  refreshPostingsArrays(change?: { readonly dropped: ReadonlySet<number>; readonly added: AddedRows }): void {
    const count = this.#db.prepare('SELECT COUNT(*) FROM fingerprints').pluck().get() as number;
    let arrays: PostingsArrays | null = null;
    if (change && count * 8 <= MAX_BLOB_BYTES) {
      arrays = mergePostings(storedPostingsArrays(this.#db), change.dropped, change.added);
      // The stored arrays must have mirrored the table (an index once too large for them has none).
      if (arrays && arrays.docs.length !== count) arrays = null;
    }
    this.#db.exec('DELETE FROM postings_arrays');
    if (count * 8 > MAX_BLOB_BYTES) return;
    if (!arrays) {
      const rows = this.#db.prepare('SELECT hash, doc, pos FROM fingerprints ORDER BY hash, doc, pos').raw(true);
      arrays = collectPostings(count, (visit) => {
        for (const [hash, doc, pos] of rows.iterate() as Iterable<[number, number, number]>) visit(hash, doc, pos);
      });
    }
    this.#db
      .prepare('INSERT INTO postings_arrays (id, hashes, starts, docs, positions) VALUES (1, @hashes, @starts, @docs, @positions)')
      .run(postingsBlobs(arrays));
  }

  /** Empties the index: used when fingerprints were made by another normaliser and cannot be removed by key. */
  clear(): void {
    this.#db.exec('DELETE FROM fingerprints; DELETE FROM document_frequency; DELETE FROM postings_arrays; DELETE FROM documents;');
  }

  /** Recomputes the document frequency table (fingerprints held by two documents or more). */
  refreshDocumentFrequency(): void {
    this.#db.exec('DELETE FROM document_frequency');
    this.#db.exec(
      `INSERT INTO document_frequency (hash, docs)
       SELECT hash, COUNT(DISTINCT doc) AS n FROM fingerprints GROUP BY hash HAVING n > 1`,
    );
  }

  setMeta(key: string, value: string): void {
    this.#db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }
}

function readVersion(db: Database.Database): number | null {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!table) return null;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  return row ? Number(row.value) : null;
}

/** The stored {@link PostingsArrays}, or null when the index has none. */
function storedPostingsArrays(db: Database.Database): PostingsArrays | null {
  const row = db.prepare('SELECT hashes, starts, docs, positions FROM postings_arrays WHERE id = 1').get() as
    | Parameters<typeof postingsFromBlobs>[0]
    | undefined;
  return row ? postingsFromBlobs(row) : null;
}

/** Runs a read; a damaged database file surfaces as an {@link IndexError}, not a crash. */
function guard<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isCorrupt(error)) throw new IndexError(`the index is damaged (${describeSqliteError(error)}); delete it and build it again with wenchao index`);
    throw error;
  }
}

function isCorrupt(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && /^SQLITE_(CORRUPT|NOTADB)/u.test(String(error.code));
}

function metaOf(row: Record<string, unknown>): DocumentMeta {
  return cleanMeta({
    title: row['title'] as string | null,
    author: row['author'] as string | null,
    date: row['date'] as string | null,
    source: row['source'] as string | null,
  });
}

function cleanMeta(meta: Record<string, string | null>): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== '')) as DocumentMeta;
}

function isBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
}

function describeSqliteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/file is not a database|malformed/iu.test(message)) return 'the file is corrupt or not a wenchao index';
  if (/readonly|read-only|unable to open/iu.test(message)) return `${message} (check the path and its permissions)`;
  return message;
}
