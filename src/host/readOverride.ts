import type { FieldMap } from '../policy/settings';
import type { Lane, TicketInput } from '../policy/types';
import { overrideTag, parseLaneValue } from './laneTags';

/** A lead's override as recorded on the ticket. */
export interface Override {
  lane: Lane;
  reason: string;
  /** From the override's internal note, when it can be found. */
  by: string | null;
  at: string | null;
  from: Lane | null;
}

/** The first line of the internal note an override writes; the note is a record, so it is not translated. */
export const OVERRIDE_NOTE_TITLE = 'Lane override';

/** Writes the override's internal note: who, when, from which lane to which, and why. */
export function formatOverrideNote(o: { by: string; byId: string; at: string; from: Lane; to: Lane; reason: string }): string {
  return [
    OVERRIDE_NOTE_TITLE,
    `By: ${o.by} (user ${o.byId})`,
    `When: ${o.at}`,
    `From: Lane ${o.from}`,
    `To: Lane ${o.to}`,
    `Reason: ${o.reason}`,
  ].join('\n');
}

const line = (body: string, key: string): string | null => {
  const m = new RegExp(`^${key}: (.*)$`, 'm').exec(body);
  return m?.[1]?.trim() ?? null;
};

/**
 * Finds a lead's override: the override tag with a lane in the lane field. The newest override
 * note, if the conversation was readable, says who made it, when and from which lane.
 */
export function readOverride(input: TicketInput, fieldMap: FieldMap): Override | null {
  if (!input.tags.includes(overrideTag(fieldMap))) return null;
  const lane = input.fields.lane.available ? parseLaneValue(input.fields.lane.value) : null;
  if (lane === null) return null;
  const reasonField = input.fields.laneOverrideReason.available ? input.fields.laneOverrideReason.value : null;
  const note = [...input.comments].reverse().find((c) => !c.public && c.body.trimStart().startsWith(OVERRIDE_NOTE_TITLE));
  const by = note ? line(note.body, 'By')?.replace(/ \(user [^)]*\)$/, '') ?? null : null;
  const from = note ? parseLaneValue(`lane_${line(note.body, 'From')?.replace(/^Lane /, '') ?? ''}`) : null;
  return {
    lane,
    reason: reasonField ?? (note ? line(note.body, 'Reason') : null) ?? '',
    by,
    at: note ? line(note.body, 'When') ?? note.createdAt : null,
    from,
  };
}
