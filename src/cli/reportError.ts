import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { InputError } from './InputError';
import { SettingsError } from './loadSettings';

/** Writes an input problem to stderr and returns the fatal exit code; rethrows anything else. */
export function reportError(e: unknown, io: CliIo): ExitCode {
  if (e instanceof InputError || e instanceof SettingsError) {
    io.stderr(`${e.message}\n`);
    return EXIT.fatal;
  }
  throw e;
}
