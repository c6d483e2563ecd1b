import { renderPacketText, scoreTicket, type Decision } from '../policy';
import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { readRunOptions, type RunOptions } from './readRunOptions';
import { reportError } from './reportError';
import { scorePages } from './scorePages';

/** `lanes explain`: prints one ticket's escalation packet as text. */
export function runExplain(files: readonly string[], ticketId: string, options: RunOptions, io: CliIo): ExitCode {
  try {
    const { settings, nowMs } = readRunOptions(options, io);
    let found: Decision | null = null;
    const outcome = scorePages(files, { settings, nowMs, score: scoreTicket, onlyTicketId: ticketId }, io, {
      ticket: ({ decision }) => {
        found ??= decision;
      },
    });
    for (const e of outcome.fatal) reportError(e, io);
    if (outcome.fatal.length > 0) return EXIT.fatal;
    if (found === null) {
      io.stderr(`ticket ${ticketId} is not in ${files.join(', ')}\n`);
      return EXIT.fatal;
    }
    io.stdout(`${renderPacketText((found as Decision).packet)}\n`);
    return outcome.skipped > 0 ? EXIT.skipped : EXIT.ok;
  } catch (e) {
    return reportError(e, io);
  }
}
