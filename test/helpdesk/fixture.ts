import { readFileSync } from 'node:fs';
import { parseBundle, type AppSettings } from '../../src/helpdesk/bundle';
import { DEFAULT_BUNDLE, DEFAULT_SETTINGS } from '../../src/helpdesk/server';
import { HelpdeskStore } from '../../src/helpdesk/store';

/** A store over the acceptance bundle and settings, with a fixed clock. */
export function buildStore(): HelpdeskStore {
  const bundle = parseBundle(JSON.parse(readFileSync(DEFAULT_BUNDLE, 'utf8')));
  const settings = JSON.parse(readFileSync(DEFAULT_SETTINGS, 'utf8')) as AppSettings;
  return new HelpdeskStore(bundle, settings, () => new Date('2026-11-25T12:00:00Z'));
}
