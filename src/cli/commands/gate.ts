import { Command } from 'commander';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { NormalizedConfig } from '../../config/config.js';
import { loadConfig } from '../../config/discover.js';
import { globMatcher } from '../../config/ignore.js';
import { UsageError } from '../../errors.js';
import { listFiles } from '../../ingest/walk.js';
import { gateVerdict } from '../../report/gate-verdict.js';
import { EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ExitState } from '../main.js';
import { addRunOptions, isSidecar, outputTargets, runChecks, writeOutputs, type RunFlags } from './check.js';

interface GateFlags extends RunFlags {
  readonly changed?: string | true;
  readonly maxWarnings?: number;
}

const READABLE = /\.(txt|md|markdown|docx)$/iu;

/**
 * `wenchao gate [FILE…|--changed [BASE]]`: checks reports against the configured thresholds and fails
 * (exit 1) when a limit is broken, an error-level finding remains, or there are more warnings than
 * `--max-warnings`. Exit 2 for usage, configuration and I/O errors.
 */
export function registerGate(program: Command, io: Io, state: ExitState): void {
  addRunOptions(
    program
      .command('gate')
      .description('check reports against the thresholds of .wenchaorc.json: exit 0 passed, 1 failed, 2 usage/config/IO error')
      .argument('[files...]', 'reports to check (default: the changed ones with --changed, else the configuration\'s "include")')
      .option('--changed [base]', 'check the reports changed since BASE (default HEAD), with uncommitted and untracked ones')
      .option('--max-warnings <n>', 'fail when there are more warnings than this (default from the configuration, else no limit)', parseCount),
  )
    .addHelpText('after', `\n${EXIT_CODES_HELP}\n`)
    .action(async (files: string[], flags: GateFlags) => {
      const config = loadConfig(io.cwd, flags.config);
      const targets = outputTargets(io, flags);
      const paths = await selectFiles(files, flags, config, io);
      if (paths.length === 0) {
        io.stderr(`wenchao: no reports to check${flags.changed ? ' (none changed)' : ''}\n`);
        state.code = EXIT_OK;
        return;
      }
      const maxWarnings = flags.maxWarnings ?? config.maxWarnings;
      const run = await runChecks(paths, flags, config, io, state, true, targets, (documents) => gateVerdict(documents, maxWarnings));
      if (state.code === EXIT_OK && run.gate && !run.gate.passed) state.code = EXIT_FAILED;
      writeOutputs(run, targets, io, state);
    });
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings must be a whole number of 0 or more, got "${value}"`);
  return n;
}

/**
 * The reports to check, relative to the working directory: the files named (minus ignored ones), else
 * those changed since the git base, else those the configuration's `include` finds under its root.
 * Sidecars and files wenchao cannot read are left out of the last two.
 */
async function selectFiles(files: readonly string[], flags: GateFlags, config: NormalizedConfig, io: Io): Promise<string[]> {
  const ignored = globMatcher(config.ignore);
  const included = globMatcher(config.include);
  const underRoot = (path: string): string | null => {
    const rel = relative(config.root, resolve(io.cwd, path));
    return rel.startsWith('..') ? null : rel.split(sep).join('/');
  };
  const keep = (path: string, needInclude: boolean): boolean => {
    const rel = underRoot(path);
    if (rel === null) return !needInclude;
    if (ignored(rel)) return false;
    return !needInclude || config.include.length === 0 || included(rel);
  };
  if (files.length > 0) {
    if (flags.changed) throw new UsageError('name files or use --changed, not both');
    return files.filter((f) => keep(f, false));
  }
  if (flags.changed) {
    const base = flags.changed === true ? 'HEAD' : flags.changed;
    return changedFiles(io.cwd, base).filter((f) => READABLE.test(f) && !isSidecar(resolve(io.cwd, f)) && keep(f, true));
  }
  if (config.include.length === 0) throw new UsageError('no reports to check: name files, use --changed, or set "include" in .wenchaorc.json');
  const { files: found } = await listFiles([config.root]);
  return found
    .map((f) => relative(io.cwd, f.path).split(sep).join('/'))
    .filter((f) => keep(f, true));
}

/** Files changed since the merge base of BASE and HEAD, uncommitted changes and untracked files, relative to `cwd`. */
function changedFiles(cwd: string, base: string): string[] {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('rev-parse', '--show-toplevel');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed needs git, which is not installed');
    throw new UsageError(`--changed needs a git repository, and ${cwd} is not in one`);
  }
  let since: string;
  try {
    since = git('merge-base', base, 'HEAD').trim();
  } catch {
    throw new UsageError(`--changed: unknown git revision "${base}" (or the repository has no commit yet)`);
  }
  const split = (out: string): string[] => out.split('\0').filter(Boolean);
  const changed = split(git('diff', '--name-only', '--relative', '--diff-filter=ACMR', '-z', since));
  const untracked = split(git('ls-files', '--others', '--exclude-standard', '-z'));
  return [...new Set([...changed, ...untracked])]
    .filter((f) => existsSync(resolve(cwd, f)) && statSync(resolve(cwd, f)).isFile())
    .sort();
}
