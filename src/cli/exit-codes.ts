/**
 * Exit codes are a contract (stated in `--help` and tested):
 * 0 clean, 1 the gate failed (copying or quality over a threshold), 2 usage, configuration or I/O error.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_ERROR = 2;

export const EXIT_CODES_HELP = `Exit codes:
  0  success: every file was processed and no threshold failed
  1  a threshold or an error-level finding failed (check, gate)
  2  usage, configuration or I/O error (bad option, unreadable file, missing index)`;
