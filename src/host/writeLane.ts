import type { FieldMap } from '../policy/settings';
import type { Decision, TicketInput } from '../policy/types';
import { customFieldPath } from './readTicket';
import { laneTag, laneValue, otherLaneTags, tagsFor } from './laneTags';
import type { Override } from './readOverride';
import type { ZafClient } from './zafClient';

/**
 * Writes the computed lane into the ticket's lane field and lane tag, so that views can show it,
 * with the policy version that computed it and, on escalation, what the customer had seen by
 * then. Writes only what differs; under a lead's override that holds, the lane written is the override's.
 * Returns how many host calls it made.
 */
export async function writeLane(client: ZafClient, fieldMap: FieldMap, input: TicketInput, decision: Decision, override: Override | null): Promise<number> {
  const tags = tagsFor(fieldMap);
  const add: string[] = [];
  const remove: string[] = [];
  let calls = 0;
  {
    // Under a lead's override its lane is kept, so a lower lane written by anyone else does not stand in views.
    const lane = override ? override.lane : decision.lane;
    const field = input.fields.lane;
    if (field.available && field.value !== laneValue(lane)) {
      calls++;
      await client.set({ [customFieldPath(fieldMap.ticket.lane)]: laneValue(lane) });
    }
    remove.push(...otherLaneTags(fieldMap, lane).filter((t) => input.tags.includes(t)));
    const tag = laneTag(fieldMap, lane);
    if (!input.tags.includes(tag)) add.push(tag);
  }
  const policyTag = tags.policy(decision.policyVersion);
  const policyPrefix = tags.policyPrefix;
  if (!input.tags.includes(policyTag)) add.push(policyTag);
  remove.push(...input.tags.filter((t) => t.startsWith(policyPrefix) && t !== policyTag));
  // The state at escalation is recorded once: the first time the ticket leaves Lane 1.
  const stateRecorded = input.tags.some((t) => t.startsWith(tags.statePrefix));
  if (decision.lane >= 2 && !stateRecorded) add.push(tags.state(decision.packet.customerFacingState));
  if (remove.length > 0) {
    calls++;
    await client.invoke('ticket.tags.remove', remove);
  }
  if (add.length > 0) {
    calls++;
    await client.invoke('ticket.tags.add', add);
  }
  return calls;
}
