import { Command, CommanderError } from 'commander';
import { WenchaoError } from '../errors.js';
import { registerCheck } from './commands/check.js';
import { registerEval } from './commands/eval.js';
import { registerGate } from './commands/gate.js';
import { registerIndex } from './commands/index.js';
import { registerIngest } from './commands/ingest.js';
import { registerScan } from './commands/scan.js';
import { registerScore } from './commands/score.js';
import { EXIT_CODES_HELP, EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { VERSION } from './version.js';

/** A command sets the exit code it ends with through this holder. */
export interface ExitState {
  code: number;
}

/**
 * Runs the CLI and returns the exit code. Errors a user can cause are printed as one line on stderr;
 * a stack trace is printed only for bugs, and only with `WENCHAO_DEBUG=1`.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const state: ExitState = { code: EXIT_OK };
  const program = new Command('wenchao')
    .description('文抄 wenchao: find copied passages and empty talk in Chinese reports before they go out')
    .version(VERSION, '-v, --version')
    .addHelpText('after', `\n${EXIT_CODES_HELP}\n`)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`wenchao: ${text.replace(/^error: /u, '')}`),
    });

  registerIngest(program, io, state);
  registerIndex(program, io, state);
  registerCheck(program, io, state);
  registerGate(program, io, state);
  registerEval(program, io, state);
  registerScore(program, io, state);
  registerScan(program, io, state);

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_OK;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (error instanceof WenchaoError) {
      io.stderr(`wenchao: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`wenchao: internal error: ${detail}\n`);
    if (process.env['WENCHAO_DEBUG'] && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}
