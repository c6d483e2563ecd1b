import type { FieldMap } from '../policy/settings';
import type { Decision, TicketInput } from '../policy/types';
import { describeFailure } from './readTicket';
import { laneTag, laneValue, otherLaneTags, tagsFor } from './laneTags';
import type { Override } from './readOverride';
import { ApiTicketSchema, type ApiTicket } from './zafSchemas';
import type { ZafClient } from './zafClient';

/** What the lane write changes on the saved ticket; empty when the saved ticket already says it. */
export interface LaneUpdate {
  custom_fields?: { id: number; value: string }[];
  additional_tags?: string[];
  remove_tags?: string[];
}

export type LaneWrite = { written: false } | { written: true; update: LaneUpdate; attempts: number } | { written: false; failure: string };

/**
 * What the saved ticket lacks of the lane in force: the lane field and tag (under a lead's
 * override that holds, the override's lane, so a lower lane written by anyone else does not stand
 * in views), the tag of the policy version that computed it and, the first time the ticket leaves
 * Lane 1, what the customer had been told by then.
 */
export function laneUpdateFor(fieldMap: FieldMap, saved: ApiTicket, input: TicketInput, decision: Decision, override: Override | null): LaneUpdate {
  const tags = tagsFor(fieldMap);
  const savedTags = saved.tags ?? [];
  const add: string[] = [];
  const remove: string[] = [];
  const update: LaneUpdate = {};
  {
    const lane = override ? override.lane : decision.lane;
    const fieldId = fieldMap.ticket.lane;
    const savedLane = saved.custom_fields?.find((f) => f.id === fieldId)?.value ?? null;
    if (input.fields.lane.available && savedLane !== laneValue(lane)) update.custom_fields = [{ id: fieldId, value: laneValue(lane) }];
    remove.push(...otherLaneTags(fieldMap, lane).filter((t) => savedTags.includes(t)));
    const tag = laneTag(fieldMap, lane);
    if (!savedTags.includes(tag)) add.push(tag);
  }
  const policyTag = tags.policy(decision.policyVersion);
  if (!savedTags.includes(policyTag)) add.push(policyTag);
  remove.push(...savedTags.filter((t) => t.startsWith(tags.policyPrefix) && t !== policyTag));
  // The state at escalation is recorded once: the first time the ticket leaves Lane 1.
  const stateRecorded = savedTags.some((t) => t.startsWith(tags.statePrefix));
  if (decision.lane >= 2 && !stateRecorded) add.push(tags.state(decision.packet.customerFacingState));
  if (add.length > 0) update.additional_tags = add;
  if (remove.length > 0) update.remove_tags = remove;
  return update;
}

const isEmpty = (u: LaneUpdate) => !u.custom_fields && !u.additional_tags && !u.remove_tags;
const isConflict = (e: unknown) => (e as { status?: unknown } | null)?.status === 409;

async function readSaved(client: ZafClient, ticketId: string): Promise<ApiTicket> {
  const raw = await client.request({ url: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`, type: 'GET', dataType: 'json' });
  return ApiTicketSchema.parse(typeof raw === 'string' ? JSON.parse(raw) : raw).ticket;
}

/**
 * Saves the computed lane on the ticket itself, so that views and the metrics see it even when
 * the agent never presses Submit: `client.set` would only change the agent's unsaved form. The
 * write is `PUT /api/v2/tickets/{id}.json` with `safe_update` and the ticket's `updated_at` as
 * `updated_stamp` (Zendesk's Tickets API, "Protecting against ticket update collisions"), so it
 * never overwrites a save it has not seen; on a conflict it reads the ticket again and tries
 * once more. Nothing is written when the saved ticket already carries the lane.
 */
export async function writeLane(client: ZafClient, fieldMap: FieldMap, input: TicketInput, decision: Decision, override: Override | null, saved: ApiTicket): Promise<LaneWrite> {
  let current = saved;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const update = laneUpdateFor(fieldMap, current, input, decision, override);
    if (isEmpty(update)) return { written: false };
    try {
      await client.request({
        url: `/api/v2/tickets/${encodeURIComponent(input.id)}.json`,
        type: 'PUT',
        contentType: 'application/json',
        data: JSON.stringify({ ticket: { ...update, safe_update: true, updated_stamp: current.updated_at ?? null } }),
      });
      return { written: true, update, attempts: attempt };
    } catch (e) {
      if (!isConflict(e) || attempt === 2) return { written: false, failure: describeFailure(e) };
      try {
        current = await readSaved(client, input.id);
      } catch (readError) {
        return { written: false, failure: `the ticket could not be read again after a conflict: ${describeFailure(readError)}` };
      }
    }
  }
  return { written: false };
}
