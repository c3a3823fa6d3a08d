import { describe, expect, it, vi } from 'vitest';

/**
 * Root reads any file, so `chmod 000` cannot produce EACCES in CI containers: here `open` fails the way
 * it does for an ordinary user, and the reader must turn that into its one-line reason.
 */
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown): boolean => String(path).endsWith('locked.txt');
  return {
    ...actual,
    statSync: vi.fn((path: string, options?: { throwIfNoEntry?: boolean }) =>
      denied(path) ? { isDirectory: (): boolean => false, isFile: (): boolean => true, size: 12 } : actual.statSync(path, options)),
    openSync: vi.fn((path: string, flags: string = 'r') => {
      if (denied(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return actual.openSync(path, flags);
    }),
  };
});

const { readDocument } = await import('../../../src/ingest/read/index.js');

describe('a file the user may not read', () => {
  it('is "permission denied", in one line', async () => {
    await expect(readDocument('/reports/locked.txt')).rejects.toThrow(/^\/reports\/locked\.txt: permission denied$/u);
  });
});
