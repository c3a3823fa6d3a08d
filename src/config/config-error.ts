import { WenchaoError } from '../errors.js';

/** A configuration file is missing, not JSON, or holds a key or value wenchao does not accept (exit 2). */
export class ConfigError extends WenchaoError {
  override name = 'ConfigError' as const;
  constructor(
    /** The file as the user would name it (relative to the working directory when inside it). */
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
