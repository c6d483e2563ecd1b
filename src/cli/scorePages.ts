import { addPage, createIndex, ticketInputs, type BundleIndex, type BundleProblem } from '../bundle/readBundle';
import type { Evaluation, ScoreContext, Settings, TicketInput } from '../policy';
import type { CliIo } from './CliIo';
import { InputError } from './InputError';
import { readPage, type Page } from './readPage';

export interface ScoredTicket<D extends Evaluation> {
  file: string;
  input: TicketInput;
  decision: D;
}

export interface ScoreOptions<D extends Evaluation> {
  settings: Settings;
  nowMs: number;
  /** The core's scorer: `evaluateTicket` for batches, `scoreTicket` when the packet is wanted. */
  score: (input: TicketInput, ctx: ScoreContext) => D;
  /** Scores only the ticket with this id. */
  onlyTicketId?: string;
}

export interface ScoreHandlers<D extends Evaluation> {
  /** Receives each scored ticket, in file order. */
  ticket(scored: ScoredTicket<D>): void;
  /** Called after each page, so output can be flushed before the next page is read. */
  pageDone?(file: string): void;
}

export interface ScoreOutcome {
  /** Files that could not be read at all; nothing was scored. */
  fatal: InputError[];
  /** Tickets, users or organizations skipped and reported. */
  skipped: number;
}


/**
 * Scores the pages of one export in two passes, so memory holds one page at a time:
 * pass 1 adds every page to one index (requesters' contacts and problem tickets across
 * pages), pass 2 re-reads each page and scores its tickets. Problems go to stderr.
 */
export function scorePages<D extends Evaluation>(files: readonly string[], options: ScoreOptions<D>, io: CliIo, handlers: ScoreHandlers<D>): ScoreOutcome {
  const outcome: ScoreOutcome = { fatal: [], skipped: 0 };
  const report = (file: string, problems: readonly BundleProblem[]) => {
    for (const p of problems) io.stderr(`${file}: ${p.place}: ${p.message}\n`);
    outcome.skipped += problems.length;
  };

  const index = createIndex();
  // With a single page there is nothing to gain from reading it twice.
  let kept: Page | null = null;
  for (const file of files) {
    try {
      const page = readPage(file, io);
      const problems: BundleProblem[] = [];
      addPage(index, page, problems);
      report(file, problems);
      if (files.length === 1) kept = page;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      outcome.fatal.push(e);
    }
  }
  if (outcome.fatal.length > 0) return outcome;

  for (const file of files) {
    let page: Page;
    try {
      page = kept ?? readPage(file, io);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      outcome.fatal.push(e);
      return outcome;
    }
    kept = null;
    scorePage(file, page, index, options, handlers, report);
    handlers.pageDone?.(file);
  }
  return outcome;
}

function scorePage<D extends Evaluation>(
  file: string,
  page: Page,
  index: BundleIndex,
  options: ScoreOptions<D>,
  handlers: ScoreHandlers<D>,
  report: (file: string, problems: readonly BundleProblem[]) => void,
): void {
  const problems: BundleProblem[] = [];
  const { fieldMap, policy } = options.settings;
  const only = options.onlyTicketId;
  const target = only === undefined ? page : { ...page, tickets: page.tickets.filter((t) => hasId(t, only)) };
  const inputs = ticketInputs(index, target, fieldMap, problems);
  if (only === undefined) report(file, problems);
  const ctx: ScoreContext = { policy, fieldMap, groupNames: index.groups, nowMs: options.nowMs };
  for (const input of inputs) handlers.ticket({ file, input, decision: options.score(input, ctx) });
}

function hasId(t: unknown, id: string): boolean {
  if (typeof t !== 'object' || t === null) return false;
  const raw = (t as Record<string, unknown>)['id'];
  return (typeof raw === 'number' || typeof raw === 'string') && String(raw).trim() === id;
}

