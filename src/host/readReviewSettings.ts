import { parseSettings, type SettingsResult } from '../policy/settings';
import { readRequirementIds } from './readRequirementIds';
import { describeFailure } from './readTicket';
import { ZafUserSchema } from './zafSchemas';
import type { ZafClient } from './zafClient';

/**
 * Who may see the review: `admin` reads the figures; `lead` (a member of a lead group who is
 * not an admin) is told that Zendesk lets only admins read the export the figures come from;
 * `other` is told the page is for team leads; `unknown` when the signed-in user could not be read.
 */
export type ReviewAccess = 'admin' | 'lead' | 'other' | 'unknown';

export interface ReviewSetup {
  settings: SettingsResult;
  locale: string;
  access: ReviewAccess;
}

/** Reads the installation's settings, the agent's locale and role; never throws. */
export async function readReviewSettings(client: ZafClient): Promise<ReviewSetup> {
  const [settings, user] = await Promise.all([
    Promise.all([client.metadata(), readRequirementIds(client)]).then(
      ([m, requirements]) => parseSettings(m.settings, requirements),
      (e: unknown): SettingsResult => ({ ok: false, issues: [{ path: 'settings', message: `could not be read: ${describeFailure(e)}`, fix: 'reload the app' }] }),
    ),
    client.get(['currentUser']).then(
      (r) => {
        const parsed = ZafUserSchema.safeParse(r['currentUser']);
        return parsed.success ? parsed.data : null;
      },
      () => null,
    ),
  ]);
  const locale = user?.locale ?? 'en';
  let access: ReviewAccess = 'unknown';
  if (user) {
    const leadGroups = settings.ok ? settings.settings.fieldMap.lead_group_ids : [];
    access = user.role === 'admin' ? 'admin' : user.groups.some((g) => leadGroups.includes(g.id)) ? 'lead' : 'other';
  }
  return { settings, locale, access };
}
