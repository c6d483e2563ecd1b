import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/CliIo';

export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
  /** Paths in the order they were read. */
  reads: string[];
}

/** IO for in-process runs: in-memory files first, then the disk; output captured. */
export function createFakeIo(files: Record<string, string> = {}, nowIso = '2026-11-26T12:00:00Z'): FakeIo {
  let out = '';
  let err = '';
  const reads: string[] = [];
  return {
    readFile: (path) => {
      reads.push(path);
      const text = files[path];
      return text ?? readFileSync(path, 'utf8');
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    nowMs: () => Date.parse(nowIso),
    out: () => out,
    err: () => err,
    reads,
  };
}
