import type { FieldMap } from '../policy/settings';
import type { Lane } from '../policy/types';
import { overrideTag, parseLaneValue, tagsFor } from './laneTags';
import type { LaneHistory, TicketAudit } from './readLaneHistory';

/** A lead's override, as the ticket's audit log records it. */
export interface Override {
  lane: Lane;
  reason: string;
  /** The lead who made it, by Zendesk's user record. */
  by: string;
  byId: string;
  at: string;
  /** The lane in force before it. */
  from: Lane | null;
  /** The lane the policy computed when it was made: the evidence it was made on. */
  computed: Lane | null;
}

/** A change of the lane, its reason or the override tag by someone who is not a team lead: ignored. */
export interface IgnoredChange {
  by: string;
  at: string;
}

export interface OverrideReading {
  override: Override | null;
  /** The latest change to the lane by someone who may not make one, since the override in force. */
  ignored: IgnoredChange | null;
  /** Whether a late escalation has been recorded since the override was made. */
  lateRecorded: boolean;
}

/** The first line of the internal note an override writes; the note is a record, so it is not translated. */
export const OVERRIDE_NOTE_TITLE = 'Lane override';
/** The first line of the internal note a late escalation writes. */
export const LATE_NOTE_TITLE = 'Late escalation';

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

const asTags = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : []);
const asText = (v: unknown): string => (v == null ? '' : String(v));

/** What one audit did to the lane, its reason and the app's tags. */
function readAudit(audit: TicketAudit, fieldMap: FieldMap) {
  const change = (field: string) => audit.events.find((e) => (e.type === 'Change' || e.type === 'Create') && e.field_name === field);
  const lane = change(String(fieldMap.ticket.lane));
  const reason = change(String(fieldMap.ticket.lane_override_reason));
  const tags = change('tags');
  const before = new Set(asTags(tags?.previous_value));
  const after = new Set(asTags(tags?.value));
  const added = tags ? [...after].filter((t) => !before.has(t)) : [];
  const removed = tags ? [...before].filter((t) => !after.has(t)) : [];
  const notes = audit.events.filter((e) => e.type === 'Comment').map((e) => asText(e.body).trimStart());
  return { lane, reason, added, removed, notes };
}

/**
 * Finds the override in force from Zendesk's record of who changed what. An override counts only
 * when a team lead (an admin, or a member of a lead group, by Zendesk's users and memberships)
 * added the override tag or set the override reason; its lane, reason, time and the lane
 * computed then come from that audit. The same change by anyone else is ignored, and so is
 * anyone else's removal of the tag or lowering of the lane under a lead's override.
 */
export function readOverride(history: LaneHistory, fieldMap: FieldMap): OverrideReading {
  const tags = tagsFor(fieldMap);
  const tag = overrideTag(fieldMap);
  const computedTags = ([1, 2, 3] as const).map((l) => [l, tags.computed(l)] as const);
  let laneValue: unknown = null;
  let reasonValue = '';
  let override: Override | null = null;
  let ignored: IgnoredChange | null = null;
  let lateRecorded = false;

  for (const audit of history.audits) {
    const a = readAudit(audit, fieldMap);
    const previousLane = parseLaneValue(laneValue);
    if (a.lane) laneValue = a.lane.value;
    if (a.reason) reasonValue = asText(a.reason.value).trim();
    const author = audit.author_id === null ? undefined : history.authors.get(audit.author_id);
    const name = author?.name ?? (audit.author_id === null ? 'an automation' : `user ${audit.author_id}`);
    const addsOverride = a.added.includes(tag) || (a.reason !== undefined && reasonValue !== '');
    const lane = parseLaneValue(laneValue);

    if (author?.isLead && audit.author_id !== null) {
      if (addsOverride && lane !== null) {
        const computed = computedTags.find(([, t]) => a.added.includes(t))?.[0] ?? null;
        override = { lane, reason: reasonValue, by: author.name, byId: audit.author_id, at: audit.created_at, from: a.lane ? parseLaneValue(a.lane.previous_value) : previousLane, computed };
        ignored = null;
        lateRecorded = false;
      } else if (a.removed.includes(tag)) {
        override = null;
      }
    } else {
      const undoes = override !== null && (a.removed.includes(tag) || (a.lane !== undefined && lane !== null && lane < override.lane));
      if (addsOverride || undoes) ignored = { by: name, at: audit.created_at };
    }
    if (override && (a.added.includes(tags.late) || a.notes.some((n) => n.startsWith(LATE_NOTE_TITLE)))) lateRecorded = true;
  }
  return { override, ignored, lateRecorded };
}
