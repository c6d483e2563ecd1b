import type { CliIo } from './CliIo';
import { InputError } from './InputError';
import { lineColumnAt, locateJsonError } from './locateJsonError';

/** Reads and parses a JSON file; throws `InputError` naming the file and, for bad JSON, the line and column. */
export function readJsonFile(path: string, io: CliIo): unknown {
  const text = readText(path, io);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw describeParseError(path, text, e);
  }
}

/** Reads a file as text; throws `InputError` saying why it cannot. */
export function readText(path: string, io: CliIo): string {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT' ? 'file not found'
      : code === 'EISDIR' ? 'is a directory, not a file'
      : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
      : `cannot be read (${e instanceof Error ? e.message : String(e)})`;
    throw new InputError(path, null, why);
  }
  // A byte-order mark is not part of the JSON.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeParseError(path: string, text: string, e: unknown): InputError {
  if (text.trim() === '') return new InputError(path, null, 'is empty; expected JSON');
  const located = locateJsonError(text);
  let offset: number;
  let what: string;
  if (located) ({ offset, message: what } = located);
  else {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw)?.[1];
    offset = position !== undefined ? Number(position) : text.length;
    // V8 sometimes quotes the whole text back; keep only its first clause.
    what = raw.replace(/, ".*$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  }
  const { line, column } = lineColumnAt(text, offset);
  return new InputError(path, `line ${line}, column ${column}`, `not valid JSON: ${what}`);
}
