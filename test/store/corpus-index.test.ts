import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexError } from '../../src/errors.js';
import { ingestFile } from '../../src/ingest/ingest.js';
import { checkDrafts } from '../../src/similarity/check.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { IndexLookup } from '../../src/store/index-lookup.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { copySampleCorpus, indexProblems, runCli, SAMPLE, syncFolder, tempDir } from './helpers.js';

const DRAFT = join(SAMPLE, 'drafts/draft-copied.txt');

let tmp: ReturnType<typeof tempDir>;
/** A good index of the sample corpus, copied by the tests that damage one. */
let good: string;

beforeAll(async () => {
  tmp = tempDir();
  copySampleCorpus(tmp.at('reference'));
  good = tmp.at('good.sqlite');
  await syncFolder(good, tmp.at('reference'));
});
afterAll(() => tmp?.remove());

/** A copy of the good index under a new name. */
function copyOfGood(name: string): string {
  const path = tmp.at(name);
  copyFileSync(good, path);
  return path;
}

/** Opens the index at `path` read-only and checks the sample draft against it, as `wenchao check` does. */
async function checkAgainst(path: string): Promise<number> {
  const index = CorpusIndex.open(path, { readonly: true });
  try {
    const [result] = checkDrafts([{ path: DRAFT, document: await ingestFile(DRAFT) }], new IndexLookup(index));
    return result!.matches.length;
  } finally {
    index.close();
  }
}

/** `fn` throws an IndexError whose message matches `message`, and nothing else. */
async function expectIndexError(fn: () => unknown, message: RegExp): Promise<void> {
  let thrown: unknown;
  try {
    await fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'an error is thrown').toBeDefined();
  expect((thrown as Error).name, String(thrown)).toBe('IndexError');
  expect(thrown).toBeInstanceOf(IndexError);
  expect((thrown as Error).message).toMatch(message);
  expect((thrown as Error).message).not.toMatch(/\n/u);
}

describe('a missing index', () => {
  it('open for reading is an IndexError that says how to build one', async () => {
    await expectIndexError(() => CorpusIndex.open(tmp.at('nowhere/index.sqlite'), { readonly: true }), /no index at .*wenchao index/u);
  });

  it('`wenchao check` without an index exits 2 with that one line, and creates nothing', async () => {
    const db = tmp.at('absent.sqlite');
    const { code, stdout, stderr } = await runCli(['check', DRAFT, '--corpus', db]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^wenchao: no index at .*absent\.sqlite.*\n$/u);
    expect(() => statSync(db)).toThrow();
  });
});

