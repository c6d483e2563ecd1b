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

const io: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  nowMs: () => Date.now(),
};

process.exitCode = runCli(process.argv.slice(2), io);
