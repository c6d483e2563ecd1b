import type { FieldMap } from '../policy/settings';
import type { Lane, TicketInput } from '../policy/types';
import { customFieldPath } from './readTicket';
import { laneTag, laneValue, otherLaneTags } from './laneTags';
import type { Override } from './readOverride';
import type { ZafClient } from './zafClient';

/**
 * Writes the computed lane into the ticket's lane field and lane tag, so that views can show it.
 * Writes only what differs, and nothing when a lead has overridden the lane.
 * Returns how many host calls it made.
 */
export async function writeLane(client: ZafClient, fieldMap: FieldMap, input: TicketInput, lane: Lane, override: Override | null): Promise<number> {
  if (override) return 0;
  let calls = 0;
  const field = input.fields.lane;
  if (field.available && field.value !== laneValue(lane)) {
    calls++;
    await client.set({ [customFieldPath(fieldMap.ticket.lane)]: laneValue(lane) });
  }
  const stale = otherLaneTags(fieldMap, lane).filter((t) => input.tags.includes(t));
  if (stale.length > 0) {
    calls++;
    await client.invoke('ticket.tags.remove', stale);
  }
  const tag = laneTag(fieldMap, lane);
  if (!input.tags.includes(tag)) {
    calls++;
    await client.invoke('ticket.tags.add', [tag]);
  }
  return calls;
}
