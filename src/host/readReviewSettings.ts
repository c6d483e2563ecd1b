import { parseSettings, type SettingsResult } from '../policy/settings';
import { describeFailure } from './readTicket';
import type { ZafClient } from './zafClient';

export interface ReviewSetup {
  settings: SettingsResult;
  locale: string;
}

/** Reads the installation's settings and the agent's locale; never throws. */
export async function readReviewSettings(client: ZafClient): Promise<ReviewSetup> {
  const [settings, locale] = await Promise.all([
    client.metadata().then(
      (m) => parseSettings(m.settings),
      (e: unknown): SettingsResult => ({ ok: false, issues: [{ path: 'settings', message: `could not be read: ${describeFailure(e)}`, fix: 'reload the app' }] }),
    ),
    client.get(['currentUser.locale']).then(
      (r) => (typeof r['currentUser.locale'] === 'string' ? r['currentUser.locale'] : 'en'),
      () => 'en',
    ),
  ]);
  return { settings, locale };
}