describe('an index of another schema version', () => {
  const withVersion = (name: string, version: string): string => {
    const path = copyOfGood(name);
    const sqlite = new Database(path);
    sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(version);
    sqlite.close();
    return path;
  };

  it('an index of a newer schema is refused, for reading and for writing, with a message to rebuild it', async () => {
    const version = String(SCHEMA_VERSION + 1);
    const path = withVersion(`version-${version}.sqlite`, version);
    const message = new RegExp(`another version of wenchao \\(index schema ${version}, this version reads ${SCHEMA_VERSION}\\).*rebuild`, 'u');
    await expectIndexError(() => CorpusIndex.open(path, { readonly: true }), message);
    await expectIndexError(() => CorpusIndex.open(path, { create: true }), message);
  });

  it('an index of an older schema is refused for reading and rebuilt empty by a build', async () => {
    const version = String(SCHEMA_VERSION - 1);
    const path = withVersion(`version-${version}.sqlite`, version);
    const message = new RegExp(`another version of wenchao \\(index schema ${version}, this version reads ${SCHEMA_VERSION}\\).*rebuild`, 'u');
    await expectIndexError(() => CorpusIndex.open(path, { readonly: true }), message);
    const index = CorpusIndex.open(path, { create: true });
    try {
      expect(index.documentCount).toBe(0);
      expect(index.meta('schema_version')).toBe(String(SCHEMA_VERSION));
    } finally {
      index.close();
    }
  });

  it('`wenchao check` on it exits 2 with one line', async () => {
    const path = withVersion('version-cli.sqlite', String(SCHEMA_VERSION + 1));
    const { code, stderr } = await runCli(['check', DRAFT, '--corpus', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wenchao: .*another version of wenchao.*\n$/u);
  });
});

describe('a file that is not an index', () => {
  it('random bytes are an IndexError (corrupt), for reading and for writing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 70_000 }), (bytes) => {
        const path = tmp.at('random.sqlite');
        writeFileSync(path, bytes);
        for (const options of [{ readonly: true }, { create: true }]) {
          let thrown: unknown;
          try {
            CorpusIndex.open(path, options).close();
          } catch (error) {
            thrown = error;
          }
          // A few random files are valid empty databases to SQLite: then `create` makes them an index.
          if (thrown !== undefined || options.readonly) expect(thrown, String(thrown)).toBeInstanceOf(IndexError);
        }
        rmSync(path, { force: true });
        rmSync(`${path}-wal`, { force: true });
        rmSync(`${path}-shm`, { force: true });
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('an empty file is not a wenchao index (no schema version)', async () => {
    const path = tmp.at('empty.sqlite');
    writeFileSync(path, '');
    await expectIndexError(() => CorpusIndex.open(path, { readonly: true }), /not a wenchao index/u);
  });

  it('another program’s SQLite database is not a wenchao index', async () => {
    const path = tmp.at('other.sqlite');
    const sqlite = new Database(path);
    sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    sqlite.close();
    await expectIndexError(() => CorpusIndex.open(path, { readonly: true }), /not a wenchao index/u);
  });

  it('a report given as the index is an IndexError, and the report is left as it was', async () => {
    const path = tmp.at('report.txt');
    copyFileSync(DRAFT, path);
    await expectIndexError(() => CorpusIndex.open(path, { readonly: true }), /corrupt or not a wenchao index/u);
    await expectIndexError(() => CorpusIndex.open(path, { create: true }), /corrupt or not a wenchao index/u);
    expect(readFileSync(path)).toEqual(readFileSync(DRAFT));
  });
});

describe('a damaged index (valid header, pages overwritten)', () => {
  /** The good index with every page from the third on overwritten by deterministic noise. */
  const damaged = (name: string): string => {
    const path = copyOfGood(name);
    const bytes = readFileSync(path);
    let x = 12345;
    for (let i = 2 * 4096; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    writeFileSync(path, bytes);
    return path;
  };

  it('checking against it is an IndexError, not a crash with "database disk image is malformed"', async () => {
    await expectIndexError(() => checkAgainst(damaged('damaged-check.sqlite')), /corrupt|rebuild/u);
  });

  it('`wenchao check` and `wenchao index` on it say the index is corrupt, not "internal error"', async () => {
    const path = damaged('damaged-cli.sqlite');
    for (const argv of [
      ['check', DRAFT, '--corpus', path],
      ['index', tmp.at('reference'), '--db', path, '-q'],
    ]) {
      const { code, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/internal error/u);
      expect(stderr).toMatch(/corrupt/u);
    }
  });
});

describe('an index where it cannot be written', () => {
  it('a database path under a regular file is an IndexError naming the path', async () => {
    const file = tmp.at('a-file');
    writeFileSync(file, 'not a folder');
    await expectIndexError(() => CorpusIndex.open(join(file, 'index.sqlite'), { create: true }), /cannot open index .*a-file/u);
  });

  it('a read-only folder is an IndexError (skipped as root, where chmod does not stop writes)', async (context) => {
    const folder = tmp.at('read-only');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    try {
      let writable = true;
      try {
        writeFileSync(join(folder, 'probe'), '');
        rmSync(join(folder, 'probe'));
      } catch {
        writable = false; // not root: the folder really is read-only
      }
      if (writable) context.skip('running as root: a 0555 folder is writable, so there is nothing to test');
      await expectIndexError(() => CorpusIndex.open(join(folder, 'index.sqlite'), { create: true }), /cannot open index|permission|read-only|readonly/iu);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  /** sysfs refuses new entries even to root, so this is a read-only place wherever the tests run as root. */
  const sysRefuses = ((): boolean => {
    try {
      mkdirSync('/sys/wenchao-probe');
      rmSync('/sys/wenchao-probe', { recursive: true });
      return false;
    } catch {
      return existsSync('/sys');
    }
  })();

  it.skipIf(!sysRefuses)('a folder that refuses new files even to root (/sys) is an IndexError', async () => {
    await expectIndexError(() => CorpusIndex.open('/sys/wenchao/index.sqlite', { create: true }), /cannot open index \/sys\/wenchao\/index\.sqlite/u);
  });

  it('`wenchao index` into a path under a regular file exits 2 with one line', async () => {
    const file = tmp.at('another-file');
    writeFileSync(file, '');
    const { code, stderr } = await runCli(['index', tmp.at('reference'), '--db', join(file, 'x.sqlite'), '-q']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wenchao: cannot open index .*\n$/u);
  });
});

describe('reading while the index is open', () => {
  it('a document id that does not exist is an IndexError (inconsistent index)', async () => {
    const index = CorpusIndex.open(good, { readonly: true });
    try {
      await expectIndexError(() => index.document(999_999), /inconsistent/u);
    } finally {
      index.close();
    }
  });

  it('two readers at once see the same index', async () => {
    const a = CorpusIndex.open(good, { readonly: true });
    const b = CorpusIndex.open(good, { readonly: true });
    try {
      expect(a.documentCount).toBe(6);
      expect(b.documentCount).toBe(6);
      expect(await checkAgainst(good)).toBeGreaterThan(0);
    } finally {
      a.close();
      b.close();
    }
    expect(indexProblems(good)).toEqual([]);
  });
});
