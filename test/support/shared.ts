import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's shared folder, beside the repository. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function readShared<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(resolve(SHARED, path), 'utf8')) as T;
}
