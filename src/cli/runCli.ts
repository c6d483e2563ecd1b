import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { parseArgs } from './parseArgs';
import { runCompare } from './runCompare';
import { runExplain } from './runExplain';
import { runReport } from './runReport';
import { runScore } from './runScore';
import { USAGE } from './usage';

/** Runs the command line given after the program name; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo): ExitCode {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`lanes: ${parsed.error}\n\n${USAGE}`);
    return EXIT.fatal;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const options = { ...(command.settings !== undefined ? { settings: command.settings } : {}), ...(command.now !== undefined ? { now: command.now } : {}) };
  if (command.kind === 'score') return runScore(command.files, { ...options, format: command.format }, io);
  if (command.kind === 'report') return runReport(command.files, { ...options, format: command.format, ...(command.auditSeed !== undefined ? { auditSeed: command.auditSeed } : {}) }, io);
  if (command.kind === 'compare') return runCompare(command.oldPolicy, command.newPolicy, command.files, { ...options, format: command.format }, io);
  return runExplain(command.files, command.ticketId, options, io);
}
