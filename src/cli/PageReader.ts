import { addPage, createIndex, ticketInputs, type BundleIndex, type BundleProblem } from '../bundle/readBundle';
import type { FieldMap, TicketInput } from '../policy';
import type { CliIo } from './CliIo';
import { InputError } from './InputError';
import { readPage, type Page } from './readPage';

export interface ReadPage {
  file: string;
  page: Page;
  inputs: TicketInput[];
}

/**
 * Reads the pages of one export in two passes, as `score` does, for commands that want the
 * page itself (its side-loads) and not only its scored tickets: the constructor adds every page
 * to one index, `read()` re-reads each in turn. Problems go to stderr and are counted.
 */
export class PageReader {
  readonly index: BundleIndex = createIndex();
  /** Files that could not be read at all; nothing should be computed. */
  readonly fatal: InputError[] = [];
  /** Tickets, users or organizations skipped and reported. */
  skipped = 0;
  // With a single page there is nothing to gain from reading it twice.
  private kept: Page | null = null;

  constructor(
    readonly files: readonly string[],
    private readonly io: CliIo,
  ) {
    for (const file of files) {
      try {
        const page = readPage(file, io);
        const problems: BundleProblem[] = [];
        addPage(this.index, page, problems);
        this.report(file, problems);
        if (files.length === 1) this.kept = page;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        this.fatal.push(e);
      }
    }
  }

  /**
   * Re-reads one page (pass 2) with its tickets read; throws `InputError` if it can no longer be
   * read. Call it from a function that returns what it needs of the page, so the page is
   * garbage as soon as it is done with.
   */
  read(file: string, fieldMap: FieldMap): ReadPage {
    const page = this.kept ?? readPage(file, this.io);
    this.kept = null;
    const problems: BundleProblem[] = [];
    const inputs = ticketInputs(this.index, page, fieldMap, problems);
    this.report(file, problems);
    return { file, page, inputs };
  }

  private report(file: string, problems: readonly BundleProblem[]): void {
    for (const p of problems) this.io.stderr(`${file}: ${p.place}: ${p.message}\n`);
    this.skipped += problems.length;
  }
}

