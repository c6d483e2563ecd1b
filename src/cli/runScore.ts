import { evaluateTicket } from '../policy';
import { EXIT, type CliIo, type ExitCode } from './CliIo';
import { LaneTally } from './LaneTally';
import type { Format } from './parseArgs';
import { readRunOptions, type RunOptions } from './readRunOptions';
import { reportError } from './reportError';
import { scorePages } from './scorePages';
import { toNdjsonRecord } from './toNdjsonRecord';

const FLUSH_LINES = 1000;

/** `lanes score`: scores every ticket of the given pages and prints ndjson or the lane table. */
export function runScore(files: readonly string[], options: RunOptions & { format?: Format }, io: CliIo): ExitCode {
  try {
    const { settings, nowMs } = readRunOptions(options, io);
    const format = options.format ?? 'ndjson';
    const tally = new LaneTally();
    let lines: string[] = [];
    const flush = () => {
      if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
      lines = [];
    };
    const outcome = scorePages(files, { settings, nowMs, score: evaluateTicket }, io, {
      ticket: ({ input, decision }) => {
        if (format === 'table') return tally.add(decision, input);
        lines.push(JSON.stringify(toNdjsonRecord(decision)));
        if (lines.length >= FLUSH_LINES) flush();
      },
      pageDone: flush,
    });
    flush();
    for (const e of outcome.fatal) reportError(e, io);
    if (outcome.fatal.length > 0) return EXIT.fatal;
    if (format === 'table') io.stdout(tally.render());
    if (outcome.skipped > 0) {
      io.stderr(`${outcome.skipped} ${outcome.skipped === 1 ? 'item was' : 'items were'} skipped; the other tickets were scored\n`);
      return EXIT.skipped;
    }
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io);
  }
}
