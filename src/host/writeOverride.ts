import type { FieldMap } from '../policy/settings';
import type { Lane } from '../policy/types';
import { laneTag, laneValue, otherLaneTags, overrideTag, tagsFor } from './laneTags';
import { formatOverrideNote } from './readOverride';
import { updateTicket } from './updateTicket';
import type { ZafClient } from './zafClient';

export interface OverrideRequest {
  ticketId: string;
  from: Lane;
  to: Lane;
  /** The lane the policy computed, kept beside the override so that override rates can be counted. */
  computed: Lane;
  reason: string;
  by: { id: string; name: string };
  /** ISO time of the override. */
  at: string;
}

/** Records a lead's override in one saved update: lane field, reason field, tags and an internal note. */
export async function writeOverride(client: ZafClient, fieldMap: FieldMap, o: OverrideRequest): Promise<void> {
  const reason = o.reason.trim();
  if (!reason) throw new Error('an override needs a reason');
  await updateTicket(client, o.ticketId, {
    custom_fields: [
      { id: fieldMap.ticket.lane, value: laneValue(o.to) },
      { id: fieldMap.ticket.lane_override_reason, value: reason },
    ],
    additional_tags: [overrideTag(fieldMap), laneTag(fieldMap, o.to), tagsFor(fieldMap).computed(o.computed)],
    remove_tags: [...otherLaneTags(fieldMap, o.to), ...([1, 2, 3] as const).filter((l) => l !== o.computed).map((l) => tagsFor(fieldMap).computed(l))],
    comment: { body: formatOverrideNote({ by: o.by.name, byId: o.by.id, at: o.at, from: o.from, to: o.to, reason }), public: false },
  });
}
