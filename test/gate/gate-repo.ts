/**
 * A fresh copy of test/fixtures/gate-repo in a temporary folder, made a git repository with one commit,
 * its reference corpus indexed where its .wenchaorc.json expects it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../cli/run-cli.js';

export const FIXTURE = join(ROOT, 'test/fixtures/gate-repo');

export async function makeGateRepo(prefix: string): Promise<{ dir: string; at: (name: string) => string; remove: () => void; git: (...args: string[]) => string }> {
  const tmp = tempDir(prefix);
  cpSync(FIXTURE, tmp.dir, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: tmp.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'reports');
  const indexed = await runCli(['index', '--quiet', '--db', tmp.at('corpora/.wenchao/index.sqlite'), tmp.at('corpora/reference')], { cwd: tmp.dir });
  if (indexed.code !== 0) throw new Error(`index failed: ${indexed.stderr}`);
  return { ...tmp, git };
}
