import type { Settings } from '../policy';
import type { CliIo } from './CliIo';
import { InputError } from './InputError';
import { loadSettings } from './loadSettings';

export interface RunOptions {
  /** Path of the settings file; the demo account's settings when absent. */
  settings?: string;
  /** ISO time to score at; the current time when absent. */
  now?: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads the settings and the scoring time; throws `InputError` or `SettingsError`. */
export function readRunOptions(options: RunOptions, io: CliIo): { settings: Settings; nowMs: number } {
  let nowMs = io.nowMs();
  if (options.now !== undefined) {
    nowMs = ISO_TIME.test(options.now) ? Date.parse(options.now) : Number.NaN;
    if (!Number.isFinite(nowMs)) throw new InputError('--now', null, `"${options.now}" is not an ISO time such as 2026-11-26T12:00:00Z`);
  }
  return { settings: loadSettings(options.settings, io), nowMs };
}
