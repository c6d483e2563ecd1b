import { ticketIdValue } from './ticketIdValue';
import { FACTOR_IDS, type Evaluation, type Evidence, type Level, type MissingItem } from '../policy';

/** One line of `score --format ndjson`, with the output's snake_case keys. */
export interface NdjsonRecord {
  ticket_id: number | string;
  lane: Evaluation['lane'];
  unit: Evaluation['unit'];
  factors: Record<string, { level: Level; evidence: Evidence[] }>;
  missing_context: MissingItem[];
  suggested_owner: {
    group_id: number | null;
    group_name: string | null;
    key: Evaluation['suggestedOwner']['key'];
    reason: string;
    keep_in_view: { kind: 'csm' | 'group'; name: string; group_id?: number }[];
  };
}

/** Turns a decision into its output record; a numeric ticket id is written as a number. */
export function toNdjsonRecord(d: Evaluation): NdjsonRecord {
  const factors: NdjsonRecord['factors'] = {};
  for (const id of FACTOR_IDS) factors[id] = { level: d.factors[id].level, evidence: d.factors[id].evidence };
  const o = d.suggestedOwner;
  return {
    ticket_id: ticketIdValue(d.ticketId),
    lane: d.lane,
    unit: d.unit,
    factors,
    missing_context: d.missingContext,
    suggested_owner: {
      group_id: o.groupId,
      group_name: o.groupName,
      key: o.key,
      reason: o.reason,
      keep_in_view: o.keepInView.map((k) => ({ kind: k.kind, name: k.name, ...(k.groupId !== undefined ? { group_id: k.groupId } : {}) })),
    },
  };
}

