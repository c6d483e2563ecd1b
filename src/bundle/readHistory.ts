import type { MetricTicket } from '../policy/governance/computeMetrics';
import { readRecord } from '../policy/records';
import { evaluateTicket, type ScoreContext } from '../policy/scoreTicket';
import type { TicketInput } from '../policy/types';
import type { BundleIndex } from './readBundle';

/**
 * Turns a page's tickets into what the metrics need, from the records Lanes wrote on them and
 * the export's history: the `ticket_audits` side-load (Zendesk's ticket audits, by ticket id)
 * for reassignments, and the requester's later tickets for recontacts.
 */

type Json = Record<string, unknown>;
const DAY_MS = 86_400_000;
const RECONTACT_DAYS = 7;

export function metricTickets(index: BundleIndex, page: Json, inputs: readonly TicketInput[], ctx: ScoreContext, lanePrefix = 'lane_'): MetricTicket[] {
  const audits = isObject(page['ticket_audits']) ? page['ticket_audits'] : null;
  return inputs.map((input) => {
    const laneField = input.fields.lane.available ? input.fields.lane.value : null;
    const record = readRecord(input.tags, laneField, lanePrefix);
    const needsScore = record.lane === null || input.fields.issueFamily.available === false || !input.fields.issueFamily.value;
    const decision = needsScore ? evaluateTicket(input, ctx) : null;
    const lane = record.lane ?? decision!.lane;
    const family = (input.fields.issueFamily.available ? input.fields.issueFamily.value : null) ?? decision?.family.value ?? null;
    const org = input.organization.available ? input.organization.value : null;
    return {
      id: input.id,
      family,
      planTier: org?.planTier ?? null,
      segment: org?.region ?? null,
      lane,
      record,
      recontactWithin7Days: lane === 1 ? recontacted(index, input) : null,
      reassignmentsAfterEscalation: audits ? groupChanges(audits[input.id]) : 0,
    };
  });
}

/** Whether the requester opened another ticket within 7 days after this one. */
function recontacted(index: BundleIndex, input: TicketInput): boolean | null {
  const requester = input.requester.available ? input.requester.value?.id : undefined;
  const created = input.createdAt ? Date.parse(input.createdAt) : Number.NaN;
  if (!requester || !Number.isFinite(created)) return null;
  for (const t of index.byRequester.get(requester) ?? []) {
    if (t.id === input.id) continue;
    const at = Date.parse(t.createdAt);
    if (at > created && at - created <= RECONTACT_DAYS * DAY_MS) return true;
  }
  return false;
}

/** Counts `group_id` changes in a ticket's audits. */
function groupChanges(audits: unknown): number {
  if (!Array.isArray(audits)) return 0;
  let n = 0;
  for (const a of audits) {
    if (!isObject(a) || !Array.isArray(a['events'])) continue;
    for (const e of a['events']) if (isObject(e) && e['type'] === 'Change' && e['field_name'] === 'group_id') n++;
  }
  return n;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
