/** What the command line needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  /** Reads a file as UTF-8 text; throws a Node `ErrnoException` when it cannot. */
  readFile(path: string): string;
  /** Writes results. */
  stdout(text: string): void;
  /** Writes messages. */
  stderr(text: string): void;
  /** The current time in epoch milliseconds, the default for `--now`. */
  nowMs(): number;
}

export const EXIT = { ok: 0, fatal: 1, skipped: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
