import { describe, expect, it, vi } from 'vitest';

/**
 * Root reads any file, so `chmod 000` cannot produce EACCES in CI containers: here `open` fails the way
 * it does for an ordinary user, and the reader must turn that into its one-line reason.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (path: unknown): boolean => String(path).endsWith('locked.txt');
  return {
    ...actual,
    stat: vi.fn(async (path: string) => (denied(path) ? { isDirectory: (): boolean => false, isFile: (): boolean => true, size: 12 } : actual.stat(path))),
    open: vi.fn(async (path: string, flags?: string) => {
      if (denied(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return actual.open(path, flags);
    }),
  };
});

const { readDocument } = await import('../../../src/ingest/read/index.js');

describe('a file the user may not read', () => {
  it('is "permission denied", in one line', async () => {
    await expect(readDocument('/reports/locked.txt')).rejects.toThrow(/^\/reports\/locked\.txt: permission denied$/u);
  });
});
