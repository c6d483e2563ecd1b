import { readFileSync, writeSync } from 'node:fs';
import type { CliIo } from './CliIo';
import { runCli } from './runCli';

/** Writes all of a text to a file descriptor, waiting out a full pipe. */
function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text, 'utf8');
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (e) {
      if ((e as { code?: unknown }).code === 'EAGAIN') continue;
      if ((e as { code?: unknown }).code === 'EPIPE') return;
      throw e;
    }
  }
}

// With `--expose-gc` (as `npm run lanes` runs it) the previous page is collected before the next
// is read, so that ten pages take the memory of one plus the cross-page index.
const collect = (globalThis as { gc?: () => void }).gc;

const io: CliIo = {
  readFile: (path) => {
    collect?.();
    return readFileSync(path, 'utf8');
  },
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  nowMs: () => Date.now(),
};

process.exitCode = runCli(process.argv.slice(2), io);
