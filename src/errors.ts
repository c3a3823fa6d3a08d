/** Base class of errors a user can cause (bad input, bad options); the CLI prints their message in one line. */
export class WenchaoError extends Error {
  override name: string = 'WenchaoError';
  /** Exit code the CLI uses when this error ends a command. */
  readonly exitCode: number = 2;
}

/** A file could not be read, decoded or parsed. */
export class IngestError extends WenchaoError {
  override name = 'IngestError' as const;
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Options or configuration the user gave are wrong. */
export class UsageError extends WenchaoError {
  override name = 'UsageError' as const;
}

/** The reference index is missing, corrupt, locked or of another version. */
export class IndexError extends WenchaoError {
  override name = 'IndexError' as const;
}

/** Asserts an internal invariant: a failure is a bug, never a user mistake. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant failed: ${message}`);
}
