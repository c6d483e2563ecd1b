import { parseSettings, type Settings } from '../policy';
import type { CliIo } from './CliIo';
import { DEMO_SETTINGS } from './demoSettings';
import { InputError } from './InputError';
import { readJsonFile } from './readJsonFile';

/** Thrown when a settings file is read but invalid: one line per issue, each with its fix. */
export class SettingsError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string; fix: string }[],
  ) {
    super(`${file}: invalid settings:\n${issues.map((i) => `  ${i.path}: ${i.message} (fix: ${i.fix})`).join('\n')}`);
  }
}

/** Reads the settings file, or the demo account's settings when none is given. */
export function loadSettings(path: string | undefined, io: CliIo): Settings {
  const raw = path === undefined ? DEMO_SETTINGS : readJsonFile(path, io);
  const parsed = parseSettings(raw);
  if (parsed.ok) return parsed.settings;
  const file = path ?? '(built-in demo settings)';
  if (parsed.issues.length === 0) throw new InputError(file, null, 'invalid settings');
  throw new SettingsError(file, parsed.issues);
}
