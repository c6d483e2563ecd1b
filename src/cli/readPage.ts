import { assertBundle, BundleError } from '../bundle/readBundle';
import type { CliIo } from './CliIo';
import { InputError } from './InputError';
import { readJsonFile } from './readJsonFile';

/** One page of an export, as read from its file. */
export type Page = Record<string, unknown> & { tickets: unknown[] };

/** Reads one bundle file; a file that is not a bundle is an `InputError` naming the place. */
export function readPage(file: string, io: CliIo): Page {
  const data = readJsonFile(file, io);
  try {
    assertBundle(data);
  } catch (e) {
    if (e instanceof BundleError) throw new InputError(file, e.place, e.message);
    throw e;
  }
  return data;
}
