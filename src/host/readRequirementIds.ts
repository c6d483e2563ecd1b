import { z } from '../policy/zod';
import { requirementIdentifier, TICKET_FIELD_KEYS, type RequirementIds } from '../policy/settings';
import type { ZafClient } from './zafClient';

/** What `client.get('requirement:<identifier>')` answers: the id of what the installation created. */
const positiveInt = z.number().check(z.int(), z.positive());
const coercedId = z.coerce.number().check(z.int(), z.positive());
const RequirementSchema = z.union([
  positiveInt,
  z.pipe(z.object({ requirement_id: coercedId }), z.transform((r) => r.requirement_id)),
  z.pipe(z.object({ id: coercedId }), z.transform((r) => r.id)),
]);

/**
 * The ticket fields requirements.json created, read from `requirement:lanes_<key>` (Zendesk's
 * apps requirements guide). An app installed without requirements answers none of them, and
 * the field map's ids stand; a failed read is the same as none, never a guess.
 */
export async function readRequirementIds(client: ZafClient): Promise<RequirementIds> {
  const paths = TICKET_FIELD_KEYS.map((key) => `requirement:${requirementIdentifier(key)}`);
  let result: Record<string, unknown>;
  try {
    result = await client.get(paths);
  } catch {
    return {};
  }
  const ids: RequirementIds = {};
  TICKET_FIELD_KEYS.forEach((key, i) => {
    const parsed = RequirementSchema.safeParse(result[paths[i] ?? '']);
    if (parsed.success) ids[key] = parsed.data;
  });
  return ids;
}
